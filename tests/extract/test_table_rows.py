"""Personnel tables written as text, through the whole pipeline (invented people, real places)."""

from __future__ import annotations

from newskg.extract.chrome import line_kind
from newskg.extract.model import Document
from newskg.extract.pipeline import extract_document


def _holdings(text: str) -> list[tuple[str, str, str, str]]:
    res = extract_document(Document("p.txt", "p.txt", text), cli_date="2021-11-22")
    return [(h.change, h.person.text, h.org, h.title) for f in res.articles for h in f.holdings]


def test_a_notice_s_table_current_posts_held_and_posts_to_come_not():
    page = """南平组工网
当前位置：首页 > 干部工作 > 干部公示

南平市管领导干部任前公示

发布时间：2021-11-22 17:40

经市委研究，现将拟任职人选情况予以公示。
序号 | 姓名 | 性别 | 出生年月 | 籍贯 | 学历 | 现任职务 | 拟任职务 | 备注
1 | 游建林 | 男 | 1979.04 | 福建建瓯 | 在职研究生 | 邵武市委常委、常务副市长 | 建阳区委副书记 |
2 | 詹丽华 | 女 | 1984.06 | 福建浦城 | 硕士研究生 | 南平市财政局预算科科长 | 南平市财政局副局长 | 试用期一年

公示时间：2021年11月23日至11月29日。
"""
    assert _holdings(page) == [("", "游建林", "邵武市委", "常委"), ("", "游建林", "邵武市政府", "常务副市长"),
                               ("", "詹丽华", "南平市财政局预算科", "科长")]


def test_an_appointment_table_s_posts_are_appointments_and_its_dismissals_nothing():
    page = """玉溪市江川区人民政府
当前位置：首页 > 人事信息

江川区人民政府关于李某等同志职务任免的通知

发布时间：2024-07-16

各街道办事处、镇人民政府，区属各部门：经区人民政府研究，决定对以下同志职务任免如下：
序号 | 姓名 | 任职 | 免职 | 备注
1 | 秦晓明 | 江川区农业农村局副局长 | | 试用期一年
2 | 杨占山 | | 江川区农业农村局副局长 | 另有任用
3 | 刀玉兰 | 江川区文化和旅游局副局长 | 江川区大街街道办事处副主任 | 试用期一年
"""
    assert _holdings(page) == [("appointed", "秦晓明", "江川区农业农村局", "副局长"),
                               ("appointed", "刀玉兰", "江川区文化和旅游局", "副局长")]


def test_a_table_row_is_no_navigation_bar():
    assert line_kind("序号 | 姓名 | 性别 | 出生年月 | 籍贯 | 学历 | 现任职务 | 拟任职务 | 备注") is None
    assert line_kind("4 | 詹丽华 | 女 | 1984.06 | 福建浦城 | 硕士研究生 | 南平市财政局预算科科长") is None
    assert line_kind("首页 | 政务公开 | 政务服务 | 互动交流") == "nav"


def test_a_table_laid_out_with_wide_spaces_under_a_sentence():
    """A 任前公示 whose columns are parted by wide spaces, its header right under the notice's sentence: each row's
    现任职务 is held, the 拟任 cell (with its comma) is not, and the notice's sentence is not the header's."""
    text = ("内丘县委管理干部任前公示\n\n发布日期：2023-03-21\n\n根据有关规定，拟对以下同志提拔任用，现予以公示。\n\n"
            "姓名\u3000\u3000出生年月\u3000\u3000现任职务\u3000\u3000\u3000\u3000拟任职务\n"
            "贾某峰\u30001980.07\u3000\u3000内丘县官庄镇党委书记\u3000\u3000\u3000内丘县住房和城乡建设局党组书记，提名为局长"
            "人选\n"
            "石某琴\u30001984.02\u3000\u3000内丘县金店镇党委副书记、镇长\u3000\u3000\u3000内丘县金店镇党委书记\n")
    assert [(n, o, t) for _c, n, o, t in _holdings(text)] == [
        ("贾某峰", "内丘县官庄镇党委", "书记"), ("石某琴", "内丘县金店镇党委", "副书记"),
        ("石某琴", "内丘县金店镇政府", "镇长")]


def test_a_roster_s_leaders_and_their_posts():
    """A duty roster (日期 | 带班领导 | 职务 | 值班电话, its rows a day and a phone around the name) and a 包保 table
    (序号 | 包保乡镇 | 包保领导 | 职务): each leader holds the posts of the 职务 cell; neither is a navigation bar; a
    role's label before a name (总河长：某某　县委书记) gives the posts after the name."""
    text = ("公安县人民政府\n首页 | 政务公开 | 政务服务\n当前位置：首页 > 政务公开\n\n春节期间县领导带班安排\n\n"
            "发布时间：2024-02-05 10:00\n\n现将春节期间县领导带班安排公布如下：\n"
            "日期\t带班领导\t职务\t值班电话\n2月9日（除夕）\t宓某栋\t县委书记\t5222101\n"
            "2月10日（初一）\t祁某川\t县委副书记、县长\t5222102\n\n县级总河长名单\n总河长：龚某远　县委书记\n")
    assert sorted((n, o, t) for _c, n, o, t in _holdings(text)) == sorted([
        ("宓某栋", "公安县委", "书记"), ("祁某川", "公安县委", "副书记"), ("祁某川", "公安县政府", "县长"),
        ("龚某远", "公安县委", "书记")])


def test_a_congress_s_name_lists_under_headings_that_name_their_title():
    """附：…委员会候补委员名单 /（5名，按得票多少为序）/ 甲　乙: each name holds the heading's title of its organ; a list
    line whose order note comes first (常委：（按姓氏笔画为序）甲　乙) is read too."""
    page = ("秭归县人民政府\n\n中国共产党秭归县第十五次代表大会胜利闭幕\n\n发布时间：2021-09-17\n\n"
            "9月17日上午，中国共产党秭归县第十五次代表大会胜利闭幕。附：\n"
            "中国共产党秭归县第十五届委员会候补委员名单\n（3名，按得票多少为序）\n屈某峰　龚某桥　望某林\n\n"
            "中国共产党秭归县第十五届委员会书记、副书记、常务委员会委员名单\n\n书记：向某雷\n"
            "常委：（按姓氏笔画为序）\n王某博　向某雷\n")
    assert _holdings(page) == [
        ("", "屈某峰", "秭归县委", "候补委员"), ("", "龚某桥", "秭归县委", "候补委员"),
        ("", "望某林", "秭归县委", "候补委员"),
        ("", "向某雷", "秭归县委", "书记"), ("", "王某博", "秭归县委", "常委"), ("", "向某雷", "秭归县委", "常委"),
    ]


def test_a_list_line_whose_order_note_stands_before_its_colon():
    """常委（按姓氏笔画为序）：甲　乙　丙 under a 名单's heading: each name a 常委 of the heading's organ (part fg)."""
    page = ("宁明县人民政府\n\n中共宁明县委召开十五届一次全会\n\n发布时间：2021-09-26\n\n"
            "9月26日，中国共产党宁明县第十五届委员会第一次全体会议召开。附：\n"
            "中国共产党宁明县第十五届委员会书记、副书记、常委名单\n书记：农某峰\n副书记：覃某荣　梁某芬\n"
            "常委（按姓氏笔画为序）：尹某宏　农某峰　闭某宁\n")
    assert _holdings(page) == [
        ("", "农某峰", "宁明县委", "书记"), ("", "覃某荣", "宁明县委", "副书记"), ("", "梁某芬", "宁明县委", "副书记"),
        ("", "尹某宏", "宁明县委", "常委"), ("", "农某峰", "宁明县委", "常委"), ("", "闭某宁", "宁明县委", "常委"),
    ]


def test_a_table_saved_one_cell_a_line_is_read_row_by_row():
    page = """中共慈利县委组织部
当前位置：首页 > 公示公告

县管干部任前公示

发布时间：2023-09-12 09:30

经县委研究，现将拟任职人选予以公示：

序号
姓名
性别
出生年月
现任职务
拟任职务
1
宋某华
男
1979.06
县财政局党组书记、局长
拟提名为县人民政府副县长人选
2
田某梅
女
1982.11
零阳街道党工委书记
县直单位正职

公示时间：2023年9月12日至9月18日。
"""
    assert _holdings(page) == [("", "宋某华", "慈利县财政局党组", "书记"), ("", "宋某华", "慈利县财政局", "局长"),
                               ("", "田某梅", "慈利县零阳街道党工委", "书记")]


def test_a_leader_list_s_lines_name_then_posts_each_over_its_duties():
    """A 分工 notice and a 领导之窗 page: a number, a name, a space, the posts (a chain, a second one after a comma);
    the duties below name no post (part hi)."""
    page = """修水县人民政府
首页 | 走进修水 | 政务公开

修水县人民政府关于调整县政府领导工作分工的通知

发布日期：2022-03-08

现将县政府领导工作分工调整如下：

一、冷某刚　县委副书记、县长
领导县政府全面工作。负责审计方面工作。分管县审计局。

二、黎某红　县委常委、常务副县长
协助县长负责县政府常务工作。分管县财政局、县统计局。

三、闻某轩　副县长（挂职），徐州市驻修水工作组组长
协助负责东西部协作、招商引资方面工作。联系沛县在修水投资企业。
"""
    assert _holdings(page) == [
        ("", "冷某刚", "修水县委", "副书记"), ("", "冷某刚", "修水县政府", "县长"), ("", "黎某红", "修水县委", "常委"),
        ("", "黎某红", "修水县政府", "常务副县长"), ("", "闻某轩", "修水县政府", "副县长"),
        ("", "闻某轩", "徐州市驻修水工作组", "组长")]
