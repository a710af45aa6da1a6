"""Split a Markdown file into its YAML front matter and its body, keeping track of line numbers."""

from __future__ import annotations

from dataclasses import dataclass

FENCE = "---"


class FrontMatterProblem(Exception):
    def __init__(self, line: int | None, message: str):
        super().__init__(message)
        self.line = line
        self.message = message


@dataclass(frozen=True, slots=True)
class Document:
    front_matter: str  # the YAML text
    front_matter_line: int  # the file line the YAML text starts on, minus one (an offset)
    body: str
    body_line: int  # 1-based line of the body's first line


def split_document(text: str) -> Document:
    """``---`` line, YAML, ``---`` (or ``...``) line, then the Markdown body."""
    if not text.strip():
        raise FrontMatterProblem(None, "the file is empty; an article starts with front matter between "
                                 "'---' lines holding at least title, date and source")
    lines = text.split("\n")
    if lines[0].rstrip("\r ").rstrip() != FENCE:
        raise FrontMatterProblem(1, "the file must start with a '---' line opening the front matter "
                                 "(YAML fields such as title and date), closed by another '---' line")
    for index in range(1, len(lines)):
        if lines[index].rstrip("\r ").rstrip() in (FENCE, "..."):
            return Document(
                front_matter="\n".join(lines[1:index]),
                front_matter_line=1,
                body="\n".join(lines[index + 1:]),
                body_line=index + 2,
            )
    raise FrontMatterProblem(1, "the front matter opened here is never closed; add a line with '---' "
                             "after the last front-matter field")
