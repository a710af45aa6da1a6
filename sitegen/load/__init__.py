"""The load layer: the site's files → records and settings, every problem located at its file and line.

:mod:`~sitegen.load.config` reads ``content/site.yaml``; :mod:`~sitegen.load.sources` walks ``content/``
and parses each file (:mod:`~sitegen.load.frontmatter`, :mod:`~sitegen.load.yamlfile`,
:mod:`~sitegen.load.schema`), its Markdown made HTML (:mod:`~sitegen.load.markup`, sanitized by
:mod:`~sitegen.load.sanitizer`) and its quotes checked against its source (:mod:`~sitegen.load.quotecheck`).
"""
