"""Pure functions from the model to the plain data a template renders.

A view is made only of strings, numbers, booleans, lists and dicts. That makes it the page's dependency
record: the same view rendered with the same templates gives the same bytes, so the build can skip a page
whose view hash and template hash are unchanged. URLs in views are site-relative (``articles/x/``); the
templates' ``url()`` adds the base path and ``abs_url()`` the whole base URL.
"""

from __future__ import annotations

from datetime import date, datetime, timezone

from sitegen import exports
from sitegen.model import Article, Note, Site, Speaker, TimelineEntry
from sitegen.slugs import slugify

# Cards kept for reuse, at most, the least recently used dropped first: a list shows an article's card on
# many pages, yet at 50,000 articles all the cards (and their HTML, kept by the renderer for the same card)
# took 150 MB. The build renders the lists newest first, so that a card's pages come close together.
MEMO_LIMIT = 4096

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


# -- small formatting helpers ----------------------------------------------------------------------

def display_day(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def iso_moment(moment: datetime) -> str:
    """RFC 3339 in UTC, e.g. 2022-09-11T00:00:00Z: what feeds and sitemaps want."""
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def last_changed(article: Article) -> datetime:
    """When the entry last changed as readers see it: published, or its latest correction."""
    latest = article.published
    for correction in article.corrections:
        day = correction.day
        moment = datetime(day.year, day.month, day.day, tzinfo=article.published.tzinfo)
        latest = max(latest, moment)
    return latest


def article_url(slug: str) -> str:
    return f"articles/{slug}/"


def note_url(slug: str) -> str:
    return f"notes/{slug}/"


def speaker_url(speaker_id: str) -> str:
    return f"speakers/{speaker_id}/"


def tag_url(name: str) -> str:
    return f"tags/{slugify(name)}/"


def place_url(name: str) -> str:
    return f"places/{slugify(name)}/"


def year_url(year: int) -> str:
    return f"timeline/{year}/"


def page_url(first_url: str, number: int) -> str:
    """Page 1 of a list lives at its own URL; page N at ``<url>page/N/``."""
    return first_url if number == 1 else f"{first_url}page/{number}/"


def pagination(first_url: str, number: int, count: int) -> dict:
    return {
        "number": number,
        "count": count,
        "previous": page_url(first_url, number - 1) if number > 1 else None,
        "next": page_url(first_url, number + 1) if number < count else None,
        "first": first_url,
        "pages": [{"number": n, "url": page_url(first_url, n)} for n in range(1, count + 1)] if count <= 12 else
                 [{"number": n, "url": page_url(first_url, n)} for n in sorted({1, 2, number - 1, number, number + 1,
                                                                               count - 1, count}) if 1 <= n <= count],
    }


def page_count(total: int, per_page: int) -> int:
    return max(1, -(-total // per_page))


# -- pieces shared by several views -----------------------------------------------------------------

def speaker_ref(speaker: Speaker, site: Site) -> dict:
    """A speaker as cards and quotes name them: one object per speaker and site, shared by every card that
    quotes them (a card each took 1.8 kB at 10,000 articles). Callers copy it to add to it."""
    refs = site.memo.setdefault("speaker_ref", {})
    ref = refs.get(speaker.id)
    if ref is None:
        ref = refs[speaker.id] = {
            "id": speaker.id,
            "name": speaker.name,
            "name_native": speaker.name_native,
            "role": speaker.role,
            "affiliation": speaker.affiliation,
            "anonymous": speaker.anonymous,
            "url": speaker_url(speaker.id) if speaker.id in site.quotes_by_speaker else None,
        }
    return ref


_term_refs: dict[tuple, dict] = {}  # (name, url_of) → {name, url}: shared by every card naming it


def term_refs(names, url_of) -> list[dict]:
    out = []
    for name in names:
        ref = _term_refs.get((name, url_of))
        if ref is None:
            if len(_term_refs) >= 1 << 16:
                _term_refs.clear()
            ref = _term_refs[(name, url_of)] = {"name": name, "url": url_of(name)}
        out.append(ref)
    return out


def source_ref(article: Article) -> dict:
    return {"outlet": article.source.outlet, "url": article.source.url, "author": article.source.author}


def article_card(article: Article, site: Site) -> dict:
    """An article as lists show it: headline, date, outlet, summary and the speakers quoted. The same
    card shows on the front page, tag, place and note pages: made once per site, and the same object each
    time, so that the renderer's ``partial()`` renders it once per build. Callers copy it to add to it."""
    cards = site.memo.setdefault("article_card", {})
    card = cards.pop(article.slug, None)  # and put back last: the least recently used go first
    if card is None:
        if len(cards) >= MEMO_LIMIT:
            del cards[next(iter(cards))]
        card = _article_card(article, site)
    cards[article.slug] = card
    return card


def _article_card(article: Article, site: Site) -> dict:
    speakers = []
    for speaker_id in dict.fromkeys(q.speaker for q in article.quotes):
        if speaker_id in site.speakers:
            speakers.append(speaker_ref(site.speakers[speaker_id], site))
    return {
        "slug": article.slug,
        "url": article_url(article.slug),
        "title": article.title,
        "date": article.day.isoformat(),
        "date_display": display_day(article.day),
        "source": source_ref(article),
        "summary_html": article.summary_html,
        "speakers": speakers,
        "quote_count": len(article.quotes),
        "tags": term_refs(article.tags, tag_url),
        "places": term_refs(article.places, place_url),
        "corrected": bool(article.corrections),
    }


def note_card(note: Note) -> dict:
    return {
        "slug": note.slug,
        "url": note_url(note.slug),
        "title": note.title,
        "date": note.day.isoformat(),
        "date_display": display_day(note.day),
        "author": note.author,
        "summary": note.summary_text,
    }


def page_info(kind: str, url: str, title: str, description: str = "", paging: dict | None = None,
              jsonld: dict | None = None, site: Site | None = None) -> dict:
    """What every template gets as ``page``; ``jsonld`` is the page's schema.org data (a collection page
    when a view gives none)."""
    if jsonld is None and site is not None:
        jsonld = {"@context": exports.CONTEXT, "@type": "CollectionPage", "name": title,
                  "url": site.config.base_url + url, "isPartOf": {"@id": site.config.base_url + "#website"}}
        if description:
            jsonld["description"] = description
    return {"kind": kind, "url": url, "title": title, "description": description, "pagination": paging,
            "jsonld": jsonld}


# -- one function per page kind ---------------------------------------------------------------------

def front_page(site: Site, number: int) -> dict:
    """Page ``number`` of the latest coverage; page 1 also carries the latest notes."""
    per_page = site.config.per_page
    count = page_count(len(site.articles), per_page)
    chunk = site.articles[(number - 1) * per_page:number * per_page]
    title = site.config.title if number == 1 else f"Latest coverage, page {number}"
    return {
        "page": page_info("home", page_url("", number), title, site.config.description,
                          pagination("", number, count), exports.website(site)),
        "articles": [article_card(a, site) for a in chunk],
        "notes": [note_card(n) for n in site.notes[:site.config.front_page_notes]] if number == 1 else [],
        "counts": {"articles": len(site.articles), "speakers": len(site.quotes_by_speaker),
                   "notes": len(site.notes)},
    }


def article_page(site: Site, slug: str) -> dict:
    article = site.articles_by_slug[slug]
    quotes = []
    for quote in article.quotes:
        speaker = site.speakers.get(quote.speaker)
        quotes.append({
            "text": quote.text,
            "context": quote.context,
            "checked": quote.checked,
            "speaker": speaker_ref(speaker, site) if speaker else {"id": quote.speaker, "name": quote.speaker,
                                                                     "url": None},
        })
    card = dict(article_card(article, site))
    card.update({
        "published": iso_moment(article.published),
        "body_html": article.body_html,
        "quotes": quotes,
        "events": [{"date": e.day.isoformat(), "date_display": display_day(e.day), "title": e.title,
                    "year_url": year_url(e.day.year)} for e in article.events],
        "corrections": [{"date": c.day.isoformat(), "date_display": display_day(c.day), "html": c.html}
                        for c in article.corrections],
    })
    return {
        "page": page_info("article", article_url(slug), article.title, article.summary_text,
                          jsonld=exports.news_article(site, article)),
        "article": card,
        "notes": [dict(note_card(n), body_html=n.body_html) for n in site.notes_by_article.get(slug, [])],
    }


def note_page(site: Site, slug: str) -> dict:
    note = site.notes_by_slug[slug]
    articles = [article_card(site.articles_by_slug[s], site) for s, _ in note.articles if s in site.articles_by_slug]
    return {
        "page": page_info("note", note_url(slug), note.title, note.summary_text,
                          jsonld=exports.note_article(site, note)),
        "note": dict(note_card(note), body_html=note.body_html),
        "articles": articles,
    }


def notes_index(site: Site, number: int) -> dict:
    per_page = site.config.per_page
    count = page_count(len(site.notes), per_page)
    chunk = site.notes[(number - 1) * per_page:number * per_page]
    return {
        "page": page_info("notes", page_url("notes/", number), "Editor notes",
                          "Context, corrections and method notes from the editors.",
                          pagination("notes/", number, count), site=site),
        "notes": [note_card(n) for n in chunk],
    }


def speakers_index(site: Site, number: int) -> dict:
    per_page = site.config.index_per_page
    ids = speaker_order(site)
    count = page_count(len(ids), per_page)
    chunk = ids[(number - 1) * per_page:number * per_page]
    return {
        "page": page_info("speakers", page_url("speakers/", number), "Speakers",
                          "Everyone quoted in the digest, with all they were quoted saying.",
                          pagination("speakers/", number, count), site=site),
        "speakers": [dict(speaker_ref(site.speakers[i], site), quote_count=len(site.quotes_by_speaker[i]),
                          aliases=list(site.speakers[i].aliases)) for i in chunk],
    }


def speaker_order(site: Site) -> list[str]:
    return sorted(site.quotes_by_speaker, key=lambda i: (site.speakers[i].name.casefold(), i))


def speaker_page(site: Site, number: int, speaker_id: str) -> dict:
    speaker = site.speakers[speaker_id]
    quoted = site.quotes_by_speaker[speaker_id]  # newest article first
    per_page = site.config.per_page
    count = page_count(len(quoted), per_page)
    first = speaker_url(speaker_id)
    quotes = []
    shown = quoted[(number - 1) * per_page:number * per_page]
    for article, quote in shown:
        quotes.append({
            "text": quote.text,
            "context": quote.context,
            "checked": quote.checked,
            "date": article.day.isoformat(),
            "date_display": display_day(article.day),
            "article": {"url": article_url(article.slug), "title": article.title},
            "source": source_ref(article),
        })
    ref = dict(speaker_ref(speaker, site))
    ref["aliases"] = list(speaker.aliases)
    description = f"Everything {speaker.name} was quoted saying in the digest"
    if speaker.role:
        description += f": {speaker.role}"
    return {
        "page": page_info("speaker", page_url(first, number), speaker.name, description + ".",
                          pagination(first, number, count), exports.profile_page(site, speaker_id, shown)),
        "feed_url": f"{first}feed.xml",
        "speaker": ref,
        "quote_count": len(quoted),
        "quotes": quotes,
    }


def terms_index(site: Site, number: int, kind: str) -> dict:
    terms, by_term = (site.tags, site.articles_by_tag) if kind == "tags" else (site.places, site.articles_by_place)
    per_page = site.config.index_per_page
    slugs = list(terms)
    count = page_count(len(slugs), per_page)
    chunk = slugs[(number - 1) * per_page:number * per_page]
    title = "Tags" if kind == "tags" else "Places"
    return {
        "page": page_info(kind, page_url(f"{kind}/", number), title,
                          f"{title} of the digest's coverage, with the number of articles for each.",
                          pagination(f"{kind}/", number, count), site=site),
        "terms": [{"name": terms[s].name, "url": f"{kind}/{s}/", "count": len(by_term[s])} for s in chunk],
    }


def term_page(site: Site, number: int, kind: str, slug: str) -> dict:
    terms, by_term = (site.tags, site.articles_by_tag) if kind == "tags" else (site.places, site.articles_by_place)
    term = terms[slug]
    articles = by_term[slug]
    per_page = site.config.per_page
    count = page_count(len(articles), per_page)
    first = f"{kind}/{slug}/"
    label = "Tag" if kind == "tags" else "Place"
    shown = articles[(number - 1) * per_page:number * per_page]
    listing = exports.item_list(site, term.name, page_url(first, number),
                                [(article_url(a.slug), a.title) for a in shown])
    return {
        "page": page_info("tag" if kind == "tags" else "place", page_url(first, number), term.name,
                          f"{label}: {term.name}. Coverage in the digest, newest first.",
                          pagination(first, number, count), listing),
        "feed_url": f"{first}feed.xml",
        "term": {"name": term.name, "slug": slug, "kind": kind, "label": label, "count": len(articles)},
        "articles": [article_card(a, site) for a in shown],
    }


def timeline_index(site: Site) -> dict:
    return {
        "page": page_info("timeline", "timeline/", "Timeline",
                          "What happened, day by day, as the digest's sources reported it.", site=site),
        "years": [{"year": year, "url": year_url(year), "count": len(entries),
                   "events": sum(1 for e in entries if e.is_event)}
                  for year, entries in sorted(site.timeline.items(), reverse=True)],
    }


def timeline_year(site: Site, number: int, year: int) -> dict:
    entries = site.timeline[year]
    per_page = site.config.timeline_per_page
    count = page_count(len(entries), per_page)
    first = year_url(year)
    months: list[dict] = []
    shown = entries[(number - 1) * per_page:number * per_page]
    for entry in shown:
        month_id = f"{entry.day.year}-{entry.day.month:02d}"
        if not months or months[-1]["id"] != month_id:
            months.append({"id": month_id, "name": f"{MONTHS[entry.day.month - 1]} {entry.day.year}", "days": []})
        days = months[-1]["days"]
        if not days or days[-1]["date"] != entry.day.isoformat():
            days.append({"date": entry.day.isoformat(), "date_display": display_day(entry.day), "entries": []})
        days[-1]["entries"].append(timeline_entry(entry))
    years = sorted(site.timeline)
    position = years.index(year)
    return {
        "page": page_info("timeline-year", page_url(first, number), f"Timeline: {year}",
                          f"Events of {year} as the digest's sources reported them, oldest first.",
                          pagination(first, number, count),
                          exports.item_list(site, f"Timeline: {year}", page_url(first, number),
                                            [(article_url(e.article.slug), e.title) for e in shown])),
        "year": year,
        "count": len(entries),
        "months": months,
        "previous_year": {"year": years[position - 1], "url": year_url(years[position - 1])} if position else None,
        "next_year": ({"year": years[position + 1], "url": year_url(years[position + 1])}
                      if position + 1 < len(years) else None),
    }


def timeline_entry(entry: TimelineEntry) -> dict:
    article = entry.article
    return {
        "title": entry.title,
        "is_event": entry.is_event,
        "article": {"url": article_url(article.slug), "title": article.title,
                    "date_display": display_day(article.day)},
        "source": source_ref(article),
    }


def not_found_page(site: Site) -> dict:
    return {"page": page_info("404", "404.html", "Page not found", site=site)}
