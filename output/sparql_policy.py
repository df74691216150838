"""What the read-only SPARQL endpoint refuses, decided before a query reaches a worker.

Why a module of its own: the refusals are security decisions (no writes, no outgoing requests, no query
that can crash a worker) and they must be testable without a server.

- SPARQL Update is refused (the endpoint is read-only).
- SERVICE (federated query) is refused on the **parsed** query: pyoxigraph would otherwise fetch any URL a
  client names, making a local endpoint an open proxy. A keyword check on the text cannot be trusted
  (``?o .SERVICE <…>`` slipped past one); the query is parsed with rdflib's SPARQL 1.1 grammar and its parse
  tree searched for a ``ServiceGraphPattern``. A query that rdflib cannot parse is refused if the word
  SERVICE occurs anywhere outside its strings, IRIs and comments (defence in depth: pyoxigraph accepts a
  few forms rdflib does not). A query without that word is no SERVICE call and is not parsed for it.
- Nesting deeper than :data:`MAX_DEPTH` brackets, and text longer than :data:`MAX_QUERY_CHARS`, are refused
  before any parser sees them: pyoxigraph's recursive parser overflows its stack on a few thousand braces
  and kills the worker (``newskg query`` segfaults), and rdflib's parser takes up to 0.4 s per KB (FILTERs).
- A query of more than :data:`MAX_PATTERNS` patterns (triple patterns, path steps and ``{}`` groups counted
  on the parse tree) is refused: pyoxigraph's planner is super-linear in them (100 OPTIONALs: 1.7 s,
  200: 14 s; 100 joined triple patterns: 1.2 s, 200: over 20 s, even on an empty store), so such a query
  would otherwise only end at the time limit. The tree is built only when a bound read from the text in one
  pass (:func:`pattern_bound`) exceeds the limit, so small queries and long FILTERs cost no rdflib parse.

:func:`screen` needs no parser (the server's request threads call it); :func:`verdict` parses (query workers
and ``newskg query`` call it, where the time limit or the user's patience bounds the parse).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

#: Strings, IRIs, comments and escapes, blanked before looking for keywords so that "INSERT" in a literal is no
#: keyword and the ``\)`` of ``ex:a\)`` no bracket.
_OPAQUE = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""' r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"' r"|'(?:[^'\\\n]|\\.)*'"
    r'|<[^<>"{}|^`\\\s]*>' r"|#[^\n]*"
    r"|\\.",  # a backslash escape in a local name (ex:a\)): no bracket, no keyword
    re.S,
)
_PROLOGUE = re.compile(r"\s*(?:(?:PREFIX\s+[^\s:]*:|BASE)\s*)*", re.I)
_UPDATE = re.compile(r"(?:INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", re.I)
#: SERVICE as a word of its own: not part of a prefixed name (``service:p``, ``ex:SERVICE``) or a variable.
_SERVICE_WORD = re.compile(r"(?<![\w?$:])SERVICE(?![\w:])", re.I)
_BRACKETS = re.compile(r"[{}()\[\]]")
#: A bracket, a run of letters between brackets, punctuation and operators (a backslash escape such as the
#: ``\)`` of ``ex:a\)`` is a letter: no bracket), or one other character.
_LEXEME = re.compile(r"""[{}()\[\]]|(?:[^\s{}()\[\];,.<>/|^=!&+*"'\\]|\\.)+|\S""")
#: Words that are never a term of a triple pattern (``a`` is one: rdf:type).
_KEYWORDS = frozenset("""select construct describe ask where from named prefix base distinct reduced as filter
optional union minus graph service silent bind values undef exists not in order by asc desc group having limit
offset""".split())
_BARE_WORD = re.compile(r"[A-Za-z_]\w*")

#: Deepest bracket nesting accepted ({ ( [ together).
MAX_DEPTH = 64
#: Longest query text accepted, in characters (the example queries are under 2,100).
MAX_QUERY_CHARS = 8_192
#: Most patterns accepted: triple patterns + path steps after the first + ``{}`` groups (the examples: ≤ 25).
MAX_PATTERNS = 100

UPDATE_REFUSED = "read-only endpoint: SPARQL Update (INSERT, DELETE, LOAD, CLEAR, DROP, CREATE …) is not accepted"
SERVICE_REFUSED = "SERVICE (federated query) is disabled: this endpoint makes no outgoing requests"
TOO_DEEP = f"query nested too deeply (more than {MAX_DEPTH} brackets)"
TOO_LONG = f"query too long (more than {MAX_QUERY_CHARS} characters)"
TOO_COMPLEX = (f"query too complex (more than {MAX_PATTERNS} triple patterns, path steps and {{}} groups); "
               "split it into smaller queries")


def bare(query: str) -> str:
    """``query`` with its strings, IRIs and comments blanked (same length)."""
    return _OPAQUE.sub(lambda m: " " * len(m.group()), query)


def nesting_depth(query: str) -> int:
    """The deepest nesting of brackets outside strings, IRIs and comments (linear, no parser)."""
    depth = deepest = 0
    for m in _BRACKETS.finditer(bare(query)):
        if m.group() in "{([":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth = max(0, depth - 1)
    return deepest


def _sizes(node: Any) -> Iterator[tuple[str, int]]:
    """``(rule name, patterns it adds)`` for every node of an rdflib parse tree (iteratively)."""
    from rdflib.plugins.sparql.parserutils import CompValue

    stack = [node]
    while stack:
        x = stack.pop()
        if isinstance(x, CompValue):
            if x.name == "TriplesBlock":  # each item is one subject's flattened s p o [p o …] list
                yield x.name, sum(len(t) // 3 for t in x.get("triples", []))
            elif x.name == "PathSequence":
                yield x.name, len(x.get("part", [])) - 1
            else:
                yield x.name, int(x.name == "GroupGraphPatternSub")
            stack.extend(x.values())
        elif isinstance(x, (list, tuple)) or type(x).__name__ == "ParseResults":
            stack.extend(x)


@lru_cache(maxsize=256)
def _parsed(query: str) -> tuple[frozenset[str], int] | str:
    """The rule names and pattern count of ``query``'s rdflib parse tree; ``"recursion"`` when rdflib's
    recursive parser gave up (a few hundred patterns in a row), ``"unparsed"`` when rdflib cannot parse it."""
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        tree = parseQuery(query)
    except RecursionError:
        return "recursion"
    except (ParseException, ValueError, TypeError):
        return "unparsed"
    names, patterns = set(), 0
    for name, n in _sizes(tree):
        names.add(name)
        patterns += n
    return frozenset(names), patterns


def warm_up() -> None:
    """Import and build rdflib's SPARQL grammar (about a second) before the first query needs it."""
    _parsed("ASK {}")


def federated(query: str) -> bool:
    """Whether ``query`` asks for a SERVICE call, decided on its parse tree."""
    parsed = _parsed(query)
    if isinstance(parsed, str):
        return bool(_SERVICE_WORD.search(bare(query)))
    return "ServiceGraphPattern" in parsed[0]


def pattern_count(query: str) -> int | None:
    """Triple patterns + path steps after the first + ``{}`` groups of ``query``; None if rdflib cannot parse it."""
    parsed = _parsed(query)
    if parsed == "recursion":
        return MAX_PATTERNS + 1
    return None if isinstance(parsed, str) else parsed[1]


def refusal(query: str) -> str | None:
    """Why the endpoint refuses ``query`` with 403 (an update or a SERVICE call), or None."""
    text = bare(query)
    if _UPDATE.match(text, _PROLOGUE.match(text).end()):
        return UPDATE_REFUSED
    if not _SERVICE_WORD.search(text):  # pyoxigraph reads no SERVICE without the word (it expands no \u escapes)
        return None
    if len(query) > MAX_QUERY_CHARS or nesting_depth(query) > MAX_DEPTH:  # no parser gets it; the word decides
        return SERVICE_REFUSED
    return SERVICE_REFUSED if federated(query) else None


def malformed(query: str) -> str | None:
    """Why ``query`` is refused with 400 before any parser sees it (too deeply nested, too long, braces for
    far more groups than :data:`MAX_PATTERNS`), or None."""
    if len(query) > 4 * MAX_QUERY_CHARS:  # far too long: not even scanned (a 1 MiB body takes ~0.3 s)
        return TOO_LONG
    if nesting_depth(query) > MAX_DEPTH:
        return TOO_DEEP
    if len(query) > MAX_QUERY_CHARS:
        return TOO_LONG
    if bare(query).count("{") > 2 * MAX_PATTERNS:  # each group is a pattern (a few braces are not: VALUES …)
        return TOO_COMPLEX
    return None


def too_complex(query: str) -> str | None:
    """Why ``query`` is refused with 400 on its parse tree (too many patterns), or None; call after
    :func:`malformed`. Parsed only when :func:`pattern_bound` exceeds the limit."""
    if pattern_bound(query) <= MAX_PATTERNS:
        return None
    n = pattern_count(query)
    return TOO_COMPLEX if n is not None and n > MAX_PATTERNS else None


def pattern_bound(query: str) -> int:
    """An upper bound of :func:`pattern_count` read from the text in one pass, so that most queries need no
    parse: each group is a brace; each triple pattern or path step needs a term of its own, and a collection
    element (a term, ``()`` or ``[]``) adds at most three; terms inside expressions (``FILTER (…)``,
    ``BIND (…)``, ``(COUNT(*) AS ?n)``) are no patterns, except inside an ``EXISTS {…}`` group."""
    text = _OPAQUE.sub(lambda m: {"#": " ", "\\": "_"}.get(m.group()[0], " 0 "), query)  # IRIs, strings: a term
    stack: list[str] = []  # "g" group, "e" expression, "c" collection or blank node
    bound, prev = 0, ""
    for m in _LEXEME.finditer(text):
        tok, expr = m.group(), bool(stack) and stack[-1] == "e"
        if tok == "{":
            stack.append("g")
            bound += 1
        elif tok in "([":
            opens_expr = expr or (tok == "(" and _BARE_WORD.fullmatch(prev) is not None and prev != "a")
            stack.append("e" if opens_expr else "c")
            bound += 0 if opens_expr else 3
        elif tok in ")]}":
            if stack:
                stack.pop()
        elif not expr and tok.lower() not in _KEYWORDS and (tok[0].isalnum() or tok[0] in "?$:_@"):
            bound += 3
        prev = tok
    return bound


def screen(query: str) -> tuple[int, str] | None:
    """The refusal that needs no parser: ``(403, why)`` for an update, ``(400, why)`` for a text too long or
    too deeply nested; None to go on."""
    text = bare(query[:4 * MAX_QUERY_CHARS + 1])  # enough to see an update's keyword
    if _UPDATE.match(text, _PROLOGUE.match(text).end()):
        return 403, UPDATE_REFUSED
    why = malformed(query)
    return (400, why) if why else None


def verdict(query: str) -> tuple[int, str] | None:
    """Every refusal, the parsed ones too: :func:`screen`, then SERVICE (403), then too many patterns (400)."""
    first = screen(query)
    if first:
        return first
    why = refusal(query)
    if why:
        return 403, why
    why = too_complex(query)
    return (400, why) if why else None
