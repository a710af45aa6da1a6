"""The allowlist sanitizer (nh3, i.e. Ammonia) for the HTML that editors' Markdown becomes.

Raw HTML in Markdown is allowed but passes through it: scripts, styles, event handlers, ``javascript:`` and
``data:`` URLs, forms and iframes never reach a reader's browser. Two site settings change that
(:class:`MarkupPolicy`, docs/security.md):

- ``embeds: [www.youtube-nocookie.com, ...]`` keeps iframes whose ``src`` is an https URL on one of those
  hosts, sandboxed, lazily loaded, with only a few harmless attributes;
- ``unsafe_html: true`` publishes the Markdown's HTML as it is, unsanitized.
"""

from __future__ import annotations

import functools
import re

import nh3

from sitegen.model.settings import SAFE, MarkupPolicy
_ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "details", "dfn", "div",
    "dl", "dt", "em", "figcaption", "figure", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd",
    "li", "mark", "ol", "p", "pre", "q", "s", "small", "span", "strong", "sub", "summary", "sup", "table",
    "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul",
}
_ALLOWED_ATTRIBUTES = {
    "*": {"id", "title", "lang", "dir"},
    "a": {"href", "hreflang"},
    "abbr": {"title"},
    "img": {"src", "alt", "width", "height", "loading"},
    "td": {"colspan", "rowspan", "align"},
    "th": {"colspan", "rowspan", "align", "scope"},
    "ol": {"start"},
    "time": {"datetime"},
    "q": {"cite"},
    "blockquote": {"cite"},
    "sup": {"id"},
    "li": {"id"},
    "div": {"class"},
    "span": {"class"},
}
_URL_SCHEMES = {"http", "https", "mailto"}

# An embedded player runs its own scripts in its own origin; it may open a popup ("watch on YouTube") and go
# fullscreen, but never navigate or script the digest's page. The referrer it gets is the site's origin
# only, never the page a reader is on (players refuse to play without one).
IFRAME_SANDBOX = "allow-scripts allow-same-origin allow-popups allow-presentation"
_IFRAME_SET = {"sandbox": IFRAME_SANDBOX, "loading": "lazy", "referrerpolicy": "strict-origin-when-cross-origin"}
_IFRAME_ATTRIBUTES = {"src", "width", "height", "title", "allow", "allowfullscreen"}
_IFRAME_ALLOW = ("fullscreen", "picture-in-picture", "encrypted-media")  # permissions a player may keep
# Only a plain https URL on an allowed host: no user info, no backslash, no spaces or controls, so no URL
# parser (ours or a browser's) can read another host out of it.
_EMBED_URL = re.compile(r"https://([a-z0-9.-]+)(?::443)?(?:[/?#][^\\\s\x00-\x1f\x7f]*)?", re.IGNORECASE)
_SIZE = re.compile(r"\d{1,5}%?")




def embed_host(url: str) -> str | None:
    """The host of an iframe ``src`` that may be embedded at all (plain https), else None."""
    match = _EMBED_URL.fullmatch(url)
    return match.group(1).lower().rstrip(".") if match else None


def _cite_url(value: str) -> str | None:
    # Browsers ignore ASCII whitespace and controls inside a URL's scheme ("java\tscript:").
    scheme = re.match(r"([A-Za-z][A-Za-z0-9+.-]*):", re.sub(r"[\x00-\x20\x7f]", "", value))
    return value if scheme is None or scheme.group(1).lower() in _URL_SCHEMES else None


@functools.lru_cache(maxsize=8)
def _cleaner(embeds: tuple[str, ...]) -> nh3.Cleaner:
    hosts = frozenset(embeds)
    tags, attributes, set_values = _ALLOWED_TAGS, _ALLOWED_ATTRIBUTES, None
    dropped_with_content = {"script", "style", "iframe", "noscript", "template"}  # their content is no text
    if hosts:
        dropped_with_content.discard("iframe")
        tags = _ALLOWED_TAGS | {"iframe"}
        attributes = dict(_ALLOWED_ATTRIBUTES, iframe=_IFRAME_ATTRIBUTES)
        set_values = {"iframe": dict(_IFRAME_SET)}

    def attribute_filter(tag: str, name: str, value: str) -> str | None:
        if name == "cite":  # a URL that nh3 does not check itself
            return _cite_url(value)
        if tag != "iframe":
            return value
        if name == "src":
            return value if embed_host(value) in hosts else None
        if name in ("width", "height"):
            return value if _SIZE.fullmatch(value.strip()) else None
        if name == "allow":
            kept = [p.strip() for p in value.split(";") if p.strip().split(" ")[0] in _IFRAME_ALLOW]
            return "; ".join(p.split(" ")[0] for p in kept) or None
        if name == "allowfullscreen":
            return ""
        return value

    return nh3.Cleaner(tags=tags, clean_content_tags=dropped_with_content, attributes=attributes,
                       attribute_filter=attribute_filter,
                       set_tag_attribute_values=set_values, url_schemes=_URL_SCHEMES,
                       link_rel="noopener noreferrer")


def sanitize(fragment: str, policy: MarkupPolicy = SAFE) -> str:
    """An HTML fragment with everything outside the allowlist removed (iframes: see the module docstring)."""
    cleaned = _cleaner(policy.embeds).clean(fragment)
    if policy.embeds and "<iframe" in cleaned:
        cleaned = _drop_empty_iframes(cleaned)
    return cleaned


# nh3's output is canonical HTML: text has no raw '<', attribute values are double-quoted with no raw '"',
# and an iframe's content (raw text, never shown) runs to the first '</iframe>'. So it can be read tag by
# tag without a parser, and a '<' inside an attribute value is never taken for a tag.
_TOKEN = re.compile(r'<[a-zA-Z][^\s/>"]*(?:\s+[^\s/>="]+(?:="[^"]*")?)*\s*/?>|[^<]+|<')


def _drop_empty_iframes(fragment: str) -> str:
    """Remove the iframes whose ``src`` the sanitizer dropped (unknown hosts), with their content."""
    out, position = [], 0
    while position < len(fragment):
        match = _TOKEN.match(fragment, position)
        token = match.group(0)
        position = match.end()
        if token.startswith("<iframe") and (token[7:8].isspace() or token[7:8] in (">", "/")):
            end = fragment.find("</iframe>", position)
            end = len(fragment) if end < 0 else end + len("</iframe>")
            if re.search(r'\ssrc="', token):
                out.append(fragment[match.start():end])
            position = end
            continue
        out.append(token)
    return "".join(out)

