"""Safe YAML loading that remembers where each mapping and key stood in the file.

Editors need errors at the line of the offending entry, so mappings load as :class:`LineDict` (a dict
that knows its line and the line of each key) and sequences as :class:`LineList`. Timestamps stay
strings: the schema parses dates itself so that an impossible date is a clear message, not an
exception from deep inside PyYAML. Only the safe constructors are used: a tag that would build a
Python object is an error, never run.
"""

from __future__ import annotations

import yaml

try:  # PyYAML's C parser is several times faster; the constructors stay the safe Python ones.
    _BaseLoader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _BaseLoader = yaml.SafeLoader


class LineDict(dict):
    """A mapping from YAML, with ``line`` (1-based) and ``key_lines`` (key -> 1-based line)."""

    __slots__ = ("line", "key_lines")

    def line_of(self, key) -> int:
        return self.key_lines.get(key, self.line)


class LineList(list):
    """A sequence from YAML, with ``line`` (1-based) and ``item_lines`` (one per item)."""

    __slots__ = ("line", "item_lines")


class YAMLProblem(Exception):
    """YAML that cannot be loaded: carries a 1-based line (or None) and a message for editors."""

    def __init__(self, line: int | None, message: str):
        super().__init__(message)
        self.line = line
        self.message = message


class _LineLoader(_BaseLoader):
    line_offset = 0  # set per instance: lines before the YAML text in its file


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode):
    data = LineDict()
    data.line = node.start_mark.line + 1 + loader.line_offset
    data.key_lines = {}
    yield data
    loader.flatten_mapping(node)
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        line = _check_key(key, key_node.start_mark.line + 1 + loader.line_offset, data.key_lines)
        data[key] = loader.construct_object(value_node, deep=True)
        data.key_lines[key] = line


def _check_key(key, line: int, key_lines: dict) -> int:
    """A mapping key's file line, once it is known to be plain text and new in its mapping."""
    if not isinstance(key, (str, int, float, bool)) and key is not None:
        raise YAMLProblem(line, "a mapping key must be plain text")
    if key in key_lines:
        raise YAMLProblem(line, f"the key '{key}' appears twice in the same mapping; keep one")
    return line


def _construct_sequence(loader: _LineLoader, node: yaml.SequenceNode):
    data = LineList()
    data.line = node.start_mark.line + 1 + loader.line_offset
    data.item_lines = [child.start_mark.line + 1 + loader.line_offset for child in node.value]
    yield data
    data.extend(loader.construct_object(child, deep=True) for child in node.value)


def _construct_timestamp_as_text(loader: _LineLoader, node: yaml.ScalarNode) -> str:
    return loader.construct_scalar(node)


_LineLoader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)
_LineLoader.add_constructor("tag:yaml.org,2002:seq", _construct_sequence)
_LineLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp_as_text)


_STR, _MAP, _SEQ = "tag:yaml.org,2002:str", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"
_UNSEEN = object()


def _build(loader: _LineLoader, root: yaml.Node):
    """The document's data from its nodes: plain mappings, sequences and strings (nearly all of front
    matter) are built here directly; every other node goes through the safe constructors. The same as
    ``get_single_data`` with the constructors above, in a third of the time: PyYAML's construction runs a
    generator and a dispatch per node. An alias is its anchor's node, so it gives the same object, built
    once (no "billion laughs")."""
    made: dict[int, object] = {}
    offset = loader.line_offset + 1

    def build(node: yaml.Node):
        found = made.get(id(node), _UNSEEN)
        if found is not _UNSEEN:
            return found
        kind, tag = type(node), node.tag
        if kind is yaml.ScalarNode and tag == _STR:
            value = node.value
        elif kind is yaml.MappingNode and tag == _MAP:
            value = made[id(node)] = LineDict()
            value.line = node.start_mark.line + offset
            value.key_lines = key_lines = {}
            loader.flatten_mapping(node)
            for key_node, value_node in node.value:
                key = build(key_node)
                line = _check_key(key, key_node.start_mark.line + offset, key_lines)
                value[key] = build(value_node)
                key_lines[key] = line
            return value
        elif kind is yaml.SequenceNode and tag == _SEQ:
            value = made[id(node)] = LineList()
            value.line = node.start_mark.line + offset
            value.item_lines = [child.start_mark.line + offset for child in node.value]
            value.extend([build(child) for child in node.value])
            return value
        else:
            value = _construct_other(loader, node, node.start_mark.line + offset)
        made[id(node)] = value
        return value

    return build(root)


# Python refuses to turn an int of more digits than this into text (sys.get_int_max_str_digits), and a
# text field holding a number is read as its text: YAML makes "0xfff…" (4,000 digits) such an int.
_MAX_NUMBER_BITS = 4000 * 3


def _construct_other(loader: _LineLoader, node: yaml.Node, line: int):
    """A node the safe constructors build (numbers, booleans, nulls, …), its failures located."""
    try:
        value = loader.construct_object(node, deep=True)
    except (ValueError, TypeError, OverflowError) as exc:
        raise YAMLProblem(line, f"unreadable YAML value: {exc}; quote it if it is text") from None
    if type(value) is int and value.bit_length() > _MAX_NUMBER_BITS:
        raise YAMLProblem(line, "a number of thousands of digits; put it in quotes if it is text, "
                          "e.g. title: \"0xff…\"")
    return value


def load_yaml(text: str, line_offset: int = 0):
    """Parse one YAML document safely; raise :class:`YAMLProblem` with a file line on failure."""
    loader = _LineLoader(text)
    loader.line_offset = line_offset
    try:
        node = loader.get_single_node()
        return None if node is None else _build(loader, node)
    except YAMLProblem:
        raise
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 + line_offset if mark else None
        raise YAMLProblem(line, _describe(exc, text, line_offset)) from None
    except yaml.YAMLError as exc:
        raise YAMLProblem(None, f"unreadable YAML: {exc}") from None
    except (ValueError, TypeError, OverflowError) as exc:
        # A scalar the safe constructors could not convert (say an out-of-range number).
        raise YAMLProblem(None, f"unreadable YAML value: {exc}") from None
    finally:
        loader.dispose()


def _describe(exc: yaml.MarkedYAMLError, text: str, line_offset: int = 0) -> str:
    problem = exc.problem or "unreadable YAML"
    if "could not determine a constructor for the tag" in problem:
        tag = problem.split("tag", 1)[1].strip().strip("'")
        return (f"the YAML tag {tag} is not allowed (it would construct an object); "
                "remove the tag and write plain text, numbers, lists and mappings")
    if exc.context and exc.context not in problem:
        problem = f"{exc.context}: {problem}"
    hint = ""
    if "mapping values are not allowed" in problem:
        hint = "; a value containing ': ' must be quoted"
    elif "found character '\\t'" in problem:
        hint = "; indent with spaces, not tabs"
    elif "expected <block end>" in problem or "did not find expected" in problem:
        hint = "; check the indentation and that quotes are closed"
    return f"unreadable YAML: {problem}{hint}{_where_it_began(exc, text, line_offset)}"


def _where_it_began(exc: yaml.MarkedYAMLError, text: str, line_offset: int) -> str:
    """Where the parser gave up can be far below where the trouble began: an unclosed quote swallows the
    lines after it until the next quote mark. Name the line where such a quoted value starts."""
    if exc.context == "while scanning a quoted scalar" and exc.context_mark is not None:
        return f"; the quoted value that starts on line {exc.context_mark.line + 1 + line_offset} is never closed"
    stopped = exc.problem_mark.line if exc.problem_mark is not None else None
    spanning = []
    try:
        for token in yaml.scan(text, Loader=_BaseLoader):
            if (isinstance(token, yaml.ScalarToken) and token.style in ('"', "'")
                    and token.start_mark.line != token.end_mark.line):
                spanning.append((token.start_mark.line, token.end_mark.line))
    except yaml.YAMLError:
        pass
    spanning = [span for span in spanning if stopped is None or span[1] <= stopped]
    if not spanning:
        return ""
    first, last = (line + 1 + line_offset for line in spanning[-1])
    return (f"; the quoted value that starts on line {first} runs on to line {last}: "
            f"is its closing quote missing on line {first}?")
