"""An article's own page: the whole entry, its quotes, events, corrections and the notes that name it."""

from __future__ import annotations

from sitegen.model.reads import Reads
from sitegen.model.records import Article
from sitegen.model.site import Site
from sitegen.pages import jsonld
from sitegen.pages.common import article_card, article_url, display_day, iso_moment, last_changed, note_card, \
    page_info, speaker_ref, year_url
from sitegen.pages.route import Kind, Route, html_route


def routes(site: Site):
    for article in site.articles:
        yield route(article, site.notes_by_article.get(article.slug, ()))


def route(article: Article, notes) -> Route:
    """An article's page; ``notes``: those that name it (the page's last change may be theirs)."""
    lastmod = iso_moment(max([last_changed(article)] + [n.published for n in notes]))
    return html_route(ARTICLE, article_url(article.slug), (article.slug,), lastmod, listed=(article,))


def view(reads: Reads, slug: str) -> dict:
    article = reads.article(slug)
    quotes = []
    for quote in article.quotes:
        speaker = reads.speaker(quote.speaker)
        quotes.append({
            "text": quote.text,
            "context": quote.context,
            "checked": quote.checked,
            "speaker": (speaker_ref(reads, speaker) if speaker else
                        {"id": quote.speaker, "name": quote.speaker, "url": None}),
        })
    card = dict(article_card(reads, article))
    card.update({
        "published": iso_moment(article.published),
        "body_html": reads.body_html(article),
        "quotes": quotes,
        "events": [{"date": e.day.isoformat(), "date_display": display_day(e.day), "title": e.title,
                    "year_url": year_url(e.day.year)} for e in article.events],
        "corrections": [{"date": c.day.isoformat(), "date_display": display_day(c.day), "html": c.html}
                        for c in article.corrections],
    })
    return {
        "page": page_info(reads, "article", article_url(slug), article.title, article.summary_text,
                          jsonld=jsonld.news_article(reads, article)),
        "article": card,
        "notes": [dict(note_card(reads, n), body_html=n.body_html) for n in reads.notes_of(slug)],
    }


ARTICLE = Kind("article", "article.html", view)
