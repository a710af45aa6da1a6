"""Jinja rendering: a loader chain over the theme, strict undefined variables, autoescape everywhere."""

from __future__ import annotations

import hashlib
import json
import os
import traceback
from pathlib import Path

import jinja2
from markupsafe import Markup, escape

try:
    from markupsafe import _escape_inner  # markupsafe's own str -> escaped str (C where built)
except ImportError:  # pragma: no cover - a markupsafe without it
    def _escape_inner(text: str) -> str:
        return str(escape(text))

from sitegen.config import SiteConfig
from sitegen.diagnostics import Problem
from sitegen.theming import Theme


def _json_for_script(value) -> str:
    """JSON safe inside <script>: '<', '>' and '&' escaped so '</script>' in a title cannot break out."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return jinja2.utils.markupsafe.Markup(text)


json_str = json.encoder.encode_basestring  # a str as JSON with non-ASCII kept, as json_bytes writes it


def json_bytes(value) -> bytes:
    """Deterministic, compact JSON for data files (feeds, timeline exports, search index)."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _output_escape(value) -> str:
    """What a template's ``{{ … }}`` prints, escaped: markupsafe's ``escape`` without making a Markup of the
    result. Jinja only joins what an output expression gives into the page (or into a block's text, which
    it marks safe itself), so the type of the pieces never matters, and building a Markup for each of the
    hundred-odd values on a page was a fifth of rendering it. Other values go through ``escape``."""
    if type(value) is str:
        return _escape_inner(value)
    if type(value) is Markup:
        return value
    return escape(value)


class _Template(jinja2.Template):
    """A template whose output expressions are escaped by :func:`_output_escape`."""

    @classmethod
    def from_code(cls, environment, code, globals, uptodate=None):
        template = super().from_code(environment, code, globals, uptodate)
        # Compiled templates look ``escape`` up in their module's namespace, shared by all their functions.
        template.root_render_func.__globals__["escape"] = _output_escape
        return template


class _Environment(jinja2.Environment):
    """Views are plain dicts: look ``a.b`` up as a key first instead of failing an attribute lookup first
    (Jinja's default order raises and catches an AttributeError for every dict field a template reads)."""

    template_class = _Template

    def getattr(self, obj, attribute):
        if type(obj) is dict:
            try:
                return obj[attribute]
            except KeyError:
                pass
        return super().getattr(obj, attribute)


PARTIALS_LIMIT = 4096  # partials' HTML kept, at most (views.MEMO_LIMIT): a 50,000-article site's took 75 MB


class Partials:
    """``partial(name, **variables)`` for templates: a template rendered with only those variables (and the
    globals), its HTML kept for the rest of the build pass. Lists show the same article card on the front
    page and on every tag, place and note page it belongs to; views hand out the same card object each
    time, so each card is rendered once instead of on every page (a list page costs a fifth as much).

    Kept by the identity of the values passed: views are plain data that templates do not change, and
    the memo holds the values, so an identity is not reused while its entry lives. ``clear()`` starts a
    build pass."""

    def __init__(self, env: jinja2.Environment):
        self.env = env
        self.memo: dict[tuple, tuple[tuple, Markup]] = {}

    def __call__(self, name: str, **variables) -> Markup:
        values = tuple(variables.values())
        key = (name, *variables, *map(id, values))
        memo = self.memo
        found = memo.pop(key, None)  # and put back last: the least recently used go first
        if found is not None and all(a is b for a, b in zip(found[0], values)):
            memo[key] = found
            return found[1]
        html = Markup(self.env.get_template(name).render(variables))
        if len(memo) >= PARTIALS_LIMIT:
            del memo[next(iter(memo))]
        memo[key] = (values, html)
        return html

    def clear(self) -> None:
        self.memo.clear()


class CompiledTemplates(jinja2.FileSystemBytecodeCache):
    """Compiled templates kept between builds (in the build cache): compiling the default theme's costs
    more than rendering a few dozen pages, which is all an edit renders. Jinja checks each template's
    source against the checksum stored with its code; the files are named by Jinja's version and
    ``depends_on``, a digest of everything else the code depends on (sitegen's code, which sets the
    compiler's options and the filters, and the settings the filters read), and files of another name
    are removed. A folder that cannot be written only costs the next build the compiling."""

    def __init__(self, directory: Path, depends_on: str):
        fingerprint = hashlib.blake2b(f"{jinja2.__version__}|{depends_on}".encode(), digest_size=8).hexdigest()
        super().__init__(str(directory), f"{fingerprint}-%s.cache")
        try:
            directory.mkdir(parents=True, exist_ok=True)
            for entry in os.scandir(directory):
                if not entry.name.startswith(f"{fingerprint}-"):
                    os.unlink(entry.path)
        except OSError:
            pass

    def load_bytecode(self, bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except OSError:
            pass

    def dump_bytecode(self, bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:
            pass


class Renderer:
    """Renders routes' views with one theme; templates are compiled once and reused."""

    def __init__(self, theme: Theme, config: SiteConfig, assets: dict[str, str], site_dir: Path,
                 compiled: CompiledTemplates | None = None):
        self.theme = theme
        self.site_dir = site_dir
        self.env = _Environment(
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
        self.env.filters.update(url=url, abs_url=abs_url, json_script=_json_for_script)
        self.partials = Partials(self.env)
        self.env.globals["partial"] = self.partials

    def render(self, template: str | None, view) -> bytes:
        """A page from its template, or, for a data route (no template), its view as JSON."""
        if template is None:  # a data route: its view as JSON (or already JSON, as bytes)
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
