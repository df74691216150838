"""Gold annotations (the format of ``tests/gold/``) and the rules for matching found facts against them.

:func:`load_gold` reads the seven files of a gold folder, grouped by seed file name; the functions after it are the
matching rules that :mod:`newskg.evaluation.extraction` applies per category (names normalised, meeting names by
character-bigram overlap, project names by containment, dates by year and stated days).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

GOLD_FILES = (
    "documents.json",
    "persons.json",
    "post_holdings.jsonl",
    "reporters.jsonl",
    "meetings.jsonl",
    "projects.jsonl",
    "places.jsonl",
)

#: The annotators' event types (the words of gold ``type`` before its parenthesis) as ``Meeting.kind``.
EVENT_TYPES = {
    "meeting": "meeting",
    "inspection": "inspection",
    "ceremony": "ceremony",
    "session": "session",
    "study session": "study",
    "study": "study",
    "lecture": "lecture",
    "activity": "activity",
    "site observation": "activity",
    "press conference": "meeting",  # 新闻发布会: the tool's kinds have no press conference of their own
    "congress": "meeting",  # 妇女代表大会, 工会代表大会: the tool's sessions are only 人大's, 政协's and plenaries
    "reception": "inspection",  # 接访: a leader goes to the petition centre, a visit of the tool's kinds
    "visit": "inspection",  # a trip to another place (赴深圳招商, 考察交流): the tool's kinds have no visit of their own
}

#: Bigram Jaccard at or above which two meeting names overlap.
MEETING_JACCARD = 0.3
#: Shorter/longer length at or above which a contained project name matches.
PROJECT_RATIO = 0.6
#: Body characters compared when pairing articles by prefix.
PREFIX_CHARS = 12

_WS = re.compile(r"\s+")
_QUOTES = dict.fromkeys(map(ord, "“”‘’\"'「」『』《》〈〉"), None)
_DAY = re.compile(r"(\d{1,2})月(\d{1,2})日((?:[、和至-]\d{1,2}日)*)")
_MORE_DAYS = re.compile(r"(\d{1,2})日")



@dataclass
class Gold:
    """The annotation files, grouped by seed file name."""

    documents: dict[str, dict[str, Any]]
    persons: dict[str, dict[str, dict[str, Any]]]  # file -> name -> person record
    holdings: dict[str, list[dict[str, Any]]]
    reporters: dict[str, list[dict[str, Any]]]
    meetings: dict[str, list[dict[str, Any]]]
    projects: dict[str, list[dict[str, Any]]]
    places: dict[str, list[dict[str, Any]]]



# --------------------------------------------------------------------------- matching rules


def normalise(text: str | None) -> str:
    """NFKC with all whitespace removed: PDF text spaces and breaks words at random."""
    return _WS.sub("", unicodedata.normalize("NFKC", text or ""))


def name_key(text: str | None) -> str:
    """:func:`normalise` without quote marks, which the text prints in several widths."""
    return normalise(text).translate(_QUOTES)


def bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)} if len(text) > 1 else {text} - {""}


def jaccard(a: str, b: str) -> float:
    x, y = bigrams(a), bigrams(b)
    return len(x & y) / len(x | y) if x | y else 0.0


def meeting_name_overlap(found: str, gold: str, threshold: float = MEETING_JACCARD) -> float | None:
    """Overlap score of two meeting names, or None when they do not overlap."""
    a, b = name_key(found), name_key(gold)
    if not a or not b:
        return None
    score = jaccard(a, b)
    if a in b or b in a:
        return max(score, min(len(a), len(b)) / max(len(a), len(b)), threshold)
    return score if score >= threshold else None


def project_name_match(found: str, gold: str, ratio: float = PROJECT_RATIO) -> float | None:
    """Length ratio of two project names when equal or one contains the other, else None."""
    a, b = name_key(found), name_key(gold)
    if not a or not b or not (a in b or b in a):
        return None
    score = min(len(a), len(b)) / max(len(a), len(b))
    return score if score >= ratio else None


def stated_days(date_text: str | None) -> set[str]:
    """Month-days (``MM-DD``) a date phrase states: ``3月13日、14日`` → {03-13, 03-14}."""
    days: set[str] = set()
    for m in _DAY.finditer(normalise(date_text)):
        month = int(m.group(1))
        days.add(f"{month:02d}-{int(m.group(2)):02d}")
        days.update(f"{month:02d}-{int(d):02d}" for d in _MORE_DAYS.findall(m.group(3)))
    return days


def stated_year(date_text: str | None) -> int | None:
    """The year a date phrase states in full (``2023年2月6日`` → 2023), else None (the document's year applies)."""
    m = re.search(r"((?:19|20)\d{2})年", normalise(date_text))
    return int(m.group(1)) if m else None


def date_matches(found: str | None, year: int | str | None, days: set[str]) -> bool:
    """Our ISO date is right: the year matches and, where ``days`` is given, the month-day too."""
    if not found or year is None or found[:4] != str(year):
        return False
    return not days or (len(found) >= 10 and found[5:10] in days)


def dates_agree(found: str | None, year: int | str | None, days: set[str]) -> bool:
    """Meeting dates agree where both are known (an unknown side agrees with anything)."""
    if not found:
        return True
    if year is not None and found[:4] != str(year):
        return False
    return not (days and len(found) >= 10 and found[5:10] not in days)


def gold_event_type(row: dict[str, Any]) -> str:
    """A gold event's type as a ``Meeting.kind``: ``inspection by external body (实地调研)`` → inspection."""
    if row.get("event_type"):
        return str(row["event_type"])
    words_ = str(row.get("type") or "meeting").split("(")[0].split()
    for n in range(len(words_), 0, -1):
        if " ".join(words_[:n]) in EVENT_TYPES:
            return EVENT_TYPES[" ".join(words_[:n])]
    return words_[0] if words_ else "meeting"


def greedy_match(
    found: Sequence[Any], gold: Sequence[Any], score: Callable[[Any, Any], float | None]
) -> list[tuple[int, int]]:
    """One-to-one pairs ``(found index, gold index)``, best score first, ties in input order."""
    pairs = [(s, i, j) for i, f in enumerate(found) for j, g in enumerate(gold) if (s := score(f, g)) is not None]
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    used_f: set[int] = set()
    used_g: set[int] = set()
    out = []
    for _s, i, j in pairs:
        if i not in used_f and j not in used_g:
            used_f.add(i)
            used_g.add(j)
            out.append((i, j))
    return sorted(out)


# --------------------------------------------------------------------------- gold


def _jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _by_file(rows: Iterable[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        out.setdefault(row["file"], []).append(row)
    return out


def load_gold(gold_dir: str | Path) -> Gold:
    """Read the seven annotation files; raise :class:`FileNotFoundError` naming a missing one."""
    gold_dir = Path(gold_dir)
    for name in GOLD_FILES:
        if not (gold_dir / name).is_file():
            raise FileNotFoundError(f"{gold_dir / name}: gold annotation file missing")
    docs = json.loads((gold_dir / "documents.json").read_text(encoding="utf-8"))["documents"]
    persons: dict[str, dict[str, dict[str, Any]]] = {}
    for person in json.loads((gold_dir / "persons.json").read_text(encoding="utf-8"))["persons"]:
        for entry in person["files"].values():
            persons.setdefault(entry["file"], {})[person["name"]] = person
    return Gold(
        documents={d["file"]: d for d in docs},
        persons=persons,
        holdings=_by_file(_jsonl(gold_dir / "post_holdings.jsonl")),
        reporters=_by_file(_jsonl(gold_dir / "reporters.jsonl")),
        meetings=_by_file(_jsonl(gold_dir / "meetings.jsonl")),
        projects=_by_file(_jsonl(gold_dir / "projects.jsonl")),
        places=_by_file(_jsonl(gold_dir / "places.jsonl")),
    )


def as_gold_org(person: str, org: str, title: str, gold_rows: list[dict[str, Any]]) -> str:
    """Our canonical organ, written as the gold row of the same person and title writes it.

    Gold written before organs carried their places (the sample's ``经开区党工委``) names an organ
    without the place its document is about: our ``郑州经开区党工委`` counts as it when the part we add
    in front is exactly a place (read against the gazetteer). Any other difference stays a miss.
    """
    for g in gold_rows:
        if normalise(g["person"]) != normalise(person) or normalise(g["title"]) != normalise(title):
            continue
        gold_org = normalise(g["org"])
        if org == gold_org or _zone_words_folded(org) == _zone_words_folded(gold_org) or _renamed(org, gold_org):
            return gold_org
        if with_place_before(_zone_words_folded(org), _zone_words_folded(gold_org)):
            return gold_org
    return org


#: A zone word's long and short official forms, one organ's two spellings (郴州综合保税区管委会 = 郴州综保区管委会);
#: and a village's committee written with its 村 twice or once (十八洞村村委会 = 十八洞村委会).
_ZONE_FORMS = (("综合保税区", "综保区"), ("经济技术开发区", "经开区"), ("经济开发区", "经开区"),
               ("高新技术产业开发区", "高新区"), ("高新技术产业园区", "高新区"),
               ("村村委会", "村委会"))


def _zone_words_folded(org: str) -> str:
    for long, short in _ZONE_FORMS:
        org = org.replace(long, short)
    return org


def _renamed(org: str, gold_org: str) -> bool:
    """One organ of a division renamed since: the gold writes the name of the page's time (旬阳县委), we the
    current one (旬阳市委); the gazetteer reads the former name as the current division."""
    from ..extract.place_names import read_place

    ours, theirs = read_place(org, 0), read_place(gold_org, 0)
    return (ours is not None and theirs is not None and ours.division is not None
            and ours.division == theirs.division and org[ours.end:] == gold_org[theirs.end:])


def with_place_before(longer: str, shorter: str) -> bool:
    """Is ``longer`` ``shorter`` with a place written in front, exactly (郑州经开区党工委 of 经开区党工委, 开封市鼓楼区 of
    鼓楼区), the place read against the gazetteer?"""
    from ..extract.place_names import read_place

    head = longer[: len(longer) - len(shorter)]
    if not head or not longer.endswith(shorter):
        return False
    read = read_place(head, 0)
    return read is not None and read.end == len(head)


def as_gold_places(name: str, gold_names: dict[str, str]) -> list[str]:
    """Our place name, written as the gold writes it: as itself, and as each name the gold gives it without its city.

    Gold written before places carried their cities (the sample's ``经开区``) names a zone or district bare;
    our ``郑州经开区`` counts as it when the gold's name is one that needs its city (a generic zone word, a
    name several cities have) or a zone's (神木高新区: our 榆林神木高新区) and the part in front is exactly a
    place (read against the gazetteer), as :func:`as_gold_org` does for organs. A page that writes a place both
    ways (清远高新区, then 高新区党工委) has both names in its gold, one place: our one name counts as each. Any
    other difference stays a miss.
    """
    from ..extract.place_labels import needs_city

    bare = [gold for gold in gold_names if gold != name and name.endswith(gold) and (needs_city(gold) or _a_zone(gold))
            and (with_place_before(name, gold) or _county_before(name, gold))]
    return ([name] if name in gold_names else []) + bare or [name]


def _county_before(longer: str, shorter: str) -> bool:
    """Is ``longer`` a zone whose label puts a city and one of its counties in front of ``shorter`` (德州禹城高新区 of
    高新区: a county's zone is labelled with both), read whole as a zone, its city read against the gazetteer?"""
    from ..extract.place_names import read_place

    head = longer[: len(longer) - len(shorter)]
    city = read_place(head, 0)
    return (city is not None and city.division is not None and 0 < city.end < len(head)
            and (_a_zone(longer) or _a_zone(longer[city.end:])))  # 重庆|荣昌高新区: the county's zone after its city


def _a_zone(name: str) -> bool:
    """Is ``name`` a zone's whole name (神木高新区: our label carries its city, 榆林神木高新区)?"""
    from ..extract.place_names import read_place

    read = read_place(name, 0)
    return read is not None and read.end == len(name) and read.division is not None and read.division.level == "zone"
