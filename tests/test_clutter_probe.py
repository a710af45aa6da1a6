"""The clutter probe (benchmarks.clutter_probe): which paragraphs a key decides, and a classifier that learns."""

from collections import Counter

from benchmarks.clutter_probe import features, labelled_paragraphs, probability, train

PAGE = ("Power cut in three villages\n\n"
        "The regional governor said three villages had lost power after the overnight strikes on the grid.\n\n"
        "Sign up for our newsletter\n\n"
        "Repair crews were working through the day and expected to restore supplies by the evening.\n\n"
        "The regional governor said three villages had lost power.\n")


def test_a_paragraph_a_clutter_entry_starts_is_clutter_and_one_an_ignore_entry_starts_is_left_out():
    key = {"clutter": [{"text": "Sign up for our", "kind": "prompt"}], "ignore": ["The regional governor said three "
                                                                                  "villages had lost power."]}
    decided = {paragraphs[i].text: clutter for paragraphs, i, clutter in labelled_paragraphs(PAGE, key)}
    assert decided == {"Sign up for our newsletter": True,
                       "Repair crews were working through the day and expected to restore supplies by the "
                       "evening.": False}


def test_the_features_name_the_rules_verdict_and_the_words():
    (paragraphs, i, _), = [row for row in labelled_paragraphs(PAGE, {}) if "newsletter" in row[0][row[1]].text]
    found = features(paragraphs, i)
    assert found["word:newsletter"] == 1 and found[f"rule={paragraphs[i].kind}"] == 1


def test_the_classifier_learns_a_word_that_marks_clutter_and_gives_the_same_weights_twice():
    rows = [(Counter({"bias": 1, "word:subscribe": 1}), 1), (Counter({"bias": 1, "word:shelling": 1}), 0)] * 20
    weights = train(rows)
    assert probability(weights, Counter({"bias": 1, "word:subscribe": 1})) > 0.9
    assert probability(weights, Counter({"bias": 1, "word:shelling": 1})) < 0.1
    assert train(rows) == weights


def test_without_the_rules_the_features_hold_no_verdict_of_theirs():
    (paragraphs, i, _), = [row for row in labelled_paragraphs(PAGE, {}) if "newsletter" in row[0][row[1]].text]
    assert not [name for name in features(paragraphs, i, rules=False) if name.startswith(("rule=", "reason=", "before=",
                                                                                           "after="))]
