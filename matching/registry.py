"""The canonical registry: CSV files under `schemas/registry/` that reviewers edit.

`kinds.csv` lists the entity kinds and the file of each (every entity file has the
columns of `sectors.csv`: id, name_zh, name_en, aliases, editions), `positions.csv`
says which kinds may occur on which axis of which table, `not_entities.csv` which
labels are known not to be entities. See `schemas/registry/README.md`.
"""
from __future__ import annotations

import csv
import dataclasses
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from extractors.ids import whole_id
from matching.normalise import normalise, strip_suffix

REGISTRY_DIR = Path(__file__).resolve().parent.parent / "schemas" / "registry"
ALIASES_FILE = "aliases.csv"  # aliases accepted in review (`wpr review accept`), one per row
ALIAS_COLUMNS = ["id", "alias", "editions", "reviewer", "date", "note"]


def registry_dir() -> Path:
    """The registry folder in use: WPR_REGISTRY_DIR, else the checkout's schemas/registry/."""
    return Path(os.environ.get("WPR_REGISTRY_DIR") or REGISTRY_DIR)
AXES = ("row", "column")
MEASURE = "measure"  # the kind of what a column measures, matched beside its entity


@dataclass(frozen=True)
class Kind:
    kind: str
    file: str
    name_zh: str
    code_pattern: re.Pattern[str] | None  # a printed code that names the id ("3.2", "CMP 10")
    code_id: str                           # the id a code names: "ER{code}"
    suffixes: tuple[str, ...]              # normalised generic suffixes (部门)
    fuzzy: bool = True                     # False: only exact names count (see kinds.csv)
    description: str = ""
    strip: re.Pattern[str] | None = None   # left out of names and labels alike (a period: 2022/23年)

    def form(self, normalised: str) -> str:
        """The form a normalised label or name is compared in for this kind."""
        if self.strip is not None:
            normalised = self.strip.sub("", normalised).strip(".:,-/")
        return strip_suffix(normalised, self.suffixes)


@dataclass(frozen=True)
class Entry:
    kind: str
    id: str
    name_zh: str
    name_en: str
    aliases: tuple[str, ...]
    editions: frozenset[str]
    names: tuple[str, ...]                 # name_zh and aliases, normalised and suffix-stripped
    # Aliases accepted for one edition only: (edition, normalised form), in aliases.csv
    edition_names: tuple[tuple[str, str], ...] = ()

    def valid_for(self, edition: str | None) -> bool:
        return edition is None or not self.editions or edition in self.editions

    def for_edition(self, edition: str | None) -> Entry:
        """The entry with the aliases accepted for `edition` among its names."""
        extra = tuple(form for ed, form in self.edition_names if ed == edition and form not in self.names)
        return dataclasses.replace(self, names=self.names + extra) if extra else self


@dataclass(frozen=True)
class Position:
    table_id: re.Pattern[str]
    axis: str
    kinds: tuple[str, ...]


@dataclass(frozen=True)
class NotEntity:
    pattern: re.Pattern[str]
    table_id: re.Pattern[str] | None
    axis: str


@dataclass
class Registry:
    kinds: dict[str, Kind]
    entries: list[Entry]
    positions: list[Position] = field(default_factory=list)
    not_entities: list[NotEntity] = field(default_factory=list)
    by_id: dict[str, Entry] = field(init=False, repr=False)
    _scoped: frozenset[str] = field(init=False, repr=False, default=frozenset())  # editions with aliases of their own
    # Scores of a normalised text against a list of entries (matching.match._score), kept
    # per registry: the same label recurs in many tables and costs 30 comparisons each time.
    scores: dict[tuple[str, tuple[str, ...]], list] = field(
        init=False, repr=False, compare=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.by_id = {e.id: e for e in self.entries}
        self._scoped = frozenset(ed for e in self.entries for ed, _ in e.edition_names)

    def entries_of(self, kinds: tuple[str, ...], edition: str | None) -> list[Entry]:
        return [e.for_edition(edition) for e in self.entries if e.kind in kinds and e.valid_for(edition)]

    def scope(self, edition: str | None) -> str | None:
        """The edition when some aliases hold for it alone (matches are then its own), else None."""
        return edition if edition in self._scoped else None

    def kinds_at(self, table_id: str, axis: str) -> tuple[str, ...]:
        """Kinds that can occur on this axis of this table; the first matching rule wins,
        so a specific rule placed above a general one overrides it. Measures are looked for
        apart (`measured`): a column names an entity and a measure at once."""
        table_id = whole_id(table_id)   # a second piece holds what the table holds
        for position in self.positions:
            if (position.axis == axis and position.table_id.fullmatch(table_id)
                    and position.kinds != (MEASURE,)):
                return position.kinds
        return ()

    def measured(self, table_id: str) -> bool:
        """The columns of this table are matched to measures (positions.csv rules of kind measure)."""
        return MEASURE in self.kinds and any(
            position.kinds == (MEASURE,) and position.table_id.fullmatch(whole_id(table_id))
            for position in self.positions)

    def is_not_entity(self, normalised: str, table_id: str = "", axis: str = "") -> bool:
        for rule in self.not_entities:
            if rule.axis and rule.axis != axis:      # axis-bound rules need that axis
                continue
            if rule.table_id is not None and not rule.table_id.fullmatch(table_id):
                continue
            if rule.pattern.search(normalised):
                return True
        return False


def _read(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as handle:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(handle)]


def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split("|") if part.strip())


def _load_kinds(directory: Path) -> dict[str, Kind]:
    kinds: dict[str, Kind] = {}
    for row in _read(directory / "kinds.csv"):
        pattern = re.compile(row["code_pattern"], re.IGNORECASE) if row["code_pattern"] else None
        suffixes = tuple(normalise(s) for s in _split(row["strip_suffixes"]))
        fuzzy = row.get("fuzzy", "yes").lower() not in ("no", "false", "0")
        strip = re.compile(row["strip_pattern"]) if row.get("strip_pattern") else None
        kinds[row["kind"]] = Kind(row["kind"], row["file"], row["name_zh"], pattern,
                                  row["code_id"], suffixes, fuzzy, row.get("description", ""), strip)
    return kinds


def _load_entries(directory: Path, kind: Kind) -> list[Entry]:
    entries = []
    for row in _read(directory / kind.file):
        aliases = _split(row.get("aliases", ""))
        names = []
        for name in (row["name_zh"], *aliases):
            form = kind.form(normalise(name))
            if form and form not in names:
                names.append(form)
        entries.append(Entry(kind.kind, row["id"], row["name_zh"], row.get("name_en", ""),
                             aliases, frozenset(_split(row.get("editions", ""))), tuple(names)))
    return entries


def _load_positions(directory: Path, kinds: dict[str, Kind]) -> list[Position]:
    positions = []
    for row in _read(directory / "positions.csv"):
        allowed = _split(row["kinds"])
        unknown = [k for k in allowed if k not in kinds]
        if unknown or row["axis"] not in AXES:
            raise ValueError(f"positions.csv: bad rule {row!r} (unknown kinds {unknown})")
        positions.append(Position(re.compile(row["table_id"]), row["axis"], allowed))
    return positions


def _load_not_entities(directory: Path) -> list[NotEntity]:
    path = directory / "not_entities.csv"
    if not path.exists():
        return []
    return [NotEntity(re.compile(row["pattern"]),
                      re.compile(row["table_id"]) if row["table_id"] else None, row["axis"])
            for row in _read(path)]


def _with_accepted_aliases(directory: Path, kinds: dict[str, Kind], entries: list[Entry]) -> list[Entry]:
    """Entries with the aliases of aliases.csv: for every edition, or for the editions listed."""
    path = directory / ALIASES_FILE
    if not path.exists():
        return entries
    by_id = {e.id: i for i, e in enumerate(entries)}
    for row in _read(path):
        if row["id"] not in by_id:
            raise ValueError(f"{path}: alias {row['alias']!r} names id {row['id']!r}, which no registry file defines")
        entry = entries[by_id[row["id"]]]
        form = kinds[entry.kind].form(normalise(row["alias"]))
        if not form:
            continue
        editions = _split(row.get("editions", ""))
        if editions:
            extra = tuple((ed, form) for ed in editions if (ed, form) not in entry.edition_names)
            entry = dataclasses.replace(entry, edition_names=entry.edition_names + extra)
        elif form not in entry.names:
            entry = dataclasses.replace(entry, aliases=entry.aliases + (row["alias"],), names=entry.names + (form,))
        entries[by_id[row["id"]]] = entry
    return entries


def load_registry(path: str | Path | None = None) -> Registry:
    """Read the registry folder (default `registry_dir()`). Ids must be unique across
    kinds, since a facts row carries the id alone."""
    directory = Path(path) if path else registry_dir()
    kinds = _load_kinds(directory)
    entries = [e for kind in kinds.values() for e in _load_entries(directory, kind)]
    seen: set[str] = set()
    for entry in entries:
        if entry.id in seen:
            raise ValueError(f"registry: id {entry.id!r} is defined twice")
        seen.add(entry.id)
    entries = _with_accepted_aliases(directory, kinds, entries)
    return Registry(kinds, entries, _load_positions(directory, kinds), _load_not_entities(directory))
