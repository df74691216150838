"""The fields of a chrome line (:mod:`extract.chrome`): the page-chrome lexicon, the labels of stamps, editors and
footers, and :func:`field_kinds`, which reads a line token by token and gives the kinds of its fields, or None when
one of them is article text. Split from :mod:`extract.chrome`, which decides a line's kind from them."""

from __future__ import annotations

import re
from functools import cache

from .resources import table
from .spaced_fields import join_spaced_labels

PUNCT = "。，；！？"  # sentence punctuation: an article line has it, a chrome line does not


@cache
def lexicon() -> dict[str, tuple[str, ...]]:
    """``page_chrome.tsv`` by kind (label, tool, pager, site …), each kind's words longest first."""
    out: dict[str, list[str]] = {}
    for kind, word in table("page_chrome.tsv"):
        out.setdefault(kind, []).append(word)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def alt(kind: str) -> str:
    return "|".join(re.escape(w) for w in lexicon()[kind])


@cache
def patterns() -> dict[str, re.Pattern[str]]:
    return {
        "location": re.compile(rf"^(?:{alt('location')})[ ]*[：:]"),
        "label": re.compile(rf"^(?:{alt('label')})[：:]"),
        "suffix": re.compile(rf"(?:{alt('suffix')})$"),
        "site": re.compile(rf"(?:{alt('site')})$"),
        "column": re.compile(rf"^[\u4e00-\u9fff]{{0,6}}(?:{alt('column')})$"),
    }


DATE = r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日|\d{2}-\d{2}-\d{2})"
_DATE_TOKEN_RE = re.compile(rf"^{DATE}$")
_TIME_TOKEN_RE = re.compile(r"^(?:\d{1,2}[:：]\d{2}(?:[:：]\d{2})?|\d{1,2}时\d{1,2}分(?:\d{1,2}秒)?)$")  # 17:42, 17时42分
_OTHER_TOKEN_RE = re.compile(
    r"^(?:\d+(?:\.\d+)?[万号]?|次|人次|[|｜>/▶▷►↗\-]|Copyright|©|星期[一二三四五六日天]|周[一二三四五六日]|\S*(?:ICP备|公网安备)\S*"
    r"|(?:共|本期|今日)\d+(?:条|页|篇|版)|(?:共有|已有)\d+(?:条评论|人阅读|人参与|次浏览)|(?:阅读|浏览)[：:]?\d+"
    r"|(?:打开|下载)\S{0,12}?(?:客户端|APP|App)(?:[，,]?\S{0,10})?|打开|查看更多评论)$"  # 打开某某客户端，阅读体验更佳
)
#: Provinces by their short names: a stamp line of a copied post may end with the one it was sent from.
_PROVINCES = frozenset("北京 天津 河北 山西 内蒙古 辽宁 吉林 黑龙江 上海 江苏 浙江 安徽 福建 江西 山东 河南 "
                       "湖北 湖南 广东 广西 海南 重庆 四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆 香港 澳门 台湾".split())
_NAME_RE, _LETTER_RE = re.compile(r"^[\u4e00-\u9fff]{2,4}$"), re.compile(r"[\u4e00-\u9fff]")
_DOMAIN_RE = re.compile(r"^(?:[A-Za-z0-9-]+\.)+(?:com|cn|net|org|gov)(?:\.cn)?$")  # a site's address
TOKEN_SPLIT_RE = re.compile(r"[ 【】\[\]［］（）()©]+")

#: Labels whose value is the page's date (read by :func:`extract.page_dates.page_date` too).
_STAMP = "发布时间 发布日期 发表时间 发表日期 发布 更新时间 信息时间 发文日期 成文日期 生成日期 回复时间 日期 时间"
STAMP_LABELS = tuple(_STAMP.split())
#: Labels of the page's source, its value maybe after a space (来源：　某网), maybe before the page's date.
SOURCE_LABELS = ("来源", "信息来源", "稿件来源", "文章来源", "本文来源")

_SPACE_BEFORE_COLON_RE = re.compile(  # 发布时间 ： 2024-02-27, 索 引 号：, 标　　题：: the label is the word before them
    r"[ ]+(?=[：:])|(?<=^[\u4e00-\u9fff])[ ]+(?=[\u4e00-\u9fff][ ]?[\u4e00-\u9fff]?[ ]*[：:])"
    r"|(?<=^[\u4e00-\u9fff] [\u4e00-\u9fff]) (?=[\u4e00-\u9fff][ ]*[：:])")
_ROLE_WORDS = frozenset({"记者", "通讯员", "摄影", "摄像"})  # fields of a stamp line, names after them (记者 麦某聪)
_EDITOR_LABELS = tuple("责任编辑 本版编辑 网络编辑 编辑 作者 审核 审校 初审 复审 终审 一审 二审 三审 校对 编审 记者 通讯员 "
                       "摄像 签发 监制 责编 版式设计 美编 排版 组版".split())
_FOOTER_LABELS = tuple("主办 主办单位 承办 承办单位 协办 版权所有 技术支持 网站标识码 备案号 公安备案号 地址 联系电话 电话 "
                       "邮编 违法和不良信息举报电话 举报电话 新闻热线 许可证".split())  # 广告许可证: the end of a label
_COLUMN_LABELS = ("栏目", "旗下栏目", "所属栏目")  # a channel list's, channel names over spaces (旗下栏目: 涡阳县 蒙城县)


@cache
def tool_words() -> tuple[frozenset[str], frozenset[str]]:
    """Words that stand alone as a field (tools, pagers, home links), and the pagers among them."""
    lx = lexicon()
    return frozenset(lx["tool"] + lx["pager"] + lx["home"]), frozenset(lx["pager"])


@cache
def table_labels() -> frozenset[str]:  # a disclosure table's field names (索引号, 标题 …), read by extract.clean too
    return frozenset(lexicon()["table"])


def field_kinds(line: str) -> set[str] | None:
    """The kinds of a line's fields, or None when one field is no chrome."""
    kinds: set[str] = set()
    tools, pagers = tool_words()
    pats = patterns()
    table = table_labels()
    footer_value = False  # a footer label's value may run over spaces (地址：XX区 XX路1号)
    names_value = False  # so may an editor label's names (作者：王某 张某)
    source_value = False  # a source label's value after a space (来源：　中国确山网), one token
    roles = False  # role words without colons: fields of a dated stamp line only
    dated = False  # a date label (发布时间, 发布) seen
    author = False  # a bare name after the date: a stamp's only when a label follows (来源：…)
    for token in TOKEN_SPLIT_RE.split(join_spaced_labels(_SPACE_BEFORE_COLON_RE.sub("", line), table)):
        if not token or not any(c.isalnum() for c in token):
            continue  # 👍, 💬, ↗: a tool bar's icons
        if token in _ROLE_WORDS:  # 记者 麦某聪 通讯员 温某琳: a byline's roles without their colons, names after them
            roles = True
            names_value, footer_value = True, False
            continue
        if (m := pats["label"].match(token)) is not None:
            label = m.group()[:-1]
            footer_value = label.endswith(_FOOTER_LABELS) or label in _COLUMN_LABELS
            names_value = label in _EDITOR_LABELS  # 作者：王某 张某
            source_value = label in SOURCE_LABELS and m.end() == len(token)
            if label in pagers:
                kinds.add("pager")  # 上一篇：…
            elif label in STAMP_LABELS:
                kinds.add("stamp")
                dated = True
            elif label in _EDITOR_LABELS:
                kinds.add("editor")
            elif label in _COLUMN_LABELS:
                kinds.add("nav")
            elif footer_value:
                kinds.add("footer")
            else:
                kinds.add("stamp" if label in SOURCE_LABELS else "tools")
            continue
        if source_value:
            source_value = False
            if not any(p in token for p in PUNCT):
                continue
        if token in _PROVINCES and kinds & {"stamp", "date"}:
            continue  # 2023-09-14 18:05:21　来源: 某某融媒　河南: the province a copied post was sent from
        if token in table:  # 发布机构　射阳县盘湾镇: a disclosure table's field, its value after a space
            kinds.add("stamp" if token in STAMP_LABELS else "index")
            footer_value, names_value = True, False
            continue
        if token in tools:
            kinds.add("pager" if token in pagers else "tools")
            footer_value = names_value = False
        elif _DATE_TOKEN_RE.match(token):
            kinds.add("date")
        elif _TIME_TOKEN_RE.match(token) or _OTHER_TOKEN_RE.match(token):
            if "ICP备" in token or "公网安备" in token:
                kinds.add("footer")
        elif pats["suffix"].search(token):
            kinds.add("suffix")
        elif pats["site"].search(token) or token.endswith("报"):
            kinds.add("site")
        elif footer_value and not any(p in token for p in PUNCT):
            continue
        elif names_value and (_NAME_RE.match(token) or _LETTER_RE.fullmatch(token)):  # 龙　敏: a name spaced out
            continue
        elif _DOMAIN_RE.match(token):
            continue  # nd.fjsen.com　2024-06-27 10:06:15　来源：…: the site's address leading its stamp
        elif "date" in kinds and not author and _NAME_RE.match(token):
            author = True  # 2024-06-27 10:06:15　林某晴　来源：…: the author between the date and the source
        else:
            return None
    if roles and not (dated or "date" in kinds) or author and "stamp" not in kinds:
        return None  # （某县融媒体中心 记者 某某）: a credit of the article's own; 2024-06-27 林某晴 调研: a name, no stamp
    return kinds
