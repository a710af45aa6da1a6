"""The importer's evaluation (benchmarks/import_eval.py, import_scoring.py, import_sets.py) scores what it
says it scores: made-up texts and keys, so a change to the scoring is caught here rather than read as a
change of the importer."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/ lives beside tests/
from benchmarks import import_eval, import_scoring  # noqa: E402
from sitegen.importer import SpeakerGuess  # noqa: E402

TEXT = """Town keeps its water on - Example News
By Jane Roe

The mayor said the pumps would run all night.

“We will keep the water running for every house in the town,” said Mayor Ivan Petrenko.

“The repairs will take until Friday at the very least,” he added.

Read more: other stories from the region
"""


def test_same_quote_needs_most_words_on_both_sides():
    assert import_scoring.same_quote("We will keep the water running", "We will keep the water running!") == 1.0
    assert import_scoring.same_quote("We will keep the water running", "We will keep the water running for every "
                                                                   "house in the town tonight") == 0.0


@pytest.mark.parametrize("key_name, found", [
    ("Samuel L. Stanley Jr.", "Samuel L. Stanley"), ("Prince Albert II", "Prince Albert"), ("Andrii Roe", "Andrii Roe SJ"),
])
def test_a_generation_or_an_order_after_a_name_is_the_same_person_either_way(key_name, found):
    assert import_scoring.right_speaker(SpeakerGuess(name=found), {"speaker": key_name})
    assert not import_scoring.right_speaker(SpeakerGuess(name="Jane Doe"), {"speaker": key_name})


def test_right_speaker_by_name_surname_first_name_or_description():
    key = {"speaker": "Ivan Petrenko", "aliases": ["Vanya"]}
    assert import_scoring.right_speaker(SpeakerGuess(name="Mayor Ivan Petrenko"), key)
    assert import_scoring.right_speaker(SpeakerGuess(name="Petrenko"), key)
    assert import_scoring.right_speaker(SpeakerGuess(name="Ivan"), key)
    assert import_scoring.right_speaker(SpeakerGuess(name="Vanya"), key)
    assert not import_scoring.right_speaker(SpeakerGuess(name="Olena Petrova"), key)
    assert not import_scoring.right_speaker(SpeakerGuess(description="the mayor"), key)
    assert not import_scoring.right_speaker(None, key)
    unnamed = {"speaker": "city officials", "unnamed": True}
    assert import_scoring.right_speaker(SpeakerGuess(description="an official"), unnamed)
    assert not import_scoring.right_speaker(SpeakerGuess(description="a resident"), unnamed)


def test_a_text_is_scored_for_quotes_speakers_clutter_and_lost_paragraphs():
    key = {"quotes": [
        {"text": "We will keep the water running for every house in the town", "speaker": "Ivan Petrenko"},
        {"text": "The repairs will take until Friday at the very least", "speaker": "Olena Petrova"},
        {"text": "Nobody will be left without water this winter", "speaker": "Ivan Petrenko"}],
        "clutter": [{"text": "By Jane Roe", "kind": "byline"}]}
    r = import_scoring.score_text(TEXT, key)
    assert (r["found"], r["right"], len(r["wrong"]), len(r["missed"])) == (2, 2, 0, 1)
    assert r["attributed"] == 1  # the second is Petrenko's in the text, the key says otherwise
    assert r["clutter_kept"] == []
    assert r["lost"] == ["Read more: other stories from the region"]  # dropped, and the key does not call it clutter
    tally = import_scoring.Tally()
    tally.add(r)
    figures = tally.figures()
    assert figures["precision"] == 1.0 and figures["recall"] == pytest.approx(2 / 3)
    assert figures["attribution"] == 0.5 and figures["clutter"] == 1.0 and figures["lost"] == 1
    assert (tally.n["wrong_speaker"], tally.n["no_speaker"]) == (1, 0)  # a wrong name, not a quote left open
    assert tally.by_kind["byline"] == {"all": 1}
    assert "1 paragraphs lost" in tally.misses()


def test_a_clutter_line_kept_counts_against_its_kind():
    key = {"clutter": [{"text": "The mayor said the pumps", "kind": "caption"}]}
    r = import_scoring.score_text(TEXT, key)
    assert r["clutter_kept"] == [("The mayor said the pumps", "caption")]


def _folder(root: Path, name: str, key_text: str, split: str | None = None) -> Path:
    folder = root / name
    (folder / "raw").mkdir(parents=True)
    (folder / "keys").mkdir()
    (folder / "raw" / "example-2024-01-01-water.txt").write_text(TEXT, encoding="utf-8")
    (folder / "keys" / "example-2024-01-01-water.yaml").write_text(key_text, encoding="utf-8")
    if split is not None:
        (folder / "split.yaml").write_text(split, encoding="utf-8")
    return folder


GOOD_KEY = """quotes:
  - {text: "We will keep the water running for every house in the town", speaker: Ivan Petrenko, ref: full}
  - {text: "The repairs will take until Friday at the very least", speaker: Ivan Petrenko, ref: pronoun}
clutter:
  - {text: By Jane Roe, kind: byline}
  - {text: "Read more:", kind: prompt}
"""
SPLIT = "development:\n  example: [example-2024-01-01-water]\n"


def test_without_a_heldout_set_the_development_targets_decide(tmp_path, capsys):
    pages = _folder(tmp_path, "pages", GOOD_KEY, SPLIT)
    assert import_eval.main(["--pages", str(pages), "--heldout", str(tmp_path / "none")]) == 0
    out = capsys.readouterr().out
    assert "heldout: absent" in out and "development  1.000 1.000 1.000" in out
    bad = _folder(tmp_path, "bad", GOOD_KEY.replace("ref: pronoun", "ref: pronoun}\n  - {text: \"Nobody will "
                                                    "be left without water in the town\", speaker: X"), SPLIT)
    assert import_eval.main(["--pages", str(bad), "--heldout", str(tmp_path / "none")]) == 1


def test_a_missed_heldout_target_fails_and_its_files_stay_hidden(tmp_path, capsys):
    pages = _folder(tmp_path, "pages", GOOD_KEY, SPLIT)
    held = _folder(tmp_path, "held", GOOD_KEY.replace("kind: prompt}", "kind: prompt}\n  - {text: The mayor said, "
                                                      "kind: caption}"))
    assert import_eval.main(["--pages", str(pages), "--heldout", str(held), "-v"]) == 1
    out = capsys.readouterr().out
    assert "== heldout: 1 texts" in out and "clutter 0.667 < 0.95" in out and "OVERFIT" in out
    assert "clutter kept [caption]" not in out  # per-file detail of the held-out set only on request
    assert "  example " not in out.split("== heldout")[1]  # nor its outlets
    import_eval.main(["--pages", str(pages), "--heldout", str(held), "--heldout-detail"])
    out = capsys.readouterr().out
    assert "clutter kept [caption]" in out and "  example " in out.split("== heldout")[1]


def test_development_folders_are_one_set_with_each_folders_and_each_folds_figures(tmp_path, capsys):
    first = _folder(tmp_path, "first", GOOD_KEY, SPLIT + "folds:\n  1: [example]\n")
    second = _folder(tmp_path, "second", GOOD_KEY.replace("kind: prompt}", "kind: prompt}\n  - {text: The mayor "
                                                          "said, kind: caption}"), SPLIT + "folds:\n  2: [example]\n")
    assert import_eval.main(["--pages", str(first), "--pages", str(second), "--heldout", str(tmp_path / "none")]) == 1
    out = capsys.readouterr().out
    assert "== development: 2 texts, 1 outlets ==" in out
    assert "first (1)                    1.000 1.000 1.000    2/2" in out
    assert "second (1)                   1.000 1.000 1.000    2/3" in out
    assert "fold 1 (1) " in out and "fold 2 (1) " in out and "clutter dropped 80.0% (4/5)" in out


def test_an_outlet_in_no_fold_is_named(tmp_path, capsys):
    pages = _folder(tmp_path, "pages", GOOD_KEY, SPLIT + "folds:\n  1: [other]\n")
    assert import_eval.main(["--pages", str(pages), "--heldout", str(tmp_path / "none")]) == 0
    assert "outlet example is in no fold" in capsys.readouterr().err


def test_an_unreadable_key_is_reported_with_its_line(tmp_path, capsys):
    pages = _folder(tmp_path, "pages", "quotes:\n  - text: [unclosed\n", SPLIT)
    assert import_eval.main(["--pages", str(pages), "--heldout", str(tmp_path / "none")]) == 2
    err = capsys.readouterr().err
    assert "example-2024-01-01-water.yaml:" in err and "not valid YAML" in err
    assert "Traceback" not in err


def test_a_key_line_stands_for_its_whole_line_and_block():
    text = ("Fire in the warehouse district\n\nThe fire began in a warehouse on Monday night and spread to two homes "
            "nearby.\n\nSign up for our weekly newsletter\nSubscribers agree to the Privacy Policy\n")
    r = import_scoring.score_text(text, {"clutter": [{"text": "Sign up for our weekly", "kind": "prompt"}]})
    assert r["clutter_kept"] == [] and r["lost"] == []


def test_words_given_twice_count_once_as_clutter_and_must_stay_once():
    text = ("Fire in the warehouse district\nNobody was hurt in the fire at the warehouse, officials said.\n"
            "The fire began in a warehouse on Monday night and spread to two homes nearby.\n"
            "Nobody was hurt in the fire at the warehouse, officials said.\n")
    key = {"clutter": [{"text": "Nobody was hurt in the fire", "kind": "repeat"}]}
    r = import_scoring.score_text(text, key)
    kinds = [p.kind for p in import_scoring.parse_raw(text).paragraphs]
    assert kinds.count("clutter") == 1  # one copy dropped, one kept
    assert r["clutter_kept"] == [] and r["lost"] == []


def test_a_key_of_the_wrong_shape_is_reported_not_raised(tmp_path, capsys):
    pages = _folder(tmp_path, "pages", "quotes:\n  - just a string\n", SPLIT)
    assert import_eval.main(["--pages", str(pages), "--heldout", str(tmp_path / "none")]) == 2
    assert "quote 1 needs 'text' and 'speaker'" in capsys.readouterr().err
    (pages / "keys" / "example-2024-01-01-water.yaml").write_text("fragments: 12\n", encoding="utf-8")
    assert import_eval.main(["--pages", str(pages), "--heldout", str(tmp_path / "none")]) == 2
    assert "'fragments' is a list" in capsys.readouterr().err


def test_a_key_line_ending_in_an_ellipsis_is_a_whole_teaser_line_not_the_paragraph_it_starts_like():
    text = ("Drone pilots under fire\n\nA unit of drone pilots has become a high-value target for Russian forces, "
            "its commander said on Monday.\n\nRelated stories:\n\nA unit of drone pilots has become a high-value "
            "target for...\n")
    assert [p.kind for p in import_scoring.parse_raw(text).paragraphs] == ["text", "clutter", "clutter"]
    key = {"clutter": [{"text": "A unit of drone pilots has become a high-value target for...", "kind": "related"},
                       {"text": "Related stories:", "kind": "related"}]}
    r = import_scoring.score_text(text, key)
    assert r["clutter_kept"] == [] and r["lost"] == []  # the article's paragraph kept is not the teaser kept


@pytest.mark.parametrize("split, message", [
    (SPLIT + "folds: [example]\n", "'folds' is a mapping"),
    (SPLIT + "folds:\n  1: example\n", "'folds: 1' is a list"),
    ("development:\n  example: example-2024-01-01-water\n", "'development: example' is a list"),
    ("development:\n  example: [../../secret]\n", "is not a page's file name"),
])
def test_a_split_of_the_wrong_shape_is_reported_with_its_file(tmp_path, capsys, split, message):
    pages = _folder(tmp_path, "pages", GOOD_KEY, split)
    assert import_eval.main(["--pages", str(pages), "--heldout", str(tmp_path / "none")]) == 2
    err = capsys.readouterr().err
    assert "split.yaml" in err and message in err and "Traceback" not in err


def test_a_quote_nothing_attributes_is_right_left_without_a_speaker():
    key = {"speaker": "unknown speaker", "unnamed": True}
    assert import_scoring.right_speaker(None, key)
    assert not import_scoring.right_speaker(SpeakerGuess(name="Ivan Petrenko"), key)
    assert not import_scoring.right_speaker(SpeakerGuess(description="a resident"), key)
    assert not import_scoring.right_speaker(None, {"speaker": "a resident", "unnamed": True})


@pytest.mark.parametrize("prefix", ["date 2024-01-01", "date 2024-01"])
def test_the_stores_date_prefix_split_off_is_no_lost_paragraph(prefix):
    text = (f"Water back in the town\n\n {prefix} The pumps ran all night and the water came back to every "
            "house in the town on Monday.\n")
    assert [p.text for p in import_scoring.parse_raw(text).clutter] == [prefix]
    assert import_scoring.score_text(text, {})["lost"] == []


def test_the_forty_seventh_heldout_set_is_development_data_and_the_forty_eighth_is_held_out():
    assert [p.name for p in import_eval.PAGES] == ["import_pages", "import_heldout", "import_heldout2", "import_heldout3",
                                                "import_heldout4", "import_heldout5", "import_heldout6", "import_heldout7",
                                                "import_heldout8", "import_heldout9", "import_heldout10", "import_heldout11",
                                                "import_heldout12", "import_heldout13", "import_heldout14", "import_heldout15",
                                                "import_heldout16", "import_heldout17", "import_heldout18",
                                                "import_heldout19", "import_heldout20", "import_heldout21",
                                                "import_heldout22", "import_heldout23", "import_heldout24",
                                                "import_heldout25", "import_heldout26", "import_heldout27",
                                                "import_heldout28", "import_heldout29", "import_heldout30",
                                                "import_heldout31", "import_heldout32", "import_heldout33", "import_heldout34",
                                                "import_heldout35", "import_heldout36", "import_heldout37",
                                                "import_heldout38", "import_heldout39", "import_heldout40",
                                                "import_heldout41", "import_heldout42", "import_heldout43",
                                                "import_heldout44", "import_heldout45", "import_heldout46",
                                                "import_heldout47"]
    assert import_eval.HELDOUT.name == "import_heldout48"


@pytest.mark.parametrize("told, context, kept", [
    ("us", "told us", True), ("me", "told me", True), ("us", "", False), ("AFP", "told AFP", True),
    ("AFP", "told reporters", False),
])
def test_whom_the_words_were_given_to_is_kept_when_the_context_says_it_short_words_included(told, context, kept):
    from sitegen.importer import FoundQuote
    assert import_scoring.kept_told(FoundQuote(text="x", speaker=None, paragraph=0, context=context), told) is kept
