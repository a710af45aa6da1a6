"""Made-up article text the importer's line-kind tests set a line among, and the kind each paragraph gets."""

from sitegen.importer.rawtext import parse_raw

BODY = ("The regional governor said three villages had lost power after the overnight strikes on the grid.\n"
        "Repair crews were working through the day and expected to restore supplies by the evening.\n")

AFTER = ("Engineers from two other regions arrived on Tuesday to help the local teams with the damaged lines.\n"
         "The governor asked residents to save power during the hours of peak demand.\n")


def kinds(text: str) -> dict[str, str]:
    return {p.text: p.kind for p in parse_raw(text).paragraphs}


def kind_between_prose(line: str) -> str:
    return kinds(f"Power cut in three villages\n{BODY}{line}\n{AFTER}")[line]
