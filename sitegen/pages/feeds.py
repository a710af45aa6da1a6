"""Feeds: Atom for the whole digest, for each speaker (their quotes) and each tag and place, and JSON Feed
1.1 for the whole digest (https://www.jsonfeed.org/version/1.1/)."""

from __future__ import annotations

from html import escape

from sitegen.model.reads import Reads
from sitegen.model.records import Article
from sitegen.model.site import Site
from sitegen.pages.common import absolute, article_card, article_url, iso_moment, last_changed, page_info, \
    speaker_url
from sitegen.pages.route import Kind, file_route
from sitegen.pages.terms import KINDS


def routes(site: Site):
    latest = site.articles[:1]
    yield file_route(SITE_FEED, "feed.xml", listed=latest)
    yield file_route(JSON_FEED, "feed.json", listed=latest)
    for speaker_id in site.speaker_order:
        yield file_route(SPEAKER_FEED, speaker_url(speaker_id) + "feed.xml", (speaker_id,),
                         listed=site.quotes_by_speaker[speaker_id][0][:1])
    for kind in KINDS:
        for slug, articles in site.articles_by_term(kind).items():
            yield file_route(TERM_FEED, f"{kind}/{slug}/feed.xml", (kind, slug), listed=articles[:1])


def _entry(reads: Reads, article: Article, quotes=None, id_suffix: str = "") -> dict:
    """An Atom entry: the summary (or, in a speaker's feed, their quotes), then a link to the source."""
    source = f'<p>Source: <a href="{escape(article.source.url)}">{escape(article.source.outlet)}</a></p>'
    if quotes:
        content = "".join(f"<blockquote><p>{escape(q.text)}</p></blockquote>" for q in quotes)
    else:
        content = article.summary_html
    latest = max([last_changed(article)] + [n.published for n in reads.notes_of(article.slug)])
    return dict(article_card(reads, article), published=iso_moment(article.published), updated=iso_moment(latest),
                author=article.source.author or article.source.outlet, content_html=content + source,
                id_suffix=id_suffix)


def _feed(reads: Reads, *, title: str, subtitle: str, path: str, alternate: str, entries: list[dict]) -> dict:
    return {
        "page": page_info(reads, "feed", path, title, subtitle, collection=False),
        "feed": {"title": title, "subtitle": subtitle, "self": path, "alternate": alternate},
        "updated": max((e["updated"] for e in entries), default="1970-01-01T00:00:00Z"),
        "entries": entries,
    }


def site_feed(reads: Reads) -> dict:
    config = reads.config
    entries = [_entry(reads, a) for a in reads.articles(0, config.feed_length)]
    return _feed(reads, title=config.title, subtitle=config.description, path="feed.xml", alternate="",
                 entries=entries)


def speaker_feed(reads: Reads, speaker_id: str) -> dict:
    speaker = reads.speaker(speaker_id)
    limit = reads.config.feed_length
    by_article: dict[str, list] = {}
    order = []
    start, batch = 0, 2 * limit  # read a batch at a time: the page depends on the articles it read
    while pairs := reads.quotes_of(speaker_id, start, start + batch):
        for article, quote in pairs:
            if article.slug not in by_article:
                if len(order) == limit:
                    break
                by_article[article.slug] = []
                order.append(article)
            by_article[article.slug].append(quote)
        else:
            start += batch
            continue
        break
    entries = [_entry(reads, a, by_article[a.slug], f"#quotes-{speaker_id}") for a in order]
    first = speaker_url(speaker_id)
    title = reads.config.title
    return _feed(reads, title=f"{speaker.name}: quotes in {title}",
                 subtitle=f"Everything {speaker.name} was quoted saying, newest first.", path=f"{first}feed.xml",
                 alternate=first, entries=entries)


def term_feed(reads: Reads, kind: str, slug: str) -> dict:
    term = reads.term(kind, slug)
    first = f"{kind}/{slug}/"
    entries = [_entry(reads, a) for a in reads.term_articles(kind, slug, 0, reads.config.feed_length)]
    return _feed(reads, title=f"{term.name}: {reads.config.title}",
                 subtitle=f"Coverage of {term.name}, newest first.", path=f"{first}feed.xml",
                 alternate=first, entries=entries)


def json_feed(reads: Reads) -> dict:
    config = reads.config
    items = []
    for article in reads.articles(0, config.feed_length):
        url = absolute(reads, article_url(article.slug))
        item = {
            "id": url,
            "url": url,
            "external_url": article.source.url,
            "title": article.title,
            "content_html": article.summary_html + f'<p>Source: <a href="{_escape(article.source.url)}">'
                            f"{_escape(article.source.outlet)}</a></p>",
            "summary": article.summary_text,
            "date_published": iso_moment(article.published),
            "date_modified": iso_moment(last_changed(article)),
            "authors": [{"name": article.source.author or article.source.outlet}],
        }
        tags = [*article.tags, *article.places]
        if tags:
            item["tags"] = tags
        items.append(item)
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": config.title,
        "home_page_url": config.base_url,
        "feed_url": absolute(reads, "feed.json"),
        "language": config.language,
        "items": items,
    }
    if config.description:
        feed["description"] = config.description
    return feed


def _escape(text: str) -> str:
    """HTML text and double-quoted attribute values, as feed.json has always written them."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


SITE_FEED = Kind("feed", "feed.xml", site_feed)
JSON_FEED = Kind("json-feed", None, json_feed)
SPEAKER_FEED = Kind("speaker-feed", "feed.xml", speaker_feed)
TERM_FEED = Kind("term-feed", "feed.xml", term_feed)
