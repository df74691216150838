"""Letter-spaced field labels of an information-disclosure table, written without a colon (``索   引   号　0126…``,
``发 文 日 期　2021-09-10``, ``名　　　　称　…``): the spaces that pad a label to its column's width are taken out, so
that :mod:`extract.chrome` reads the label as the word it is. Only a run of single letters each standing alone between
spaces whose letters make a label is joined; an article's text has no such runs."""

from __future__ import annotations

import re
from collections.abc import Set

#: Two to five Han letters, each alone, parted by spaces (normalised text: 　 is a space).
_SPACED_RE = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff](?: +[\u4e00-\u9fff](?![\u4e00-\u9fff])){1,4}")


def join_spaced_labels(line: str, labels: Set[str]) -> str:
    """``line`` with each letter-spaced run that spells one of ``labels`` written whole (``发 文 日 期`` → ``发文日期``)."""
    if " " not in line:
        return line
    return _SPACED_RE.sub(lambda m: j if (j := m.group().replace(" ", "")) in labels else m.group(), line)
