"""The identity override file of ``newskg build --identity``: decisions read, bad lines named."""

from __future__ import annotations

import pytest

from newskg.overrides import OverrideError, load_identity_file


def test_reads_tab_and_comma_lines_symmetric_keys(tmp_path) -> None:
    f = tmp_path / "ids.tsv"
    f.write_text("# decision\tname\tdoc\tdoc\nsame\t韩振国\tz/2025.txt\ta/2021.txt\n"
                 "different, 杨洁, b03.txt, b11.txt  # two officials\n\n", encoding="utf-8")
    assert load_identity_file(f) == {
        ("韩振国", "a/2021.txt", "z/2025.txt"): "same",
        ("杨洁", "b03.txt", "b11.txt"): "different",
    }


@pytest.mark.parametrize(("text", "message"), [
    ("merge\t杨洁\ta.txt\tb.txt\n", "ids.tsv:1: decision must be 'same' or 'different', not 'merge'"),
    ("same\t杨洁\ta.txt\n", "ids.tsv:1: expected 'same|different, name, document, document'"),
    ("same\t杨洁\ta.txt\ta.txt\n", "ids.tsv:1: the two documents are the same (a.txt)"),
    ("same\t杨洁\ta.txt\tb.txt\ndifferent\t杨洁\tb.txt\ta.txt\n",
     "ids.tsv:2: 杨洁 in b.txt and a.txt is already declared same"),
])
def test_bad_lines_are_named(tmp_path, text: str, message: str) -> None:
    f = tmp_path / "ids.tsv"
    f.write_text(text, encoding="utf-8")
    with pytest.raises(OverrideError) as err:
        load_identity_file(f)
    assert str(err.value) == f"{tmp_path}/{message}"


def test_build_refuses_a_bad_override_file_and_an_unknown_place(tmp_path) -> None:
    from newskg.build import BuildError, build

    (tmp_path / "a.txt").write_text("3月5日，区委书记王建军主持召开区委常委会会议。", encoding="utf-8")
    bad = tmp_path / "ids.tsv"
    bad.write_text("maybe\t王建军\ta.txt\tb.txt\n", encoding="utf-8")
    with pytest.raises(BuildError, match="ids.tsv:1: decision must be"):
        build([tmp_path / "a.txt"], tmp_path / "out", identity=bad)
    with pytest.raises(BuildError, match="--place '某山区': not a known division or development zone"):
        build([tmp_path / "a.txt"], tmp_path / "out", place="某山区")
    assert not (tmp_path / "out" / "graph.json").exists()
