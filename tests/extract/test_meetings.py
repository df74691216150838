"""Meetings: real sentences of the genre (sample corpus and other districts) with exact results."""

from __future__ import annotations

import pytest
from newskg.extract import meetings
from newskg.extract.model import Article, ArticleFacts
from newskg.extract.resources import words

LEXICONS = [
    "meeting_words.txt",
    "event_words.txt",
    "inspection_verbs.txt",
    "lecture_words.txt",
    "speech_verbs.txt",
    "attend_verbs.txt",
    "person_title_ends.txt",
    "after_name.txt",
]


def run(text: str, known: set[str] | None = None) -> ArticleFacts:
    art = Article("doc", 1, 0, len(text), text)
    found = ArticleFacts(art, known_names=set(known or ()))
    meetings.extract(art, found)
    for m in found.meetings:
        assert m.evidence.text == text[m.evidence.start : m.evidence.end]
    return found


# text, known names, [(name, kind, chair, leader, attendees, speakers, organizer, date_text)]
CASES = [
    (
        "本报讯 3月15日，经开区组织召开宣传、统战工作会议，回顾总结宣传、统战相关工作。"
        "经开区党工委书记李小虎出席会议并讲话。",
        {"李小虎"},
        [("宣传、统战工作会议", "meeting", None, None, ("李小虎",), ("李小虎",), "经开区", "3月15日")],
    ),
    (
        "本报讯 1月21日，经开区党工委副书记、管委会主任李小虎主持召开省市重点项目规划设计方案专题会。"
        "经开区党工委委员、管委会副主任郭宏力参加会议。",
        {"李小虎", "郭宏力"},
        [("省市重点项目规划设计方案专题会", "meeting", "李小虎", None, ("郭宏力",), (), None, "1月21日")],
    ),
    (
        "本报讯 近日，经开区一季度经济运行分析会议召开，传达贯彻全省动员部署会、一季度经济运行分析会议精神。"
        "经开区党工委书记李小虎主持会议并讲话。",
        {"李小虎"},
        [("经开区一季度经济运行分析会议", "meeting", "李小虎", None, (), ("李小虎",), "经开区", "")],
    ),
    (
        "本报讯 近日，经开区党工委副书记、管委会主任张波实地督导七里河防汛工作，强调要树牢极限思维。"
        "区党工委委员、管委会副主任张国际参加调研。",
        {"张波", "张国际"},
        [("七里河防汛工作督导", "inspection", None, "张波", ("张国际",), (), None, "")],
    ),
    (
        "本报讯 3月13日、14日，国家发展和改革委员会调研组实地调研中欧班列（郑州）集结中心规划建设情况。",
        set(),
        [
            (
                "中欧班列（郑州）集结中心规划建设情况调研",
                "inspection",
                None,
                None,
                (),
                (),
                "国家发展和改革委员会调研组",
                "3月13日、14日",
            )
        ],
    ),
    # other districts; names found by the fallback after title words
    (
        "本报讯 4月8日，中牟县召开2024年度安全生产工作会议。县委书记王建国主持会议并讲话，县领导刘敏、赵亮出席会议。",
        set(),
        [("2024年度安全生产工作会议", "meeting", "王建国", None, ("刘敏", "赵亮"), ("王建国",), "中牟县", "4月8日")],
    ),
    (
        "本报讯 近日，金水区委书记陈刚带队督导老旧小区改造工作，区委常委、副区长孙立参加督导。",
        set(),
        [("老旧小区改造工作督导", "inspection", None, "陈刚", ("孙立",), (), None, "")],
    ),
    (
        "本报讯 3月2日下午，巩义市委理论学习中心组举行2023年第一次集体学习。",
        set(),
        [("2023年第一次集体学习", "study", None, None, (), (), "巩义市委理论学习中心组", "3月2日下午")],
    ),
    (
        "本报讯 近日，城关镇党委书记李华为全镇党员干部讲授专题党课。",
        set(),
        [("专题党课", "lecture", None, None, (), ("李华",), None, "")],
    ),
    (
        "本报讯 5月6日，二七区第二次街道工作推进会召开。",
        set(),
        [("二七区第二次街道工作推进会", "meeting", None, None, (), (), "二七区", "5月6日")],
    ),
    # a word after a title (总书记重要讲话) is no name
    (
        "本报讯 近日，荥阳市委理论学习中心组召开专题学习会，传达学习总书记重要讲话精神。市委书记孙伟主持会议。",
        set(),
        [("专题学习会", "meeting", "孙伟", None, (), (), "荥阳市委理论学习中心组", "")],
    ),
    # a relayed meeting (精神) is no event; only the 干部大会 is
    (
        "本报讯 近日，新郑市召开干部大会，传达学习省委全会精神。",
        set(),
        [("干部大会", "meeting", None, None, (), (), "新郑市", "")],
    ),
    # an interview about a meeting held elsewhere reports no event
    ("“市委全会是在关键时期召开的一次十分重要的会议。”区委书记刘军表示。", set(), []),
    # 开展 an activity needs an organisation as subject
    ("本报讯 近日，全区深入开展“三标”活动。", set(), []),
]


@pytest.mark.parametrize(("text", "known", "expected"), CASES)
def test_meetings(text: str, known: set[str], expected: list[tuple]) -> None:
    found = run(text, known)
    got = [(m.name, m.kind, m.chair, m.leader, m.attendees, m.speakers, m.organizer, m.date_text) for m in found.meetings]
    assert got == expected


def test_lecture_theme_in_name() -> None:
    text = "本报讯 近日，区党工委委员花磊以“发挥党员先锋模范作用”为主题，为全体党员讲授专题党课。"
    found = run(text, {"花磊"})
    assert [(m.name, m.speakers) for m in found.meetings] == [("专题党课（主题：发挥党员先锋模范作用）", ("花磊",))]


def test_two_events_in_one_lead() -> None:
    text = "本报讯 3月4日，经开区举行“双十工程”现场观摩活动，并召开推进项目建设再提速会议。"
    found = run(text)
    assert [(m.name, m.kind, m.organizer) for m in found.meetings] == [
        ("“双十工程”现场观摩活动", "activity", "经开区"),
        ("推进项目建设再提速会议", "meeting", "经开区"),
    ]


@pytest.mark.parametrize("name", LEXICONS)
def test_lexicon_is_clean(name: str) -> None:
    import unicodedata

    from newskg.extract.resources import _lines

    lines = _lines(name)
    assert len(lines) == len(set(lines)), "duplicates"
    assert all(unicodedata.normalize("NFC", w) == w for w in lines)
    assert lines == sorted(lines), "keep lexicons sorted"
    assert words(name)
