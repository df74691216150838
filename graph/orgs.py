"""Organ names: where the unit word starts (the root is the place or body it belongs to)."""

from __future__ import annotations

import re

#: Org words that end a unit name; what precedes the first one is the org's root (its zone or city).
_ORG_UNIT_RE = re.compile(
    r"(党工委|管委会|党委|党组|人大工委|政协工委|人大常委会|人大|政协|政府|纪工委|纪委|监委|委|组织部|宣传部|统战部)"
)


def org_root(org: str) -> str:
    """``经开区党工委`` → ``经开区``; ``市委组织部`` → ``市``; an org without a unit word is its own root."""
    m = _ORG_UNIT_RE.search(org)
    if not m:
        return org
    return org[: m.start()] or org[: m.end()][:1]
