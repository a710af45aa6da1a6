"""Speakers: the index of everyone quoted, by name, and each speaker's page with all they were quoted saying."""

from __future__ import annotations

from sitegen.model.reads import Reads
from sitegen.model.site import Site
from sitegen.pages import jsonld
from sitegen.pages.common import article_url, display_day, newest, page_count, page_info, page_slice, page_url, \
    paged_routes, pagination, source_ref, speaker_ref, speaker_url
from sitegen.pages.route import Kind


def routes(site: Site):
    yield from paged_routes(SPEAKERS, "speakers/", len(site.speaker_order), site.config.index_per_page,
                            lastmod=newest(site.articles))
    for speaker_id in site.speaker_order:
        quoted = site.quotes_by_speaker[speaker_id]
        yield from paged_routes(SPEAKER, speaker_url(speaker_id), len(quoted), site.config.per_page, (speaker_id,),
                                newest([article for article, _ in quoted]))


def index_view(reads: Reads, number: int) -> dict:
    per_page = reads.config.index_per_page
    count = page_count(reads.quoted_speaker_count(), per_page)
    shown = []
    for speaker_id in reads.quoted_speakers(*page_slice(number, per_page)):
        speaker = reads.speaker(speaker_id)
        shown.append(dict(speaker_ref(reads, speaker), quote_count=reads.quote_count(speaker_id),
                          aliases=list(speaker.aliases)))
    return {
        "page": page_info(reads, "speakers", page_url("speakers/", number), "Speakers",
                          "Everyone quoted in the digest, with all they were quoted saying.",
                          pagination("speakers/", number, count)),
        "speakers": shown,
    }


def speaker_view(reads: Reads, speaker_id: str, number: int) -> dict:
    speaker = reads.speaker(speaker_id)
    per_page = reads.config.per_page
    count = page_count(reads.quote_count(speaker_id), per_page)
    first = speaker_url(speaker_id)
    shown = reads.quotes_of(speaker_id, *page_slice(number, per_page))  # newest article first
    quotes = [{
        "text": quote.text,
        "context": quote.context,
        "checked": quote.checked,
        "date": article.day.isoformat(),
        "date_display": display_day(article.day),
        "article": {"url": article_url(article.slug), "title": article.title},
        "source": source_ref(article),
    } for article, quote in shown]
    ref = dict(speaker_ref(reads, speaker))
    ref["aliases"] = list(speaker.aliases)
    description = f"Everything {speaker.name} was quoted saying in the digest"
    if speaker.role:
        description += f": {speaker.role}"
    return {
        "page": page_info(reads, "speaker", page_url(first, number), speaker.name, description + ".",
                          pagination(first, number, count), jsonld.profile_page(reads, speaker_id, shown)),
        "feed_url": f"{first}feed.xml",
        "speaker": ref,
        "quote_count": reads.quote_count(speaker_id),
        "quotes": quotes,
    }


SPEAKERS = Kind("speakers", "speakers.html", index_view)
SPEAKER = Kind("speaker", "speaker.html", speaker_view)
