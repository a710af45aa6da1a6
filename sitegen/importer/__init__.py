"""Turn a raw scraped article text into a draft digest entry.

``import_raw`` reads one raw text (line 1 the headline, then the body as a scraper stored it), keeps
the article's paragraphs, finds its direct quotes and their speakers, and writes:

* ``content/articles/YYYY/MM/<slug>.md``: a draft (``draft: true``) whose front matter has the title,
  date, source (outlet, url, ``archive: sources/<slug>.txt``), an empty ``summary`` for the editor (the
  tool never writes prose), empty ``tags`` and ``places``, and the quotes with their speaker ids; quotes
  from unnamed sources are listed as comments for the editor to attribute or drop; the body is the kept
  paragraphs as Markdown;
* ``content/sources/<slug>.txt``: the raw text, byte for byte;
* ``content/speakers.proposed.yaml``: speakers the registry does not know, appended for review.

Nothing existing is overwritten: a slug already taken gets a number (``-2``). Problems (no date, no
outlet, an unreadable file) come back as values in ``ImportResult.problems``, each naming the file.

``accept_speakers`` moves the reviewed entries of ``speakers.proposed.yaml`` to the end of
``speakers.yaml``, leaving the text already there as it was.
"""

from sitegen.importer.drafts import ImportResult, import_raw, render_draft
from sitegen.importer.problems import ImportProblem
from sitegen.importer.quotes import FoundQuote, SpeakerGuess, find_quotes
from sitegen.importer.rawtext import Paragraph, RawArticle, parse_raw
from sitegen.importer.speakers import AcceptResult, accept_speakers, match_speaker, propose_speakers

__all__ = ["ImportProblem", "ImportResult", "AcceptResult", "FoundQuote", "SpeakerGuess", "Paragraph", "RawArticle",
           "import_raw", "accept_speakers", "parse_raw", "find_quotes", "match_speaker", "propose_speakers",
           "render_draft"]
