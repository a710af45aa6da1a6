"""The digest's content as a model: frozen records (:mod:`~sitegen.model.records`), the site's settings
(:mod:`~sitegen.model.settings`), the assembled and indexed site (:mod:`~sitegen.model.site`), and what a
page reads of it (:mod:`~sitegen.model.reads`): the accessors that record each page's dependencies.

Nothing here reads files or renders anything: the load layer builds the records, the pages layer reads
the site.
"""
