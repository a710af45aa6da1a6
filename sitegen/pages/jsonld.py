"""schema.org JSON-LD for the pages' heads: the site, articles and their quotations, speakers, lists.

Plain data made from a :class:`~sitegen.model.reads.Reads` like every view; the templates print it with
the ``json_script`` filter.
"""

from __future__ import annotations

from sitegen.model.reads import Reads
from sitegen.model.records import Article, Note
from sitegen.pages.common import SCHEMA, absolute, article_url, iso_moment, last_changed, note_url, speaker_url


def website(reads: Reads) -> dict:
    config = reads.config
    return {
        "@context": SCHEMA,
        "@type": "WebSite",
        "@id": config.base_url + "#website",
        "name": config.title,
        "description": config.description,
        "url": config.base_url,
        "inLanguage": config.language,
        "potentialAction": {
            "@type": "SearchAction",
            "target": {"@type": "EntryPoint", "urlTemplate": absolute(reads, "search/") + "?q={search_term_string}"},
            "query-input": "required name=search_term_string",
        },
    }


def publisher(reads: Reads) -> dict:
    return {"@type": "Organization", "name": reads.config.title, "url": reads.config.base_url}


def person(reads: Reads, speaker_id: str) -> dict:
    speaker = reads.speaker(speaker_id)
    if speaker is None:
        return {"@type": "Person", "name": speaker_id}
    data = {"@type": "Person", "name": speaker.name}
    if reads.is_quoted(speaker_id):
        data["@id"] = absolute(reads, speaker_url(speaker_id)) + "#person"
        data["url"] = absolute(reads, speaker_url(speaker_id))
    alternate = [name for name in (speaker.name_native, *speaker.aliases) if name]
    if alternate:
        data["alternateName"] = alternate
    if speaker.role:
        data["jobTitle"] = speaker.role
    if speaker.affiliation:
        data["affiliation"] = {"@type": "Organization", "name": speaker.affiliation}
    return data


def quotation(reads: Reads, article: Article, text: str, speaker_id: str, described: set[str] | None = None) -> dict:
    """A quote, its speaker described in full the first time a page names them (``described`` holds the
    page's ``@id``s already described) and referred to by ``@id`` after that."""
    who = person(reads, speaker_id)
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
        "isPartOf": {"@id": absolute(reads, article_url(article.slug)) + "#article"},
        "citation": article.source.url,
    }


def news_article(reads: Reads, article: Article) -> dict:
    url = absolute(reads, article_url(article.slug))
    original = {
        "@type": "NewsArticle",
        "headline": article.title,
        "url": article.source.url,
        "datePublished": iso_moment(article.published),
        "publisher": {"@type": "Organization", "name": article.source.outlet},
    }
    original["author"] = ({"@type": "Person", "name": article.source.author} if article.source.author
                          else {"@type": "Organization", "name": article.source.outlet})
    data = {
        "@context": SCHEMA,
        "@type": "NewsArticle",
        "@id": url + "#article",
        "url": url,
        "mainEntityOfPage": url,
        "headline": article.title[:110],
        "name": article.title,
        "datePublished": iso_moment(article.published),
        "dateModified": iso_moment(last_changed(article)),
        "inLanguage": reads.config.language,
        "author": publisher(reads),
        "publisher": publisher(reads),
        "isBasedOn": original,
        "citation": [original],
        "isPartOf": {"@id": reads.config.base_url + "#website"},
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
        data["hasPart"] = [quotation(reads, article, q.text, q.speaker, described) for q in article.quotes]
    return data


def profile_page(reads: Reads, speaker_id: str, quoted) -> dict:
    url = absolute(reads, speaker_url(speaker_id))
    main = person(reads, speaker_id)
    described = {main["@id"]} if "@id" in main else set()  # the quotes refer to the page's main entity
    return {
        "@context": SCHEMA,
        "@type": "ProfilePage",
        "url": url,
        "mainEntity": main,
        "hasPart": [quotation(reads, article, quote.text, speaker_id, described) for article, quote in quoted],
    }


def item_list(reads: Reads, name: str, url: str, items: list[tuple[str, str]]) -> dict:
    """A list page (timeline year, tag, place) as an ItemList of (url, name)."""
    return {
        "@context": SCHEMA,
        "@type": "ItemList",
        "name": name,
        "url": absolute(reads, url),
        "numberOfItems": len(items),
        "itemListElement": [{"@type": "ListItem", "position": position, "url": absolute(reads, item_url),
                             "name": item_name} for position, (item_url, item_name) in enumerate(items, start=1)],
    }


def note_article(reads: Reads, note: Note) -> dict:
    url = absolute(reads, note_url(note.slug))
    data = {
        "@context": SCHEMA,
        "@type": "Article",
        "@id": url + "#note",
        "url": url,
        "headline": note.title[:110],
        "datePublished": iso_moment(note.published),
        "inLanguage": reads.config.language,
        "author": {"@type": "Person", "name": note.author} if note.author else publisher(reads),
        "publisher": publisher(reads),
        "isPartOf": {"@id": reads.config.base_url + "#website"},
    }
    if note.summary_text:
        data["description"] = note.summary_text
    about = [{"@id": absolute(reads, article_url(slug)) + "#article"} for slug, _ in note.articles
             if reads.article(slug) is not None]
    if about:
        data["about"] = about
    return data
