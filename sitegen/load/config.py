"""``content/site.yaml`` → a frozen :class:`SiteConfig`; every bad key reported at once."""

from __future__ import annotations

import difflib
import os
import re
import zoneinfo
from pathlib import Path
from urllib.parse import urlsplit

from sitegen.diagnostics import Diagnostics
from sitegen.files import read_regular_text
from sitegen.model.settings import SiteConfig, normalize_base_url
from sitegen.load.urls import http_url_problem
from sitegen.load.yamlfile import LineDict, LineList, YAMLProblem, load_yaml

SITE_FILE = "content/site.yaml"


# name -> (type, required)
_FIELDS = {
    "title": (str, True),
    "description": (str, False),
    "base_url": (str, True),
    "language": (str, False),
    "timezone": (str, False),
    "theme": (str, False),
    "per_page": (int, False),
    "index_per_page": (int, False),
    "timeline_per_page": (int, False),
    "feed_length": (int, False),
    "front_page_notes": (int, False),
    "max_file_kb": (int, False),
    "embeds": (list, False),
    "unsafe_html": (bool, False),
}
_HOST = re.compile(r"^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$")


def base_url_problem(url: str) -> str | None:
    problem = http_url_problem(url, "base_url")
    if problem:
        return problem
    parts = urlsplit(url)
    if parts.query or parts.fragment:
        return "base_url must not carry a query or a fragment"
    return None


def load_config(site_dir: Path, diagnostics: Diagnostics) -> SiteConfig | None:
    """Read and check site.yaml; on any problem record it and return None."""
    path = site_dir / SITE_FILE
    root, target = os.path.realpath(site_dir), os.path.realpath(path)
    if not target.startswith(root.rstrip(os.sep) + os.sep):  # read nothing from outside the site folder
        diagnostics.error(SITE_FILE, None, f"a symbolic link to {target}, outside the site folder; sitegen reads "
                          "content only from inside the site folder: copy it into the site instead")
        return None
    try:
        text = read_regular_text(path)
    except FileNotFoundError:
        diagnostics.error(SITE_FILE, None, "the site has no content/site.yaml; create it with at least "
                          "'title:' and 'base_url:' (or run 'sitegen new site DIR')")
        return None
    except UnicodeDecodeError as exc:
        diagnostics.error(SITE_FILE, None, f"not UTF-8 text ({exc.reason} at byte {exc.start}); save it as UTF-8")
        return None
    except OSError as exc:
        diagnostics.error(SITE_FILE, None, f"cannot read the file: {exc.strerror}")
        return None
    lines = text.splitlines()
    try:
        data = load_yaml(text)
    except YAMLProblem as exc:
        diagnostics.error(SITE_FILE, exc.line, exc.message, _line(lines, exc.line))
        return None
    except RecursionError:
        diagnostics.error(SITE_FILE, None, "the YAML nests lists or mappings too deeply to be read; flatten it")
        return None
    if not isinstance(data, LineDict):
        diagnostics.error(SITE_FILE, None, "site.yaml must be a mapping of settings such as 'title: My digest'")
        return None

    before = len(diagnostics.errors)
    values = {}
    for key, value in data.items():
        line = data.line_of(key)
        if key not in _FIELDS:
            close = difflib.get_close_matches(str(key), _FIELDS, n=1)
            hint = f"; did you mean '{close[0]}'?" if close else f"; known settings: {', '.join(_FIELDS)}"
            diagnostics.error(SITE_FILE, line, f"unknown setting '{key}'{hint}", _line(lines, line))
            continue
        kind, _ = _FIELDS[key]
        if key == "embeds":
            hosts = _embed_hosts(value, data.line_of(key), lines, diagnostics)
            if hosts is not None:
                values[key] = hosts
            continue
        if kind is bool:
            if not isinstance(value, bool):
                diagnostics.error(SITE_FILE, line, f"'{key}' must be true or false", _line(lines, line))
                continue
        elif kind is int:
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                diagnostics.error(SITE_FILE, line, f"'{key}' must be a whole number of at least 1", _line(lines, line))
                continue
        elif value is None or isinstance(value, (bool, list, dict)):
            diagnostics.error(SITE_FILE, line, f"'{key}' must be text", _line(lines, line))
            continue
        else:
            value = str(value).strip()
        values[key] = value
    for key, (_, required) in _FIELDS.items():
        if required and key not in data:
            diagnostics.error(SITE_FILE, None, f"the setting '{key}' is required")
    if "base_url" in values:
        problem = base_url_problem(values["base_url"])
        if problem:
            line = data.line_of("base_url")
            diagnostics.error(SITE_FILE, line, problem, _line(lines, line))
        values["base_url"] = normalize_base_url(values["base_url"])
        own_host = "" if problem else (urlsplit(values["base_url"]).hostname or "").lower()
        if own_host and own_host in values.get("embeds", ()):
            line = data.line_of("embeds")
            diagnostics.error(SITE_FILE, line, f"'embeds' must not list the site's own host {own_host}: a "
                              "sandboxed frame of the same origin could lift its sandbox", _line(lines, line))
    if "timezone" in values:
        try:
            zoneinfo.ZoneInfo(values["timezone"])
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            line = data.line_of("timezone")
            diagnostics.error(SITE_FILE, line, f"unknown timezone '{values['timezone']}'; use an IANA name "
                              "such as 'Europe/Kyiv' or 'UTC'", _line(lines, line))
    if len(diagnostics.errors) > before:
        return None
    values.setdefault("description", "")
    return SiteConfig(source_line=data.line, **values)


def _embed_hosts(value, line: int, lines: list[str], diagnostics: Diagnostics) -> tuple[str, ...] | None:
    """``embeds``: a list of host names such as www.youtube-nocookie.com (not URLs)."""
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        diagnostics.error(SITE_FILE, line, "'embeds' must be a list of host names, e.g. "
                          "[www.youtube-nocookie.com, player.vimeo.com]", _line(lines, line))
        return None
    hosts = []
    for index, item in enumerate(value):
        item_line = value.item_lines[index] if isinstance(value, LineList) else line
        host = str(item).strip().lower().rstrip(".") if isinstance(item, str) else ""
        if not _HOST.match(host):
            hint = ""
            if isinstance(item, str) and "/" in item and not http_url_problem(item.strip(), "it"):
                netloc = urlsplit(item.strip()).hostname or ""
                hint = f"; write the host alone, e.g. '{netloc}'" if netloc else ""
            shown = repr(item) if isinstance(item, str) else f"a {type(item).__name__}"
            diagnostics.error(SITE_FILE, item_line, f"each entry of 'embeds' must be a host name such as "
                              f"www.youtube-nocookie.com, not {shown}{hint}", _line(lines, item_line))
            return None
        hosts.append(host)
    return tuple(dict.fromkeys(hosts))


def _line(lines: list[str], line: int | None) -> str:
    return lines[line - 1] if line and 0 < line <= len(lines) else ""
