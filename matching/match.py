"""One label → one canonical id, or an honest "don't know".

A match is accepted only when it is exact, when a printed code ("3.2", "CMP 10") names
it and the text agrees, or when its score clears THRESHOLD *and* beats the best other
id by MARGIN: a close second means the label is ambiguous and a person should decide.
Everything else goes to review with no id.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from rapidfuzz import fuzz

from extractors.text import clean_text
from matching.normalise import discriminators, normalise
from matching.registry import Entry, Registry

THRESHOLD = 80.0        # fuzzy scores at or above this may be accepted …
MARGIN = 10.0           # … if the best other id scores at least this much lower
MIN_FUZZY_LEN = 3       # shorter labels (专利, D) must match a name or alias exactly
PARTIAL_MIN_LEN = 4     # a substring match counts only for names at least this long,
PARTIAL_MIN_RATIO = 1.2  # inside a text at least this much longer (an affix, not a typo) …
PARTIAL_SLACK = 0.15    # … and is discounted by how little of the longer text it covers
CODE_TEXT_FLOOR = 50.0  # "3.2 …" whose text is this unlike ER3.2 (even as a fragment) is no evidence
DISCRIMINATOR_CAP = 60.0  # 第一期 vs 第二期: alike names, different entities
FREE_TEXT_LEN = 80      # labels longer than this (and any name) are sentences, not names

STATUSES = ("exact", "fuzzy", "review", "none")
_NO_WORDS = re.compile(r"[\d\W_]*")


@dataclass(frozen=True)
class Match:
    """`id` is set only for exact and fuzzy matches; `kind`, `score` and `candidate_id`
    describe the best candidate either way, so a reviewer sees what was nearly chosen."""
    label: str
    normalised: str
    id: str
    kind: str
    score: float
    runner_up_id: str
    runner_up_score: float
    status: str
    candidate_id: str = ""


def similarity(a: str, b: str) -> float:
    """Character-level similarity of two normalised texts, 0-100.

    fuzz.ratio on characters handles rewordings and stray characters; token-based
    scorers would see an unsegmented Chinese label as a single token. partial_ratio
    lets a name be found inside a longer label (a name plus a note), discounted by
    coverage so that a two-character name inside a long label does not win.
    """
    if not a or not b:
        return 0.0
    score = fuzz.ratio(a, b)
    short, long_ = sorted((a, b), key=len)
    # Between texts of about one length, partial_ratio would only forgive a differing
    # first or last character (德国(里斯本) vs 法国(里斯本)): exactly the difference
    # that must count, so it is used for affixes only.
    if len(short) >= PARTIAL_MIN_LEN and len(long_) >= PARTIAL_MIN_RATIO * len(short):
        coverage = min(1.0, len(short) / len(long_) + PARTIAL_SLACK)
        score = max(score, fuzz.partial_ratio(short, long_) * coverage)
    if discriminators(a) != discriminators(b):
        score = min(score, DISCRIMINATOR_CAP)
    return float(score)


@dataclass
class _Candidate:
    entry: Entry
    score: float
    exact: bool


def _score(text: str, entries: list[Entry], registry: Registry, scope: str | None = None) -> list[_Candidate]:
    """Best score per id, best first (shared, not to be modified: cached per registry, and per
    edition where aliases hold for one edition: `scope`)."""
    key = (text, tuple(entry.id for entry in entries), scope)
    if key not in registry.scores:
        registry.scores[key] = _rank(text, entries, registry)
    return registry.scores[key]


def _rank(text: str, entries: list[Entry], registry: Registry) -> list[_Candidate]:
    out = []
    for entry in entries:
        form = registry.kinds[entry.kind].form(text)
        exact = form in entry.names
        score = 100.0 if exact else max(similarity(form, name) for name in entry.names)
        out.append(_Candidate(entry, score, exact))
    return sorted(out, key=lambda c: (-c.score, not c.exact, c.entry.id))


def _result(label: str, norm: str, status: str, best: _Candidate | None,
            runner: _Candidate | None, accept: bool) -> Match:
    return Match(
        label=label, normalised=norm,
        id=best.entry.id if (best and accept) else "",
        kind=best.entry.kind if best else "",
        score=round(best.score, 1) if best else 0.0,
        runner_up_id=runner.entry.id if runner else "",
        runner_up_score=round(runner.score, 1) if runner else 0.0,
        status=status,
        candidate_id=best.entry.id if best else "",
    )


def _coded(cleaned: str, kinds: tuple[str, ...], registry: Registry) -> tuple[str, str] | None:
    """(id named by a printed code, text after the code), e.g. "4.4. 更多…" → ("ER4.4", "更多…")."""
    for kind in kinds:
        spec = registry.kinds[kind]
        found = spec.code_pattern.match(cleaned) if spec.code_pattern else None
        if found:
            return spec.code_id.format(code=found.group("code")), cleaned[found.end():]
    return None


def _match_coded(label: str, norm: str, entity_id: str, rest: str, entries: list[Entry],
                 registry: Registry, scope: str | None = None) -> Match:
    """A printed code is strong evidence: accept its id unless the text clearly names
    another entity, or shares (almost) nothing with the coded one."""
    coded = next((e for e in entries if e.id == entity_id), None)
    if coded is None:           # a code the registry lacks (ER6.1 in a new plan): ask
        return Match(label, norm, "", "", 0.0, "", 0.0, "review", entity_id)
    text = normalise(rest)
    if not text:                # the code alone, as in "3.2" rows of 附件十
        return _result(label, norm, "fuzzy", _Candidate(coded, 100.0, False), None, True)
    ranked = _score(text, entries, registry, scope)
    own = next(c for c in ranked if c.entry.id == entity_id)
    other = next((c for c in ranked if c.entry.id != entity_id), None)
    contradicted = other is not None and other.score >= THRESHOLD and other.score - own.score >= MARGIN
    # With the code as evidence, an abbreviated text ("5.1 组织文化") only has to be
    # consistent with the coded name: a fragment of it counts in full.
    consistent = max(max(fuzz.ratio(text, n), fuzz.partial_ratio(text, n)) for n in coded.names)
    if consistent >= CODE_TEXT_FLOOR and not contradicted:
        return _result(label, norm, "exact" if own.exact else "fuzzy", own, other, True)
    best, runner = (other, own) if contradicted else (own, other)
    return _result(label, norm, "review", best, runner, False)


def is_free_text(norm: str) -> bool:
    """Blank, numbers only, or as long as a sentence: not a name of anything."""
    return not norm or bool(_NO_WORDS.fullmatch(norm)) or len(norm) > FREE_TEXT_LEN


def match_label(label: str, kinds: Iterable[str] | None, registry: Registry,
                edition: str | None = None, *, table_id: str = "", axis: str = "") -> Match:
    """Match one printed label against the entities of the given kinds (all when None).

    `table_id` and `axis` only select the registry's not_entities rules that apply.
    """
    allowed = tuple(kinds) if kinds else tuple(registry.kinds)
    unknown = [kind for kind in allowed if kind not in registry.kinds]
    if unknown:
        raise ValueError(f"unknown entity kinds {unknown}; see schemas/registry/kinds.csv")
    norm = normalise(label)
    entries, scope = registry.entries_of(allowed, edition), registry.scope(edition)
    coded = _coded(clean_text(label or ""), allowed, registry)
    if coded:
        return _match_coded(label, norm, coded[0], coded[1], entries, registry, scope)
    if is_free_text(norm) or registry.is_not_entity(norm, table_id, axis):
        return Match(label, norm, "", "", 0.0, "", 0.0, "none")
    ranked = _score(norm, entries, registry, scope)
    if not ranked:
        return Match(label, norm, "", "", 0.0, "", 0.0, "review")
    best = ranked[0]
    runner = ranked[1] if len(ranked) > 1 else None
    if best.exact:
        # The same printed name registered for two ids of the allowed kinds: ambiguous.
        ambiguous = runner is not None and runner.exact
        return _result(label, norm, "review" if ambiguous else "exact", best, runner, not ambiguous)
    margin = best.score - (runner.score if runner else 0.0)
    accept = (best.score >= THRESHOLD and margin >= MARGIN and len(norm) >= MIN_FUZZY_LEN
              and registry.kinds[best.entry.kind].fuzzy)
    return _result(label, norm, "fuzzy" if accept else "review", best, runner, accept)
