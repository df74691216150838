"""Places named with their city once the article's place is known: exact names for each rule, refusals included."""

from __future__ import annotations

import pytest
from newskg.extract.gazetteer import gazetteer
from newskg.extract.place_labels import canonical_place


def div(name: str):
    gaz = gazetteer()
    if name.endswith("经开区"):
        return gaz.zone(gaz.named(name[:-3])[0], "经开区")
    return gaz.named(name)[0]


@pytest.mark.parametrize(("name", "within", "juris", "expected"), [
    ("经开区", "新乡", None, "新乡经开区"),  # the city written before the zone word
    ("经开区", None, "新乡经开区", "新乡经开区"),  # the article's zone
    ("高新区", None, "金水区", "郑州高新区"),  # a district's article: its city's zone
    ("经开区", "郑州", "新乡经开区", "郑州经开区"),  # the text's city wins over the article's
    ("经开区", None, None, "经开区"),  # refused: which city's? kept bare
    ("鼓楼区", None, "开封市", "开封市鼓楼区"),  # several cities have one: with its city
    ("鼓楼区", "开封", None, "开封市鼓楼区"),
    ("鼓楼区", None, None, "鼓楼区"),  # refused
    ("金水区", None, "新乡市", "金水区"),  # one in China: as written, never moved to the article's city
    ("航海路", "经开区", "郑州经开区", "航海路"),  # no zone or division: as written
    ("市高新区", None, "新乡市", "新乡高新区"),  # a city paper's 市高新区: the city's own zone
    ("市高新区", None, None, "市高新区"),
])
def test_canonical_place(name: str, within: str | None, juris: str | None, expected: str) -> None:
    assert canonical_place(name, within, div(juris) if juris else None) == expected


def test_places_of_articles_carry_their_city() -> None:
    """A bare zone word, a zone after its city and a road inside the zone: each place named with its city,
    the two mentions of one zone one place of the article."""
    from newskg.extract.model import Document
    from newskg.extract.pipeline import extract_document

    text = ("3月5日，新乡市副市长王建军到经开区调研，经开区党工委书记李卫东陪同。"
            "王建军一行来到新乡经开区纬七路改造工程现场。\n")
    res = extract_document(Document("p.txt", "p.txt", text), cli_date="2024-03-05")
    places = [(p.name, p.within, text[p.mention.start:p.mention.end]) for f in res.articles for p in f.places]
    assert places == [("新乡市", None, "新乡市"), ("新乡经开区", None, "经开区"), ("纬七路", "新乡经开区", "纬七路")]
