"""The one place that uses Jinja's and markupsafe's internals, for speed; ``tests/test_render.py`` fails if
an upgrade of either breaks what it relies on (then drop this module and use jinja2.Environment: the
pages come out the same, a fifth slower).

- Escaping: Jinja prints ``{{ value }}`` through markupsafe's ``escape``, which wraps each escaped string
  in a new ``Markup``. Jinja only ever joins what an output expression gives, so templates get an
  ``escape`` that returns the escaped ``str`` as it is (markupsafe's private ``_escape_inner``, compiled
  in C); it is put into each compiled template's namespace (``Template.from_code``).
- Attributes: views are plain dicts, so ``a.b`` is looked up as a key first instead of failing an
  attribute lookup first (``Environment.getattr``).
"""

from __future__ import annotations

import jinja2
from markupsafe import Markup, escape

try:
    from markupsafe import _escape_inner  # markupsafe's own str -> escaped str
except ImportError:  # pragma: no cover - a markupsafe without it: the slower public path
    def _escape_inner(text: str) -> str:
        return str(escape(text))


def output_escape(value) -> str:
    """What a template's ``{{ … }}`` prints, escaped, without a Markup per value (other types through
    markupsafe's ``escape``)."""
    if type(value) is str:
        return _escape_inner(value)
    if type(value) is Markup:
        return value
    return escape(value)


class Template(jinja2.Template):
    """A template whose output expressions are escaped by :func:`output_escape`."""

    @classmethod
    def from_code(cls, environment, code, globals, uptodate=None):
        template = super().from_code(environment, code, globals, uptodate)
        # Compiled templates look ``escape`` up in their module's namespace, shared by all their functions.
        template.root_render_func.__globals__["escape"] = output_escape
        return template


class Environment(jinja2.Environment):
    """A Jinja environment with :class:`Template` and dict-first attribute lookup."""

    template_class = Template

    def getattr(self, obj, attribute):
        if isinstance(obj, dict):
            try:
                return obj[attribute]
            except KeyError:
                pass
        return super().getattr(obj, attribute)


def in_effect(template: jinja2.Template) -> bool:
    """Whether a compiled template's output really goes through :func:`output_escape`: its code calls a
    name ``escape`` and that name, in its namespace, is ours."""
    render = template.root_render_func
    return "escape" in render.__code__.co_names and render.__globals__.get("escape") is output_escape
