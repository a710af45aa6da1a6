from pathlib import Path

import pytest

from sitegen.yamlfile import YAMLProblem, load_yaml


def test_mappings_remember_the_file_line_of_each_key_and_entry():
    data = load_yaml("title: A\nquotes:\n  - speaker: x\n    text: hi\n  - speaker: y\n", line_offset=1)
    assert data.line == 2
    assert data.key_lines == {"title": 2, "quotes": 3}
    assert [entry.line for entry in data["quotes"]] == [4, 6]
    assert data["quotes"].item_lines == [4, 6]


def test_dates_stay_text_so_the_schema_can_report_impossible_ones():
    assert load_yaml("date: 2022-02-30\n") == {"date": "2022-02-30"}


def test_a_python_object_tag_is_an_error_and_never_runs(tmp_path: Path):
    marker = tmp_path / "ran"
    with pytest.raises(YAMLProblem) as caught:
        load_yaml(f'x: !!python/object/apply:os.system ["touch {marker}"]\n')
    assert "not allowed" in caught.value.message
    assert caught.value.line == 1
    assert not marker.exists()


def test_duplicate_keys_are_reported_at_the_second_one():
    with pytest.raises(YAMLProblem) as caught:
        load_yaml("title: a\ndate: 2022-01-01\ntitle: b\n", line_offset=1)
    assert caught.value.line == 4
    assert "twice" in caught.value.message


def test_syntax_errors_carry_the_line_in_the_file():
    with pytest.raises(YAMLProblem) as caught:
        load_yaml("title: a\nsummary: it said: no\n", line_offset=1)
    assert caught.value.line == 3
    assert "quoted" in caught.value.message
