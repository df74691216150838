"""Run the extractors over documents: text in, :class:`DocumentFacts` out.

Extractors share one signature, ``extract(article, found) -> None``: they read
the article and append records to ``found`` (an :class:`ArticleFacts`). They
also read what earlier extractors appended, so their order matters: :data:`STEPS`
declares it, with the fields of ``found`` each one reads and adds, and
:func:`order_problems` checks that nothing is read before every step that adds
to it has run (a test checks the declarations against the modules' code).

Per document: articles are cut and dated, each article runs :data:`STEPS` in
order (``known_names`` carries the names met in the earlier articles of the last
:data:`KNOWN_NAMES_WINDOW` letters), meetings get
their event dates, then :func:`extract.jurisdiction.decide` rewrites the
organs of ``holdings`` and ``persons`` with their places, over all articles, and
last each article's own county named short (双流 in a 双流区 article) is added to its
``places`` (:func:`extract.article_places.own_short_form`, which needs the article's place).
"""

from __future__ import annotations

import logging
import re
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from . import (
    appointments,
    article_places,
    bracketed,
    headline_places,
    honorifics,
    jurisdiction,
    meetings,
    officials,
    places,
    projects,
    table_rows,
)
from . import articles as A
from . import dates as D
from . import page_dates as P
from .article_cuts import cut_long
from .departments import site_department
from .model import Article, ArticleFacts, DatedValue, Document, DocumentFacts

Extractor = Callable[[Article, ArticleFacts], None]
log = logging.getLogger(__name__)

#: Names introduced by the articles ending within this many letters before an article are known in it.
#: A page is far shorter; a file of megabytes on one "page" would otherwise carry every name it has ever
#: named into every article (articles x names: quadratic in the file).
KNOWN_NAMES_WINDOW = 200_000



@dataclass(frozen=True)
class Step:
    """One extractor and its seam: the :class:`ArticleFacts` fields it reads and those it appends to; ``before``
    names later steps whose additions it must not see (it reads the fields as the earlier steps left them)."""

    name: str
    run: Extractor
    reads: tuple[str, ...]
    adds: tuple[str, ...]
    before: tuple[str, ...] = ()


#: The extractors in the order they run. Names found by title chains come first, since every later step takes
#: a name it has seen as a person; projects read the meetings (an inspection's people), places the projects
#: (a road inside a project name is a place, an office inside one is not) and the people (鲍玉林 holds no 玉林).
STEPS: tuple[Step, ...] = (
    Step("officials", officials.extract, reads=("known_names", "site_department"), adds=("holdings", "persons")),
    # a career clause's subject is a name of a title chain, not one met only as 王某市长
    Step("appointments", appointments.extract, reads=("known_names", "holdings", "persons", "site_department"),
         adds=("holdings",), before=("bracketed", "table_rows", "honorifics")),
    Step("bracketed", bracketed.extract, reads=("known_names", "holdings"), adds=("holdings",),
         before=("table_rows", "honorifics")),
    Step("table_rows", table_rows.extract, reads=("holdings",), adds=("holdings",), before=("honorifics",)),
    Step("honorifics", honorifics.extract, reads=("known_names", "holdings", "persons"), adds=("holdings", "persons")),
    Step("meetings", meetings.extract, reads=("known_names", "holdings", "persons"), adds=("meetings",)),
    Step("projects", projects.extract, reads=("known_names", "holdings", "persons", "meetings"), adds=("projects",)),
    Step("places", places.extract, reads=("holdings", "persons", "projects"), adds=("places",)),
    Step("headline_places", headline_places.extract, reads=("holdings", "persons", "places"), adds=("places",)),
)
EXTRACTORS: list[Extractor] = [step.run for step in STEPS]


def order_problems(steps: Sequence[Step]) -> list[str]:
    """Why ``steps`` cannot run in this order, one line each: a step reads a field that a later step adds to (it
    would see only part of it) unless it says it comes ``before`` that step, or a step that must come before
    another does not. ``known_names`` is given before any step runs; a step may read what it adds."""
    out = []
    for i, step in enumerate(steps):
        for later in steps[i + 1 :]:
            if later.name in step.before:
                continue
            for field_ in sorted(set(step.reads) & set(later.adds)):
                out.append(f"{step.name} reads {field_} before {later.name} adds to it")
        for earlier in steps[:i]:
            if earlier.name in step.before:
                out.append(f"{step.name} must run before {earlier.name}")
    return out

#: Bump when extraction output changes, so cached results are recomputed.
EXTRACTOR_VERSION = "4"


def warm_up() -> None:
    """Load what extraction needs once per process (jieba's dictionary and tags, OpenCC): ~1 s.

    Worker processes call it as they start, so the load overlaps the reading of the first documents.
    """
    from .convert import looks_traditional
    from .phrases import _tokenizer
    from .segment import jieba_ready

    jieba_ready()
    _tokenizer()
    looks_traditional("")


def clear_memos() -> None:
    """Forget the segmentations the extractors memoise (organ runs, predicate phrases, stop-word ends and the
    checks of the letters around a stop word).

    Repeated phrases across documents make extraction faster; a benchmark that must not count on
    that repetition clears them before each document.
    """
    from . import organs, phrases

    organs._left_cut.cache_clear()
    phrases._predicate_length.cache_clear()
    phrases._stop_ends.cache_clear()
    phrases._stop_kept.cache_clear()


def document_date(doc: Document, manifest: dict[str, str] | None = None, cli_date: str | None = None) -> DatedValue:
    """The document's date by the authority order of the README."""
    if manifest:
        value = D.manifest_date(manifest, doc.id)
        if value:
            return DatedValue(value, "manifest", doc.id)
    if doc.date.value:
        return doc.date
    value = D.date_from_filename(doc.id)
    if value:
        return DatedValue(value, "filename", doc.id)
    if cli_date:
        return DatedValue(cli_date, "cli", "--date")
    found = P.page_date(doc.chrome) or P.stamp_date(doc.inner_stamps) or D.infer_year(doc.clean or doc.raw)
    return found if found.value else (P.list_year(doc.chrome) or found)  # a list page's entries: its year at least


def _refine(doc_date: DatedValue, arts: list[Article]) -> DatedValue:
    """A year inferred from text gains the latest article date as its day."""
    if doc_date.basis != "text" or not doc_date.value or len(doc_date.value) != 4:
        return doc_date
    latest = D.latest_month_day([a.text for a in arts], doc_date.value)
    if latest:
        return DatedValue(latest, "text", f"{doc_date.evidence}; latest article date")
    return doc_date


#: A notice's first line, its addressees (各乡镇人民政府，县直各单位：), after its number (江政任〔2024〕9号) if any.
_ADDRESSED_RE = re.compile(r"[ ]*(?:[^\s〔]{1,12}〔\d{4}〕\d{1,4}号[ ]*)?各[^。\n：:]{1,80}[：:]")


def date_articles(arts: list[Article], doc_date: DatedValue, doc: Document | None = None) -> list[Article]:
    """Each article with the date its lead states, else the line under its title (a report's), else the day
    signed under it (a notice's), else the document's."""
    from dataclasses import replace

    signed = P.signature_dates(doc.clean, (a.end for a in arts), doc.chrome) if doc is not None else {}
    out = []
    for art in arts:
        value, text = D.article_date(art.text, doc_date)
        if art.end in signed and _ADDRESSED_RE.match(art.text):
            value, text = signed[art.end]  # 各乡镇人民政府，…： … 2023年9月27日: a notice is of the day it is signed
        elif (not text or value.basis == "document") and (spoken := D.speech_date(art.headline)) is not None:
            value, text = spoken  # a report's line under its title: ——2021年1月26日在…会议上; its 今天 is that day
        elif not text and art.end in signed:
            value, text = signed[art.end]  # 中共某市委组织部 / 2022年11月7日 under a 公示
        out.append(replace(art, date=value, date_text=text))
    return out


def date_events(found: ArticleFacts, doc_date: DatedValue) -> None:
    """Give each meeting and inspection its event date and basis: the day its sentence states, else the day
    that opens the last dated sentence or chronicle entry before it, else the article's date
    (:func:`extract.dates.event_date`)."""
    from dataclasses import replace

    art = found.article
    dated = []
    for m in found.meetings:
        before = art.text[: max(0, m.evidence.start - art.start)]
        value, text = D.event_date(m.evidence.text, art.date, doc_date, before)
        dated.append(replace(m, date=value, date_text=text or m.date_text))
    found.meetings = dated


def extract_document(
    doc: Document, manifest: dict[str, str] | None = None, cli_date: str | None = None, place: str | None = None
) -> DocumentFacts:
    """Segment, date and extract one document; then decide each article's jurisdiction and name its organs
    with their places (:func:`extract.jurisdiction.decide`, which needs every article's holdings)."""
    arts, cuts = cut_long(A.segment(doc))
    for note in cuts:
        log.warning(note)
    doc.date = _refine(document_date(doc, manifest, cli_date), arts)
    arts = date_articles(arts, doc.date, doc)
    result = DocumentFacts(doc, warnings=cuts)
    site = site_department(doc.clean[: min(arts[0].start, 2000)], doc.clean) if arts else ""
    recent: deque[tuple[int, set[str]]] = deque()  # (end, names introduced) of the articles read so far
    for art in arts:
        while recent and recent[0][0] < art.start - KNOWN_NAMES_WINDOW:
            recent.popleft()
        found = ArticleFacts(art, known_names=set().union(*(names for _, names in recent)), site_department=site)
        for extractor in EXTRACTORS:
            extractor(art, found)
        date_events(found, doc.date)
        recent.append((art.end, {h.person.text for h in found.holdings} | {p.person.text for p in found.persons}))
        result.articles.append(found)
    jurisdiction.decide(result, place)
    for found in result.articles:
        article_places.own_short_form(found)
    return result


def redate(result: DocumentFacts, doc_date: DatedValue) -> None:
    """Give a document a new date (corpus-level inference) and re-date its articles and facts."""
    result.document.date = doc_date
    arts = date_articles([found.article for found in result.articles], doc_date, result.document)
    for found, art in zip(result.articles, arts, strict=True):
        found.article = art
        date_events(found, doc_date)
