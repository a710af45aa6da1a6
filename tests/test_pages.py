"""Each page kind of a small digest, read back as parsed HTML."""

from pathlib import Path
from urllib.parse import urlsplit

import lxml.etree
import pytest

from conftest import html, run_sitegen, tree_bytes, write

BASE = "/digest/"


@pytest.fixture
def public(site: Path) -> Path:
    result = run_sitegen("build", site)
    assert result.returncode == 0, result.stderr
    assert "built" in result.stdout and "pages" in result.stdout
    return site / "public"


def texts(doc, xpath: str) -> list[str]:
    return [" ".join(e.text_content().split()) for e in doc.xpath(xpath)]


def test_front_page_lists_latest_articles_with_outlet_date_summary_and_speakers(public):
    doc = html(public / "index.html")
    cards = doc.xpath("//article[@class='card']")
    assert len(cards) == 2  # per_page: 2, newest first
    first = " ".join(cards[0].text_content().split())
    assert "Reznikov says the offensive went better than expected" in first
    assert "The Sun" in first and "11 September 2022" in first
    assert "snowball" in first
    assert "Oleksii Reznikov" in first
    assert texts(doc, "//aside[contains(@class,'latest-notes')]//h3") == ["How we attribute quotes"]
    assert doc.xpath("//a[@rel='next']/@href") == [f"{BASE}page/2/"]
    page2 = html(public / "page/2/index.html")
    assert "Shelling in Харків" in page2.text_content()


def test_article_page_has_source_quotes_events_terms_and_notes(public):
    doc = html(public / "articles/izium-troops-abandon-weapons/index.html")
    assert texts(doc, "//h1") == ["Putin's troops abandon huge quantities of weapons fleeing Ukrainian blitz"]
    assert doc.xpath("//div[@class='source-box']//a/@href") == [
        "https://www.thesun.co.uk/news/19775122/putins-troops-abandon-weapons-fleeing-ukrainian/"]
    quotes = texts(doc, "//figure[@class='quote']//blockquote")
    assert quotes == ["I think it’s the beginning of the end for Russian occupants",
                      "These last few days the Russian army has shown us its best side, its back."]
    assert doc.xpath("//figure[@class='quote']//figcaption/a/@href") == [
        f"{BASE}speakers/marty/", f"{BASE}speakers/volodymyr-zelensky/"]
    assert "Ukrainian forces retake Izium" in texts(doc, "//section[@class='events']")[0]
    assert f"{BASE}places/kharkiv-oblast/" in doc.xpath("//footer[@class='terms']//a/@href")
    assert f"{BASE}tags/counteroffensive/" in doc.xpath("//footer[@class='terms']//a/@href")
    assert texts(doc, "//section[@class='editor-notes']//h3") == ["How we attribute quotes"]
    assert "hurried" in texts(doc, "//div[@class='body']")[0]


def test_yaml_articles_publish_their_body(public):
    doc = html(public / "articles/reznikov-snowball/index.html")
    assert doc.xpath("//div[@class='body']//em/text()") == ["YAML"]


def test_speaker_page_shows_names_role_and_quotes_with_source(public):
    doc = html(public / "speakers/volodymyr-zelensky/index.html")
    assert texts(doc, "//h1") == ["Volodymyr Zelensky"]
    assert "Володимир Зеленський" in doc.text_content()
    assert "President of Ukraine" in doc.text_content()
    caption = texts(doc, "//figure[@class='quote']//figcaption")[0]
    assert "11 September 2022" in caption and "The Sun" in caption
    assert doc.xpath("//figure[@class='quote']//figcaption/a/@href") == [f"{BASE}articles/izium-troops-abandon-weapons/"]


def test_speakers_index_lists_only_speakers_with_quotes(public):
    doc = html(public / "speakers/index.html")
    assert texts(doc, "//ul[@class='speaker-index']/li/a") == ["Marty", "Oleksii Reznikov", "Volodymyr Zelensky"]


def test_quote_text_is_never_run_through_markdown(site):
    text = (site / "content/articles/2022/09/izium-troops-abandon-weapons.md").read_text()
    write(site / "content/articles/2022/09/izium-troops-abandon-weapons.md",
          text.replace("I think it’s the beginning of the end for Russian occupants", "we’re totally f*****d *really*"))
    assert run_sitegen("build", site).returncode == 0
    doc = html(site / "public/speakers/marty/index.html")
    assert texts(doc, "//blockquote") == ["we’re totally f*****d *really*"]
    assert not doc.xpath("//blockquote//em")


def test_timeline_index_and_year_pages(public):
    index = html(public / "timeline/index.html")
    assert texts(index, "//ul[@class='year-index']//a") == ["2022 3 entries"]
    year = html(public / "timeline/2022/index.html")
    assert texts(year, "//section[@class='month']/h2") == ["April 2022", "September 2022"]
    assert texts(year, "//section[@class='day']/h3") == ["19 April 2022", "10 September 2022", "11 September 2022"]
    events = year.xpath("//li[@class='entry-event']")
    assert len(events) == 1 and "Ukrainian forces retake Izium" in events[0].text_content()
    articles = texts(year, "//li[@class='entry-article']/a")
    assert articles == ["Shelling in Харків", "Reznikov says the offensive went better than expected"]


def test_tags_and_places_with_cyrillic_slugs(public):
    places = html(public / "places/index.html")
    assert f"{BASE}places/kharkiv/" in places.xpath("//a/@href")
    doc = html(public / "places/kharkiv/index.html")
    assert texts(doc, "//h1") == ["Харків"]
    tag = html(public / "tags/counteroffensive/index.html")
    assert len(tag.xpath("//article[@class='card']")) == 2


def test_notes_have_pages_and_an_index(public):
    doc = html(public / "notes/how-we-attribute/index.html")
    assert texts(doc, "//h1") == ["How we attribute quotes"]
    assert doc.xpath("//article[@class='card']//h3/a/@href") == [f"{BASE}articles/izium-troops-abandon-weapons/"]
    assert texts(html(public / "notes/index.html"), "//article//h2") == ["How we attribute quotes"]


def test_feed_is_atom_with_absolute_alternate_links_newest_first(public):
    feed = lxml.etree.parse(str(public / "feed.xml"))
    ns = {"a": "http://www.w3.org/2005/Atom"}
    links = feed.xpath("//a:entry/a:link[@rel='alternate']/@href", namespaces=ns)
    assert links == ["https://example.org/digest/articles/reznikov-snowball/",
                     "https://example.org/digest/articles/izium-troops-abandon-weapons/",
                     "https://example.org/digest/articles/kharkiv-shelling/"]


def test_sitemap_lists_every_page_with_absolute_folder_urls(public):
    tree = lxml.etree.parse(str(public / "sitemap.xml"))
    locs = tree.xpath("//s:loc/text()", namespaces={"s": "http://www.sitemaps.org/schemas/sitemap/0.9"})
    pages = sorted(p.relative_to(public).parent.as_posix() for p in public.rglob("index.html"))
    expected = sorted("https://example.org/digest/" + ("" if p == "." else p + "/") for p in pages)
    assert sorted(locs) == expected
    assert not any(loc.endswith("index.html") for loc in locs)


def test_404_page_exists(public):
    assert "Page not found" in html(public / "404.html").text_content()


def test_drafts_leave_no_trace(public):
    everything = b"".join(tree_bytes(public).values())
    for trace in (b"draft-piece", b"DRAFT QUOTE TEXT", b"DRAFT EVENT", b"secret-draft-tag", b"must not be published"):
        assert trace not in everything


def test_drafts_publish_with_the_drafts_flag(site):
    assert run_sitegen("build", site, "--drafts").returncode == 0
    assert (site / "public/articles/draft-piece/index.html").is_file()
    assert (site / "public/tags/secret-draft-tag/index.html").is_file()


def test_a_script_in_a_title_is_shown_as_text(site):
    rel = "content/articles/2022/04/kharkiv-shelling.md"
    write(site / rel, (site / rel).read_text().replace("title: Shelling in Харків",
                                                       'title: "<script>alert(1)</script> & co"'))
    assert run_sitegen("build", site).returncode == 0
    raw = (site / "public/articles/kharkiv-shelling/index.html").read_text()
    assert "<script>alert(1)</script>" not in raw
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in raw
    assert "<script>" not in (site / "public/feed.xml").read_text()


def internal_links(public: Path, base_path: str):
    for page in public.rglob("*.html"):
        doc = html(page)
        for attr in doc.xpath("//@href | //@src"):
            parts = urlsplit(attr)
            if parts.scheme or parts.netloc:
                continue
            yield page, parts.path, parts.fragment


def resolve(public: Path, base_path: str, path: str) -> Path | None:
    assert path.startswith(base_path), f"{path} is outside the base path {base_path}"
    rel = path[len(base_path):]
    target = public / rel
    if rel == "" or rel.endswith("/"):
        target = target / "index.html"
    return target if target.is_file() else None


@pytest.mark.parametrize("base_url, base_path", [("https://example.org/digest/", "/digest/"),
                                                 ("https://example.org/", "/"),
                                                 ("https://example.org/a/b", "/a/b/")])
def test_every_internal_link_and_fragment_resolves_under_the_base_path(site, base_url, base_path):
    assert run_sitegen("build", site, "--base-url", base_url).returncode == 0
    public = site / "public"
    checked = 0
    for page, path, fragment in internal_links(public, base_path):
        target = page if path == "" else resolve(public, base_path, path)
        assert target is not None, f"{page}: broken link {path}"
        if fragment:
            assert html(target).xpath(f"//*[@id='{fragment}']"), f"{page}: missing #{fragment} in {path}"
        checked += 1
    assert checked > 100


def test_same_content_gives_a_byte_identical_site(site, tmp_path):
    assert run_sitegen("build", site, "--output", tmp_path / "one").returncode == 0
    assert run_sitegen("build", site, "--output", tmp_path / "two").returncode == 0
    assert tree_bytes(tmp_path / "one") == tree_bytes(tmp_path / "two")


def test_unchanged_files_keep_their_bytes_and_times_on_a_rebuild(public, site):
    before = {p: p.stat().st_mtime_ns for p in public.rglob("*") if p.is_file()}
    result = run_sitegen("build", site)
    assert "0 files written" in result.stdout
    assert {p: p.stat().st_mtime_ns for p in public.rglob("*") if p.is_file()} == before


def test_stylesheet_is_fingerprinted(public):
    names = [p.name for p in (public / "static").iterdir()]
    assert any(n.startswith("style.") and n.endswith(".css") and n != "style.css" for n in names)


def test_refuses_to_replace_a_folder_it_did_not_write(site, tmp_path):
    foreign = tmp_path / "important"
    write(foreign / "thesis.txt", "years of work")
    result = run_sitegen("build", site, "--output", foreign)
    assert result.returncode == 1
    assert "refuses" in result.stderr
    assert (foreign / "thesis.txt").read_text() == "years of work"


def test_site_theme_overrides_built_in_templates_file_by_file(site):
    write(site / "themes/default/templates/404.html",
          '{% extends "base.html" %}{% block main %}<h1>Custom lost page</h1>{% endblock %}')
    assert run_sitegen("build", site).returncode == 0
    assert texts(html(site / "public/404.html"), "//h1") == ["Custom lost page"]
    assert "Latest coverage" in html(site / "public/index.html").text_content()  # inherited


def test_a_template_error_names_the_theme_file_and_line(site):
    write(site / "themes/default/templates/404.html", '{% extends "base.html" %}\n{% block main %}\n{{ nope.x }}\n{% endblock %}')
    result = run_sitegen("build", site)
    assert result.returncode == 1
    assert "themes/default/templates/404.html:3: template error" in result.stderr
    assert "Traceback" not in result.stderr
