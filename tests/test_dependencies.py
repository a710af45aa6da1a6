"""A page's dependencies are what its view reads: a field added to a view and its template is followed by
the rebuilds with nothing declared anywhere else; and a save that moves nothing updates the model to the
site a full assembly makes."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from sitegen.build import Builder, planning
from sitegen.diagnostics import Diagnostics
from sitegen.model.assemble import assemble
from sitegen.model.update import replacing
from sitegen.model.reads import Digests
from sitegen.pages import routes, timeline
from sitegen.pages.route import Kind
from test_incremental import BASE_URL, article_text, edit, make_site

NEW_TITLE = "Zebra crossing reopened"


def with_latest_headline(reads):
    """The timeline index's view, with one more field: each year's latest entry's title."""
    data = timeline.index_view(reads)
    for year in data["years"]:
        entries = reads.entries(year["year"])
        year["latest"] = entries[-1].title if entries else ""
    return data


def rebuild_after_a_headline_edit(tmp_path: Path, extended: bool, monkeypatch):
    site = make_site(tmp_path / "site")
    if extended:
        monkeypatch.setattr(timeline, "INDEX", Kind("timeline", "timeline.html", with_latest_headline))
        template = site / "themes/default/templates/timeline.html"
        template.write_text(template.read_text(encoding="utf-8").replace(
            '<span class="year">{{ y.year }}</span>', '<span class="year">{{ y.year }}</span> {{ y.latest }}'),
            encoding="utf-8")
    builder = Builder(site, tmp_path / "out", base_url=BASE_URL, use_cache=False, in_place=True)
    assert builder.build().ok
    rel = edit(site, "content/articles/2023/02/bakhmut.md", "Bakhmut holds", NEW_TITLE)  # 2023's latest entry
    result = builder.build(changed_paths={rel})
    assert result.ok
    showing = sorted(path.relative_to(builder.output).as_posix() for path in builder.output.rglob("*")
                     if path.is_file() and NEW_TITLE.encode() in path.read_bytes())
    return result, showing


def test_a_field_added_to_a_view_is_followed_by_rebuilds_with_no_dependency_declared(tmp_path, monkeypatch):
    result, showing = rebuild_after_a_headline_edit(tmp_path, True, monkeypatch)
    assert "timeline/index.html" in showing  # the new field shows the new headline ...
    assert "timeline/index.html" in result.written  # ... because the page was rendered again
    # Exactly the pages that show the headline are rendered (besides the search index's term shards, which
    # hold its words, not the headline as written, and meta.json, which names the index's new version).
    assert shown_again(result) == showing


def test_without_the_field_the_timeline_index_is_not_rendered(tmp_path, monkeypatch):
    result, showing = rebuild_after_a_headline_edit(tmp_path, False, monkeypatch)
    assert "timeline/index.html" not in showing and "timeline/index.html" not in result.rendered
    assert shown_again(result) == showing


def shown_again(result) -> list[str]:
    return [rel for rel in result.rendered if not rel.startswith("search/terms-") and rel != "search/meta.json"]


# -- the model updated in place equals the model assembled --------------------------------------------------

@pytest.fixture(scope="module")
def built(tmp_path_factory):
    site = make_site(tmp_path_factory.mktemp("replacing") / "site")
    # Two events of one day, listed against the order of their titles (the timeline sorts a day's events
    # by title), and one in another year.
    (site / "content/articles/2022/05").mkdir(parents=True, exist_ok=True)
    (site / "content/articles/2022/05/kherson.md").write_text(article_text(
        "Kherson front", "2022-05-02", tags=["shelling"], quotes=[("marty", "Quiet tonight")],
        events=[("2022-05-01", "Zaporizhzhia convoy"), ("2022-05-01", "Artillery duel"),
                ("2023-01-03", "Bridge repaired")]), encoding="utf-8")
    builder = Builder(site, site.parent / "out", base_url=BASE_URL, use_cache=False, in_place=True)
    assert builder.build().ok
    return builder


def _fields(site) -> dict:
    return {name: getattr(site, name) for name in site.__dataclass_fields__ if name != "bodies"}


WORD_EDITS = [("title", "A new title"), ("summary", "A new summary"), ("quote", "New words"), ("body", "New body"),
              ("event", "A renamed event")]


def test_a_save_of_an_article_with_several_events_a_day_keeps_its_places(built):
    """Its entries are put back in the timeline's order, not in the article's."""
    from dataclasses import replace as changed

    old = built.site.articles_by_slug["kherson"]
    assert replacing(built.site, [changed(old, summary_html="<p>New</p>")], [], {old.path: "new"},
                     {old.path: built.site.search_fields[old.path]}) is not None


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from([e for e, _ in WORD_EDITS]), st.integers(0, 20)), min_size=1, max_size=4))
def test_a_site_with_records_replaced_is_the_site_assembly_makes(built, edits):
    """Whenever replacing() gives a site, it is the one a full assembly of the same records gives."""
    from dataclasses import replace as changed

    old = built.site
    rng = random.Random(repr(edits))
    by_slug = dict(old.articles_by_slug)
    for kind, n in edits:
        slug = sorted(by_slug)[n % len(by_slug)]
        article = by_slug[slug]
        if kind == "title":
            article = changed(article, title=f"{article.title} {rng.randint(0, 9)}")
        elif kind == "summary":
            article = changed(article, summary_html=f"<p>{rng.random()}</p>")
        elif kind == "quote" and article.quotes:
            article = changed(article, quotes=(changed(article.quotes[0], text=f"Words {rng.random()}"),
                                               *article.quotes[1:]))
        elif kind == "event" and article.events:
            article = changed(article, events=(changed(article.events[0], title=f"Event {rng.random()}"),
                                               *article.events[1:]))
        by_slug[slug] = article
    new_articles = [a for slug, a in by_slug.items() if a is not old.articles_by_slug[slug]]
    digests = {a.path: f"edited-{a.title}" for a in new_articles}
    search = {a.path: old.search_fields[a.path] for a in new_articles}
    updated = replacing(old, new_articles, [], digests, search)
    everything = list(by_slug.values())
    drafts = [r for p in built.state.records.values() for r in p.records
              if getattr(r, "draft", False) and hasattr(r, "quotes")]
    speakers = list(old.speakers.values())
    full = assemble(old.config, speakers, everything + drafts, list(old.notes), Diagnostics(),
                    include_drafts=False, digests={**{a.path: old.article_digests[a.slug] for a in old.articles},
                                                   **{n.path: old.note_digests[n.slug] for n in old.notes},
                                                   **digests},
                    search={**{r.path: old.search_fields[r.path] for r in (*old.articles, *old.notes)}, **search})
    if updated is None:
        # Only a renamed title or event can move a record (an entry's order within its day); other word
        # edits always keep every place.
        assert any(kind in ("title", "event") for kind, _ in edits)
        return  # the caller assembles
    assert _fields(updated) == _fields(full)


def test_a_page_rendered_early_is_kept_only_when_its_keys_digest_the_same_on_the_whole_site(tmp_path):
    """A cold build's article pages are rendered against a small site; the plan keeps one only when what
    its keys digest to on the whole site is what they digested to then."""
    site = make_site(tmp_path / "site")
    builder = Builder(site, tmp_path / "out", base_url=BASE_URL, use_cache=False, in_place=True)
    assert builder.build().ok
    digests = Digests(builder.site)
    page = next(r for r in routes(builder.site, Diagnostics()) if r.output.startswith("articles/"))
    keys = (f"a:{page.params[0]}", "o:articles")
    assert digests.combined(keys) == Digests(builder.site).combined(keys)  # the same site, the same digest
    stale = digests.combined((keys[0], "o:notes"))
    made = {page.output: (keys, digests.combined(keys))}
    plan = planning.plan(routes(builder.site, Diagnostics()), digests, None, made, lambda output: False)
    assert page.output in plan.kept and page not in plan.render
    made = {page.output: (keys, stale)}
    plan = planning.plan(routes(builder.site, Diagnostics()), digests, None, made, lambda output: False)
    assert page.output not in plan.kept and page.output in {r.output for r in plan.render}
