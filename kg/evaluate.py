"""Scores entity linking against gold annotations, through the public data contract.

The same measure as the evaluation's ``score.py``: a predicted entity of a paper is correct when one
of its labels (prefLabel, altLabel, rdfs:label), normalised to lower-case letters and digits with a
plural "s" dropped, equals the gold entity's name or one of its mention strings; each gold entity
matches at most one predicted entity. Precision, recall and F1 per kind and micro-averaged.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.errors import InputError

KINDS = {"techniques": "Technique", "hardware": "HardwarePlatform", "benchmarks": "Benchmark", "models": "Model"}
QUERY = """
SELECT ?id ?title ?e ?type ?label WHERE {
  ?p a kg:Paper ; kg:mentions ?e .
  OPTIONAL { ?p dcterms:identifier ?id } OPTIONAL { ?p dcterms:title ?title }
  ?e a ?type . VALUES ?type { kg:Technique kg:HardwarePlatform kg:Benchmark kg:Model }
  OPTIONAL { ?e skos:prefLabel|skos:altLabel|rdfs:label ?label }
}"""

PAPERS_QUERY = (
    "SELECT ?id ?title WHERE { ?p a kg:Paper . OPTIONAL { ?p dcterms:identifier ?id } OPTIONAL { ?p dcterms:title ?title } }"
)


def norm(s: str) -> str:
    """Lower-case letters and digits only, a plural "s" dropped."""
    s = re.sub(r"[^a-z0-9]+", "", s.lower())
    if len(s) > 3 and s.endswith("s") and not s.endswith("ss"):
        s = s[:-1]
    return s


@dataclass(frozen=True)
class Score:
    """Counts and measures for one kind (or micro-averaged over all)."""

    tp: int
    gold: int
    pred: int

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class Evaluation:
    """Scores by kind ("micro" for all), and the errors: (kind, "FP"|"FN", paper id, entity)."""

    scores: dict[str, Score]
    errors: list[tuple[str, str, str, str]] = field(default_factory=list)
    papers_scored: int = 0
    papers_in_graph: int = 0


def read_gold(paths: Iterable[Path]) -> list[dict[str, object]]:
    """Gold annotations, one JSON object per line: an ``id``, and per kind a list of entities with a ``name``
    (and optionally ``mentions``, a list of strings).

    A file that is not UTF-8 JSON of that shape, or files holding no record at all, raise :class:`InputError`
    naming the file and line (a file of abstracts given by mistake is not scored as a gold set of nothing).
    """
    out: list[dict[str, object]] = []
    paths = list(paths)
    for path in paths:
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as e:
            raise InputError(str(path), f"not UTF-8 (byte 0x{e.object[e.start]:02x} at offset {e.start})") from None
        except OSError as e:
            raise InputError(str(path), e.strerror or str(e)) from None
        for i, line in enumerate(text.splitlines(), 1):
            if line.strip():
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as e:
                    raise InputError(
                        str(path), f"invalid JSON: {e.msg.removesuffix(' at')} at column {e.colno}", line=i
                    ) from None
                out.append(_check_gold(record, path, i))
    if not out:
        raise InputError(", ".join(map(str, paths)), "no gold records")
    if not any(k in g for g in out for k in (*KINDS, "results")):
        raise InputError(", ".join(map(str, paths)), f"no record has {', '.join(KINDS)} or results: not a gold file (abstracts?)")
    return out


def _check_gold(record: object, path: Path, line: int) -> dict[str, object]:
    if not isinstance(record, dict) or record.get("id") in (None, ""):
        raise InputError(str(path), "a gold record is a JSON object with an 'id'", line=line)
    rid = str(record["id"])
    for k in KINDS:
        entities = record.get(k) or []
        ok = isinstance(entities, list) and all(
            isinstance(e, dict)
            and "name" in e
            and isinstance(e.get("mentions", []), list)
            and all(isinstance(m, str) for m in e.get("mentions", []))
            for e in entities
        )
        if not ok:
            raise InputError(str(path), f'{k!r} must be a list of {{"name": ..., "mentions": [strings]}}', line=line, record=rid)
    return record


def predictions(store: ox.Store) -> tuple[dict[str, dict[str, dict[str, set[str]]]], dict[str, str]]:
    """Paper key -> kind -> entity IRI -> normalised labels; and normalised title -> paper key."""
    from kg.graph import PREFIXES

    by_id: dict[str, dict[str, dict[str, set[str]]]] = defaultdict(lambda: defaultdict(lambda: defaultdict(set)))
    by_title: dict[str, str] = {}
    solutions = store.query(QUERY, prefixes=PREFIXES)
    assert isinstance(solutions, ox.QuerySolutions)
    for row in solutions:
        pid = row["id"].value if row["id"] else None
        title = row["title"].value if row["title"] else None
        key = pid or "title:" + norm(title or "")
        kind = row["type"].value.rsplit("#", 1)[1]
        labels = by_id[key][kind][row["e"].value]
        if row["label"]:
            labels.add(norm(row["label"].value))
        if title:
            by_title[norm(title)] = key
    return by_id, by_title


def papers_in_graph(store: ox.Store, gold: list[dict[str, object]]) -> int:
    """How many gold papers the graph holds, by id or title (linked or not)."""
    from kg.graph import PREFIXES

    ids: set[str] = set()
    titles: set[str] = set()
    solutions = store.query(PAPERS_QUERY, prefixes=PREFIXES)
    assert isinstance(solutions, ox.QuerySolutions)
    for row in solutions:
        if row["id"]:
            ids.add(row["id"].value)
        if row["title"]:
            titles.add(norm(row["title"].value))
    return sum(1 for g in gold if str(g["id"]) in ids or (g.get("title") and norm(str(g["title"])) in titles))


def evaluate(store: ox.Store, gold: list[dict[str, object]]) -> Evaluation:
    """Score the graph in ``store`` against the gold annotations (a gold paper the graph lacks counts as all missed)."""
    by_id, by_title = predictions(store)
    counts = {k: Counter[str]() for k in KINDS}
    errors: list[tuple[str, str, str, str]] = []
    for g in gold:
        gid = str(g["id"])
        key = gid if gid in by_id else by_title.get(norm(str(g.get("title") or "")))
        pred = by_id.get(key, {}) if key else {}
        for k, kind in KINDS.items():
            entities: list[dict[str, Any]] = list(g.get(k) or [])  # type: ignore[call-overload]
            gold_ents = [{norm(str(e["name"]))} | {norm(m) for m in e.get("mentions", [])} for e in entities]
            pred_ents = sorted(pred.get(kind, {}).items())
            used: set[int] = set()
            for ge in gold_ents:
                hit = next((i for i, (_, labels) in enumerate(pred_ents) if i not in used and labels & ge), None)
                if hit is None:
                    errors.append((k, "FN", gid, sorted(ge)[0]))
                else:
                    used.add(hit)
            errors.extend((k, "FP", gid, iri.rsplit("/", 1)[-1]) for i, (iri, _) in enumerate(pred_ents) if i not in used)
            counts[k].update(tp=len(used), gold=len(gold_ents), pred=len(pred_ents))
    scores = {k: Score(c["tp"], c["gold"], c["pred"]) for k, c in counts.items()}
    total = Counter[str]()
    for c in counts.values():
        total.update(c)
    scores["micro"] = Score(total["tp"], total["gold"], total["pred"])
    return Evaluation(scores, errors, len(gold), papers_in_graph(store, gold))
