import markdown
from hypothesis import given, settings, strategies as st

from sitegen.markup import plain_text, render_markdown, sanitize

_reference = markdown.Markdown(extensions=["extra", "sane_lists"])


def full_markdown(text: str) -> str:
    try:
        return sanitize(_reference.convert(text))
    finally:
        _reference.reset()


@settings(max_examples=400)
@given(st.text(alphabet="abcXYZ Київ 019 ,.;:?!'’‘“”()-–—/%€£$_*#>`<&\\\n", max_size=60))
def test_the_plain_paragraph_shortcut_renders_exactly_as_markdown_does(text):
    assert render_markdown(text) == full_markdown(text.strip())


def test_scripts_handlers_and_javascript_links_are_removed():
    out = render_markdown('Hi <script>alert(1)</script> <a href="javascript:alert(1)" onclick="x()">a</a> '
                          '<img src="data:image/png;base64,AAAA" onerror="y()">\n\n<iframe src="https://evil.example"></iframe>'
                          '<form action="https://evil.example"><input></form>')
    for bad in ("<script", "javascript:", "onclick", "onerror", "data:", "<iframe", "<form", "<input"):
        assert bad not in out


def test_plain_text_of_html():
    assert plain_text("<p>A <em>b</em> &amp; c</p>\n<p>d</p>") == "A b & c d"
