"""Running SPARQL on the graph: ad-hoc or saved queries, parameters bound as RDF terms, result formats."""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.errors import QueryError
from kg.export.turtle import TurtleFormatter
from kg.graph import PREFIXES
from kg.vocab import schema_dir

FORMATS = ("table", "csv", "tsv", "json")


@dataclass(frozen=True)
class SavedQuery:
    """A named query from ``schema/queries/NAME.rq``; its leading ``#`` comment says what it answers.

    Lines ``# @param NAME: what it is`` declare parameters; their values replace the variable
    ``?NAME`` as RDF terms (written into the query as escaped N-Triples terms by ``inline``, or
    SPARQL substitution; either needs ``?NAME`` in the SELECT clause), never as raw text. A parameter
    whose description ends in ``(default: VALUE)`` is optional; the others must be given.
    """

    name: str
    path: Path
    description: str
    params: dict[str, str]
    text: str
    defaults: dict[str, str] = field(default_factory=dict)


def saved_queries(directory: Path | None = None) -> dict[str, SavedQuery]:
    """Every saved query by name."""
    d = directory or schema_dir() / "queries"
    out: dict[str, SavedQuery] = {}
    for path in sorted(d.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        desc: list[str] = []
        params: dict[str, str] = {}
        defaults: dict[str, str] = {}
        for line in text.splitlines():
            if not line.startswith("#"):
                break
            body = line.lstrip("#").strip()
            m = re.match(r"@param\s+(\w+)\s*:\s*(.*)", body)
            if m:
                params[m.group(1)] = m.group(2)
                default = re.search(r"\(default:\s*([^()]*)\)\s*$", m.group(2))
                if default:
                    defaults[m.group(1)] = default.group(1).strip()
            elif body:
                desc.append(body)
        out[path.stem] = SavedQuery(path.stem, path, " ".join(desc), params, text, defaults)
    return out


def term_for(value: str) -> ox.NamedNode | ox.Literal:
    """A parameter value as an RDF term: ``<IRI>`` or a known ``prefix:name`` is an IRI, anything else a string."""
    if value.startswith("<") and value.endswith(">"):
        try:
            return ox.NamedNode(value[1:-1])
        except ValueError as e:
            raise QueryError(f"invalid IRI {value!r}: {e}") from None
    m = re.fullmatch(r"([a-z][a-z0-9]*):([A-Za-z0-9_][A-Za-z0-9_.-]*)", value)
    if m and m.group(1) in PREFIXES:
        return ox.NamedNode(PREFIXES[m.group(1)] + m.group(2))
    return ox.Literal(value)


@dataclass(frozen=True)
class QueryResult:
    """Rows of a SELECT, the answer of an ASK, or the triples of a CONSTRUCT/DESCRIBE."""

    variables: tuple[str, ...] = ()
    rows: tuple[tuple[ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | None, ...], ...] = ()
    boolean: bool | None = None
    triples: tuple[ox.Triple, ...] = ()
    graph: bool = False  # a CONSTRUCT or DESCRIBE: its triples, possibly none


def run(store: ox.Store, text: str, params: dict[str, str] | None = None) -> QueryResult:
    """Evaluate a query; ``params`` bind variables (by name, without ``?``) to terms.

    The bound variables are left out of the result's columns: each would repeat its value on every row. Where
    ``inline`` can, the terms are written into the query in place of the variables, which Oxigraph plans from;
    otherwise they are passed as ``substitutions=`` (the same answer, planned without them).
    """
    subs: dict[ox.Variable, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple] = {
        ox.Variable(k): term_for(v) for k, v in (params or {}).items()
    }
    res = None
    if subs and all(isinstance(t, (ox.NamedNode, ox.Literal)) for t in subs.values()):
        inlined = inline(text, {v.value: str(t) for v, t in subs.items()})
        if inlined is not None:
            try:
                res = store.query(inlined, prefixes=PREFIXES)
            except SyntaxError:  # a constant where SPARQL wants a variable; or the user's error, reported below
                res = None
            except (OSError, RuntimeError) as e:
                raise QueryError(f"query failed: {e}") from None
    try:
        if res is None:
            res = store.query(text, prefixes=PREFIXES, substitutions=subs or None)
    except SyntaxError as e:
        raise QueryError(f"SPARQL syntax error: {syntax_message(text, str(e))}") from None
    except (OSError, RuntimeError) as e:  # RuntimeError: e.g. a substituted variable the query does not select
        raise QueryError(f"query failed: {e}") from None
    if isinstance(res, ox.QueryBoolean):
        return QueryResult(boolean=bool(res))
    if isinstance(res, ox.QuerySolutions):
        return _solutions(res, frozenset(params or ()))
    return QueryResult(triples=tuple(res), graph=True)


def _solutions(res: ox.QuerySolutions, bound: frozenset[str]) -> QueryResult:
    """The rows of a SELECT without the ``bound`` columns.

    A solution iterates over its values in the order of the variables: taking them all at once and
    keeping the wanted positions costs half to a third of looking each value up by name (0.9 -> 0.5 ms
    for 200 rows, 2.5 -> 0.8 ms for 618, where the store takes 3-20 ms for the query itself).
    """
    variables = tuple(v.value for v in res.variables)
    keep = tuple(i for i, name in enumerate(variables) if name not in bound)
    names = tuple(variables[i] for i in keep)
    if len(keep) == len(variables):
        return QueryResult(variables=names, rows=tuple(map(tuple, res)))
    return QueryResult(variables=names, rows=tuple(tuple(row[i] for i in keep) for row in map(tuple, res)))


QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
UPDATE_FORMS = ("INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH")
_PROLOGUE = re.compile(r"(?:\s+|#[^\n]*|(?i:PREFIX)\s+[^\s:]*:\s*<[^>]*>|(?i:BASE)\s*<[^>]*>)*")


def syntax_message(text: str, message: str, predeclared: dict[str, str] = PREFIXES) -> str:
    """What is wrong with a query Oxigraph cannot parse, said in terms a user can act on.

    Oxigraph reports a misspelt or missing query form as "expected CONSTRUCT" and an undeclared prefix as a
    list of expected characters; an update (INSERT, DROP ...) is no query at all.
    """
    word = re.match(r"[A-Za-z]*", text[_PROLOGUE.match(text).end() :]).group(0)  # type: ignore[union-attr]
    if word.upper() in UPDATE_FORMS:
        return f"{word.upper()} is a SPARQL update; queries here are read-only ({', '.join(QUERY_FORMS)})"
    if word.upper() not in QUERY_FORMS:
        return f"a query starts with {', '.join(QUERY_FORMS[:-1])} or {QUERY_FORMS[-1]}" + (f", not {word!r}" if word else "")
    m = re.match(r"error at (\d+):(\d+): expected one of Prefix not found", message.strip())
    if m:
        known = f"; predeclared: {', '.join(sorted(predeclared))}" if predeclared else ""
        return f"undeclared prefix at line {m.group(1)}, column {m.group(2)} (declare it with PREFIX{known})"
    return _short(message)


def _short(message: str) -> str:
    """Oxigraph's parse errors list every expected token over many lines: keep where and the gist."""
    first = message.strip().split("\n", 1)[0]
    m = re.match(r"error at (\d+):(\d+): expected one of", first)
    if m:
        return f"unexpected input at line {m.group(1)}, column {m.group(2)}"
    return first[:300]


# A SPARQL token: a comment, a string (the four quote forms, with escapes), an IRI, a variable, a word (keyword,
# prefixed name with its escapes, number, blank node label), or any other single character. Only variables are
# ever rewritten: what sits inside a comment, a string, an IRI or a prefixed name (``ex:a\?b``) is copied as is.
_TOKEN = re.compile(
    r"""(?P<comment>\#[^\n\r]*)
    |(?P<string>'''(?:(?:'|'')?(?:[^'\\]|\\.))*'''|\"\"\"(?:(?:"|"")?(?:[^"\\]|\\.))*\"\"\"
       |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
    |(?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    |(?P<var>[?$][\w\u00b7\u0300-\u036f\u203f\u2040]+)
    |(?P<word>(?:[\w\u00b7\u0300-\u036f\u203f\u2040.:\-]|\\.|%[0-9A-Fa-f]{2})+)
    |(?P<other>\s+|.)""",
    re.VERBOSE | re.DOTALL,
)
_MODIFIER_END = frozenset(("LIMIT", "OFFSET", "HAVING", "VALUES", "ORDER", "GROUP", "SELECT", "WHERE"))


def inline(text: str, terms: dict[str, str]) -> str | None:
    """A SELECT query with each bound variable written as its term, or None where that is not the same query.

    ``terms`` maps variable names (without ``?``) to serialized RDF terms (``str()`` of a pyoxigraph term: escaped
    N-Triples forms, so a value can never close a string or add a pattern). This is what Oxigraph's
    ``substitutions=`` means (the variable is replaced in the query's scope and in the sub-selects that project
    it, not in those where it is another, local variable), but with constants in the text its join planner
    starts from them: link-evidence on 10,000 papers answers in 0.07 s, where the substituted query computes the
    context of every mention first (3-10 s). A bound variable projected plainly leaves the projection (``run``
    drops its column anyway); in GROUP BY or ORDER BY it becomes ``(term)``, a constant key. The query stays
    with ``substitutions=`` (None here) when it is no SELECT, when the top level does not project every bound
    variable (Oxigraph's error), when a bound variable is assigned (``AS ?x``, ``VALUES``) or when a projection
    would be left empty. A constant where SPARQL allows no term (``GRAPH "x"``, a predicate) fails to parse: the
    caller falls back then too.
    """
    plan = _plan(text, frozenset(terms))
    if plan is None:
        return None
    return "".join(p if isinstance(p, str) else f"({terms[p[0]]})" if p[1] else terms[p[0]] for p in plan)


@functools.lru_cache(maxsize=64)
def _plan(text: str, names: frozenset[str]) -> tuple[str | tuple[str, bool], ...] | None:
    """``inline``'s work, done once per query text: the text cut around each place a term goes, ``(name, in
    parentheses)``, or None. Kept for the next call with the same text (kg html asks a query per paper drawn)."""
    toks = [(m.lastgroup, m.group()) for m in _TOKEN.finditer(text)]
    sig = [i for i, (kind, tok) in enumerate(toks) if kind != "comment" and not (kind == "other" and tok.isspace())]
    words = {i: toks[i][1].upper() for i in sig if toks[i][0] == "word"}
    first = next((words[i] for i in sig if words.get(i) in QUERY_FORMS), None)
    if first != "SELECT":
        return None
    out: list[str | tuple[str, bool]] = [t for _, t in toks]
    # "FILTER(?a<?v&&?v>1)" reads as an IRI here, as SPARQL's own tokens would, where Oxigraph's parser sees
    # two comparisons: a bound variable inside an IRI is left to substitutions=
    if any(kind == "iri" and set(re.findall(r"[?$]([\w\u00b7]+)", tok)) & names for kind, tok in toks):
        return None
    scopes: list[tuple[frozenset[str], int]] = []  # (variables replaced in this scope, brace depth it closes at)
    depth = paren = 0
    modifier: int | None = None  # paren depth of a GROUP BY / ORDER BY clause being read
    in_values = False
    prev = ""
    k = 0
    while k < len(sig):
        i = sig[k]
        kind, tok = toks[i]
        word = words.get(i, "")
        if word == "SELECT":
            parent = scopes[-1][0] if scopes else names
            # the projection: up to WHERE or the group's "{"
            j, p, plain, star, items = k + 1, 0, set(), False, 0
            while j < len(sig):
                jk, jt = toks[sig[j]]
                if p == 0 and (jt == "{" or words.get(sig[j]) == "WHERE"):
                    break
                if jt == "(":
                    p += 1
                    items += p == 1
                elif jt == ")":
                    p -= 1
                elif jt == "*" and p == 0:
                    star = True
                elif jk == "var":
                    if p == 0:
                        plain.add(jt[1:])
                        items += 1
                    elif words.get(sig[j - 1]) == "AS" and jt[1:] in parent:
                        return None
                j += 1
            if not scopes and not names <= plain and not star:
                return None
            active = frozenset(v for v in parent if v in plain or star)
            if not star and items == len(plain & active):
                return None
            for x in range(k + 1, j):
                jk, jt = toks[sig[x]]
                if jk == "var" and jt[1:] in active:
                    out[sig[x]] = "" if _paren_at(toks, sig, k + 1, x) == 0 else (jt[1:], False)
            scopes.append((active, depth))
            modifier, in_values = None, False
            prev, k = "", j
            continue
        if tok == "{":
            depth += 1
            modifier, in_values = None, False
        elif tok == "}":
            depth -= 1
            while len(scopes) > 1 and depth < scopes[-1][1]:
                scopes.pop()
            modifier = None
        elif tok == "(":
            paren += 1
        elif tok == ")":
            paren -= 1
        elif word in ("GROUP", "ORDER"):
            modifier, in_values = paren, False
        elif word == "VALUES":
            in_values, modifier = True, None
        elif word in _MODIFIER_END:
            modifier = None
        elif kind == "var" and scopes and tok[1:] in scopes[-1][0]:
            if prev == "AS" or in_values:
                return None
            out[i] = (tok[1:], modifier is not None and paren == modifier)
        prev = word
        k += 1
    # consecutive text joined: filling the plan in is a join of a few pieces
    plan: list[str | tuple[str, bool]] = []
    for piece in out:
        if isinstance(piece, str) and plan and isinstance(plan[-1], str):
            plan[-1] += piece
        else:
            plan.append(piece)
    return tuple(plan)


def _paren_at(toks: list[tuple[str | None, str]], sig: list[int], start: int, end: int) -> int:
    p = 0
    for x in range(start, end):
        t = toks[sig[x]][1]
        p += (t == "(") - (t == ")")
    return p


def run_saved(store: ox.Store, name: str, params: dict[str, str] | None = None) -> QueryResult:
    """Evaluate a saved query, checking its parameters."""
    queries = saved_queries()
    if name not in queries:
        raise QueryError(f"no saved query {name!r} (known: {', '.join(sorted(queries))})")
    q = queries[name]
    unknown = set(params or {}) - set(q.params)
    if unknown:
        known = ", ".join(q.params) or "none"
        raise QueryError(f"saved query {name!r} has no parameter {', '.join(sorted(unknown))} (has: {known})")
    bound = {**q.defaults, **(params or {})}
    missing = [p for p in q.params if p not in bound]
    if missing:
        raise QueryError(f"saved query {name!r} needs {' '.join(f'--param {p}=...' for p in missing)} ({q.params[missing[0]]})")
    return run(store, q.text, bound)


# ?value is selected so that run() can write the value into the text (inline): a constant Oxigraph plans from
NAMES_ANYTHING = """SELECT ?x ?value WHERE {
  { ?x skos:prefLabel|skos:altLabel|skos:hiddenLabel ?name } UNION { ?x dcterms:identifier|kg:arxivId|dcterms:title ?name }
  FILTER(LCASE(STR(?name)) = LCASE(STR(?value)))
} LIMIT 1"""


def unknown_names(store: ox.Store, params: dict[str, str]) -> list[str]:
    """The parameters whose value (a string, not an IRI) is no entity label or alias and no paper id, arXiv id or title.

    A saved query given such a value ("jetson nao") matches nothing and returns no row: worth a word, as an
    empty answer reads like "no paper does this".
    """
    return [
        name
        for name, value in sorted(params.items())
        if isinstance(term_for(value), ox.Literal) and not run(store, NAMES_ANYTHING, {"value": value}).rows
    ]


def _plain(t: object | None) -> str:
    if t is None:
        return ""
    if isinstance(t, (ox.NamedNode, ox.Literal, ox.BlankNode)):
        return t.value
    return str(t)


def _json_term(t: object) -> dict[str, object]:
    """A term as SPARQL 1.1 JSON results write it (with SPARQL 1.2's triple terms and base direction, as Oxigraph does)."""
    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    if isinstance(t, ox.Literal):
        d: dict[str, object] = {"type": "literal", "value": t.value}
        if t.language:
            d["xml:lang"] = t.language
            if t.direction:
                d["its:dir"] = str(t.direction)
        elif t.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            d["datatype"] = t.datatype.value
        return d
    assert isinstance(t, ox.Triple), t
    return {"type": "triple", "value": {k: _json_term(getattr(t, k)) for k in ("subject", "predicate", "object")}}


def _json(result: QueryResult, indent: int | None = None) -> str:
    rows = [{v: _json_term(t) for v, t in zip(result.variables, row, strict=True) if t is not None} for row in result.rows]
    doc = {"head": {"vars": list(result.variables)}, "results": {"bindings": rows}}
    return json.dumps(doc, ensure_ascii=False, indent=indent, separators=None if indent else (",", ":"))


def _sparql_text(result: QueryResult, fmt: ox.QueryResultsFormat) -> str:
    """SPARQL 1.1 CSV or TSV results written by Oxigraph's own writer, the one ``kg serve`` answers with: the same bytes.

    The rows are handed over as SPARQL JSON results (lossless: every term kind, blank node labels kept). TSV: a
    header of ``?names``, each term in its N-Triples form, tabs and line breaks escaped in literals, ``\\n`` line ends.
    CSV: a header of bare names, each term as its plain value (an IRI, a literal's lexical form without language
    or datatype, a blank node as ``_:label``), quoted where it holds a comma, a quote or a line break, ``\\r\\n``
    line ends (RFC 4180).
    """
    parsed = ox.parse_query_results(_json(result).encode("utf-8"), format=ox.QueryResultsFormat.JSON)
    assert isinstance(parsed, ox.QuerySolutions)
    data = parsed.serialize(format=fmt)
    assert data is not None
    return data.decode("utf-8")


def _boolean(answer: bool, fmt: str) -> str:
    """An ASK answer. CSV and TSV: ``true`` or ``false`` with no line end, the bytes ``kg serve`` (Oxigraph) answers;
    SPARQL 1.1 defines CSV and TSV results for SELECT only. JSON: the SPARQL JSON boolean result; table: a line."""
    doc = json.dumps({"head": {}, "boolean": answer})
    if fmt == "json":
        return doc + "\n"
    if fmt in _TEXT_FORMATS:
        parsed = ox.parse_query_results(doc.encode("utf-8"), format=ox.QueryResultsFormat.JSON)
        assert isinstance(parsed, ox.QueryBoolean)
        data = parsed.serialize(format=_TEXT_FORMATS[fmt])
        assert data is not None
        return data.decode("utf-8")
    return "true\n" if answer else "false\n"


_TEXT_FORMATS = {"csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}


# what a table cell shows as one space: a carriage return would send the terminal's cursor back over the row, a tab
# jump past the column; other control characters show as U+FFFD (CSV, TSV and JSON keep every character)
_LINE_BREAKS = re.compile(r"[\t\n\v\f\r\x1c-\x1f\x85\u2028\u2029]+")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")


def _char_width(c: str) -> int:
    """Columns a terminal gives a character: 0 for a combining mark or a zero-width format character, 2 for a wide one."""
    if unicodedata.combining(c) or unicodedata.category(c) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(c) in ("W", "F") else 1


def _width(text: str) -> int:
    return len(text) if text.isascii() else sum(_char_width(c) for c in text)


def _clip(text: str, limit: int) -> str:
    """TEXT with control characters replaced, cut to ``limit`` columns ("..." ending a longer one, never inside a
    character and its combining marks)."""
    text = _CONTROL.sub("\ufffd", text)
    if _width(text) <= limit:
        return text
    used, cut = 0, 0
    for i, c in enumerate(text):
        w = _char_width(c)
        if w and used + w > limit - 3:
            break
        used += w
        cut = i + 1
    return text[:cut] + "..."


def render(result: QueryResult, fmt: str = "table") -> str:
    """Format a result: an aligned table, or SPARQL 1.1 CSV (plain values), TSV or JSON results (RDF terms kept)."""
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r} (known: {', '.join(FORMATS)})")
    if result.boolean is not None:
        return _boolean(result.boolean, fmt)
    if result.graph:
        if fmt != "table":
            raise QueryError(
                f"--format {fmt} is for SELECT and ASK; CONSTRUCT and DESCRIBE print N-Triples "
                "(kg export and kg serve give other RDF formats)"
            )
        from kg.export.turtle import ntriples_lines
        from kg.graph import Lit

        def conv(t: object) -> object:
            if isinstance(t, ox.Literal):
                dt = t.datatype.value
                return Lit(t.value, None if t.language or dt.endswith("#string") else dt, t.language)
            return t.value if isinstance(t, (ox.NamedNode, ox.BlankNode)) else str(t)

        return "".join(sorted(set(ntriples_lines((conv(t.subject), conv(t.predicate), conv(t.object)) for t in result.triples))))  # type: ignore[misc]
    if fmt == "json":
        return _json(result, indent=1) + "\n"
    if fmt in _TEXT_FORMATS:
        return _sparql_text(result, _TEXT_FORMATS[fmt])
    fmtr = TurtleFormatter()

    def cell(t: object | None) -> str:
        if t is None:
            return ""
        if isinstance(t, ox.NamedNode):
            return fmtr.name(t.value)
        if isinstance(t, ox.BlankNode):  # as CSV writes it: a label alone reads as a string
            return "_:" + t.value
        return _clip(_LINE_BREAKS.sub(" ", _plain(t)), 80)

    table = [list(result.variables)] + [[cell(t) for t in row] for row in result.rows]
    widths = [max(_width(r[i]) for r in table) for i in range(len(result.variables))]
    lines = ["  ".join(c + " " * (w - _width(c)) for c, w in zip(r, widths, strict=True)).rstrip() for r in table]
    lines.insert(1, "  ".join("-" * w for w in widths))
    lines.append(f"({len(result.rows)} row{'s' if len(result.rows) != 1 else ''})")
    return "\n".join(lines) + "\n"
