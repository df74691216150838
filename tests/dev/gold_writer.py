"""Write a development-corpus gold part (the seven files of tests/gold/'s format) from its make_gold.py tables.

Parts d, e and f, whose tables have another shape, keep their own writers but take the page helpers from here
(:func:`page_helpers`, :func:`nows`). Parts g, h and i keep only their annotation tables (PAGES, PERSONS, REPORTERS, EXTRA_REPORTER_ARTICLES, MEETINGS,
PROJECTS, PLACES) and call :func:`write`; the checks (every evidence string in its page and in its article, names
in their evidence, mentions counted, not typed) and the file layout are this one piece of code.
"""

# ruff: noqa: E501
from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from types import ModuleType


def short_id(file: str) -> str:
    """A page's short id, its file name up to the first ``_`` (``z01``, ``aa01``)."""
    return file.split("_", 1)[0]


def nows(text: str) -> str:
    """``text`` without whitespace (mentions are counted in it)."""
    return re.sub(r"\s+", "", text)


def page_helpers(here: Path, texts: Path, pages: dict) -> tuple[Callable, Callable, Callable, Callable]:
    """What every part's writer needs of its pages: ``full(short)`` (a page's file name from its short id),
    ``text(file)``, ``check(file, evidence)`` (the evidence, or exit naming the file when it is not in the page)
    and ``jsonl(name, rows)`` (a gold file of JSON lines in ``here``)."""

    def full(short: str) -> str:
        return next(f for f in pages if f.startswith(short))

    def text(file: str) -> str:
        return (texts / file).read_text(encoding="utf-8")

    def check(file: str, evidence: str) -> str:
        if evidence not in text(file):
            raise SystemExit(f"{file}: evidence not in the page: {evidence!r}")
        return evidence

    return full, text, check, lambda name, rows: write_jsonl(here / name, rows)


def write_jsonl(path: Path, rows: list[dict]) -> None:
    """A gold file of JSON lines."""
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def write(part: ModuleType, *, prefix: str, conventions: str, persons_note: str) -> None:
    """Write the gold files of ``part`` (a make_gold module) into its folder; ``prefix`` opens person ids."""
    HERE: Path = part.HERE  # noqa: N806 (the tables' own names, kept so the code reads as the parts wrote it)
    TEXTS: Path = part.TEXTS  # noqa: N806
    PAGES, PERSONS, REPORTERS = part.PAGES, part.PERSONS, part.REPORTERS  # noqa: N806
    EXTRA_REPORTER_ARTICLES = part.EXTRA_REPORTER_ARTICLES  # noqa: N806
    MEETINGS, PROJECTS, PLACES = part.MEETINGS, part.PROJECTS, part.PLACES  # noqa: N806

    _full, _text, _check, _jsonl = page_helpers(HERE, TEXTS, PAGES)
    _nows = nows


    def _spans(file: str) -> list[tuple[int, int]]:
        """(start, end) of each article: from its headline to the next article's headline (the last to the text's end)."""
        text = _text(file)
        starts = [text.index(a[0]) for a in PAGES[file][3]]
        ends = [*starts[1:], len(text.rstrip())]
        return list(zip(starts, ends, strict=True))


    def _article(file: str, evidence: str) -> int:
        pos = _text(file).index(_check(file, evidence))
        for i, (start, end) in enumerate(_spans(file), 1):
            if start <= pos < end:
                return i
        raise SystemExit(f"{file}: evidence outside every article: {evidence!r}")


    def _names_in(file: str, article: int) -> list[str]:
        start, end = _spans(file)[article - 1]
        part = _nows(_text(file)[start:end])
        short = short_id(file)
        named = [v[0] for v in PERSONS.values() if short in {p[0] for p in v[3]} | set(v[4])]
        named += [r[1] for r in REPORTERS if r[0] == short]
        return [n for n in dict.fromkeys(named) if n in part]


    def _reporter_rows() -> list[tuple[str, int, str, str, str, str]]:
        rows = [(s, _article(_full(s), ev), n, label, role, ev) for s, n, label, role, ev in REPORTERS]
        for (s, n), ev in EXTRA_REPORTER_ARTICLES.items():
            label, role = next((r[2], r[3]) for r in REPORTERS if r[0] == s and r[1] == n)
            rows.append((s, _article(_full(s), ev), n, label, role, ev))
        return rows


    def _write(conventions: str, prefix: str, persons_note: str) -> None:
        reporter_rows = _reporter_rows()
        documents = []
        for file, (year, stamp, _scope, articles) in PAGES.items():
            text = _text(file)
            _check(file, stamp)
            spans = _spans(file)
            arts = []
            for i, (headline, date_text, inferred, start, topic) in enumerate(articles, 1):
                _check(file, headline)
                _check(file, date_text)
                body = text[text.index(start, spans[i - 1][0]):]
                credits = [r for r in reporter_rows if r[0] == short_id(file) and r[1] == i and r[4] in ("reporter", "correspondent")]
                arts.append({
                    "index": i, "headline": headline, "headline_lines": [headline], "headline_position": "before body",
                    "headline_note": None, "body_first20_raw": body[:20], "body_first20_nows": _nows(body)[:20],
                    "date_text": date_text, "date_inferred": inferred,
                    "reporters": [r[2] for r in credits],
                    "byline": next((r[5] for r in credits if r[4] == "reporter"), None),
                    "persons_mentioned": _names_in(file, i), "referenced_meetings": [], "topic": topic,
                    "char_spans": [list(spans[i - 1])],
                })
            documents.append({
                "file": file, "file_id": short_id(file), "publication_year": year, "year_confidence": "high",
                "date_estimate": f"{articles[0][2]} (event); page stamp {stamp}", "date_confidence": "high",
                "dating_evidence": [{"article": 1, "evidence": stamp, "reasoning": "page stamp, edition date or list stamp"}]
                + [{"article": i, "evidence": a[1], "reasoning": "event date in the lead"} for i, a in enumerate(articles, 1)],
                "outside_context": [], "article_count": len(articles), "articles": arts,
            })
        (HERE / "documents.json").write_text(json.dumps({
            "conventions": "see tests/dev/CONVENTIONS.md and tests/gold/README.md; " + conventions + "; evidence "
                           "strings are exact substrings of the raw text files; written by make_gold.py",
            "documents": documents}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

        holdings, persons = [], []
        people = dict(PERSONS)
        for short, _art, name, _label, role, _ev in reporter_rows:  # a reporter of several pages is of each
            n, t, sc, posts, bare = people.get(f"{prefix}:{name}", (name, role, "", [], []))
            people[f"{prefix}:{name}"] = (n, t, sc, posts, bare if short in bare else [*bare, short])
        for pid, (name, ptype, scope, posts, bare) in people.items():
            files = sorted({p[0] for p in posts} | set(bare))
            for short, org, title, evidence, note, *career in posts:
                file = _full(short)
                art = _article(file, evidence)
                _h, date_text, inferred = PAGES[file][3][art - 1][:3]
                if career:
                    y, m = re.match(r"(\d{4})[年.](\d{1,2})", career[0]).groups()  # 2016年3月, 2016.03
                    date_text, inferred = _check(file, career[0]), f"{y}-{int(m):02d}"
                holdings.append({"file": file, "article": art, "person": name, "person_id": pid, "org": org,
                                 "title": title, "post": org + title, "date_text": date_text, "date_inferred": inferred,
                                 "evidence": evidence, "note": note})
                if name not in evidence or title not in evidence.replace(" ", ""):
                    raise SystemExit(f"{file}: {name} / {title} not in {evidence!r}")
            entries = {}
            for s in files:
                file = _full(s)
                arts = [i for i in range(1, len(PAGES[file][3]) + 1) if name in _names_in(file, i)]
                entries[s] = {"file": file, "articles": arts, "mentions": _nows(_text(file)).count(name)}
            persons.append({
                "name": name, "id": pid, "type": ptype, "scope": scope,
                "summary": ", ".join(dict.fromkeys(p[1] + p[2] for p in posts)) or ptype,
                "files": entries,
                "posts": [{"post": p[1] + p[2], "where": [f"{p[0]}#A{_article(_full(p[0]), p[3])}"]} for p in posts],
                "byline_roles": [r[2] for r in REPORTERS if r[1] == name],
                "example_evidence": posts[0][3] if posts else next((r[4] for r in REPORTERS if r[1] == name), name),
            })
        for p in persons:
            for entry in p["files"].values():
                if not entry["mentions"] or not entry["articles"]:
                    raise SystemExit(f"{entry['file']}: {p['name']} not in the page")
        counts: dict[str, int] = {}
        for p in persons:
            counts[p["type"]] = counts.get(p["type"], 0) + 1
        counts["total"] = len(persons)
        (HERE / "persons.json").write_text(json.dumps({
            "note": persons_note + "; mentions counted by make_gold.py (whitespace removed).",
            "counts": counts, "persons": persons}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        _jsonl("post_holdings.jsonl", holdings)
        _jsonl("reporters.jsonl", [
            {"file": _full(s), "article": art, "person": n, "label": label, "role": role, "credit": None,
             "evidence": ev} for s, art, n, label, role, ev in reporter_rows])
        rows = []
        for s, name, etype, date_text, chair, leader, orgs, att, spk, place, ev, parts in MEETINGS:
            file = _full(s)
            for who in filter(None, [chair, leader, *att, *spk]):
                if who not in _text(file):
                    raise SystemExit(f"{file}: participant {who} not in the page")
            rows.append({"file": file, "article": _article(file, ev), "name": name, "type": etype,
                         "date_text": _check(file, date_text), "organizers": orgs, "chair": chair, "leader": leader,
                         "speakers": spk, "attendees": att, "attendee_groups": [], "speaker_groups": [], "place": place,
                         "evidence": ev, "evidence_participants": [_check(file, p) for p in parts], "note": None})
        _jsonl("meetings.jsonl", rows)
        _jsonl("projects.jsonl", [{"file": _full(s), "article": _article(_full(s), ev), "name": n, "kind": k,
                                    "evidence": ev, "note": None} for s, n, k, ev in PROJECTS])
        places: dict[tuple[str, str], dict] = {}
        for s, n, k, c, ev in PLACES:
            file = _full(s)
            _check(file, ev)
            if n not in ev:
                raise SystemExit(f"{file}: place {n} not in {ev!r}")
            arts = [i for i, (a, b) in enumerate(_spans(file), 1) if n in _nows(_text(file)[a:b])]
            places[(file, n)] = {"file": file, "name": n, "kind": k, "articles": arts, "context": c, "evidence": ev,
                                 "note": None}
        _jsonl("places.jsonl", list(places.values()))

    _write(conventions, prefix, persons_note)
