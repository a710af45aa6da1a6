"""Jinja rendering: a loader chain over the theme, strict undefined variables, autoescape but for text."""

from __future__ import annotations

import traceback
from collections import OrderedDict
from pathlib import Path

import jinja2
from markupsafe import Markup

from sitegen.diagnostics import Problem
from sitegen.jsonout import json_bytes, json_for_script
from sitegen.model.settings import SiteConfig
from sitegen.render.jinja_speed import Environment
from sitegen.render.theming import Theme


def _memo_key(value):
    """What a value passed to ``partial()`` is kept under: its ``memo_key`` (a card), or itself when it is
    a plain number or string; None when it cannot be kept."""
    key = getattr(value, "memo_key", None)
    if key is None and type(value) in (str, int, float, bool):
        return (type(value).__name__, value)
    return key


class Partials:
    """``partial(name, **variables)`` for templates: a template rendered with only those variables (and the
    globals). When every value passed carries a ``memo_key`` (a card: the same on every page of a build
    pass that shows it) or is a plain number or string, the HTML is kept under those keys for the rest of
    the pass, the least recently used dropped past ``limit``: lists show an article's card on many pages,
    rendered once. ``clear()`` starts a pass."""

    def __init__(self, env: jinja2.Environment, limit: int):
        self.env = env
        self.limit = limit
        self.memo: OrderedDict[tuple, Markup] = OrderedDict()

    def __call__(self, name: str, **variables) -> Markup:
        keys = tuple(map(_memo_key, variables.values()))
        if None in keys:
            return Markup(self.env.get_template(name).render(variables))
        key = (name, *variables, *keys)
        memo = self.memo
        html = memo.pop(key, None)  # and put back last: the least recently used go first
        if html is None:
            html = Markup(self.env.get_template(name).render(variables))
            if len(memo) >= self.limit:
                memo.popitem(last=False)
        memo[key] = html
        return html

    def clear(self) -> None:
        self.memo.clear()


class Renderer:
    """Renders views with one theme; templates are compiled once and reused."""

    def __init__(self, theme: Theme, config: SiteConfig, assets: dict[str, str], site_dir: Path,
                 compiled: jinja2.BytecodeCache | None = None, partials_limit: int = 4096):
        self.theme = theme
        self.site_dir = site_dir
        self.env = Environment(
            bytecode_cache=compiled,
            loader=jinja2.ChoiceLoader([jinja2.FileSystemLoader(d) for d in theme.template_dirs]),
            # HTML and XML escaping everywhere but plain text (robots.txt): '&' would print as '&amp;' there.
            autoescape=jinja2.select_autoescape(disabled_extensions=("txt",), default_for_string=True,
                                                default=True),
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            auto_reload=False,
        )
        base_path = config.base_path
        base_url = config.base_url

        def url(path: str = "") -> str:
            return base_path + path

        def abs_url(path: str = "") -> str:
            return base_url + path

        self.env.globals.update(
            site={"title": config.title, "description": config.description, "base_url": base_url,
                  "base_path": base_path, "language": config.language},
            url=url, abs_url=abs_url, asset=lambda name: base_path + assets[name],
        )
        # The same as filters, `{{ a.url|url }}`: a filter is called directly, a global function through
        # the template context (twice the cost, for the dozens of links on every page).
        self.env.filters.update(url=url, abs_url=abs_url, json_script=lambda value: Markup(json_for_script(value)))
        self.partials = Partials(self.env, partials_limit)
        self.env.globals["partial"] = self.partials

    def render(self, template: str | None, view) -> bytes:
        """A page from its template, or, for a data file (no template), its view as JSON (or as it is, when
        the view made the bytes itself)."""
        if template is None:
            return view if isinstance(view, (bytes, bytearray)) else json_bytes(view)
        return self.env.get_template(template).render(view).encode("utf-8")

    def problem(self, exc: BaseException, template: str) -> Problem:
        """A template failure as a located problem: the theme file and line where it happened."""
        if isinstance(exc, jinja2.TemplateSyntaxError):
            return Problem(self._relative(exc.filename) or f"template {template}", exc.lineno,
                           f"template syntax error: {exc.message}")
        if isinstance(exc, jinja2.TemplateNotFound):
            return Problem(f"themes/{self.theme.name}/templates/{template}", None,
                           f"the theme has no template '{exc.name}'; add it to the theme")
        where, line = f"themes/{self.theme.name}/templates/{template}", None
        for frame, lineno in traceback.walk_tb(exc.__traceback__):
            filename = frame.f_code.co_filename
            if filename.endswith((".html", ".xml", ".txt", ".json")):
                where, line = self._relative(filename), lineno
        message = exc.message if isinstance(exc, jinja2.TemplateError) and exc.message else str(exc)
        return Problem(where, line, f"template error: {message}")

    def _relative(self, filename: str | None) -> str:
        if not filename:
            return ""
        path = Path(filename)
        try:
            return path.relative_to(self.site_dir).as_posix()
        except ValueError:
            for theme_dir in self.theme.dirs:
                if path.is_relative_to(theme_dir):
                    return f"(built-in theme {self.theme.name})/{path.relative_to(theme_dir).as_posix()}"
            return path.as_posix()
