from newskg.extract.spaced_fields import join_spaced_labels

LABELS = frozenset({"索引号", "发布机构", "发文日期", "上载日期", "名称"})


def test_letter_spaced_labels_are_joined_and_nothing_else() -> None:
    assert join_spaced_labels("发 布 机 构 泰来县人民政府办公室 发 文 日 期 2021-09-10", LABELS) == (
        "发布机构 泰来县人民政府办公室 发文日期 2021-09-10")
    assert join_spaced_labels("名    称 孟某军到江桥镇调研", LABELS) == "名称 孟某军到江桥镇调研"
    # letters that spell no label, and a label's letters inside a word, stay as they are
    assert join_spaced_labels("县委书记 孟 繁 军 到场", LABELS) == "县委书记 孟 繁 军 到场"
    assert join_spaced_labels("发布 机构改革 名 单", LABELS) == "发布 机构改革 名 单"
