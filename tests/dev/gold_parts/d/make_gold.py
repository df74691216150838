"""Write gold part d (pages d01-d08: page chrome and page dates) from the tables below.

Annotated by hand from the texts; the script only spells the seven files out (spans and first
characters are read from the texts so that they cannot drift). Run: python tests/dev/gold_parts/d/make_gold.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
TEXTS = HERE.parent.parent / "texts"
sys.path.insert(0, str(HERE.parent.parent))
from gold_writer import write_jsonl  # noqa: E402

# file: (year, date_estimate, shape, place label, province, body opening, article date text, date inferred, headline lines)
DOCS = {
    "d01_jianxi.txt": (
        2023,
        "2023-04-12 (发布时间 stamp); meeting 2023-04-12",
        "government site; stamp line right above the body",
        "涧西区",
        "河南省",
        "4月12日上午，区委副书记",
        "4月12日上午",
        "2023-04-12",
        ["区政府召开第二十六次常务会议"],
    ),
    "d02_anyang.txt": (
        2024,
        "2024-01-22 (edition date); event 2024-01-20",
        "digital edition: 第K02版 | 上一版, image file name, photo caption, pager",
        "安阳市",
        "河南省",
        "本报讯（记者 温嘉禾 通讯员",
        "1月20日下午",
        "2024-01-20",
        ["宗立平在调研工业经济运行时强调", "稳住工业基本盘 跑出开年加速度"],
    ),
    "d03_xiangcheng.txt": (
        2024,
        "2024-01-22 (bare date stamp); study session 2024-01-19",
        "government site; bare date stamp, 作者, 字体",
        "襄城县",
        "河南省",
        "1月19日上午，县委理论学习",
        "1月19日上午",
        "2024-01-19",
        ["县委理论学习中心组举行2024年第一次集体学习"],
    ),
    "d04_huangdao.txt": (
        2022,
        "2022-06-22 (two-digit stamp 22-06-22); meeting 2022-06-21",
        "government site; 2-digit stamp, 编辑/审核, 字体大小, 上一篇：/下一篇： with titles",
        "黄岛区",
        "山东省",
        "6月21日，全区安全生产",
        "6月21日",
        "2022-06-21",
        ["黄岛区召开安全生产工作会议"],
    ),
    "d05_jiangning.txt": (
        2021,
        "2021-09-14 (发布时间 stamp); event 2021-09-13",
        "zone site; stray spaces 主 任邰华东 and 副主任 蔺美华",
        "南京江宁经开区",
        "江苏省",
        "9月13日，江宁开发区党工委",
        "9月13日",
        "2021-09-13",
        ["邰华东调研重点项目建设"],
    ),
    "d06_zhuji.txt": (
        2023,
        "2023-11-08 (edition date); visit 2023-11-07",
        "digital edition; image file name between title and body",
        "诸暨市",
        "浙江省",
        "本报讯（记者 斯晓岚）11月",
        "11月7日",
        "2023-11-07",
        ["应伟东走访慰问困难群众和老党员"],
    ),
    "d07_yanling.txt": (
        2023,
        "2023-07-06 (closing dateline); meeting 2023-07-05",
        "county media centre; date late in the lead, career year 2014 and target year 2026 in the body, dateline",
        "鄢陵县",
        "河南省",
        "为进一步优化营商环境、提振",
        "7月5日下午",
        "2023-07-05",
        ["鄢陵县召开民营企业家座谈会"],
    ),
    "d08_haigang.txt": (
        2022,
        "2022-08-09 (slash stamp with seconds); drill 2022-08-08",
        "old government site: 当前位置:首页>…, 2022/8/9 16:43:13 次浏览 分类:, stray spaces before names",
        "海港区",
        "河北省",
        "8月8日上午，区防汛抗旱指挥部",
        "8月8日上午",
        "2022-08-08",
        ["区政府各部门组织开展防汛应急演练"],
    ),
}

# (file, person, person_id, org, title, evidence)
HOLDINGS = [
    ("d01_jianxi.txt", "柯文清", "d:柯文清", "涧西区委", "副书记", "区委副书记、区长柯文清主持召开"),
    ("d01_jianxi.txt", "柯文清", "d:柯文清", "涧西区政府", "区长", "区委副书记、区长柯文清主持召开"),
    ("d01_jianxi.txt", "闫立山", "d:闫立山", "涧西区政府", "副区长", "副区长闫立山、戚慧、樊永辉出席会议"),
    ("d01_jianxi.txt", "戚慧", "d:戚慧", "涧西区政府", "副区长", "副区长闫立山、戚慧、樊永辉出席会议"),
    ("d01_jianxi.txt", "樊永辉", "d:樊永辉", "涧西区政府", "副区长", "副区长闫立山、戚慧、樊永辉出席会议"),
    ("d02_anyang.txt", "宗立平", "d:宗立平", "安阳市委", "副书记", "市委副书记、市长宗立平带队"),
    ("d02_anyang.txt", "宗立平", "d:宗立平", "安阳市政府", "市长", "市委副书记、市长宗立平带队"),
    ("d02_anyang.txt", "霍俊明", "d:霍俊明", "安阳市政府", "副市长", "副市长霍俊明陪同调研"),
    ("d03_xiangcheng.txt", "娄建新", "d:娄建新", "襄城县委", "书记", "县委书记娄建新主持学习并讲话"),
    ("d03_xiangcheng.txt", "祁书成", "d:祁书成", "襄城县委", "副书记", "县委副书记、县长祁书成"),
    ("d03_xiangcheng.txt", "祁书成", "d:祁书成", "襄城县政府", "县长", "县委副书记、县长祁书成"),
    ("d03_xiangcheng.txt", "管文亮", "d:管文亮", "襄城县人大常委会", "主任", "县人大常委会主任管文亮"),
    ("d03_xiangcheng.txt", "甘秋实", "d:甘秋实", "襄城县政协", "主席", "县政协主席甘秋实出席"),
    ("d03_xiangcheng.txt", "盛凯", "d:盛凯", "襄城县委", "常委", "县委常委、常务副县长盛凯结合分管工作作交流发言"),
    ("d03_xiangcheng.txt", "盛凯", "d:盛凯", "襄城县政府", "常务副县长", "县委常委、常务副县长盛凯结合分管工作作交流发言"),
    ("d04_huangdao.txt", "宫振海", "d:宫振海", "黄岛区委", "常委", "区委常委、常务副区长宫振海出席会议并讲话"),
    ("d04_huangdao.txt", "宫振海", "d:宫振海", "黄岛区政府", "常务副区长", "区委常委、常务副区长宫振海出席会议并讲话"),
    ("d04_huangdao.txt", "隋立国", "d:隋立国", "黄岛区政府", "副区长", "副区长隋立国主持会议"),
    (
        "d05_jiangning.txt",
        "邰华东",
        "d:邰华东",
        "南京江宁经开区党工委",
        "副书记",
        "江宁开发区党工委副书记、管委会主 任邰华东带队调研",
    ),
    (
        "d05_jiangning.txt",
        "邰华东",
        "d:邰华东",
        "南京江宁经开区管委会",
        "主任",
        "江宁开发区党工委副书记、管委会主 任邰华东带队调研",
    ),
    ("d05_jiangning.txt", "蔺美华", "d:蔺美华", "南京江宁经开区管委会", "副主任", "管委会副主任 蔺美华陪同调研"),
    ("d06_zhuji.txt", "应伟东", "d:应伟东", "诸暨市委", "副书记", "市委副书记、市长应伟东走访慰问"),
    ("d06_zhuji.txt", "应伟东", "d:应伟东", "诸暨市政府", "市长", "市委副书记、市长应伟东走访慰问"),
    ("d06_zhuji.txt", "楼志平", "d:楼志平", "诸暨市委", "常委", "市委常委、秘书长楼志平参加走访"),
    ("d06_zhuji.txt", "楼志平", "d:楼志平", "诸暨市委", "秘书长", "市委常委、秘书长楼志平参加走访"),
    ("d07_yanling.txt", "晁振华", "d:晁振华", "鄢陵县委", "书记", "县委书记晁振华主持召开民营企业家座谈会"),
    ("d07_yanling.txt", "卞晓光", "d:卞晓光", "鄢陵县委", "副书记", "县委副书记、县长卞晓光"),
    ("d07_yanling.txt", "卞晓光", "d:卞晓光", "鄢陵县政府", "县长", "县委副书记、县长卞晓光"),
    ("d07_yanling.txt", "尉红梅", "d:尉红梅", "鄢陵县委", "常委", "县委常委、统战部部长尉红梅参加座谈会"),
    ("d07_yanling.txt", "尉红梅", "d:尉红梅", "鄢陵县委统战部", "部长", "县委常委、统战部部长尉红梅参加座谈会"),
    ("d08_haigang.txt", "阚立新", "d:阚立新", "海港区政府", "副区长", "副区长 阚立新现场观摩并讲话"),
    ("d08_haigang.txt", "仉海燕", "d:仉海燕", "海港区应急管理局", "局长", "区应急管理局局长 仉海燕主持演练"),
]

# (file, person, label, role, credit, evidence)
BYLINES = [
    ("d01_jianxi.txt", "邵雨晴", "责任编辑", "editor", None, "责任编辑：邵雨晴"),
    ("d02_anyang.txt", "温嘉禾", "记者", "reporter", None, "本报讯（记者 温嘉禾 通讯员 蒋一帆）"),
    ("d02_anyang.txt", "蒋一帆", "通讯员", "correspondent", None, "本报讯（记者 温嘉禾 通讯员 蒋一帆）"),
    ("d03_xiangcheng.txt", "邢晓雨", "责任编辑", "editor", None, "责任编辑：邢晓雨"),
    ("d04_huangdao.txt", "栾晓彤", "编辑", "editor", None, "编辑：栾晓彤"),
    ("d04_huangdao.txt", "鞠文涛", "审核", "editor", None, "审核：鞠文涛"),
    ("d05_jiangning.txt", "郜文静", "责任编辑", "editor", None, "责任编辑：郜文静"),
    ("d06_zhuji.txt", "斯晓岚", "记者", "reporter", None, "本报讯（记者 斯晓岚）"),
    ("d06_zhuji.txt", "俞佳琪", "本版编辑", "editor", None, "本版编辑：俞佳琪"),
    ("d07_yanling.txt", "芮晓东", "通讯员", "correspondent", None, "（通讯员 芮晓东）"),
]

# (file, name, type, date_text, organizers, chair, leader, speakers, attendees, evidence)
MEETINGS = [
    (
        "d01_jianxi.txt",
        "区政府第二十六次常务会议",
        "meeting (区政府常务会议)",
        "4月12日上午",
        ["涧西区政府"],
        "柯文清",
        None,
        ["柯文清"],
        ["闫立山", "戚慧", "樊永辉"],
        "区委副书记、区长柯文清主持召开区政府第二十六次常务会议",
    ),
    (
        "d02_anyang.txt",
        "工业经济运行和重点企业生产情况调研",
        "inspection (调研)",
        "1月20日下午",
        [],
        None,
        "宗立平",
        ["宗立平"],
        ["霍俊明"],
        "市委副书记、市长宗立平带队到安阳高新区和殷都区，调研工业经济运行和重点企业生产情况",
    ),
    (
        "d03_xiangcheng.txt",
        "县委理论学习中心组2024年第一次集体学习",
        "study session (集体学习)",
        "1月19日上午",
        ["襄城县委理论学习中心组"],
        "娄建新",
        None,
        ["娄建新", "盛凯"],
        ["祁书成", "管文亮", "甘秋实", "盛凯"],
        "县委理论学习中心组举行2024年第一次集体学习",
    ),
    (
        "d04_huangdao.txt",
        "全区安全生产工作会议",
        "meeting (安全生产工作会议)",
        "6月21日",
        [],
        "隋立国",
        None,
        ["宫振海"],
        ["宫振海"],
        "6月21日，全区安全生产工作会议召开",
    ),
    (
        "d05_jiangning.txt",
        "重点项目建设调研",
        "inspection (调研)",
        "9月13日",
        [],
        None,
        "邰华东",
        ["邰华东"],
        ["蔺美华"],
        "江宁开发区党工委副书记、管委会主 任邰华东带队调研重点项目建设",
    ),
    (
        "d06_zhuji.txt",
        "走访慰问困难群众和老党员",
        "inspection (走访慰问)",
        "11月7日",
        [],
        None,
        "应伟东",
        [],
        ["楼志平"],
        "市委副书记、市长应伟东走访慰问枫桥镇、店口镇的困难群众和老党员",
    ),
    (
        "d07_yanling.txt",
        "民营企业家座谈会",
        "meeting (座谈会)",
        "7月5日下午",
        [],
        "晁振华",
        None,
        ["晁振华"],
        ["卞晓光", "尉红梅"],
        "县委书记晁振华主持召开民营企业家座谈会",
    ),
    (
        "d08_haigang.txt",
        "防汛应急演练",
        "activity (演练)",
        "8月8日上午",
        ["海港区防汛抗旱指挥部"],
        "仉海燕",
        None,
        ["阚立新"],
        ["阚立新"],
        "区防汛抗旱指挥部在石河沿岸组织开展防汛应急演练",
    ),
]

# (file, name, kind, evidence)
PROJECTS = [
    ("d01_jianxi.txt", "轴承产业园二期项目", "project", "加快轴承产业园二期项目建设"),
    ("d02_anyang.txt", "安阳钢铁集团冷轧薄板项目", "project", "先后来到安阳钢铁集团冷轧薄板项目和高新区新能源电池产业园"),
    ("d02_anyang.txt", "新能源电池产业园", "industrial_park", "先后来到安阳钢铁集团冷轧薄板项目和高新区新能源电池产业园"),
    ("d03_xiangcheng.txt", "硅碳新材料产业园", "industrial_park", "襄城经济技术开发区扩区调规和硅碳新材料产业园建设"),
    ("d05_jiangning.txt", "智能电网产业园三期项目", "project", "实地察看智能电网产业园三期项目和空港物流中心项目进展"),
    ("d05_jiangning.txt", "空港物流中心项目", "project", "实地察看智能电网产业园三期项目和空港物流中心项目进展"),
]

# (file, name, kind, context, evidence)
PLACES = [
    ("d02_anyang.txt", "安阳高新区", "development_zone", "standalone", "带队到安阳高新区和殷都区"),
    ("d02_anyang.txt", "殷都区", "district", "standalone", "带队到安阳高新区和殷都区"),
    ("d03_xiangcheng.txt", "襄城经济技术开发区", "development_zone", "standalone", "加快推进襄城经济技术开发区扩区调规"),
    ("d05_jiangning.txt", "江宁开发区", "development_zone", "standalone", "江宁开发区党工委副书记"),
    ("d06_zhuji.txt", "枫桥镇", "town", "standalone", "走访慰问枫桥镇、店口镇的困难群众"),
    ("d06_zhuji.txt", "店口镇", "town", "standalone", "走访慰问枫桥镇、店口镇的困难群众"),
    ("d07_yanling.txt", "鄢陵县", "county", "standalone", "鄢陵县召开民营企业家座谈会"),
    ("d07_yanling.txt", "鄢陵", "county", "standalone", "自2014年12月到鄢陵工作以来"),
    ("d08_haigang.txt", "石河", "river", "standalone", "在石河沿岸组织开展防汛应急演练"),
]


def _jsonl(name: str, rows: list[dict]) -> None:
    write_jsonl(HERE / name, rows)


def main() -> None:
    documents = []
    for file, (year, estimate, shape, place, province, opening, date_text, inferred, heads) in DOCS.items():
        raw = (TEXTS / file).read_text(encoding="utf-8")
        start = raw.index(opening)
        body_end = max(raw.rfind("。", start), raw.rfind("）", start))
        first20 = raw[start : start + 20]
        people = sorted(
            {h[1] for h in HOLDINGS if h[0] == file} | {b[1] for b in BYLINES if b[0] == file and b[3] != "editor"}
        )
        documents.append(
            {
                "file": file,
                "file_id": file[:3],
                "publication_year": year,
                "year_confidence": "high",
                "date_estimate": estimate,
                "date_confidence": "high",
                "place_label": place,
                "province": province,
                "page_shape": shape,
                "dating_evidence": [{"article": 1, "evidence": date_text, "reasoning": "event day in the lead"}],
                "outside_context": [],
                "article_count": 1,
                "articles": [
                    {
                        "index": 1,
                        "headline": " ".join(heads),
                        "headline_lines": heads,
                        "headline_position": "before body",
                        "headline_note": None,
                        "body_first20_raw": first20,
                        "body_first20_nows": "".join(first20.split()),
                        "date_text": date_text,
                        "date_inferred": inferred,
                        "reporters": [b[1] for b in BYLINES if b[0] == file and b[3] != "editor"],
                        "byline": None,
                        "editors": [b[1] for b in BYLINES if b[0] == file and b[3] == "editor"],
                        "persons_mentioned": people,
                        "referenced_meetings": [],
                        "topic": shape,
                        "char_spans": [[start, body_end + 1]],
                    }
                ],
            }
        )
    (HERE / "documents.json").write_text(
        json.dumps({"conventions": "see ../../CONVENTIONS.md", "documents": documents}, ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8",
    )
    persons: dict[tuple[str, str], dict] = {}
    for file, name, pid, org, title, evidence in HOLDINGS:
        p = persons.setdefault(
            (file, name),
            {
                "name": name,
                "id": pid,
                "type": "official",
                "scope": org,
                "summary": "",
                "files": {file[:3]: {"file": file, "articles": [1], "mentions": 0}},
                "posts": [],
                "byline_roles": [],
                "example_evidence": evidence,
            },
        )
        p["posts"].append({"post": org + title, "where": [f"{file[:3]}#A1"]})
    for file, name, label, role, _credit, evidence in BYLINES:
        persons[(file, name)] = {
            "name": name,
            "id": f"d:{name}",
            "type": role,
            "scope": "page staff" if role == "editor" else "byline",
            "summary": f"{label}, {file[:3]}",
            "files": {file[:3]: {"file": file, "articles": [1], "mentions": 0}},
            "posts": [],
            "byline_roles": [f"{file[:3]}#A1: {label}"],
            "example_evidence": evidence,
        }
    for (file, name), p in persons.items():
        raw = "".join((TEXTS / file).read_text(encoding="utf-8").split())
        p["files"][file[:3]]["mentions"] = raw.count(name)
        p["summary"] = p["summary"] or "; ".join(x["post"] for x in p["posts"])
    counts: dict[str, int] = {}
    for p in persons.values():
        counts[p["type"]] = counts.get(p["type"], 0) + 1
    counts["total"] = len(persons)
    (HERE / "persons.json").write_text(
        json.dumps(
            {
                "note": "Set d persons (pages with page chrome and page dates). type: official, reporter, correspondent, "
                "editor "
                "(责任编辑/编辑/审核/本版编辑). mentions = whitespace-insensitive occurrences in the file. id = person_id.",
                "counts": counts,
                "persons": list(persons.values()),
            },
            ensure_ascii=False,
            indent=1,
        )
        + "\n",
        encoding="utf-8",
    )
    _jsonl(
        "post_holdings.jsonl",
        [
            {
                "file": f,
                "article": 1,
                "person": n,
                "person_id": pid,
                "org": org,
                "title": t,
                "post": org + t,
                "date_text": DOCS[f][6],
                "date_inferred": DOCS[f][7],
                "evidence": ev,
                "note": None,
            }
            for f, n, pid, org, t, ev in HOLDINGS
        ],
    )
    _jsonl(
        "reporters.jsonl",
        [
            {"file": f, "article": 1, "person": n, "label": label, "role": role, "credit": credit, "evidence": ev}
            for f, n, label, role, credit, ev in BYLINES
        ],
    )
    _jsonl(
        "meetings.jsonl",
        [
            {
                "file": f,
                "article": 1,
                "name": name,
                "type": typ,
                "date_text": dt,
                "organizers": orgs,
                "chair": chair,
                "leader": leader,
                "speakers": speakers,
                "attendees": attendees,
                "attendee_groups": [],
                "speaker_groups": [],
                "evidence": ev,
                "evidence_participants": [],
                "note": None,
            }
            for f, name, typ, dt, orgs, chair, leader, speakers, attendees, ev in MEETINGS
        ],
    )
    _jsonl(
        "projects.jsonl",
        [
            {"file": f, "article": 1, "name": name, "kind": kind, "evidence": ev, "note": None}
            for f, name, kind, ev in PROJECTS
        ],
    )
    _jsonl(
        "places.jsonl",
        [
            {"file": f, "name": name, "kind": kind, "articles": [1], "context": ctx, "evidence": ev, "note": None}
            for f, name, kind, ctx, ev in PLACES
        ],
    )


if __name__ == "__main__":
    main()
