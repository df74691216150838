"""Lists of other articles' titles under a page's article (推荐阅读, 往期回顾, 相关新闻 …): chrome, whose titles name
officials (市长某某到经开区调研…) in articles the page does not hold. Split from :mod:`extract.chrome`, which calls it.
"""

from __future__ import annotations

#: Letters of a list heading's decoration (▼ 推荐阅读 ▼, 【相关阅读】, 推荐阅读：).
_HEAD_MARKS = " ▼▽◆◇●○■□★☆【】[]|｜：:·•—-"
#: A digital edition's list of the page's own titles, cut short (标题导航 / 柯某到高新区调研时…): read above the
#: articles too, its entries only the lines that end cut (the articles' own titles follow whole).
_NAV_HEADS = frozenset({"标题导航", "本版标题导航"})
#: The longest title line read as an entry of such a list.
_LIST_TITLE_MAX = 60


def listed_titles(
    text: str, lines: list[tuple[int, int, str | None]], head: int, heads: frozenset[str]
) -> list[tuple[int, int]]:
    """The title lines under a list heading (``heads``: 推荐阅读, 往期回顾 …) below the article's first line (index
    ``head``), as spans, the heading's own line too when it is no chrome yet: the lines after it that are no sentence
    (no 。！？；, at most :data:`_LIST_TITLE_MAX` letters), up to the first that is one or is chrome of another kind.
    Above the article such a heading may stand over the article's own title, so it is read below only."""
    if not any(h in text for h in heads | _NAV_HEADS):
        return []
    extra = []
    listing = cut_only = False
    for i, (s, e, kind) in enumerate(lines):
        line = text[s:e]
        word = line.strip(_HEAD_MARKS)
        if (i > head and word in heads) or word in _NAV_HEADS:
            listing, cut_only = True, word in _NAV_HEADS
            if kind is None:
                extra.append((s, e))  # the heading too: no body runs on into it
            continue
        if not listing:
            continue
        if kind is None and len(line) <= _LIST_TITLE_MAX and not any(p in line for p in "。！？；") and (
                not cut_only or line.endswith(("…", "..."))):
            extra.append((s, e))
        else:
            listing = False
    return extra


def listed_summaries(text: str, lines: list[tuple[int, int, str | None]]) -> list[tuple[int, int, str | None]]:
    """``lines`` with the summary under a list's entry made part of the list: a line between two entries (· 某某调研…
    2021-09-18 / 　9月18日，县长某某深入…… / · …), cut short with an ellipsis, is no article of its own."""
    out = list(lines)
    for i in range(1, len(lines) - 1):
        s, e, kind = lines[i]
        if kind is None and lines[i - 1][2] == "list" and lines[i + 1][2] == "list" and text[s:e].endswith(("…", "...")):
            out[i] = (s, e, "list")
    return out
