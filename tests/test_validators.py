"""The example digest checked by tools nobody here wrote: the Nu Html Checker, axe-core in Chromium,
feedparser, the sitemaps.org schema, and JSON-LD read back against schema.org's required properties.

The third-party tools are installed by .ci/run (Java, Chromium, and `npm install --prefix tests/.node
vnu-jar axe-core sitemap`). Where one is missing locally the tests that need it are skipped with the
reason; under CI=true they fail instead.
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import shutil
import subprocess
import threading
from pathlib import Path
from urllib.parse import urlsplit

import feedparser
import lxml.etree
import pytest

from conftest import REPO, html, need, run_sitegen

NODE_MODULES = Path(os.environ.get("SITEGEN_NODE_MODULES", REPO / "tests/.node/node_modules"))
VNU_JAR = NODE_MODULES / "vnu-jar/build/dist/vnu.jar"
AXE_JS = NODE_MODULES / "axe-core/axe.min.js"
SITEMAP_XSD = NODE_MODULES / "sitemap/schema/sitemap.xsd"
BASE = "/digest/"




@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """The example digest built under a subpath base URL and served over HTTP on loopback."""
    root = tmp_path_factory.mktemp("served")
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    port = server.server_address[1]
    result = run_sitegen("build", REPO, "--output", root / "digest", "--base-url", f"http://127.0.0.1:{port}{BASE}")
    assert result.returncode == 0, result.stderr
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield root / "digest", f"http://127.0.0.1:{port}{BASE}"
    server.shutdown()
    server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def pages(public: Path) -> list[Path]:
    return sorted(public.rglob("*.html"))


# -- HTML: the Nu Html Checker ----------------------------------------------------------------------

def test_every_page_is_valid_html(served):
    public, _ = served
    need(VNU_JAR.is_file(), f"the Nu Html Checker is not installed ({VNU_JAR})")
    need(shutil.which("java") is not None, "Java is not installed")
    files = [str(p) for p in pages(public)]
    assert len(files) > 200
    result = subprocess.run(["java", "-Xss2m", "-jar", str(VNU_JAR), "--errors-only", "--format", "json", *files],
                            capture_output=True, text=True, timeout=900)
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    errors = [f"{Path(urlsplit(m.get('url', '')).path).relative_to(public)}:{m.get('lastLine')}: {m['message']}"
              for m in messages if m.get("type") == "error"]
    assert errors == []


# -- accessibility: axe-core in Chromium, each page kind, light and dark ---------------------------

PAGE_KINDS = ["", "page/2/", "articles/izium-russian-troops-abandon-weapons/",
              "articles/canada-heavy-artillery-and-sanctions-on-putin-daughters/", "notes/", "notes/bucha-reporting/",
              "speakers/", "speakers/volodymyr-zelensky/", "tags/", "tags/counteroffensive/", "places/",
              "places/kharkiv/", "timeline/", "timeline/2022/", "404.html", "search/"]




@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_serious_accessibility_violations_on_any_page_kind(served, browser, scheme):
    public, base_url = served
    need(AXE_JS.is_file(), f"axe-core is not installed ({AXE_JS})")
    axe = AXE_JS.read_text(encoding="utf-8")
    context = browser.new_context(color_scheme=scheme, viewport={"width": 1280, "height": 900})
    found = []
    try:
        page = context.new_page()
        for path in PAGE_KINDS:
            if not (public / path / ("" if path.endswith(".html") else "index.html")).exists():
                continue
            page.goto(base_url + path)
            page.add_script_tag(content=axe)
            results = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
            for violation in results["violations"]:
                if violation["impact"] in ("serious", "critical"):
                    targets = [", ".join(node["target"]) for node in violation["nodes"][:3]]
                    found.append(f"/{path} [{scheme}] {violation['id']}: {violation['help']} at {targets}")
    finally:
        context.close()
    assert found == []


# -- feeds ----------------------------------------------------------------------------------------

def test_every_atom_feed_parses_cleanly_with_stable_ids_and_absolute_links(served):
    public, base_url = served
    feeds = sorted(public.rglob("feed.xml"))
    assert len(feeds) > 50  # the site feed, and one per speaker, tag and place
    for path in feeds:
        parsed = feedparser.parse(path.read_bytes())
        assert not parsed.bozo, f"{path}: {parsed.get('bozo_exception')}"
        assert parsed.feed.get("updated")
        assert parsed.entries, path
        ids = [e.id for e in parsed.entries]
        assert len(ids) == len(set(ids)), path
        for entry in parsed.entries:
            assert entry.link.startswith(base_url), entry.link
            assert entry.get("updated") and entry.get("published")


def test_the_json_feed_has_what_the_spec_requires(served):
    public, base_url = served
    feed = json.loads((public / "feed.json").read_text(encoding="utf-8"))
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert feed["title"] and feed["feed_url"] == base_url + "feed.json" and feed["home_page_url"] == base_url
    assert feed["items"]
    for item in feed["items"]:
        assert item["id"] and item["url"].startswith(base_url)
        assert item.get("content_html") or item.get("content_text")
        assert item["date_published"].endswith("Z")
    assert len({i["id"] for i in feed["items"]}) == len(feed["items"])


# -- sitemap and robots ---------------------------------------------------------------------------

def test_the_sitemap_is_valid_against_the_sitemaps_schema(served):
    public, base_url = served
    need(SITEMAP_XSD.is_file(), f"the sitemaps.org schema is not installed ({SITEMAP_XSD})")
    schema = lxml.etree.XMLSchema(lxml.etree.parse(str(SITEMAP_XSD)))
    document = lxml.etree.parse(str(public / "sitemap.xml"))
    assert schema.validate(document), schema.error_log
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    assert all(loc.startswith(base_url) for loc in document.xpath("//s:loc/text()", namespaces=ns))
    assert document.xpath("//s:lastmod", namespaces=ns)


def test_robots_txt_points_at_the_sitemap(served):
    public, base_url = served
    assert f"Sitemap: {base_url}sitemap.xml" in (public / "robots.txt").read_text()


# -- JSON-LD --------------------------------------------------------------------------------------

REQUIRED = {
    "NewsArticle": ["headline", "datePublished", "author", "publisher", "url"],
    "Article": ["headline", "datePublished", "author"],
    "Person": ["name"],
    "Quotation": ["text", "spokenByCharacter", "creator", "isPartOf"],
    "ItemList": ["itemListElement", "numberOfItems"],
    "ListItem": ["position", "url"],
    "WebSite": ["name", "url"],
    "ProfilePage": ["mainEntity"],
    "CollectionPage": ["name", "url"],
}


def walk(node):
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from walk(value)


def jsonld(public: Path, rel: str) -> list[dict]:
    doc = html(public / rel)
    blocks = doc.xpath("//script[@type='application/ld+json']/text()")
    assert blocks, f"{rel} has no JSON-LD"
    return [json.loads(block) for block in blocks]


def test_every_page_has_parseable_json_ld_with_the_required_properties(served):
    public, _ = served
    seen = set()
    for page in pages(public):
        rel = page.relative_to(public).as_posix()
        for data in jsonld(public, rel):
            assert data.get("@context") == "https://schema.org", rel
            for node in walk(data):
                kind = node.get("@type")
                for prop in REQUIRED.get(kind, []):
                    assert node.get(prop) not in (None, "", []), f"{rel}: {kind} lacks {prop}"
                seen.add(kind)
    assert {"NewsArticle", "Person", "Quotation", "ItemList", "WebSite", "ProfilePage"} <= seen


def test_an_entry_cites_its_source_and_its_quotes_name_their_speakers(served):
    public, _ = served
    (article,) = jsonld(public, "articles/izium-russian-troops-abandon-weapons/index.html")
    assert article["@type"] == "NewsArticle"
    assert article["isBasedOn"]["url"].startswith("https://www.thesun.co.uk/")
    assert article["isBasedOn"]["publisher"]["name"] == "The Sun"
    quotes = article["hasPart"]
    assert quotes and all(q["@type"] == "Quotation" for q in quotes)
    # A speaker is described in full once per page and referred to by @id after that, as JSON-LD allows:
    # every quote's speaker and creator resolves to a named Person of the same document.
    described = {node["@id"]: node for node in walk(article) if "@id" in node and "@type" in node}

    def resolve(node: dict) -> dict:
        return described.get(node.get("@id"), node) if "@type" not in node else node

    speakers = [resolve(q["spokenByCharacter"]) for q in quotes]
    assert all(s["@type"] == "Person" and s["name"] for s in speakers)
    assert all(resolve(q["creator"]) == s for q, s in zip(quotes, speakers))
    assert "Volodymyr Zelensky" in {s["name"] for s in speakers}
    (profile,) = jsonld(public, "speakers/volodymyr-zelensky/index.html")
    assert "Володимир Зеленський" in profile["mainEntity"]["alternateName"]
    assert {q["spokenByCharacter"]["@id"] for q in profile["hasPart"]} == {profile["mainEntity"]["@id"]}


def test_a_closing_script_tag_in_content_cannot_break_out_of_json_ld(tmp_path):
    from conftest import copy_site, write

    site = copy_site("basic", tmp_path)
    rel = "content/articles/2022/04/kharkiv-shelling.md"
    write(site / rel, (site / rel).read_text().replace("title: Shelling in Харків",
                                                       'title: "</script><script>alert(1)</script>"'))
    assert run_sitegen("build", site).returncode == 0
    raw = (site / "public/articles/kharkiv-shelling/index.html").read_text()
    assert "<script>alert(1)</script>" not in raw
    (data,) = jsonld(site / "public", "articles/kharkiv-shelling/index.html")
    assert data["headline"] == "</script><script>alert(1)</script>"


# -- links ----------------------------------------------------------------------------------------

def test_every_internal_link_and_fragment_resolves_under_the_subpath(served):
    public, base_url = served
    base_path = urlsplit(base_url).path
    broken, checked = [], 0
    ids: dict[Path, set] = {}
    for page in pages(public):
        for attr in html(page).xpath("//a/@href | //link/@href | //script/@src | //img/@src | //form/@action"):
            parts = urlsplit(attr)
            if parts.scheme and not attr.startswith(base_url):
                continue
            path = parts.path if not parts.scheme else urlsplit(attr).path
            if path == "":
                target = page
            elif not path.startswith(base_path):
                broken.append(f"{page.relative_to(public)}: {attr} is outside {base_path}")
                continue
            else:
                rel = path[len(base_path):]
                target = public / rel / "index.html" if rel == "" or rel.endswith("/") else public / rel
            if not target.is_file():
                broken.append(f"{page.relative_to(public)}: {attr}")
                continue
            if parts.fragment and target.suffix == ".html":
                if target not in ids:
                    ids[target] = set(html(target).xpath("//@id"))
                if parts.fragment not in ids[target]:
                    broken.append(f"{page.relative_to(public)}: {attr} (no #{parts.fragment})")
            checked += 1
    assert broken == []
    assert checked > 3000
