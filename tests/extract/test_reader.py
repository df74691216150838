from __future__ import annotations

import json

import pytest
from newskg.extract.reader import InputError, read_documents

TEXT = "本报讯 3月15日，某县召开宣传工作会议。县委书记王建国主持会议。记者 刘一鸣\n"


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("gb18030", b""), ("gbk", b""), ("utf-16", b""), ("big5", b"")],
)
def test_encodings_are_detected(tmp_path, encoding, prefix):
    text = TEXT * 20
    if encoding == "big5":
        text = "本報訊 3月15日，某縣召開宣傳工作會議。縣委書記王建國主持會議。記者 劉一鳴\n" * 20
    (tmp_path / "a.txt").write_bytes(prefix + text.encode(encoding))
    warnings = []
    docs = list(read_documents([tmp_path], warnings))
    assert warnings == []
    assert [d.raw for d in docs] == [text]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"%PDF-1.7\n\x00\x01binary", "skipped: binary file (PDF, Word, archive or image?), not text"),
        (b"PK\x03\x04\x14\x00\x06\x00", "skipped: binary file (PDF, Word, archive or image?), not text"),
        (b"", "skipped: empty file"),
        (b" \n\t\n", "skipped: empty file"),
        (bytes(range(256)) * 8, "skipped: binary file, not text"),
    ],
)
def test_unreadable_files_are_skipped_with_one_warning(tmp_path, data, message):
    (tmp_path / "bad.txt").write_bytes(data)
    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    warnings = []
    docs = list(read_documents([tmp_path], warnings))
    assert [d.id for d in docs] == ["good.txt"]
    assert [str(w) for w in warnings] == [f"{tmp_path / 'bad.txt'}: {message}"]


def test_jsonl_records(tmp_path):
    path = tmp_path / "papers.jsonl"
    lines = [
        json.dumps({"id": "p1", "text": TEXT, "date": "2023-03-15", "source": "paper 1"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "p1", "text": TEXT}, ensure_ascii=False),
        json.dumps({"id": "p2", "text": TEXT, "date": "2023-02-30"}, ensure_ascii=False),
        json.dumps({"id": "p3"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    warnings = []
    docs = list(read_documents([path], warnings))
    assert [(d.id, d.date.value, d.date.basis, d.source) for d in docs] == [
        ("p1", "2023-03-15", "record", "paper 1"),
        ("p2", None, "unknown", f"{path}:4"),
    ]
    assert [(w.line, w.message.split(" (")[0]) for w in warnings] == [
        (2, "skipped line: not JSON"),
        (3, "skipped line: duplicate id 'p1'"),
        (4, "record 'p2': unparseable date '2023-02-30'"),
        (5, 'skipped line: needs an object with a "text" string'),
    ]


def test_missing_and_empty_inputs(tmp_path):
    with pytest.raises(InputError, match="no such file or folder"):
        list(read_documents([tmp_path / "nope"]))
    with pytest.raises(InputError, match="folder holds no .txt or .jsonl files"):
        list(read_documents([tmp_path]))
