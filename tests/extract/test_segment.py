from __future__ import annotations

from newskg.extract.segment import lcut


def test_titles_and_organ_types_are_one_token():
    assert "党工委" in lcut("经开区党工委副书记")
    assert "副书记" in lcut("经开区党工委副书记")
    assert "管委会" in lcut("某区管委会常务副主任")
