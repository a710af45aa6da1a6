"""The check a newly keyed set of import pages passes before it is merged (benchmarks/new_set_check.py): a page
from a used outlet, a used site or a copy of an earlier page is named, so it never measures the importer on text
it was tuned on; a set of new pages passes."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/ lives beside tests/
from benchmarks import new_set_check  # noqa: E402

REPORT = ("Kyiv residents queued for water on Tuesday after a strike cut the pumping station that serves the "
          "left bank, and the mayor said crews would work through the night to restore supply to every district.")
OTHER = ("A choir from Lviv sang carols in a Warsaw station to raise money for generators, and the conductor "
         "told the crowd that every coin would buy fuel for a hospital in the east before the frost came.")


def make_set(root: Path, name: str, pages: dict[str, str], sources: str = "") -> Path:
    folder = root / name
    (folder / "raw").mkdir(parents=True)
    for stem, text in pages.items():
        (folder / "raw" / f"{stem}.txt").write_text(f"Headline\n\n{text}\n", encoding="utf-8")
    if sources:
        (folder / "SOURCES.md").write_text(sources, encoding="utf-8")
    return folder


def test_a_wire_report_another_site_carries_is_a_copy_and_a_new_story_is_not(tmp_path):
    earlier = make_set(tmp_path, "import_heldout1", {"examplepost-2022-03-01-water": REPORT})
    new = make_set(tmp_path, "import_heldout2", {"townpaper-nodate-kyiv-water": "From the wires. " + REPORT,
                                                   "choirnews-2022-12-20-carols": OTHER})
    found = new_set_check.findings(new, [earlier])
    assert len(found) == 1
    assert found[0].startswith("townpaper-nodate-kyiv-water.txt: ")
    assert "import_heldout1/examplepost-2022-03-01-water.txt" in found[0]


def test_a_page_sharing_a_sentence_or_two_is_no_copy():
    page = " ".join([OTHER] + [f"and then {n} more sandbags came from depot {n}" for n in range(12)])
    own = new_set_check.runs(page + " " + REPORT.split(",")[0] + ".")  # one clause of the report in a long page
    theirs = new_set_check.runs(REPORT)
    assert new_set_check.copies({"new": own}, {"old": theirs}) == []
    assert new_set_check.copies({"new": own}, {"old": theirs}, share=0.05)[0][:2] == ("new", "old")


def test_an_outlet_or_a_site_an_earlier_set_used_is_named(tmp_path):
    earlier = make_set(tmp_path, "import_heldout1", {"examplepost-2022-03-01-water": REPORT},
                       "- examplepost: <https://www.examplepost.com/news/water>\n")
    new = make_set(tmp_path, "import_heldout2", {"examplepost-nodate-carols": OTHER},
                   "- examplepost: https://examplepost.com/carols\n- townpaper: https://townpaper.org/x\n")
    found = new_set_check.findings(new, [earlier])
    assert "examplepost-nodate-carols.txt: outlet 'examplepost' is used by import_heldout1/" \
           "examplepost-2022-03-01-water.txt" in found
    assert "import_heldout2: host examplepost.com is named in import_heldout1's sources" in found
    assert len(found) == 2


def test_the_command_exits_1_on_a_finding_0_on_a_clean_set_and_2_without_pages(tmp_path, capsys):
    fixtures = tmp_path / "fixtures"
    fixtures.mkdir()
    (fixtures / "wire-2022-03-01-water.txt").write_text(REPORT, encoding="utf-8")
    clean = make_set(tmp_path, "import_heldout_clean", {"zzchoirnews-2022-12-20-carols": OTHER})
    copied = make_set(tmp_path, "import_heldout_copied", {"zztownpaper-nodate-water": REPORT})
    assert new_set_check.main([str(clean), "--raw-dir", str(fixtures)]) == 0
    assert new_set_check.main([str(copied), "--raw-dir", str(fixtures)]) == 1
    assert "fixtures/wire-2022-03-01-water.txt" in capsys.readouterr().out
    assert new_set_check.main([str(tmp_path / "missing")]) == 2
    assert "no raw/ folder" in capsys.readouterr().err
