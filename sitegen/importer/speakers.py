"""The site's speaker registry (``content/speakers.yaml``): reading it and the review file of proposed
entries, matching a name to an entry (name, alias or surname, any script), proposing entries for new
speakers, and accepting the reviewed proposals into the registry."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

import yaml

from sitegen.diagnostics import Diagnostics
from sitegen.importer.lexicon import fold, spelling
from sitegen.importer.people import FoundQuote, SpeakerGuess
from sitegen.importer.problems import ImportProblem
from sitegen.load.schema import speakers_from_data
from sitegen.slugs import is_slug, slugify
from sitegen.load.yamlfile import YAMLProblem, load_yaml

PROPOSED_FILE = "speakers.proposed.yaml"


@dataclass(frozen=True, slots=True)
class AcceptResult:
    accepted: tuple[str, ...] = ()  # ids moved into speakers.yaml
    problems: tuple[ImportProblem, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems


def entry_names(entry) -> list[str]:
    """A registry entry's name then its aliases, the text ones only (a hand-edited file may hold
    anything); a single alias written as text counts as a list of one."""
    if not isinstance(entry, dict):
        return []
    aliases = entry.get("aliases")
    if isinstance(aliases, str):
        aliases = [aliases]
    if not isinstance(aliases, (list, tuple)):
        aliases = []
    names = [entry.get("name")] + list(aliases) + [entry.get("name_native")]
    return [n.strip() for n in names if isinstance(n, str) and fold(n)] if isinstance(entry.get("name"), str) \
        else []


def match_speaker(name: str, speakers: list[dict] | tuple) -> dict | None:
    """The registry entry a name stands for: its name, one of its aliases, or its surname (when only one
    entry has that surname, however its Slavic ending is transliterated), ignoring case and diacritics, in
    any script."""
    folded = fold(name)
    if not folded:
        return None
    entries = [e for e in speakers or () if isinstance(e, dict) and isinstance(e.get("id"), str) and e.get("id")
               and entry_names(e)]
    for entry in entries:
        if any(fold(n) == folded for n in entry_names(entry)):
            return entry
    words = folded.split()
    by_surname = []
    for entry in entries:
        names = [fold(n).split() for n in entry_names(entry)]
        surnames = {spelling(n[-1]) for n in names}  # ("Zelenskyy" for the registry's "Zelensky")
        first_names = {n[0] for n in names if len(n) > 1}
        if spelling(words[-1]) in surnames and (len(words) == 1 or words[0] in first_names):
            by_surname.append(entry)
    if len(by_surname) == 1:
        return by_surname[0]
    return None


def with_registry(found: list[FoundQuote], speakers) -> list[FoundQuote]:
    full_names = [q.speaker.name for q in found if q.speaker is not None and len(q.speaker.name.split()) > 1]
    out = []
    for quote in found:
        guess = quote.speaker
        if guess is not None and len(guess.name.split()) == 1:
            # "Andryushchenko said" before the text gives "Petro Andryushchenko"
            fuller = [n for n in full_names if fold(n).split()[-1:] == [fold(guess.name)]]
            if len(set(fuller)) == 1:
                guess = replace(guess, name=fuller[0], anonymous=False)
        if guess is not None and guess.named:
            entry = match_speaker(guess.name, speakers)
            if entry:
                guess = replace(guess, speaker_id=entry["id"], name=entry_names(entry)[0],
                                anonymous=entry.get("anonymous") is True)
        out.append(replace(quote, speaker=guess))
    return out


def propose_speakers(found: list[FoundQuote], speakers: list[dict] | tuple) -> list[dict]:
    """New registry entries for the named speakers the registry does not know: ``id`` (a slug, unique),
    ``name``, ``role`` when the text states one, ``anonymous: true`` when only a first name or call sign
    is known."""
    taken = {e.get("id") for e in speakers or () if isinstance(e, dict) and isinstance(e.get("id"), str)}
    proposals: dict[str, dict] = {}
    for quote in found:
        guess = quote.speaker
        if guess is None or not guess.named or guess.speaker_id:
            continue
        key = fold(guess.name)
        if key in proposals:
            if not proposals[key].get("role") and _clean_role(guess.role):
                proposals[key]["role"] = _clean_role(guess.role)
            continue
        slug = base = slugify(guess.name) or "speaker"
        number = 2
        while slug in taken:
            slug = f"{base}-{number}"
            number += 1
        taken.add(slug)
        entry = {"id": slug, "name": guess.name}
        role = _clean_role(guess.role)
        if role:
            entry["role"] = role
        if guess.anonymous or len(guess.name.split()) == 1:
            entry["anonymous"] = True
        proposals[key] = entry
    return list(proposals.values())


def _clean_role(role: str) -> str:
    """A role as the registry wants it: no bare honorifics ("Mr", "Sir") or possessives ("Russia's")."""
    words = [w for w in role.split() if w.casefold().rstrip(".") not in ("mr", "mrs", "ms", "dr", "sir", "dame")]
    return " ".join(words).strip(" ,")


def speaker_id_for(guess: SpeakerGuess | None, proposals: list[dict]) -> str:
    """The id a quote's front matter uses: the registry's, or the proposed entry's."""
    if guess is None or not guess.named:
        return ""
    if guess.speaker_id:
        return guess.speaker_id
    for entry in proposals:
        if fold(entry["name"]) == fold(guess.name):
            return entry["id"]
    return slugify(guess.name)


# --- the registry files ---------------------------------------------------------------------------

def read_registry(site_dir: Path) -> tuple[list[dict], list[dict], list[ImportProblem]]:
    """The speakers registry and the entries already proposed (so a second import reuses them).

    The registry is checked by the same rules as the build, so an entry the build would refuse (a name
    that is a list, an alias that is a number) stops the import with its line; the review file is the
    editor's scratch space: its odd entries are ignored for matching and left for review by
    ``accept_speakers``."""
    problems = []
    lists = []
    for name in ("speakers.yaml", PROPOSED_FILE):
        path = site_dir / "content" / name
        if not path.exists():
            lists.append([])
            continue
        try:
            text = path.read_text(encoding="utf-8")
            data = load_yaml(text)
        except (OSError, UnicodeDecodeError) as error:
            problems.append(ImportProblem(str(path), f"cannot read the speakers: {error}".splitlines()[0]))
            lists.append([])
            continue
        except YAMLProblem as error:
            problems.append(ImportProblem(str(path), f"cannot read the speakers: {error.message}", error.line or 0))
            lists.append([])
            continue
        if data is None:
            data = []
        if not isinstance(data, list):
            problems.append(ImportProblem(str(path), "must be a list of speakers, each starting with '- id: ...'"))
            data = []
        if name == "speakers.yaml":
            diagnostics = Diagnostics()
            speakers_from_data(str(path), data, text, diagnostics)
            problems += [ImportProblem(str(path), p.message, p.line or 0) for p in diagnostics.errors]
        lists.append([_plain(e) for e in data])
    return lists[0], lists[1], problems


def _plain(value):
    """Loaded YAML as plain dicts and lists (what yaml.safe_dump writes back)."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def accept_speakers(site_dir: Path) -> AcceptResult:
    """Move the entries of ``content/speakers.proposed.yaml`` to the end of ``content/speakers.yaml``.

    The registry's existing text is kept as it is and the entries are appended; the review file is
    emptied. An entry without a slug ``id`` or a ``name``, or whose id the registry already has, stays in
    the review file and is reported."""
    content = Path(site_dir) / "content"
    proposed_path = content / PROPOSED_FILE
    registry_path = content / "speakers.yaml"
    if not proposed_path.exists():
        return AcceptResult()
    speakers, proposed, problems = read_registry(Path(site_dir))
    if problems:
        return AcceptResult(problems=tuple(problems))
    registry_text = registry_path.read_text(encoding="utf-8") if registry_path.exists() else ""
    if registry_text.strip() and not re.search(r"^- ", registry_text, re.MULTILINE):
        return AcceptResult(problems=(ImportProblem(str(registry_path), "is not written as a block list ('- id: "
                                                    "...'); add the proposed entries by hand"),))
    known = {str(e.get("id")) for e in speakers}
    accepted, kept_back, problems = [], [], []
    for entry in proposed:
        speaker_id = entry.get("id") if isinstance(entry, dict) and isinstance(entry.get("id"), str) else ""
        name = entry.get("name") if isinstance(entry, dict) else None
        if not is_slug(speaker_id) or not isinstance(name, str) or not name.strip():
            problems.append(ImportProblem(str(proposed_path), f"the entry {speaker_id or repr(entry)[:60]} needs a slug 'id' "
                                                              "and a 'name'; left for review"))
            kept_back.append(entry)
        elif speaker_id in known:
            problems.append(ImportProblem(str(proposed_path), f"speakers.yaml already has the id '{speaker_id}'; "
                                                              "rename it or delete the entry; left for review"))
            kept_back.append(entry)
        else:
            known.add(speaker_id)
            accepted.append(entry)
    if accepted:
        chunk = yaml.safe_dump(accepted, allow_unicode=True, sort_keys=False, width=10_000)
        separator = "" if not registry_text or registry_text.endswith("\n") else "\n"
        registry_path.write_text(registry_text + separator + chunk, encoding="utf-8")
    rest = "# Speakers proposed by `import`, left for review.\n"
    if kept_back:
        rest += yaml.safe_dump(kept_back, allow_unicode=True, sort_keys=False, width=10_000)
    proposed_path.write_text(rest, encoding="utf-8")
    return AcceptResult(accepted=tuple(str(e["id"]) for e in accepted), problems=tuple(problems))
