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


def test_two_pages_of_the_new_set_giving_one_report_are_a_pair_to_decide_not_a_finding(tmp_path, capsys):
    new = make_set(tmp_path, "import_heldout_pair", {"townpaper-nodate-kyiv-water": "From the wires. " + REPORT,
                                                      "cityradio-2022-03-02-water": REPORT + " More soon.",
                                                      "choirnews-2022-12-20-carols": OTHER})
    assert new_set_check.findings(new, []) == []
    assert [line.split(":")[0] for line in new_set_check.within(new)] == [
        "cityradio-2022-03-02-water.txt and townpaper-nodate-kyiv-water.txt"]
    assert new_set_check.main([str(new)]) == 0
    out = capsys.readouterr().out
    assert "pair: cityradio-2022-03-02-water.txt and townpaper-nodate-kyiv-water.txt" in out
    assert "0 finding(s); 1 pair(s) within the set" in out


def make_development(root: Path, name: str, pages: dict[str, str], folds: dict[int, list[str]]) -> Path:
    folder = make_set(root, name, pages)
    listed = "".join(f"  {stem.split('-')[0]}: [{stem}]\n" for stem in sorted(pages))
    dealt = "".join(f"  {fold}: [{', '.join(outlets)}]\n" for fold, outlets in sorted(folds.items()))
    (folder / "split.yaml").write_text(f"development:\n{listed}\nfolds:\n{dealt}", encoding="utf-8")
    return folder


def test_copies_dealt_to_two_folds_are_named_within_a_folder_and_across_folders(tmp_path):
    first = make_development(tmp_path, "import_heldout1", {"examplepost-2022-03-01-water": REPORT,
                                                           "choirnews-2022-12-20-carols": OTHER},
                             {1: ["examplepost"], 2: ["choirnews"]})
    second = make_development(tmp_path, "import_heldout2", {"townpaper-nodate-water": "Wires. " + REPORT,
                                                            "bandnews-nodate-carols": OTHER + " Photo: AP."},
                              {1: ["townpaper"], 3: ["bandnews"]})
    found = new_set_check.split_copies([first, second])
    assert len(found) == 1
    assert found[0].startswith("import_heldout1/choirnews-2022-12-20-carols (fold 2) and "
                               "import_heldout2/bandnews-nodate-carols (fold 3) are copies")
    (second / "split.yaml").write_text((second / "split.yaml").read_text().replace("3: [bandnews]", "2: [bandnews]"))
    assert new_set_check.split_copies([first, second]) == []


def test_copies_among_the_development_pages_share_a_fold():
    # A rule written from one copy would seem to help the fold of the other: the folds would not cross-validate.
    assert new_set_check.split_copies(list(new_set_check.PAGES)) == []
