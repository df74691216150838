from __future__ import annotations

import pytest
from newskg.extract import chrome as CH
from newskg.extract import clean as C
from newskg.extract.articles import segment
from newskg.extract.model import Document

BODY = "3月14日，县委书记苗振国深入博望镇调研重点项目建设。"


def _found(page: str) -> list[tuple[int, int, str, str]]:
    norm = C.apply(page, C.NORMALIZE)
    return [(c.start, c.end, c.kind, norm[c.start : c.end]) for c in CH.find(norm)]


# One page per chrome pattern: the pattern's line, a title and a body line; exact spans of the normalised text.
@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # breadcrumb with its cue, and one without (a site's name first)
        ("当前位置：首页 > 政务公开 > 工作动态\n县委书记调研项目建设\n" + BODY,
         [(0, 21, "breadcrumb", "当前位置：首页 > 政务公开 > 工作动态")]),
        ("许昌网 > 县区频道 > 建安\n" + BODY, [(0, 15, "breadcrumb", "许昌网 > 县区频道 > 建安")]),
        # navigation menu, by bars and by spaces after 首页
        ("首页 | 政务公开 | 政务服务\n" + BODY, [(0, 16, "nav", "首页 | 政务公开 | 政务服务")]),
        ("首页　政务公开　政务服务　互动交流\n" + BODY, [(0, 17, "nav", "首页 政务公开 政务服务 互动交流")]),
        # stamp: 发布时间 with a time, 来源, 浏览次数
        ("县委书记调研项目建设\n发布时间：2023-07-28 16:55　　来源：县委办　　浏览次数：\n" + BODY,
         [(11, 47, "stamp", "发布时间：2023-07-28 16:55  来源：县委办  浏览次数：")]),
        # a stamp that ends in its page's tools: 字体 with its sizes, 分享 with nothing after it
        ("县委书记调研项目建设\n发布时间：2024-10-16 15:08　　来源：经济发展局　　字体：【大】【中】【小】"
         "　　分享：\n" + BODY,
         [(11, 61, "stamp", "发布时间：2024-10-16 15:08  来源：经济发展局  字体：【大】【中】【小】  分享：")]),
        # a portal's channel list, and a stamp with the page's popularity (人气) before its date
        ("旗下栏目: 涡阳县 蒙城县 亳州市/谯城区 利辛县\n" + BODY,
         [(0, 25, "nav", "旗下栏目： 涡阳县 蒙城县 亳州市/谯城区 利辛县")]),
        ("来源:涡河网 作者:涡河网 人气:401 发布时间:2023-05-05 14:29:06\n" + BODY,
         [(0, 45, "stamp", "来源：涡河网 作者：涡河网 人气：401 发布时间：2023-05-05 14:29:06")]),
        # a copyright notice above the article: sentences, but none of the article's
        ("凡本报记者署名文字、图片，版权均属晚报社所有。未经授权不得转载。\n" + BODY,
         [(0, 32, "notice", "凡本报记者署名文字、图片，版权均属晚报社所有。未经授权不得转载。")]),
        # a bare date stamp
        ("2024-01-22　　来源：党政办公室\n" + BODY, [(0, 20, "stamp", "2024-01-22  来源：党政办公室")]),
        # editor and author lines
        (BODY + "\n责任编辑：马晓东", [(28, 36, "editor", "责任编辑：马晓东")]),
        (BODY + "\n（责任编辑：潘一诺）", [(28, 38, "editor", "（责任编辑：潘一诺）")]),
        # font size tool bar, print / close window
        ("字号：[大 中 小]\n" + BODY, [(0, 10, "tools", "字号：[大 中 小]")]),
        (BODY + "\n【打印本页】【关闭窗口】", [(28, 40, "tools", "【打印本页】【关闭窗口】")]),
        # pager between articles
        (BODY + "\n上一篇　　下一篇", [(28, 36, "pager", "上一篇  下一篇")]),
        # image file name
        ("IMG_20230728_1655.jpg\n" + BODY, [(0, 21, "image", "IMG_20230728_1655.jpg")]),
        # photo caption with the photographer's credit
        ("图为宗立平（右二）在企业车间察看生产线。　记者 温嘉禾 摄\n" + BODY,
         [(0, 29, "caption", "图为宗立平（右二）在企业车间察看生产线。 记者 温嘉禾 摄")]),
        # pager with the other article's title, font size with 字体大小
        (BODY + "\n上一篇：黄岛区举行服务站启用仪式", [(28, 44, "pager", "上一篇：黄岛区举行服务站启用仪式")]),
        ("字体大小：大 中 小　　【打印】\n" + BODY, [(0, 16, "tools", "字体大小：大 中 小  【打印】")]),
        # list stamp of another article
        (BODY + "\n· 县政府召开第十二次常务会议 [2023-07-20]",
         [(28, 56, "list", "· 县政府召开第十二次常务会议 [2023-07-20]")]),
        # edition line with its 上一版 link, and an edition date line
        ("第K02版：综合新闻 | 上一版\n" + BODY, [(0, 16, "edition", "第K02版：综合新闻 | 上一版")]),
        ("2022年03月03日　星期四\n" + BODY, [(0, 15, "edition", "2022年03月03日 星期四")]),
        # dateline at the end
        (BODY + "\n——2024年2月3日", [(28, 39, "dateline", "——2024年2月3日")]),
        # footer
        (BODY + "\n主办单位：方城县人民政府办公室　　豫ICP备00000000号-1",
         [(28, 61, "footer", "主办单位：方城县人民政府办公室  豫ICP备00000000号-1")]),
        # site line above the navigation, column name
        ("方城县人民政府门户网站\n首页 | 政务公开\n" + BODY,
         [(0, 11, "site", "方城县人民政府门户网站"), (12, 21, "nav", "首页 | 政务公开")]),
        ("新华要闻\n" + BODY, [(0, 4, "column", "新华要闻")]),
    ],
)
def test_chrome_line(page, expected):
    assert _found(page) == expected


@pytest.mark.parametrize(
    "line",
    [
        BODY,
        "县委书记苗振国调研重点项目建设",  # a headline
        "（来源：新郑市融媒体中心 记者 屈雅楠）",  # a byline inside a credit: the reporter is kept
        "扫雪除冰保畅通 多措并举暖人心",
        "会议还研究了其他事项。",
    ],
)
def test_article_lines_are_no_chrome(line):
    assert CH.line_kind(line) is None


PAGE = (
    "方城县人民政府门户网站\n"
    "当前位置：首页 >> 新闻中心 >> 方城要闻\n\n"
    "县委书记苗振国调研重点项目建设\n\n"
    "发布日期：2024-03-15　　来源：县委宣传部\n"
    "字体：【大】【中】【小】\n\n"
    "3月14日，县委书记苗振国深入博望镇调研重点项目建设情况。县委副书记、县长樊玉清参加调研。\n\n"
    "责任编辑：胡晓帆\n"
    "【打印本页】　【关闭窗口】\n"
)


def test_page_chrome_stays_out_of_articles_with_offsets_into_the_file():
    doc = Document("p.txt", "p.txt", PAGE)
    arts = segment(doc)
    assert len(arts) == 1
    assert arts[0].headline == "县委书记苗振国调研重点项目建设"
    assert arts[0].text == "3月14日，县委书记苗振国深入博望镇调研重点项目建设情况。县委副书记、县长樊玉清参加调研。"
    assert [(m.label, m.text) for m in doc.chrome] == [
        ("site", "方城县人民政府门户网站"),
        ("breadcrumb", "当前位置：首页 >> 新闻中心 >> 方城要闻"),
        ("stamp", "发布日期：2024-03-15  来源：县委宣传部"),
        ("tools", "字体：【大】【中】【小】"),
        ("editor", "责任编辑：胡晓帆"),
        ("tools", "【打印本页】【关闭窗口】"),
    ]
    for m in doc.chrome:
        assert doc.clean[m.start : m.end] == m.text
    stamp = doc.chrome[2]
    s, e = doc.raw_span(stamp.start, stamp.end)
    assert doc.raw[s:e] == "发布日期：2024-03-15　　来源：县委宣传部"
    s, e = doc.raw_span(arts[0].start, arts[0].end)
    assert doc.raw[s:e] == arts[0].text


def test_weak_chrome_only_above_or_below_the_body():
    # PDF column text breaks lines anywhere: a fragment ending in 主办 or 要闻 inside the body stays body text.
    page = "县里举办文化节\n本次文化节由县委宣传部、县文广旅局\n联合主办\n共有20个乡镇参加展演。\n县政府办公室主办\n"
    assert _found(page) == [(44, 52, "credit", "县政府办公室主办")]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("分享到：微信 微博 QQ空间", "tools"),
        ("扫一扫在手机打开当前页", "tools"),
        ("作者：王晓明 张一凡", "editor"),  # an editor label's names run over spaces
        ("索引号：11410100/2023-00123  发布机构：区政府办公室", "tools"),
        ("您所在的位置：首页 > 新闻中心", "breadcrumb"),
        ("首页>>新闻中心>>图片新闻", "breadcrumb"),
        ("时间：2023年07月28日 16:55  来源：本站", "stamp"),
        ("来源：新郑市融媒体中心 记者 屈雅楠", None),  # a reporter after the source: kept for the byline
        ("来源：新周庄客户端 2019-07-19 16:40:12", "stamp"),  # 周 inside a name is no weekday: no edition line
        ("临湘日报 2019-07-19 周五", "edition"),
        ("您当前的位置 ：临湘在线 >> 新闻中心     来源：临湘网 2019-07-19 16:40", "stamp"),  # a stamp after the crumbs
        ("您当前的位置 ：临湘在线 >> 新闻中心", "breadcrumb"),
    ],
)
def test_line_kind(line, kind):
    assert CH.line_kind(line) == kind


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("县委召开常委会会议\n[2023-07-28]\n" + BODY, [(10, 22, "stamp", "[2023-07-28]")]),
        ("县委召开常委会会议\n2023年7月28日\n" + BODY, [(10, 20, "stamp", "2023年7月28日")]),
        (BODY + "\n2023年7月28日", [(28, 38, "dateline", "2023年7月28日")]),
    ],
)
def test_a_date_alone_above_the_article_is_a_stamp_below_it_a_dateline(page, expected):
    assert _found(page) == expected


# Rules found on blind pages: a stamp led by its source's name, a disclosure table's fields without colons, a weather
# strip above the article (kept when it is inside the article's text).
@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # source name + date + time: the page's stamp above the body, another article's entry below it
        ("县委书记调研项目建设\n临湘融媒　2022/5/9 9:05:12　　浏览量：\n" + BODY,
         [(11, 38, "stamp", "临湘融媒 2022/5/9 9:05:12  浏览量：")]),
        (BODY + "\n临湘融媒　2022/5/9 9:05:12", [(28, 49, "list", "临湘融媒 2022/5/9 9:05:12")]),
        # an information-disclosure table: the line with 发文日期 is the stamp, the others its index fields
        ("索引号　11430600/2022-01234　　组配分类　工作动态\n"
         "发布机构　临湘市长塘镇　　发文日期　2022-05-10\n文号　　主题分类\n县委书记调研项目建设\n" + BODY,
         [(0, 34, "index", "索引号 11430600/2022-01234  组配分类 工作动态"),
          (35, 63, "stamp", "发布机构 临湘市长塘镇  发文日期 2022-05-10"),
          (64, 72, "index", "文号  主题分类")]),
        # a weather strip and its heading above the headline
        ("天气预报：\n临湘市气象台2022年5月9日06时发布：今天多云转晴，北风2-3级，气温18℃至27℃。\n"
         "县委书记调研项目建设\n" + BODY,
         [(0, 5, "weather", "天气预报："),
          (6, 51, "weather", "临湘市气象台2022年5月9日06时发布：今天多云转晴，北风2-3级，气温18℃至27℃。")]),
        # below the site line and the navigation, still the page's head
        ("临湘市人民政府\n今日天气：多云 18℃~27℃\n县委书记调研项目建设\n" + BODY,
         [(0, 7, "site", "临湘市人民政府"), (8, 23, "weather", "今日天气：多云 18℃~27℃")]),
        # a forecast between article lines, or in the lead under a headline, is the article's
        (BODY + "\n今天白天多云，东南风3级，气温31℃。\n县领导要求做好防汛准备工作。", []),
        ("县气象台发布暴雨蓝色预警\n5月9日，县气象台发布暴雨蓝色预警，预计今天夜间有大雨，气温18℃至24℃。\n"
         "县防汛办要求各乡镇做好防汛准备。", []),
    ],
)
def test_chrome_line_of_blind_pages(page, expected):
    assert _found(page) == expected


@pytest.mark.parametrize(("line", "kind"), [
    # portal and app chrome: comment boxes, app prompts, reading counters, a topic page's counters and links
    ("共有0条评论　　请文明上网、理性发言　　【发表评论】", "tools"),
    ("网友评论", "tools"),
    ("打开山丹融媒客户端，阅读体验更佳　　　【立即打开】", "tools"),
    ("打开APP，看更多精彩内容　　　打开", "tools"),  # an app's prompt and its button (part fj)
    ("打开上游新闻APP，查看更多精彩内容", "tools"),
    ("山丹融媒　2022-03-09 19:26　　已有2356人阅读", "stamp"),
    ("更新时间：2023-05-08 09:20　　共3条", "stamp"),
    ("【阅读全文】", "tools"),
    ("上一页　1　下一页　　共1页", "pager"),
    # a stamp with the reporter's field, and a line of reporter, editor and reviewer
    ("2023-05-06　来源：海晏县融媒体中心　记者：卓玛吉", "stamp"),
    ("记者：苏婉清　　编辑：芦娇　　审核：邵立成", "editor"),
    # full-width digits, a full-width hyphen between them and a time with a Chinese colon (part fu)
    ("发布时间：２０２１－０５－１２　１０：２６　　来源：县政府办", "stamp"),
    ("时间：２０２３－１１－２４　　来源：通江县融媒体中心　　点击：", "stamp"),
])
def test_portal_and_app_chrome(line: str, kind: str) -> None:
    assert CH.line_kind(C.apply(line, C.NORMALIZE)) == kind


def test_a_microblog_or_app_post_s_time_line_is_its_stamp():
    from newskg.extract.chrome import line_kind

    for line in ("2021-5-18 09:15 来自 微博 weibo.com", "2023-03-08 19:20 · 安徽", "2025-04-09 18:26 · IP属地：安徽",
                 "2023-10-26 17:48 发布于 陕西", "2022-8-30 18:40 来自 新余发布"):
        assert line_kind(line) == "stamp", line
    assert line_kind("5月17日，县委副书记、县长裴定远到溪口镇调研") is None


def test_a_disclosure_page_s_date_line_with_empty_fields_is_a_stamp() -> None:
    """信息公开 pages: 发布日期 with an empty 文号 and a 关键词 field is the page's stamp, not its body's first line."""
    assert CH.line_kind("发布日期：2022-02-25　　文号：　　关键词：领导分工".replace("　", " ")) == "stamp"


def test_a_list_heading_already_read_as_chrome_is_blanked_once() -> None:
    """相关阅读 reads as a column line on its own: as the heading of the list under it, it is not listed twice (a line
    listed twice made the blanked text longer than the page and put every offset after it out of place)."""
    page = ("昆山开发区管委会\n\n开发区一季度集中开工\n\n发布时间：2022-02-10\n\n2月9日，开发区举行一季度重点项目集中开工活"
            "动。\n\n"
            "责任编辑：蔡某\n\n相关阅读\n· 昆山开发区召开2022年经济工作会议\n· 开发区举行项目推进会\n\n【打印本页】　【关闭"
            "窗口】\n")
    lines = CH.find(page)
    assert [c.start for c in lines] == sorted({c.start for c in lines})
    assert len(CH.blank(page, lines)) == len(page)
    doc = Document("p.txt", "p.txt", page)
    arts = segment(doc)
    assert [doc.raw_span(a.start, a.end) for a in arts] == [(page.index("2月9日"), page.index("活动。") + 3)]


@pytest.mark.parametrize(("line", "kind"), [
    ("2023-09-14 18:05:21　来源: 鄢陵融媒　河南".replace("　", " "), "stamp"),  # a copied post's stamp, its province last
    ("回复单位：临泉县人民政府  回复时间：2024-07-05 16:20", "stamp"),  # a 留言板 reply's line
    ("特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。", "notice"),
    ("Notice: The content above (including the pictures and videos if any) is uploaded", "notice"),
    ("![]()", "image"),  # a picture's placeholder in text copied from a portal
    ("举报", "tools"),
    ("阅读 3218 分享 收藏 点赞 56 在看 33", "tools"),
])
def test_portal_copies_chrome(line: str, kind: str) -> None:
    assert CH.line_kind(line) == kind


@pytest.mark.parametrize(("line", "kind"), [
    # a video news page's player bar, its script marks, its footer and its pager
    ("▶ 播放　　00:00 / 03:18　　视频时长：03:18　　［倍速］　［全屏］", "tools"),
    ("［播放］　　视频时长 02:47　　标清 | 高清　　　分享 ↗", "tools"),
    ("视频时长：02:41　　▷ 播放　　下载客户端观看高清版", "tools"),
    ("【导语】", "tools"),
    ("【同期声】", "tools"),
    ("Copyright © 渠县融媒体中心 版权所有　蜀ICP备19015826号-1", "footer"),
    ("上一条：渠县开展“七一”走访慰问老党员活动", "pager"),
    ("摄像：亓某强　　编辑：任某琳　　审核：薛某波", "editor"),
    ("发布人：admin　　发布时间：2014-03-14 09:12　　来源：市政府办　　阅读：[ ]", "stamp"),
    ("发布日期：2023-10-27　　作者：冉某峰　　来源：县人大常委会办公室　　阅读：【】次", "stamp"),  # an empty counter
])
def test_video_page_chrome(line: str, kind: str) -> None:
    assert CH.line_kind(C.apply(line, C.NORMALIZE)) == kind


@pytest.mark.parametrize(("line", "kind"), [
    # stamp lines of other sites: 发表日期, a bare 发布, a dash for no count, spaces before colons, role words as fields
    ("发表日期：2021-07-09　　作者：周某婷　　来源：嘉鱼县纪委监委　　点击数：", "stamp"),
    ("文章来源：本网　　更新时间：2021-03-26 16:40　　浏览数：-　　字体大小：【大 中 小】", "stamp"),
    ("发布时间 ： 2024-02-27 15:30:12　　来源 ： 乳源瑶族自治县人民政府办公室　　访问量 ：", "stamp"),
    ("栏目：镇街　　来源：中山日报　　记者 麦某聪 通讯员 温某琳　　发布：2022-11-18", "stamp"),
    ("2023-11-08 20:31 · 重庆市巫溪县融媒体中心官方账号", "stamp"),
    ("2023年08月30日 17时42分　　来源：巴宜区融媒体中心　　分享到：", "stamp"),  # the time in 时 and 分
    ("【字体：大 中 小】　【打印】　【关闭】　扫一扫用手机浏览", "tools"),
    ("——县委书记　邓某岭（2023年2月8日）", None),  # a speech's line under its title, no list entry
    ("上一个：付某明主持召开县委常委会（扩大）会议下一个：我县开展春节前安全生产大检查", "pager"),
    ("2023-07-14 10:28:36  来源：庄河融媒  编辑：周某冬  字号：T | T  分享到：", "stamp"),  # a font switch T | T
    # a disclosure table's fields with their labels letter-spaced (索 引 号：, 标　　题：)
    ("索 引 号：gnz/2022-00318", "tools"),
    ("标　　题：州政府召开第12次常务会议", "tools"),
    ("发布时间：2022-08-26 09:40　　信息来源：村镇建设处　　浏览次数：　　【字体：大 中 小】　　分享至：", "stamp"),
    # a credit of the article's own, no date: no chrome, read with the article's byline
    ("（宜良县融媒体中心 记者 李某清）", None),
    # review fields (初审, 终审) and a print button under the article
    ("编辑：刘某　　初审：王某宁　　终审：古丽扎娜", "editor"),
    ("终审:正定县政务公开办管理员", "editor"),
    ("【打印正文】", "tools"),
    ("生成日期：2022-07-20　　公开方式：主动公开", "stamp"),  # a disclosure page's fields
    ("主题分类：防汛抗旱　　有效性：有效", "tools"),
    ("（此件主动公开）", "tools"),  # under a notice's signature
    ("鄂ICP备05003412号　　鄂公网安备 42102202000118号", "footer"),  # a record's number apart from its label
    ("责任编辑：龙　敏", "editor"),  # a two-letter name spaced out
    ("违法和不良信息举报电话：0936-8212345　陇ICP备09001234号", "footer"),
    ("漯河日报社出版 新闻热线：0395-3130000 广告许可证：豫漯工商广字001号", "footer"),
    ("设为首页 | 加入收藏 | 联系我们　　　　今天是：2011年3月9日 星期三", "tools"),  # today's date, no page's
    ("【打开椰风新闻客户端，阅读体验更佳】　　分享至：微信 微博 QQ", "tools"),
    ("👍 点赞 326　　💬 写评论　　↗ 分享", "tools"),  # an app's tool bar, its icons
    ("打开民和融媒APP，阅读更多精彩内容", "tools"),
    ("民和回族土族自治县融媒体中心　　2025-03-13 19:26　　阅读 1.8万", "stamp"),  # a long source, a count in 万
    ("上一篇：省政协召开党组（扩大）会议下一篇：省政协领导走访看望港澳委员", "pager"),  # titles with their marks
    ("下一篇：潘家湾镇纪委：紧盯惠民资金", "pager"),
    ("·上一篇：汶上县召开大蒜产业发展推进会", "pager"),  # a list mark before the link
    ("【上一篇】石阡县召开2022年森林防灭火工作会议", "pager"),
    ("◀上一篇：曲阜市启动“三夏”生产", "pager"),
    ("榆次新闻网版权所有　晋ICP备09001234号　互联网新闻信息服务许可证：14120190009", "footer"),  # a news licence
    ("太行新闻网版权所有　　山西太行新闻网传媒有限责任公司　　晋ICP备05001234号", "footer"),  # the site's company
    ("2023年05月19日　星期五　　　　往期回顾　|　PDF下载　|　返回首页", "edition"),  # an e-paper's date and its tools
    ("发 布 机 构　泰来县人民政府办公室　　　　　　发 文 日 期　2021-09-10", "stamp"),  # labels spaced to a column's width
    ("2023-08-24 20:36　中国经济导报-中国发展网", "edition"),  # two sources joined, a site ending in 网
    ("©原创　2023-09-13 19:06　大冶市融媒体中心", "edition"),  # an app's 原创 mark
    ("时间：2022/12/20 17:36:08 | 本文来源：县人大常委会办公室 | 作者：周某婷 | 点击数：", "stamp"),  # 本文来源
    ("2024-12-06 08:45:12　来源：云上远安　作者：孙某苇　【字号 大 中 小】　分享到：微信 微博 QQ空间", "stamp"),
    ("责任编辑：黄某远　　版式设计：廖某婷　　校对：刘某欣", "editor"),  # a paper's page credits
    # a portal's stamp led by its channel's address, the author's bare name before the source
    ("nd.fjsen.com　2024-06-27 10:06:15　林某晴　来源：闽东日报　　我来说两句", "stamp"),
    ("www.hnr.cn　2023-04-11 09:30　来源：大河网", "stamp"),
    ("2024-06-27　林某晴　调研", None),  # a bare name and a word after a date: no stamp without its label
])
def test_stamp_lines_of_other_sites(line: str, kind: str | None) -> None:
    assert CH.line_kind(C.apply(line, C.NORMALIZE)) == kind


@pytest.mark.parametrize("line", [
    "【同期声】县委书记 郜某平：“各级各部门要当好项目的‘服务员’。”",  # a sound bite's line is the report's text
    "【导语】4月12日，全县一季度重点项目观摩活动举行。",
    "【正文】县长贾某峰主持会议",
])
def test_a_script_mark_with_its_text_is_no_chrome(line: str) -> None:
    assert CH.line_kind(C.apply(line, C.NORMALIZE)) is None


def test_a_video_page_is_one_article_its_related_videos_chrome() -> None:
    """The player bar and 【导语】 under the title leave the title over the lead; the 相关视频 list below is no
    article of its own."""
    page = ("宁晋县融媒体中心\n首页　|　宁晋新闻　|　视频点播\n\n【宁晋新闻】全县一季度重点项目观摩活动举行\n\n"
            "发布时间：2022-04-13 20:16　　来源：宁晋县融媒体中心\n\n▶ 播放　　00:00 / 03:18　　视频时长：03:18\n\n"
            "【导语】\n4月12日，全县一季度重点项目观摩活动举行。县委书记郜某平带领观摩团察看项目。\n\n"
            "（记者 魏某阳 报道）\n\n编辑：宋某彤　　审核：刘某海\n\n相关视频\n· 宁晋县召开2022年安全生产工作会议\n"
            "· 我县举办“春风行动”专场招聘会\n\n版权所有：宁晋县融媒体中心　　冀ICP备19028417号-1\n")
    doc = Document("p.txt", "p.txt", page)
    arts = segment(doc)
    assert [(a.headline, doc.raw_span(a.start, a.end)) for a in arts] == [
        ("【宁晋新闻】全县一季度重点项目观摩活动举行", (page.index("4月12日"), page.index("报道）") + 3))]


def test_a_ranking_list_under_the_article_is_chrome() -> None:
    """热点排行 and 图片新闻 below an article head lists of other articles' titles, no article of their own."""
    page = ("彭阳县人民政府\n\n彭阳县召开重点项目推进会\n\n发布时间：2021-05-10 09:20\n\n"
            "5月9日，县委书记某某主持召开重点项目推进会。\n\n责任编辑：苏某娟\n\n热点排行\n·县政府召开第五次常务会议\n"
            "·全县党史学习教育动员大会召开\n\n图片新闻\n·我县举办农民丰收节系列活动筹备会\n")
    doc = Document("p.txt", "p.txt", page)
    assert [doc.raw_span(a.start, a.end) for a in segment(doc)] == [(page.index("5月9日"), page.index("推进会。") + 4)]


def test_an_accounts_name_over_its_qr_prompt_is_chrome() -> None:
    """A WeChat post's foot: the account's name (北京平谷) right above 长按识别二维码关注我们 is the site, no place
    of the article."""
    page = ("区委书记调研重点项目建设\n\n" + BODY + "\n\n北京平谷\n长按识别二维码关注我们\n")
    found = [(kind, line) for _, _, kind, line in _found(page)]
    assert ("site", "北京平谷") in found
    doc = Document("p.txt", "p.txt", page)
    assert [doc.raw_span(a.start, a.end) for a in segment(doc)] == [(page.index("3月14日"), page.index("项目建设。") + 5)]


@pytest.mark.parametrize(
    "line", ["2024年3月19日　星期二　　本期8版", "2023年5月8日 星期一 今日12版", "2022年1月4日 星期二 共16版"]
)
def test_a_paper_s_date_line_with_its_page_count_is_its_edition(line: str) -> None:
    """A PDF page's date line counting the issue's pages (本期8版) dates the edition, no article's text."""
    assert CH.line_kind(C.apply(line, C.NORMALIZE)) == "edition"


def test_a_related_information_list_is_chrome() -> None:
    """相关信息：·… under an article: other articles' titles, no event of this one."""
    page = ("垫江县人民政府\n\n县政府召开民营企业家座谈会\n\n发布时间：2025-02-08\n\n"
            "2月7日，县政府召开民营企业家座谈会。\n\n【打印】【关闭】\n\n相关信息：\n"
            "· 垫江县召开县政府第六十二次常务会议\n· 我县举行2025年第一季度重大项目集中开工活动\n")
    doc = Document("p.txt", "p.txt", page)
    assert [doc.raw_span(a.start, a.end)[1] for a in segment(doc)] == [page.index("座谈会。") + 4]


def test_a_list_of_the_page_s_other_articles_is_chrome() -> None:
    """本版其他文章：·某县… under an article: the titles of the edition's other articles, no text of this one."""
    page = ("六枝特区报\n2023年4月3日　星期一　第2版\n\n特区召开春耕生产推进会\n\n4月2日，特区召开春耕生产推进会。\n\n"
            "本版其他文章：\n·钟山区召开一季度经济运行调度会\n·盘州市：春茶开采正当时\n")
    doc = Document("p.txt", "p.txt", page)
    assert [doc.raw_span(a.start, a.end)[1] for a in segment(doc)] == [page.index("推进会。") + 4]


@pytest.mark.parametrize("line", [
    "发布时间：2023-05-19 09:40　　浏览次数：　　来源：某区融媒体中心　　字体：[ 放大 缩小 ]　[我要打印]　[关闭本页]",
    "发布时间：2023-07-06 09:15　　来源：某某晚报　　作者：林某欣　　浏览量：　　字号：A+ A A-",
])
def test_a_stamp_line_with_its_font_size_buttons_is_the_stamp(line: str) -> None:
    """放大 / 缩小, A+ A A-: a page's font-size buttons; the line is the page's stamp, which dates it."""
    assert CH.line_kind(C.apply(line, C.NORMALIZE)) == "stamp"


def test_a_disclosure_table_with_letter_spaced_labels_stays_out_of_the_article():
    lines = ["甘南藏族自治州人民政府", "当前位置：首页 >> 政府会议 >> 正文", "", "索 引 号：gnz/2022-00318",
             "标　　题：州政府召开第12次常务会议", "发文机关：州政府办公室", "发文日期：2022-05-27", "",
             "州政府召开第12次常务会议", "", "5月26日下午，州政府第12次常务会议召开。州长尕某当周主持会议。"]
    doc = Document("p.txt", "p.txt", "\n".join(lines) + "\n")
    assert [(a.headline, a.text) for a in segment(doc)] == [(lines[8], lines[10])]
    assert [m.label for m in doc.chrome] == ["site", "breadcrumb", "tools", "tools", "tools", "stamp"]


def test_a_related_links_list_is_no_part_of_the_article() -> None:
    """相关链接： over other articles' titles (a county site's page): the titles, which name places and meetings of
    their own, are cut from the article as 相关阅读's are."""
    page = ("龙胜各族自治县人民政府门户网站\n\n县长到龙脊镇调研\n\n发布时间：2023-07-12\n\n7月11日，县长到龙脊镇调研。梯田是"
            "龙胜最宝贵的资源。\n\n责任编辑：欧某\n\n相关链接：\n龙胜县召开2023年上半年经济运行分析会\n龙胜各族自治县开展防汛安全大检查\n")
    doc = Document("p.txt", "p.txt", page)
    arts = segment(doc)
    assert [doc.raw_span(a.start, a.end) for a in arts] == [(page.index("7月11日"), page.index("资源。") + 3)]


def test_the_lines_above_a_breadcrumb_are_the_page_s_head() -> None:
    """A site's menus of channels with no home word (南浔概况 历史沿革 …), a search box and a weather strip above the
    breadcrumb (当前位置：…) are the page's head: no article of their own (part fb)."""
    page = ("湖州市南浔区人民政府\n设为首页 | 加入收藏 | 无障碍 | 手机版\n首页　走进南浔　政务公开　政务服务　互动交流\n"
            "南浔概况　历史沿革　行政区划　区领导　区政府部门　镇（开发区）　规划计划　人事信息　政策文件\n"
            "搜索：请输入关键字　　高级搜索\n今天是：　　天气：　　站内搜索　高级检索\n"
            "当前位置：首页 > 政务公开 > 政务动态 > 南浔要闻\n\n闻某峰在练市镇调研重点项目建设\n\n"
            "发布日期：2021-06-18 17:05　　信息来源：区融媒体中心\n\n"
            "6月17日，区委书记闻某峰到练市镇调研重点项目建设。区委副书记、区长茅某峻陪同调研。\n")
    doc = Document("p.txt", "p.txt", page)
    assert [(a.headline, a.text[:5]) for a in segment(doc)] == [("闻某峰在练市镇调研重点项目建设", "6月17日")]


def test_a_summary_under_a_list_s_entry_is_part_of_the_list() -> None:
    """A site's news list after the article (莲花要闻 / · 某某调研…　2021-09-18 / its summary cut with an ellipsis / · …):
    the summary, which names an official and a place, is no article of its own (part fj)."""
    page = ("莲花县人民政府\n\n刘某川调研重点项目\n\n发布时间：2021-09-24\n\n9月23日，县委副书记、县长刘某川到路口镇调研"
            "重点项目建设。\n\n【打印本页】　　【关闭窗口】\n\n莲花要闻\n· 我县召开森林防火工作会议　　2021-09-22\n"
            "· 刘某川调研城区重点项目建设　　2021-09-18\n　9月18日，县委副书记、县长刘某川深入琴亭镇，调研城区重点项目……\n"
            "· 县委理论学习中心组举行专题学习　　2021-09-13\n")
    doc = Document("p.txt", "p.txt", page)
    assert [a.text[:5] for a in segment(doc)] == ["9月23日"]
