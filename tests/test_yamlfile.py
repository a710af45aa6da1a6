from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from sitegen.load.yamlfile import YAMLProblem, load_yaml


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


def _constructed(text: str, line_offset: int = 0):
    """What PyYAML's own construction gives with our constructors: the reference load_yaml must match."""
    from sitegen.load.yamlfile import _LineLoader

    loader = _LineLoader(text)
    loader.line_offset = line_offset
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


def _same(a, b) -> bool:
    """Equal, of the same types, and with the same remembered lines, all the way down."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        lines = (getattr(a, "line", None), getattr(a, "key_lines", None))
        return lines == (getattr(b, "line", None), getattr(b, "key_lines", None)) and a.keys() == b.keys() and all(
            _same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        lines = (getattr(a, "line", None), getattr(a, "item_lines", None))
        return lines == (getattr(b, "line", None), getattr(b, "item_lines", None)) and len(a) == len(b) and all(
            _same(x, y) for x, y in zip(a, b))
    return a == b or (a != a and b != b)  # NaN


TRICKY = [
    "base: &b {x: 1, y: [a, b]}\nmerged:\n  <<: *b\n  z: 3\nagain: *b\n",
    "a: !!str 12\nb: !!int '7'\nc: !!float 1e3\nd: ~\ne: yes\nf: 2022-02-24\ng: 2022-02-24T05:00:00+02:00\n",
    "bin: !!binary aGVsbG8=\nset: !!set {a, b}\nomap: !!omap [{a: 1}, {b: 2}]\npairs: !!pairs [{a: 1}]\n",
    "- &x [1, 2]\n- *x\n- {k: *x}\n",
    "? [complex, key]\n: value\n",
    "quotes:\n  - {speaker: a, text: \"Ми «вистоїмо»\"}\n  - speaker: b\n    text: |\n      two\n      lines\n",
    "", "# only a comment\n", "plain scalar\n", "[1, 2, 3]\n", ".nan: .inf\n",
]


@pytest.mark.parametrize("text", TRICKY)
def test_front_matter_loads_as_pyyaml_constructs_it(text):
    try:
        expected = _constructed(text, 3)
    except Exception:  # the same documents fail, with a located problem
        with pytest.raises(YAMLProblem):
            load_yaml(text, 3)
        return
    assert _same(load_yaml(text, 3), expected)


_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=12),
                     st.dates())
_data = st.recursive(_scalars, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                        st.dictionaries(st.text(max_size=6), inner, max_size=4)),
                     max_leaves=20)


@settings(max_examples=300, deadline=None)
@given(_data, st.sampled_from([None, True, False]))
def test_any_data_loads_as_pyyaml_constructs_it(data, flow):
    import yaml

    text = yaml.safe_dump({"doc": data}, default_flow_style=flow, allow_unicode=True)
    assert _same(load_yaml(text, 1), _constructed(text, 1))
