import pytest
from hypothesis import given, strategies as st

from sitegen.load.frontmatter import FrontMatterProblem, split_document


def test_front_matter_and_body_are_split_with_line_numbers():
    doc = split_document("---\ntitle: A\n---\nBody line\n")
    assert doc.front_matter == "title: A"
    assert doc.body == "Body line\n"
    assert doc.body_line == 4


def test_an_unclosed_front_matter_is_reported_at_its_opening_line():
    with pytest.raises(FrontMatterProblem) as caught:
        split_document("---\ntitle: A\nbody\n")
    assert caught.value.line == 1
    assert "never closed" in caught.value.message


def test_an_empty_file_is_a_problem():
    with pytest.raises(FrontMatterProblem) as caught:
        split_document("  \n")
    assert "empty" in caught.value.message


@given(st.text())
def test_any_text_splits_or_gives_a_clean_problem(text):
    try:
        doc = split_document(text)
    except FrontMatterProblem as problem:
        assert problem.message
    else:
        assert doc.body_line >= 3
