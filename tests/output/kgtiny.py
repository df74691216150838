"""A tiny corpus with every fact type, built through the real :class:`graph.build.GraphBuilder`.

Three documents (2022, 2023, 2025) modelled on the sample: 樊福太 is 经开区党工委书记 in 2022 and
李小虎 from 2023; meetings with a chair, a leader and attendees; inspected projects in places.
The example queries' exact answers are asserted against this graph (tests/test_queries.py), so they
do not depend on how far the extractors have got with the sample.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import networkx as nx
from newskg.extract.model import (
    Article,
    ArticleFacts,
    DatedValue,
    Document,
    DocumentFacts,
    Holding,
    Meeting,
    Mention,
    PersonMention,
    Place,
    Project,
)
from newskg.graph.build import build_graph


@dataclass
class _Art:
    date: str
    headline: str
    body: str
    reporters: tuple[str, ...] = ()
    holdings: list[tuple[str, str, str]] = field(default_factory=list)  # person, org, title
    persons: list[str] = field(default_factory=list)
    meetings: list[dict] = field(default_factory=list)
    projects: list[dict] = field(default_factory=list)
    places: list[dict] = field(default_factory=list)


DOCS: dict[str, tuple[str, list[_Art]]] = {
    "a.txt": ("2022", [
        _Art("2022-01-21", "省市重点项目推进会召开",
             "1月21日，经开区党工委副书记、管委会主任李小虎主持召开省市重点项目推进会。"
             "经开区党工委书记樊福太出席会议。",
             holdings=[("李小虎", "经开区党工委", "副书记"), ("李小虎", "经开区管委会", "主任"),
                       ("樊福太", "经开区党工委", "书记")],
             meetings=[{"name": "省市重点项目推进会", "kind": "meeting", "chair": "李小虎",
                        "attendees": ("樊福太",), "organizer": "经开区管委会"}]),
        _Art("2022-03-03", "樊福太调研重点项目",
             "3月3日，经开区党工委书记樊福太调研智能电力装备产业园项目。经开区管委会副主任郭宏力参加调研。",
             holdings=[("樊福太", "经开区党工委", "书记"), ("郭宏力", "经开区管委会", "副主任")],
             meetings=[{"name": "重点项目调研", "kind": "inspection", "leader": "樊福太", "attendees": ("郭宏力",)}],
             projects=[{"name": "智能电力装备产业园项目", "kind": "project", "inspected_by": ("樊福太",),
                        "place": "经开区"}]),
    ]),
    "b.txt": ("2023", [
        _Art("2023-03-15", "一季度经济运行分析会议召开",
             "3月15日，经开区党工委书记李小虎主持召开经开区一季度经济运行分析会议，张波、郭宏力参加会议。",
             reporters=("王译博",),
             holdings=[("李小虎", "经开区党工委", "书记")],
             persons=["张波"],
             meetings=[{"name": "经开区一季度经济运行分析会议", "kind": "meeting", "chair": "李小虎",
                        "attendees": ("张波", "郭宏力"), "speakers": ("李小虎",)}]),
    ]),
    "c.txt": ("2025", [
        _Art("2025-05-01", "李小虎调研七里河畔项目",
             "5月1日，经开区党工委书记李小虎调研娃哈哈高端饮品生产基地项目，察看七里河防汛工作。",
             holdings=[("李小虎", "经开区党工委", "书记")],
             projects=[{"name": "娃哈哈高端饮品生产基地项目", "kind": "project", "inspected_by": ("李小虎",),
                        "place": "经开区"}],
             places=[{"name": "七里河", "kind": "river", "within": "经开区"}]),
    ]),
}


def _mention(doc: Document, text: str, after: int = 0) -> Mention:
    i = doc.clean.index(text, after)
    return Mention(text, i, i + len(text))


def tiny_results() -> list[DocumentFacts]:
    out = []
    for doc_id, (year, arts) in DOCS.items():
        parts, spans = [], []
        pos = 0
        for a in arts:
            block = f"{a.headline}\n{a.body}\n" + "".join(f"记者 {r}\n" for r in a.reporters)
            spans.append(pos + len(a.headline) + 1)
            parts.append(block)
            pos += len(block)
        text = "".join(parts)
        doc = Document(doc_id, f"tests/tiny/{doc_id}", raw=text, clean=text, offsets=list(range(len(text) + 1)),
                       date=DatedValue(year, "filename", doc_id))
        res = DocumentFacts(doc)
        for index, (a, start) in enumerate(zip(arts, spans, strict=True), 1):
            end = start + len(a.body)
            reporters = tuple(_mention(doc, r, end) for r in a.reporters)
            art = Article(doc_id, index, start, end, a.body, headline=a.headline,
                          date=DatedValue(a.date, "text", a.date), date_text=a.date, reporters=reporters)
            found = ArticleFacts(art)
            for person, org, title in a.holdings:
                chain = f"{org}{title}{person}" if f"{org}{title}{person}" in a.body else person
                ev = _mention(doc, chain, start)
                name = _mention(doc, person, ev.start)
                found.holdings.append(Holding(name, org, title, ev))
            for person in a.persons:
                found.persons.append(PersonMention(_mention(doc, person, start)))
            for m in a.meetings:
                found.meetings.append(Meeting(
                    m["name"], m["kind"], _mention(doc, m["name"] if m["name"] in a.body else a.body[3:12], start),
                    date=DatedValue(a.date, "text", a.date), date_text=a.date, chair=m.get("chair"),
                    leader=m.get("leader"), attendees=m.get("attendees", ()), speakers=m.get("speakers", ()),
                    organizer=m.get("organizer")))
            for p in a.projects:
                found.projects.append(Project(p["name"], p["kind"], _mention(doc, p["name"], start),
                                              inspected_by=p["inspected_by"], place=p.get("place")))
            for p in a.places:
                found.places.append(Place(p["name"], p["kind"], _mention(doc, p["name"], start), within=p.get("within")))
            res.articles.append(found)
        out.append(res)
    return out


def tiny_graph() -> nx.MultiDiGraph:
    return build_graph(tiny_results())
