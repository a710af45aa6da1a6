"""The timeline: the index of years, each year's events day by day, and the TimelineJS3 exports
(``timeline.json`` for the whole site and one per year; https://timeline.knightlab.com/docs/json-format.html).
"""

from __future__ import annotations

from sitegen.model.reads import Reads
from sitegen.model.records import TimelineEntry
from sitegen.model.site import Site
from sitegen.jsonout import json_bytes, json_str
from sitegen.pages import jsonld
from sitegen.pages.common import MONTHS, absolute, article_url, display_day, iso_moment, newest, page_count, \
    page_info, page_slice, page_url, paged_routes, pagination, source_ref, year_url
from sitegen.pages.route import Kind, file_route, html_route


def routes(site: Site):
    yield html_route(INDEX, "timeline/", (), newest(site.articles))
    for year, entries in site.timeline.items():
        lastmod = max(iso_moment(site.articles_by_slug[e.article].published) for e in entries)
        yield from paged_routes(YEAR, year_url(year), len(entries), site.config.timeline_per_page, (year,), lastmod)


def export_routes(site: Site):
    yield file_route(EXPORT, "timeline.json", (None,))
    for year in site.timeline:
        yield file_route(EXPORT, f"timeline/{year}/timeline.json", (year,))


def index_view(reads: Reads) -> dict:
    return {
        "page": page_info(reads, "timeline", "timeline/", "Timeline",
                          "What happened, day by day, as the digest's sources reported it."),
        "years": [{"year": year, "url": year_url(year), "count": reads.entry_count(year),
                   "events": reads.event_count(year)} for year in reversed(reads.years())],
    }


def year_view(reads: Reads, year: int, number: int) -> dict:
    per_page = reads.config.timeline_per_page
    total = reads.entry_count(year)
    count = page_count(total, per_page)
    first = year_url(year)
    months: list[dict] = []
    shown = reads.entries(year, *page_slice(number, per_page))
    for entry in shown:
        month_id = f"{entry.day.year}-{entry.day.month:02d}"
        if not months or months[-1]["id"] != month_id:
            months.append({"id": month_id, "name": f"{MONTHS[entry.day.month - 1]} {entry.day.year}", "days": []})
        days = months[-1]["days"]
        if not days or days[-1]["date"] != entry.day.isoformat():
            days.append({"date": entry.day.isoformat(), "date_display": display_day(entry.day), "entries": []})
        days[-1]["entries"].append(_entry(reads, entry))
    years = reads.years()
    position = years.index(year)
    return {
        "page": page_info(reads, "timeline-year", page_url(first, number), f"Timeline: {year}",
                          f"Events of {year} as the digest's sources reported them, oldest first.",
                          pagination(first, number, count),
                          jsonld.item_list(reads, f"Timeline: {year}", page_url(first, number),
                                           [(article_url(e.article), e.title) for e in shown])),
        "year": year,
        "count": total,
        "months": months,
        "previous_year": {"year": years[position - 1], "url": year_url(years[position - 1])} if position else None,
        "next_year": ({"year": years[position + 1], "url": year_url(years[position + 1])}
                      if position + 1 < len(years) else None),
    }


def _entry(reads: Reads, entry: TimelineEntry) -> dict:
    article = reads.article(entry.article)  # the year's page shows its article as a card does
    return {
        "title": entry.title,
        "is_event": entry.is_event,
        "article": {"url": article_url(article.slug), "title": article.title,
                    "date_display": display_day(article.day)},
        "source": source_ref(article),
    }


def export_view(reads: Reads, year: int | None) -> bytearray:
    """The TimelineJS3 file as JSON bytes (``json_bytes`` of ``{"events": [...], "title": ...}``), written
    one event at a time into one buffer: the whole site's file holds every article and event."""
    years = [year] if year is not None else list(reads.years())
    out = bytearray(b'{"events":[')
    first = True
    for each_year in years:
        for index, entry in enumerate(reads.entries(each_year)):
            url = absolute(reads, article_url(entry.article))
            if not first:
                out += b","
            first = False
            out += _event(f"{entry.day.isoformat()}-{entry.article}-{index}", entry.day, escape(entry.title),
                          (f'<p>Reported by {escape(entry.outlet)}: <a href="{escape(url)}">'
                           f"{escape(entry.article_title)}</a></p>"), "Event" if entry.is_event else "Article")
    config = reads.config
    title = config.title + (f": {year}" if year is not None else "")
    out += b'],"title":'
    out += json_bytes({"text": {"headline": escape(title), "text": escape(config.description)}})
    out += b"}"
    return out


def _event(unique_id: str, day, headline: str, text: str, group: str) -> bytes:
    """``json_bytes`` of one TimelineJS event, written directly (one per entry of the whole site)."""
    return (f'{{"group":{json_str(group)},"start_date":{{"day":{day.day},"month":{day.month},'
            f'"year":{day.year}}},"text":{{"headline":{json_str(headline)},"text":{json_str(text)}}},'
            f'"unique_id":{json_str(unique_id)}}}').encode("utf-8")


def escape(text: str) -> str:
    """Text for HTML inside a JSON string: element content or a double-quoted attribute value."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


INDEX = Kind("timeline", "timeline.html", index_view)
YEAR = Kind("timeline-year", "timeline_year.html", year_view)
EXPORT = Kind("timeline-export", None, export_view)
