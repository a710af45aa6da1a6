"""Rendering: a page's view (plain data) and its theme's template → the page's bytes.

:mod:`~sitegen.render.theming` finds a theme's folders (the site's own over the built-in one),
:mod:`~sitegen.render.assets` fingerprints its static files, :mod:`~sitegen.render.renderer` renders with
Jinja, and :mod:`~sitegen.render.jinja_speed` is the one place that leans on Jinja's and markupsafe's
internals.
"""
