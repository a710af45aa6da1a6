"""Static search: the index sitegen writes under search/ and what search.js does with it in a browser.

The unit tests build the index from small in-memory sites. The built-site and browser tests use the
example digest (the repository root) built under a base path; they need the two hooks of docs/search.md
(the routes in sitegen/routes.py, the form and script in base.html) and fail, naming them, without.
The browser tests are skipped, with the reason shown, where Playwright or /usr/bin/chromium is missing,
and fail instead when CI=true.
"""

from __future__ import annotations

import functools
import http.server
import json
from dataclasses import replace
import random
import threading
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from conftest import REPO, copy_site, html, run_sitegen, write
from sitegen import searchterms
from sitegen.diagnostics import Diagnostics
from sitegen.jsonout import json_bytes
from sitegen.model.assemble import assemble
from sitegen.model.reads import Reading
from sitegen.model.records import Article, Note, Quote, Source, Speaker
from sitegen.model.settings import SiteConfig
from sitegen.pages import search as search_pages
from sitegen.pages import searchindex, searchquery

BASE_PATH = "digest"
HOOKS = "the search hooks are not wired in: add them as docs/search.md ('Wiring') says"


# -- small in-memory sites ----------------------------------------------------------------------------

CONFIG = SiteConfig(title="Test digest", description="", base_url="https://example.org/digest/")


def article(slug: str, title: str, day: int = 1, summary: str = "", quotes=(), tags=(), places=()) -> Article:
    moment = datetime(2022, 4, day, 12, tzinfo=timezone.utc)
    return Article(slug=slug, path=f"content/articles/{slug}.md", title=title, published=moment,
                   day=moment.date(), has_time=True, source=Source("Reuters", f"https://example.com/{slug}"),
                   summary_html=f"<p>{summary}</p>" if summary else "", tags=tuple(tags), places=tuple(places),
                   quotes=tuple(Quote(speaker, text) for speaker, text in quotes))


SPEAKERS = [
    Speaker("volodymyr-zelensky", "Volodymyr Zelensky", "Володимир Зеленський", "President of Ukraine",
            aliases=("Zelenskyy",)),
    Speaker("ihor-terekhov", "Ihor Terekhov", "Ігор Терехов", "Mayor of Kharkiv"),
]


def make_site(articles, speakers=SPEAKERS, notes=()):
    diagnostics = Diagnostics()
    fields = {record.path: searchindex.record_fields(record) for record in [*articles, *notes]}
    site = assemble(CONFIG, list(speakers), list(articles), list(notes), diagnostics, search=fields)
    assert not diagnostics.errors, diagnostics.problems
    return site


def reads(site):
    return Reading(site).page()


def search_routes(site):
    """The search page and the index's files."""
    return [*search_pages.routes(site), *search_pages.data_routes(site)]


def index_files(site) -> dict[str, bytes]:
    return {r.output.removeprefix("search/"): json_bytes(r.view(reads(site)))
            for r in search_routes(site) if r.template is None}


def query(files: dict[str, bytes], text: str, results: int = 50) -> list[tuple[str, str]]:
    rows, _, _ = searchquery.run_query(files.__getitem__, text, results)
    return [(row[2], row[0]) for row in rows]


def example_articles():
    return [
        article("kharkiv-shelling", "Shelling of Kharkiv intensifies", 3,
                summary="Residents sheltered in the metro as artillery hit the north of the city.",
                quotes=[("ihor-terekhov", "Харків стоїть. The city holds.")], places=["Kharkiv"],
                tags=["Artillery"]),
        article("zelensky-sanctions", "Zelensky asks for more sanctions", 2,
                summary="The president spoke to the parliament of Canada.",
                quotes=[("volodymyr-zelensky", "We need sanctions that hurt.")], tags=["Sanctions"]),
        article("grain-deal", "Grain deal reached in Istanbul", 1,
                summary="Ships may leave Odesa; Kharkiv farmers wait.", places=["Odesa"]),
    ]


# -- tokenizing ---------------------------------------------------------------------------------------

def test_terms_are_case_folded_and_accents_dropped():
    assert searchterms.terms("Düsseldorf NAÏVE Café Straße") == ["dusseldorf", "naive", "cafe", "strasse"]


def test_cyrillic_words_are_kept_and_also_indexed_romanized_as_slugs_romanize_them():
    assert searchterms.terms("Харків") == ["харків", "kharkiv"]
    assert searchterms.terms("Запоріжжя, Київ") == ["запоріжжя", "zaporizhzhia", "київ", "kyiv"]


def test_the_marks_that_make_cyrillic_letters_are_kept_so_names_romanize_as_written():
    # й and ї are letters of their own: dropping their marks would romanize Юрій as "yuryy".
    assert searchterms.terms("Юрій Її") == ["юрій", "yurii", "її", "yii"]
    assert searchterms.terms("Ки́ев") == ["киев", "kyev"]  # a stress mark is an accent: dropped


def test_stop_words_single_letters_and_underscores_are_dropped():
    assert searchterms.terms("The war in a city, said Zelensky of_the USA") == ["war", "city", "zelensky", "usa"]
    assert searchterms.terms("Ukraine's") == ["ukraine"]


def test_query_terms_are_folded_without_duplicates_or_romanization():
    assert searchterms.query_terms("Харків kharkiv KHARKIV the") == ["харків", "kharkiv"]


def test_romanize_gives_nothing_for_latin_or_unromanizable_terms():
    assert searchterms.romanize("kharkiv") is None
    assert searchterms.romanize("зграя") == "zghraia"
    assert searchterms.romanize("ђђ") is None  # Serbian letters have no place in the Ukrainian table


# -- the index ----------------------------------------------------------------------------------------

def test_a_term_lists_exactly_the_documents_that_contain_it():
    files = index_files(make_site(example_articles()))
    assert sorted(query(files, "kharkiv ")) == sorted([
        ("place", "places/kharkiv/"),
        ("speaker", "speakers/ihor-terekhov/"),  # "Mayor of Kharkiv"
        ("article", "articles/kharkiv-shelling/"),
        ("article", "articles/grain-deal/"),
    ])
    assert query(files, "istanbul ") == [("article", "articles/grain-deal/")]
    assert query(files, "odesa grain ") == [("article", "articles/grain-deal/")]  # every word must match
    assert query(files, "odesa sanctions ") == []


def test_headlines_weigh_more_than_names_names_more_than_quotes_quotes_more_than_summaries():
    articles = [
        article("in-summary", "One", summary="Drones over the border."),
        article("in-quote", "Two", quotes=[("ihor-terekhov", "Drones came at night.")]),
        article("in-tag", "Three", tags=["Drones"]),
        article("in-title", "Drones strike a depot"),
    ]
    files = index_files(make_site(articles))
    ranked = [url for kind, url in query(files, "drones ") if kind == "article"]
    assert ranked == ["articles/in-title/", "articles/in-tag/", "articles/in-quote/", "articles/in-summary/"]


def test_a_speakers_name_lists_the_speaker_page_first_then_the_articles_quoting_them():
    files = index_files(make_site(example_articles()))
    found = query(files, "Zelensky")
    assert found[0] == ("speaker", "speakers/volodymyr-zelensky/")
    assert ("article", "articles/zelensky-sanctions/") in found
    assert query(files, "zelenskyy ")[0] == ("speaker", "speakers/volodymyr-zelensky/")  # an alias


def test_a_quoted_speakers_name_counts_once_as_a_name_on_top_of_the_articles_own_words():
    articles = [
        article("named-in-title", "Zelensky asks for more sanctions", 2,
                quotes=[("volodymyr-zelensky", "We need sanctions that hurt.")]),
        article("quoted-only", "Parliament votes", 1, quotes=[("volodymyr-zelensky", "We need sanctions.")]),
    ]
    index = searchindex.build_index(make_site(articles))
    urls = [d.url for d in index.documents]
    flat, doc, weights = index.flat("zelensky"), 0, {}
    for delta, weight in zip(flat[::2], flat[1::2]):
        doc += delta
        assert urls[doc] not in weights, "a document is listed once per term"
        weights[urls[doc]] = weight
    assert weights["articles/named-in-title/"] == searchindex.TITLE + searchindex.NAME
    assert weights["articles/quoted-only/"] == searchindex.NAME


def test_a_cyrillic_query_finds_english_text_and_a_latin_query_finds_cyrillic_quotes():
    files = index_files(make_site(example_articles()))
    assert ("place", "places/kharkiv/") in query(files, "Харків")
    assert ("article", "articles/grain-deal/") in query(files, "Харків ")  # English text only
    assert ("article", "articles/kharkiv-shelling/") in query(files, "stoit ")  # "стоїть" romanized
    assert ("speaker", "speakers/volodymyr-zelensky/") in query(files, "Зеленський")


def test_the_last_word_matches_as_a_prefix_until_it_is_finished():
    files = index_files(make_site(example_articles()))
    assert ("speaker", "speakers/volodymyr-zelensky/") in query(files, "zel")
    assert query(files, "zel ") == []  # a finished word matches whole words only
    assert query(files, "grain ist") == [("article", "articles/grain-deal/")]
    assert query(files, "me") == [("article", "articles/kharkiv-shelling/")]  # "me" is a stop word, "metro" not


def test_the_index_is_byte_for_byte_the_same_whatever_order_the_records_come_in():
    first = index_files(make_site(example_articles()))
    shuffled = example_articles()
    random.Random(4).shuffle(shuffled)
    second = index_files(make_site(shuffled, speakers=list(reversed(SPEAKERS))))
    assert first == second


def test_urls_in_the_index_are_site_relative_and_files_have_ascii_names():
    site = make_site(example_articles())
    files = index_files(site)
    meta = json.loads(files["meta.json"])
    assert meta["documents"] == 3 + 2 + 2 + 2  # articles, speakers, places, tags
    rows = [row for name, data in files.items() if name.startswith("docs-") for row in json.loads(data)]
    assert len(rows) == meta["documents"]
    assert all(not row[0].startswith(("/", "http")) and row[0].endswith("/") for row in rows)
    assert {row[2] for row in rows} == {"article", "speaker", "place", "tag"}
    assert all(name.isascii() for name in files)
    assert f"terms-{'х'.encode().hex()}.json" in files  # a Cyrillic shard key, hex in the file name


def test_rows_show_title_kind_and_a_meta_line():
    note = Note(slug="method", path="content/notes/method.md", title="How we check quotes",
                published=datetime(2022, 4, 9, tzinfo=timezone.utc), day=date(2022, 4, 9), has_time=False,
                author="The editors", summary_text="Every quote is traced to its source.")
    files = index_files(make_site(example_articles(), notes=[note]))
    rows = {row[0]: row for name, data in files.items() if name.startswith("docs-") for row in json.loads(data)}
    assert rows["articles/grain-deal/"] == ["articles/grain-deal/", "Grain deal reached in Istanbul", "article",
                                             "Reuters · 1 April 2022"]
    assert rows["speakers/volodymyr-zelensky/"][3] == "President of Ukraine · 1 quote"
    assert rows["places/kharkiv/"][3] == "Place · 1 article"
    assert rows["notes/method/"][2:] == ["note", "Editor note · The editors · 9 April 2022"]
    assert query(files, "traced ") == [("note", "notes/method/")]


def test_routes_declare_what_they_are_made_of():
    site = make_site(example_articles())
    routes = {r.output: r for r in search_routes(site)}
    page = routes["search/index.html"]
    assert (page.url, page.template, page.in_sitemap) == ("search/", "search.html", True)
    assert page.view(reads(site))["page"]["kind"] == "search"
    data = [r for r in routes.values() if r.template is None]
    assert all(not r.in_sitemap for r in data)
    # Chunks, shards and meta.json depend on their own content, digested before rendering.
    assert {r.output for r in data} >= {"search/docs-0.json", "search/meta.json"}
    for route in data:
        assert route.content_digest


def test_an_edit_changes_the_digest_of_exactly_the_shards_whose_terms_changed():
    """A term leaving an article must leave its shard (the shard is rendered again), and shards whose
    terms are untouched keep their digest (not rendered again)."""
    before = {r.output: r.content_digest for r in search_routes(make_site(example_articles()))}
    edited = [replace(a, title="Grain corridor reopened") if a.slug == "grain-deal" else a
              for a in example_articles()]
    after = {r.output: r.content_digest for r in search_routes(make_site(edited))}
    changed = {out for out in before.keys() | after.keys() if before.get(out) != after.get(out)}

    def shard_file(site, term: str) -> str:
        index = searchindex.build_index(site)
        key = next(k for k, terms in index.shards.items() if term in terms)
        return f"search/terms-{searchindex.shard_file_key(key)}.json"

    assert shard_file(make_site(example_articles()), "deal") in changed  # "deal" left the title
    assert shard_file(make_site(edited), "corridor") in changed
    assert "search/meta.json" in changed  # the index's version
    assert len(changed) < len([o for o in before if "terms-" in o])


def test_a_big_shard_is_split_by_one_more_character_and_every_term_stays_findable(monkeypatch):
    monkeypatch.setattr(searchindex, "SHARD_BYTES", 120)
    rng = random.Random(1)
    words = ["".join(rng.choice("abcdrstu") for _ in range(rng.randint(2, 9))) for _ in range(400)]
    articles = [article(f"a{n}", " ".join(rng.sample(words, 6)), 1 + n % 28) for n in range(120)]
    site = make_site(articles)
    index = searchindex.build_index(site)
    keys = set(index.shards)
    assert any(len(k) >= 3 for k in keys)  # split twice somewhere
    files = index_files(site)
    for key, terms in index.shards.items():
        data = files[f"terms-{searchindex.shard_file_key(key)}.json"]
        assert len(data) <= 120 or len(terms) <= 2, key  # only a term too big on its own stays big
        for term in terms:  # the script looks a term up in the shard with the longest key that starts it
            assert max((k for k in keys if term.startswith(k)), key=len) == key
    for word in rng.sample(words, 40):
        found = {url for _, url in query(files, word + " ")}
        assert found == {f"articles/{a.slug}/" for a in articles if word in a.title.split()}


def test_a_first_query_on_a_large_digest_downloads_far_less_than_a_megabyte():
    rng = random.Random(7)
    vocabulary = [w for w in (searchterms.fold("".join(rng.choice("aeioukrtnslvmdhz") for _ in range(rng.randint(3, 10))))
                              for _ in range(6000))]
    common = ["kharkiv", "artillery", "zelensky", "sanctions"]

    def text(n):
        return " ".join(rng.choice(common) if rng.random() < 0.08 else rng.choice(vocabulary) for _ in range(n))

    articles = [article(f"a{n}", text(8), 1 + n % 28, summary=text(30),
                        quotes=[("volodymyr-zelensky", text(25))], tags=[rng.choice(common)])
                for n in range(3000)]
    files = index_files(make_site(articles))
    meta = files["meta.json"]
    assert len(meta) < 16_000
    for word in common:
        rows, count, read = searchquery.run_query(files.__getitem__, word, 8)
        assert count > 100 and len(rows) == 8
        assert sum(len(files[name]) for name in read) < 400_000, (word, read)


# -- the built site -----------------------------------------------------------------------------------

class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """The example digest built into <root>/digest/ with the server's own base URL, and that server."""
    root = tmp_path_factory.mktemp("search")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(root)))
    base_url = f"http://127.0.0.1:{server.server_address[1]}/{BASE_PATH}/"
    # --no-cache: a test must not read or write the repository's own .sitegen-cache/.
    result = run_sitegen("build", REPO, "--no-cache", "--output", root / BASE_PATH, "--base-url", base_url)
    assert result.returncode == 0, result.stderr
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield root / BASE_PATH, base_url
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def public(served) -> Path:
    public = served[0]
    if not (public / "search" / "meta.json").is_file() or not html(public / "index.html").xpath("//form[@data-search]"):
        pytest.fail(HOOKS)
    return public


def test_the_search_page_says_search_needs_javascript_and_links_the_indexes(public):
    doc = html(public / "search" / "index.html")
    fallback = doc.xpath("//*[@data-search-fallback]")[0]
    assert "needs JavaScript" in fallback.text_content()
    assert set(fallback.xpath(".//a/@href")) >= {"/digest/speakers/", "/digest/places/", "/digest/tags/"}
    form = doc.xpath("//main//form[@data-search-page]")[0]
    assert form.get("hidden") is not None and form.get("data-base") == "/digest/"
    assert doc.xpath("//script[contains(@src, '/digest/static/search.')]/@defer")


def test_every_page_has_a_hidden_search_form_for_the_script_to_show(public):
    for path in ("index.html", "articles/izium-russian-troops-abandon-weapons/index.html", "speakers/index.html"):
        doc = html(public / path)
        form = doc.xpath("//form[@role='search']")[0]
        assert form.get("hidden") is not None, path
        assert form.get("data-base") == "/digest/" and form.get("action") == "/digest/search/"
        assert doc.xpath("//script[contains(@src, '/digest/static/search.')]"), path


def test_every_result_url_in_the_index_is_a_page_of_the_site(public):
    meta = json.loads((public / "search" / "meta.json").read_bytes())
    for number in range(-(-meta["documents"] // meta["chunk"])):
        for url, *_ in json.loads((public / "search" / f"docs-{number}.json").read_bytes()):
            assert (public / url / "index.html").is_file(), url


def test_a_new_quote_changes_only_the_chunk_that_counts_the_speakers_quotes(monkeypatch):
    """A speaker's row counts their quotes: one more quote changes that chunk's digest, not the others'."""
    monkeypatch.setattr(searchindex, "DOCS_PER_CHUNK", 2)

    def chunks(articles):
        site = make_site(articles)
        return {r.output: (r.content_digest, r.view(reads(site))) for r in search_routes(site) if "docs-" in r.output}

    before = chunks(example_articles())
    after = chunks([replace(a, quotes=(*a.quotes, Quote("ihor-terekhov", "Hold on."))) if a.slug == "grain-deal"
                    else a for a in example_articles()])
    assert len(before) > 2 and before.keys() == after.keys()
    changed = [name for name in before if before[name][0] != after[name][0]]
    assert len(changed) == 1
    assert ["speakers/ihor-terekhov/", "Ihor Terekhov", "speaker", "Mayor of Kharkiv · 2 quotes"] in after[changed[0]][1]


def test_a_rebuild_after_an_edit_drops_a_word_the_article_no_longer_has(tmp_path):
    site = copy_site("basic", tmp_path)
    output = tmp_path / "out"
    assert run_sitegen("build", site, "--output", output).returncode == 0
    if not (output / "search" / "meta.json").is_file():
        pytest.fail(HOOKS)
    target = site / "content" / "articles" / "2022" / "04" / "kharkiv-shelling.md"
    text = target.read_text("utf-8")
    title_line = next(line for line in text.splitlines() if line.startswith("title:"))
    files = lambda name: (output / "search" / name).read_bytes()  # noqa: E731
    assert not searchquery.run_query(files, "quixotic ")[0]
    write(target, text.replace(title_line, 'title: "A quixotic headline"'))
    result = run_sitegen("build", site, "--output", output)
    assert result.returncode == 0, result.stderr
    assert [row[1] for row in searchquery.run_query(files, "quixotic ")[0]] == ["A quixotic headline"]
    write(target, text)  # and back: the word must leave the index again
    assert run_sitegen("build", site, "--output", output).returncode == 0
    assert not searchquery.run_query(files, "quixotic ")[0]


# -- in a browser -------------------------------------------------------------------------------------



@pytest.fixture
def page(browser, served, public):
    context = browser.new_context()
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert not errors, errors


def header_box(page):
    return page.locator("header form[role=search] input[name=q]")


def test_typing_a_name_lists_results_and_arrow_down_then_enter_opens_one(page, served):
    _, base_url = served
    page.goto(base_url)
    box = header_box(page)
    for _ in range(10):  # Tab from the top of the page to the search box
        page.keyboard.press("Tab")
        if box.evaluate("element => element === document.activeElement"):
            break
    else:
        pytest.fail("Tab never reached the search box")
    page.keyboard.type("Zelensky")
    results = page.locator("header form[role=search] .search-results a")
    results.first.wait_for()
    assert "Volodymyr Zelensky" in results.first.inner_text()
    assert "Speaker" in results.first.inner_text()
    assert results.count() >= 3
    status = page.locator("header form[role=search] [role=status]")
    assert status.inner_text().endswith("results for \u201cZelensky\u201d.")
    page.keyboard.press("ArrowDown")
    assert results.first.evaluate("element => element === document.activeElement")
    page.keyboard.press("ArrowDown")
    second = results.nth(1)
    assert second.evaluate("element => element === document.activeElement")
    target = second.get_attribute("href")
    assert target.startswith(f"/{BASE_PATH}/")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == base_url.removesuffix(f"/{BASE_PATH}/") + target
    assert page.locator("h1").count() == 1


def test_escape_closes_the_results_and_returns_to_the_box(page, served):
    page.goto(served[1])
    box = header_box(page)
    box.focus()
    page.keyboard.type("kharkiv")
    results = page.locator("header form[role=search] .search-results a")
    results.first.wait_for()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowUp")
    assert box.evaluate("element => element === document.activeElement")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Escape")
    assert box.evaluate("element => element === document.activeElement")
    assert not results.first.is_visible()


def test_a_cyrillic_query_finds_the_place_spelled_in_latin_letters(page, served):
    page.goto(served[1])
    header_box(page).fill("Харків")
    first = page.locator("header form[role=search] .search-results a").first
    first.wait_for()
    assert first.get_attribute("href") == f"/{BASE_PATH}/places/kharkiv/"


def test_the_search_page_runs_the_query_in_its_address_and_shows_more_on_request(page, served, public):
    page.goto(served[1] + "search/?q=ukraine")
    results = page.locator("main .search-results a")
    results.first.wait_for()
    files = lambda name: (public / "search" / name).read_bytes()  # noqa: E731
    rows, count, _ = searchquery.run_query(files, "ukraine", 40)
    assert count > 20  # the example digest has enough for a second step
    assert results.count() == 20
    assert [results.nth(i).get_attribute("href") for i in range(20)] == [f"/{BASE_PATH}/{r[0]}" for r in rows[:20]]
    assert page.locator("main [data-search-status]").inner_text() == f"{count} results for \u201cukraine\u201d."
    assert page.locator("[data-search-fallback]").is_hidden()
    page.locator("[data-search-more]").click()
    page.wait_for_function("document.querySelectorAll('main .search-results a').length > 20")
    assert results.nth(20).evaluate("element => element === document.activeElement")
    assert results.nth(20).get_attribute("href") == f"/{BASE_PATH}/{rows[20][0]}"


def test_a_first_query_loads_meta_the_shards_of_its_words_and_the_chunks_of_its_results(page, served, public):
    loaded = []
    page.on("request", lambda request: loaded.append(request.url) if "/search/" in request.url else None)
    page.goto(served[1])
    header_box(page).fill("artillery kharkiv")
    page.locator("header form[role=search] .search-results a").first.wait_for()
    files = lambda name: (public / "search" / name).read_bytes()  # noqa: E731
    _, _, expected = searchquery.run_query(files, "artillery kharkiv", 8)
    names = [url.split("/search/", 1)[1].split("?", 1)[0] for url in loaded]
    assert sorted(names) == sorted(expected)


def test_the_browser_folds_and_romanizes_queries_as_the_index_does(page, served):
    page.goto(served[1])
    page.wait_for_function("window.sitegenSearch !== undefined")
    samples = ["Харків", "KYIV Київ", "Юрій Їжакевич", "Запоріжжя", "Згурівка", "Єнакієве", "Ёлка подъезд",
               "Düsseldorf ΣΊΣΥΦΟΣ Straße", "naïve café", "Ukraine's war_time", "İstanbul", "ﬁnal ½", "ЗГУРІВКА",
               "Серафим'ю", "a the Zelensky", "北京 2022"]
    meta = {"stop_words": sorted(searchterms.STOP_WORDS), "min_length": searchterms.MIN_TERM_LENGTH}
    for sample in samples:
        got = page.evaluate("([text, meta]) => window.sitegenSearch.queryTerms(text + ' ', meta)", [sample, meta])
        assert [t["term"] for t in got] == searchterms.query_terms(sample), sample
        for t in got:
            assert (t["roman"] or None) == searchterms.romanize(t["term"]), (sample, t)


def test_without_javascript_there_is_no_search_box_and_the_page_points_elsewhere(browser, served, public):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(served[1])
    assert page.locator("form[role=search]").count() >= 1
    assert not page.locator("form[role=search]").first.is_visible()
    page.goto(served[1] + "search/")
    assert page.locator("[data-search-fallback]").is_visible()
    assert not page.locator("main form[role=search]").is_visible()
    context.close()


@settings(max_examples=500)
@given(st.text(), st.lists(st.integers(min_value=-10**6, max_value=10**9)))
def test_a_term_entry_is_written_as_its_json(term, flat):
    assert searchindex._entry_bytes(term, flat) == json_bytes({term: flat})
