"""Records that flow from ``extract`` into ``graph``.

Every record is frozen. Offsets are end-exclusive character offsets. Two
coordinate systems exist and are never mixed:

* *clean* offsets index ``Document.clean`` (the text after PDF clean-up);
* *raw* offsets index ``Document.raw`` (the decoded file as given).

``Document.raw_span`` maps the first into the second, so every fact can point
into the file the user gave us.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields
from itertools import compress, count, islice, repeat
from operator import attrgetter, ne, sub


def _quick_pickle(cls):
    """Give a slotted dataclass a state of its field values in order, set back by the slots' own setters:
    what dataclasses' ``__getstate__``/``__setstate__`` do, without their call of ``fields()`` for every record
    (a third of the time of reading a large corpus's results back from the cache or from a worker)."""
    names = tuple(f.name for f in fields(cls))
    setters = tuple(getattr(cls, n).__set__ for n in names)  # member descriptors: frozen or not
    get = attrgetter(*names)

    def __getstate__(self):
        return get(self) if len(names) > 1 else (get(self),)

    def __setstate__(self, state):
        for set_, value in zip(setters, state, strict=True):  # a state of another shape: an error, not a misread
            set_(self, value)

    cls.__getstate__, cls.__setstate__ = __getstate__, __setstate__
    return cls


#: How a date was known, from most to least authoritative.
DATE_BASES = ("manifest", "record", "filename", "cli", "text", "document", "unknown")


@_quick_pickle
@dataclass(frozen=True, slots=True)
class Mention:
    """A piece of a document's clean text: ``doc.clean[start:end] == text``."""

    text: str
    start: int
    end: int
    label: str = ""


@_quick_pickle
@dataclass(frozen=True, slots=True)
class DatedValue:
    """An ISO date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) and how it was known."""

    value: str | None
    basis: str = "unknown"
    evidence: str = ""


class Offsets(Sequence[int]):
    """A clean → raw offset map kept as runs: clean ``starts[j] + k`` is raw ``raws[j] + k`` within run ``j``.

    Clean-up mostly copies letters one for one, so a page of 20,000 letters has a few hundred runs: a few
    kilobytes instead of four bytes a letter (a third of a document's cached facts and of a large build's
    memory). Reads as the list of offsets it was made from (indexing, slicing, ``len``, iteration)."""

    __slots__ = ("starts", "raws", "n")

    def __init__(self, offsets: Iterable[int] = ()) -> None:
        offs = offsets if isinstance(offsets, list | array) else list(offsets)
        # a run starts at 0 and wherever an offset is not its predecessor + 1 (found without a Python step a letter)
        steps = map(sub, islice(offs, 1, None), offs)
        starts = [0, *compress(count(1), map(ne, steps, repeat(1)))] if offs else []
        self.starts, self.raws, self.n = array("I", starts), array("I", [offs[i] for i in starts]), len(offs)

    def __len__(self) -> int:
        return self.n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("offset index out of range")
        j = bisect_right(self.starts, i) - 1
        return self.raws[j] + (i - self.starts[j])

    def __iter__(self) -> Iterator[int]:
        starts, raws, n = self.starts, self.raws, self.n
        for j, start in enumerate(starts):
            end = starts[j + 1] if j + 1 < len(starts) else n
            yield from range(raws[j], raws[j] + end - start)

    def __eq__(self, other) -> bool:
        return list(self) == list(other) if isinstance(other, Sequence) else NotImplemented

    def __repr__(self) -> str:
        return f"Offsets({self.n} offsets in {len(self.starts)} runs)"


@dataclass
class Document:
    """A decoded input file (or JSONL record) and its clean text with offset map."""

    id: str
    source: str
    raw: str
    clean: str = ""
    #: ``offsets[i]`` is the raw offset of ``clean[i]``; one extra entry for the end.
    offsets: Sequence[int] = field(default_factory=list, repr=False)
    date: DatedValue = field(default_factory=lambda: DatedValue(None))
    encoding: str = "utf-8"
    #: Size of the raw text in characters (kept when ``raw`` is dropped to save memory).
    raw_length: int = 0
    #: Written in traditional characters: matched as simplified, quoted as printed.
    traditional: bool = False
    #: Page chrome lines (breadcrumbs, stamps, tool bars, footers …) kept in ``clean`` outside every
    #: article, each labelled with its kind (:mod:`extract.chrome`).
    chrome: tuple[Mention, ...] = ()
    #: The text of page stamps (``发布时间：2020-05-12 10:06``) that lie inside an article's body (a name standing
    #: above the stamp opened the body): blanked there, not in ``chrome``, kept to date the page.
    inner_stamps: tuple[str, ...] = ()

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw ``[start, end)`` covering clean ``[start, end)``."""
        if end <= start:
            pos = self.offsets[start]
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1


@_quick_pickle
@dataclass(frozen=True, slots=True)
class Article:
    """One article of a document, as a span of the document's clean text."""

    doc_id: str
    index: int  # 1-based order of article bodies in the document
    start: int  # clean offsets of the body (headline excluded)
    end: int
    text: str  # clean body text == doc.clean[start:end]
    headline: str = ""
    headline_spans: tuple[tuple[int, int], ...] = ()
    date: DatedValue = DatedValue(None)
    date_text: str = ""
    reporters: tuple[Mention, ...] = ()

    def mention(self, start: int, end: int, label: str = "") -> Mention:
        """A mention from offsets local to ``self.text``, in document clean offsets."""
        return Mention(self.text[start:end], self.start + start, self.start + end, label)


@_quick_pickle
@dataclass(frozen=True, slots=True)
class Holding:
    """A person named in a post: ``org`` + ``title``, e.g. 经开区党工委 + 副书记."""

    person: Mention
    org: str  # canonical, with its place (新乡经开区党工委) once :mod:`extract.jurisdiction` has run
    title: str
    evidence: Mention  # the whole title chain with the name
    org_text: str = ""  # the organ as the title chain gave it (经开区党工委), before its place was resolved
    place: str = ""  # gazetteer code of the organ's place ("" when its place could not be known)
    change: str = ""  # "" (seen holding it), "appointed" or "ceased" (an appointment or departure sentence)
    when: str = ""  # the change's own date as the text gives it (ISO, year or year-month); "" = the article's
    form: str = ""  # "" (a title chain) or "honorific" (王某市长: kept only when its place is known)


@_quick_pickle
@dataclass(frozen=True, slots=True)
class PersonMention:
    """A person named without a post (``区领导陈晓东``) or after being introduced."""

    person: Mention
    role: str = ""  # e.g. 区领导, 记者, 通讯员
    org: str = ""  # a company's, association's or group's organ when the role is a title there (某公司 + 董事长)
    title: str = ""  # that title


@_quick_pickle
@dataclass(frozen=True, slots=True)
class Meeting:
    """An event the article reports as taking place."""

    name: str
    kind: str  # meeting, inspection, study, lecture, activity …
    evidence: Mention
    date: DatedValue = DatedValue(None)
    date_text: str = ""
    chair: str | None = None
    leader: str | None = None
    attendees: tuple[str, ...] = ()
    speakers: tuple[str, ...] = ()
    organizer: str | None = None
    place: str | None = None  # where it was held, as written (在P举行, 到P调研)


@_quick_pickle
@dataclass(frozen=True, slots=True)
class Project:
    name: str
    kind: str
    mention: Mention
    inspected_by: tuple[str, ...] = ()
    place: str | None = None


@_quick_pickle
@dataclass(frozen=True, slots=True)
class Place:
    name: str
    kind: str
    mention: Mention
    within: str | None = None


@_quick_pickle
@dataclass(frozen=True, slots=True)
class Jurisdiction:
    """The place an article is about and how that was decided.

    ``basis``: ``option`` (CLI or manifest), ``organs`` (the places of the organs it names), ``text``
    (the places it names), ``dateline`` (本报郑州讯, 中牟县融媒体中心讯), ``header`` (the page's site line,
    masthead or footer), ``document`` (its
    document's other articles); ``+zone`` when a bare zone word (经开区党工委) narrowed a city to its zone.
    """

    code: str  # gazetteer code (adcode, or a city's adcode + ':' + zone name)
    label: str  # canonical place name (郑州经开区, 开封市鼓楼区)
    basis: str
    evidence: str = ""


@_quick_pickle
@dataclass(slots=True)
class ArticleFacts:
    """Everything the extractors found in one article."""

    article: Article
    holdings: list[Holding] = field(default_factory=list)
    persons: list[PersonMention] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    projects: list[Project] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    #: Person names known when this article is read (introduced earlier in the document).
    known_names: set[str] = field(default_factory=set)
    #: The department whose own site the page is on, named in full (乐山市交通运输局), or '' (:mod:`.departments`).
    site_department: str = ""
    jurisdiction: Jurisdiction | None = None


@_quick_pickle
@dataclass(slots=True)
class DocumentFacts:
    document: Document
    articles: list[ArticleFacts] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def mentions(self) -> Iterator[Mention]:
        """Every mention the extractors emitted (bylines, names, evidence spans), for checking offsets."""
        for af in self.articles:
            yield from af.article.reporters
            for h in af.holdings:
                yield from (h.person, h.evidence)
            yield from (p.person for p in af.persons)
            yield from (m.evidence for m in af.meetings)
            yield from (p.mention for p in af.projects)
            yield from (p.mention for p in af.places)
