"""An article's own county named by its short form (extract/article_places.own_short_form), run through the whole
pipeline, since it needs the article's place."""

from __future__ import annotations

import pytest
from newskg.extract.model import Document
from newskg.extract.pipeline import extract_document


def _places(body: str) -> list[tuple[str, str, str]]:
    res = extract_document(Document("t.txt", "t.txt", body), cli_date="2023-05-10")
    clean = res.document.clean
    return [(p.name, p.kind, clean[p.mention.start:p.mention.end]) for f in res.articles for p in f.places]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # the article is 双流区's: 双流 in the text is the district
            "双流区召开产业发展推进会\n5月10日，双流区委书记陈立新主持召开全区产业发展推进会。会议要求，推动更多配套企业在双流集聚。",
            [("双流区", "district", "双流区"), ("双流", "district", "双流")],
        ),
        (  # a letter after it makes another name (双流河): no place of the district
            "双流区召开产业发展推进会\n5月10日，双流区委书记陈立新主持召开全区产业发展推进会，察看双流河治理。",
            [("双流区", "district", "双流区"), ("双流河", "river", "双流河")],
        ),
        (  # a short form of another county than the article's is not read in running text
            "双流区召开产业发展推进会\n5月10日，双流区委书记陈立新主持召开全区产业发展推进会，学习寿光经验。",
            [("双流区", "district", "双流区")],
        ),
        (  # a dateline's short form (本报邵东讯) is the reporter's place when the article names the city in full
            "邵东市召开五金产业发展推进会\n本报邵东讯（记者 石某萱）11月6日，邵东市召开五金产业发展推进会。",
            [("邵东市", "city", "邵东市")],
        ),
        (  # and the article's place when the short form is all it writes (part fh)
            "庆安县召开秋收工作会议\n本报庆安讯（通讯员 马某琪）10月6日，县委书记刘某成主持召开秋收工作会议。",
            [("庆安县", "county", "庆安县"), ("庆安", "county", "庆安")],
        ),
    ],
)
def test_own_county_by_its_short_form(body: str, expected: list[tuple[str, str, str]]) -> None:
    assert _places(body) == expected
