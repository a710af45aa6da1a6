"""Machine-readable views of the site: JSON Feed 1.1, TimelineJS3 timelines, schema.org JSON-LD.

Pure functions from the model to plain data, like :mod:`sitegen.views`; the JSON files are data routes
(written as compact, sorted JSON), the JSON-LD is printed into each page's head by the templates.
"""

from __future__ import annotations

from sitegen import views
from sitegen.model import Article, Site
from sitegen.render import json_bytes, json_str

CONTEXT = "https://schema.org"


def _abs(site: Site, path: str) -> str:
    return site.config.base_url + path


# -- JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/) -----------------------------------------

def json_feed(site: Site) -> dict:
    config = site.config
    items = []
    for article in site.articles[:config.feed_length]:
        url = _abs(site, views.article_url(article.slug))
        item = {
            "id": url,
            "url": url,
            "external_url": article.source.url,
            "title": article.title,
            "content_html": article.summary_html + f'<p>Source: <a href="{_escape(article.source.url)}">'
                            f"{_escape(article.source.outlet)}</a></p>",
            "summary": article.summary_text,
            "date_published": views.iso_moment(article.published),
            "date_modified": views.iso_moment(views.last_changed(article)),
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
        "feed_url": _abs(site, "feed.json"),
        "language": config.language,
        "items": items,
    }
    if config.description:
        feed["description"] = config.description
    return feed


def _escape(text: str) -> str:
    """Text for HTML inside a JSON string: element content or a double-quoted attribute value."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


# -- TimelineJS3 (https://timeline.knightlab.com/docs/json-format.html) ----------------------------

def _timeline_event(unique_id: str, day, headline: str, text: str, group: str) -> bytes:
    """``json_bytes`` of one TimelineJS event, written directly: the whole site's file has one per article
    and event, and a JSON encoder per event took most of an edit build's time for it."""
    return (f'{{"group":{json_str(group)},"start_date":{{"day":{day.day},"month":{day.month},'
            f'"year":{day.year}}},"text":{{"headline":{json_str(headline)},"text":{json_str(text)}}},'
            f'"unique_id":{json_str(unique_id)}}}').encode("utf-8")


def timeline_js(site: Site, year: int | None = None) -> bytearray:
    """The TimelineJS3 file as JSON bytes (``json_bytes`` of ``{"events": [...], "title": ...}``), written
    one event at a time into one buffer: the whole site's file holds every article and event, and building
    it as one value first took 25 MB at 10,000 articles (joining the events' bytes, then the parts, three
    copies of a 35 MB file at 50,000)."""
    years = [year] if year is not None else list(site.timeline)
    out = bytearray(b'{"events":[')
    first = True
    for each_year in years:
        for index, entry in enumerate(site.timeline[each_year]):
            article = entry.article
            url = _abs(site, views.article_url(article.slug))
            if not first:
                out += b","
            first = False
            out += _timeline_event(
                f"{entry.day.isoformat()}-{article.slug}-{index}", entry.day, _escape(entry.title),
                (f'<p>Reported by {_escape(article.source.outlet)}: <a href="{_escape(url)}">'
                 f"{_escape(article.title)}</a></p>"),
                "Event" if entry.is_event else "Article")
    title = site.config.title + (f": {year}" if year is not None else "")
    out += b'],"title":'
    out += json_bytes({"text": {"headline": _escape(title), "text": _escape(site.config.description)}})
    out += b"}"
    return out


# -- schema.org JSON-LD ----------------------------------------------------------------------------

def website(site: Site) -> dict:
    config = site.config
    return {
        "@context": CONTEXT,
        "@type": "WebSite",
        "@id": config.base_url + "#website",
        "name": config.title,
        "description": config.description,
        "url": config.base_url,
        "inLanguage": config.language,
        "potentialAction": {
            "@type": "SearchAction",
            "target": {"@type": "EntryPoint", "urlTemplate": _abs(site, "search/") + "?q={search_term_string}"},
            "query-input": "required name=search_term_string",
        },
    }


def publisher(site: Site) -> dict:
    return {"@type": "Organization", "name": site.config.title, "url": site.config.base_url}


def person(site: Site, speaker_id: str) -> dict:
    speaker = site.speakers.get(speaker_id)
    if speaker is None:
        return {"@type": "Person", "name": speaker_id}
    data = {"@type": "Person", "name": speaker.name}
    if speaker_id in site.quotes_by_speaker:
        data["@id"] = _abs(site, views.speaker_url(speaker_id)) + "#person"
        data["url"] = _abs(site, views.speaker_url(speaker_id))
    alternate = [name for name in (speaker.name_native, *speaker.aliases) if name]
    if alternate:
        data["alternateName"] = alternate
    if speaker.role:
        data["jobTitle"] = speaker.role
    if speaker.affiliation:
        data["affiliation"] = {"@type": "Organization", "name": speaker.affiliation}
    return data


def quotation(site: Site, article: Article, text: str, speaker_id: str, described: set[str] | None = None) -> dict:
    """A quote, its speaker described in full the first time a page names them (``described`` holds the
    page's ``@id``s already described) and referred to by ``@id`` after that: a speaker's page of twenty
    quotes repeated the same Person forty times, half of the page's bytes."""
    who = person(site, speaker_id)
    ref = {"@id": who["@id"]} if "@id" in who else who
    if described is not None and "@id" in who:
        if who["@id"] in described:
            who = ref
        described.add(who["@id"])
    return {
        "@type": "Quotation",
        "text": text,
        "spokenByCharacter": who,
        "creator": ref,
        "isPartOf": {"@id": _abs(site, views.article_url(article.slug)) + "#article"},
        "citation": article.source.url,
    }


def news_article(site: Site, article: Article) -> dict:
    url = _abs(site, views.article_url(article.slug))
    original = {
        "@type": "NewsArticle",
        "headline": article.title,
        "url": article.source.url,
        "datePublished": views.iso_moment(article.published),
        "publisher": {"@type": "Organization", "name": article.source.outlet},
    }
    original["author"] = ({"@type": "Person", "name": article.source.author} if article.source.author
                          else {"@type": "Organization", "name": article.source.outlet})
    data = {
        "@context": CONTEXT,
        "@type": "NewsArticle",
        "@id": url + "#article",
        "url": url,
        "mainEntityOfPage": url,
        "headline": article.title[:110],
        "name": article.title,
        "datePublished": views.iso_moment(article.published),
        "dateModified": views.iso_moment(views.last_changed(article)),
        "inLanguage": site.config.language,
        "author": publisher(site),
        "publisher": publisher(site),
        "isBasedOn": original,
        "citation": [original],
        "isPartOf": {"@id": site.config.base_url + "#website"},
    }
    if article.summary_text:
        data["description"] = article.summary_text
    keywords = [*article.tags, *article.places]
    if keywords:
        data["keywords"] = keywords
    if article.places:
        data["contentLocation"] = [{"@type": "Place", "name": p} for p in article.places]
    if article.quotes:
        described: set[str] = set()
        data["hasPart"] = [quotation(site, article, q.text, q.speaker, described) for q in article.quotes]
    return data


def profile_page(site: Site, speaker_id: str, quoted: list) -> dict:
    url = _abs(site, views.speaker_url(speaker_id))
    main = person(site, speaker_id)
    described = {main["@id"]} if "@id" in main else set()  # the quotes refer to the page's main entity
    return {
        "@context": CONTEXT,
        "@type": "ProfilePage",
        "url": url,
        "mainEntity": main,
        "hasPart": [quotation(site, article, quote.text, speaker_id, described) for article, quote in quoted],
    }


def item_list(site: Site, name: str, url: str, items: list[tuple[str, str]]) -> dict:
    """A list page (timeline year, tag, place) as an ItemList of (url, name)."""
    return {
        "@context": CONTEXT,
        "@type": "ItemList",
        "name": name,
        "url": _abs(site, url),
        "numberOfItems": len(items),
        "itemListElement": [{"@type": "ListItem", "position": position, "url": _abs(site, item_url), "name": item_name}
                            for position, (item_url, item_name) in enumerate(items, start=1)],
    }


def note_article(site: Site, note) -> dict:
    url = _abs(site, views.note_url(note.slug))
    data = {
        "@context": CONTEXT,
        "@type": "Article",
        "@id": url + "#note",
        "url": url,
        "headline": note.title[:110],
        "datePublished": views.iso_moment(note.published),
        "inLanguage": site.config.language,
        "author": {"@type": "Person", "name": note.author} if note.author else publisher(site),
        "publisher": publisher(site),
        "isPartOf": {"@id": site.config.base_url + "#website"},
    }
    if note.summary_text:
        data["description"] = note.summary_text
    about = [{"@id": _abs(site, views.article_url(s)) + "#article"} for s, _ in note.articles if s in site.articles_by_slug]
    if about:
        data["about"] = about
    return data
