"""What the read-only SPARQL endpoint refuses, decided before a query reaches a worker.

Why a module of its own: the refusals are security decisions (no writes, no outgoing requests, no query
that can crash a worker) and they must be testable without a server.

- SPARQL Update is refused (the endpoint is read-only).
- SERVICE (federated query) is refused on the **parsed** query: pyoxigraph would otherwise fetch any URL a
  client names, making a local endpoint an open proxy. A keyword check on the text cannot be trusted
  (``?o .SERVICE <…>`` slipped past one); the query is parsed with rdflib's SPARQL 1.1 grammar and its parse
  tree searched for a ``ServiceGraphPattern``. A query that rdflib cannot parse is refused if the word
  SERVICE occurs anywhere outside its strings, IRIs and comments (defence in depth: pyoxigraph accepts a
  few forms rdflib does not).
- Nesting deeper than :data:`MAX_DEPTH` brackets is refused before any parser sees it: pyoxigraph's
  recursive parser overflows its stack on a few thousand braces and kills the worker.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

#: Strings, IRIs and comments, blanked before looking for keywords so that "INSERT" in a literal is no keyword.
_OPAQUE = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""' r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"' r"|'(?:[^'\\\n]|\\.)*'"
    r'|<[^<>"{}|^`\\\s]*>' r"|#[^\n]*",
    re.S,
)
_PROLOGUE = re.compile(r"\s*(?:(?:PREFIX\s+[^\s:]*:|BASE)\s*)*", re.I)
_UPDATE = re.compile(r"(?:INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", re.I)
#: SERVICE as a word of its own: not part of a prefixed name (``service:p``, ``ex:SERVICE``) or a variable.
_SERVICE_WORD = re.compile(r"(?<![\w?$:])SERVICE(?![\w:])", re.I)
_BRACKETS = re.compile(r"[{}()\[\]]")

#: Deepest bracket nesting accepted ({ ( [ together).
MAX_DEPTH = 64

UPDATE_REFUSED = "read-only endpoint: SPARQL Update (INSERT, DELETE, LOAD, CLEAR, DROP, CREATE …) is not accepted"
SERVICE_REFUSED = "SERVICE (federated query) is disabled: this endpoint makes no outgoing requests"
TOO_DEEP = f"query nested too deeply (more than {MAX_DEPTH} brackets)"


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


def _names(node: Any) -> Iterator[str]:
    """Every rule name in an rdflib parse tree (iteratively: a deep tree must not recurse)."""
    from rdflib.plugins.sparql.parserutils import CompValue

    stack = [node]
    while stack:
        x = stack.pop()
        if isinstance(x, CompValue):
            yield x.name
            stack.extend(x.values())
        elif isinstance(x, (list, tuple)) or type(x).__name__ == "ParseResults":
            stack.extend(x)


def federated(query: str) -> bool:
    """Whether ``query`` asks for a SERVICE call, decided on its parse tree."""
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        tree = parseQuery(query)
    except (ParseException, RecursionError, ValueError, TypeError):
        return bool(_SERVICE_WORD.search(bare(query)))
    return "ServiceGraphPattern" in set(_names(tree))


def refusal(query: str) -> str | None:
    """Why the endpoint refuses ``query`` with 403 (an update or a SERVICE call), or None."""
    text = bare(query)
    if _UPDATE.match(text, _PROLOGUE.match(text).end()):
        return UPDATE_REFUSED
    if nesting_depth(query) > MAX_DEPTH:  # no parser gets it; the word alone decides
        return SERVICE_REFUSED if _SERVICE_WORD.search(text) else None
    return SERVICE_REFUSED if federated(query) else None


def malformed(query: str) -> str | None:
    """Why ``query`` is refused with 400 before it runs (too deeply nested), or None."""
    if nesting_depth(query) > MAX_DEPTH:
        return TOO_DEEP
    return None
