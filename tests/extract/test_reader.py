from __future__ import annotations

import json
import os
import threading
import time
import tracemalloc

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
        (b"\x00" * 4096, "skipped: binary file, not text"),  # valid UTF-8, but no text
        (TEXT.encode("utf-8") + b"\x00" * 64, "skipped: binary file, not text"),
        # twelve bytes opening with a UTF-16 byte order mark: any two bytes decode, none of these is text
        (b"\xff\xfe\x12\x34\x56\x78\x9a\xbc\xde\xf0\x11\x22",
         "skipped: starts with a UTF-16 byte order mark, but what follows is no Chinese or Latin text"),
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


# --- no input lost without a word ----------------------------------------------------------------


def test_jsonl_records_keep_unicode_line_separators(tmp_path):
    """``json.dumps(..., ensure_ascii=False)`` writes U+2028, U+2029 and U+0085 raw inside strings."""
    texts = [TEXT.replace("。", "。\u2028", 1), "第一版\u2029" + TEXT, "\x85" + TEXT + "\u2028"]
    path = tmp_path / "papers.jsonl"
    records = [json.dumps({"id": f"r{i}", "text": t}, ensure_ascii=False) for i, t in enumerate(texts)]
    assert all(ch in "".join(records) for ch in "\u2028\u2029\x85")
    path.write_text(records[0] + "\r\n" + records[1] + "\n" + records[2], encoding="utf-8")
    warnings = []
    docs = list(read_documents([path], warnings))
    assert warnings == []
    assert [(d.id, d.raw) for d in docs] == [("r0", texts[0]), ("r1", texts[1]), ("r2", texts[2])]


def test_same_file_name_in_several_folders_stays_several_documents(tmp_path):
    bodies = {"a": TEXT, "b": TEXT.replace("王建国", "李明"), "c": TEXT.replace("王建国", "张华")}
    for folder, body in bodies.items():
        (tmp_path / folder / "in").mkdir(parents=True)
        (tmp_path / folder / "in" / "2023-03-15.txt").write_text(body, encoding="utf-8")
    (tmp_path / "b" / "in" / "2023-03-16.txt").write_text(TEXT, encoding="utf-8")
    docs = list(read_documents([tmp_path / "a" / "in", tmp_path / "b" / "in", tmp_path / "c" / "in"]))
    assert [(d.id, d.raw) for d in docs] == [
        ("2023-03-15.txt", bodies["a"]),
        ("in/2023-03-15.txt", bodies["b"]),
        ("2023-03-16.txt", TEXT),
        ("in~3/2023-03-15.txt", bodies["c"]),
    ]
    # One folder alone keeps the ids it always had.
    assert [d.id for d in read_documents([tmp_path / "b" / "in"])] == ["2023-03-15.txt", "2023-03-16.txt"]
    # Files named one by one: the folder's name goes in front; one file named twice is one document.
    files = [tmp_path / f / "in" / "2023-03-15.txt" for f in ("a", "b", "a")]
    assert [d.id for d in read_documents([*files, tmp_path / "a" / "in"])] == ["2023-03-15.txt", "in/2023-03-15.txt"]


def test_same_record_id_in_two_jsonl_files_stays_two_documents(tmp_path):
    for name, person in (("one.jsonl", "王建国"), ("two.jsonl", "李明")):
        rec = {"id": "p1", "text": TEXT.replace("王建国", person)}
        (tmp_path / name).write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    warnings = []
    docs = list(read_documents([tmp_path], warnings))
    assert warnings == []
    assert [(d.id, "李明" in d.raw) for d in docs] == [("p1", False), ("two.jsonl/p1", True)]


def test_unlistable_subfolder_is_reported(tmp_path, monkeypatch):
    """As root no permission stops a listing, so the refusal the kernel gives other users is played here."""
    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "lost.txt").write_text(TEXT, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path="."):
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    warnings = []
    docs = list(read_documents([tmp_path], warnings))
    assert [d.id for d in docs] == ["good.txt"]
    assert [str(w) for w in warnings] == [f"{locked}: skipped folder: Permission denied"]


def test_truncated_last_character_keeps_the_file(tmp_path):
    text = TEXT.rstrip("\n") * 3  # ends in 鸣, three bytes in UTF-8
    data = text.encode("utf-8")[:-1]
    (tmp_path / "cut.txt").write_bytes(data)
    warnings = []
    [doc] = read_documents([tmp_path], warnings)
    assert doc.raw == text[:-1] + "\ufffd" and doc.encoding == "utf-8"
    assert [str(w) for w in warnings] == [
        f"{tmp_path / 'cut.txt'}: a truncated last character replaced with U+FFFD (first at byte {len(data) - 2})"
    ]


def test_a_few_broken_sequences_keep_the_file_but_another_encoding_is_not_read_as_utf8(tmp_path):
    text = TEXT * 40
    data = text.encode("utf-8")
    at = data.index("王建国".encode()) + 3  # between 王 and 建
    (tmp_path / "a.txt").write_bytes(data[:at] + b"\xff" + data[at:])
    (tmp_path / "b.txt").write_bytes(text.encode("gb18030"))
    warnings = []
    docs = list(read_documents([tmp_path], warnings))
    assert [(d.id, d.encoding) for d in docs] == [("a.txt", "utf-8"), ("b.txt", "gb18030")]
    assert docs[0].raw == text.replace("王建国", "王\ufffd建国", 1) and docs[1].raw == text
    assert [str(w) for w in warnings] == [
        f"{tmp_path / 'a.txt'}: 1 invalid UTF-8 sequence(s) replaced with U+FFFD (first at byte {at})"
    ]


# --- limits: size and file type -----------------------------------------------------------------


def test_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(2 << 30)  # 2 GB, sparse: nothing on disk
    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "six_kb.txt").write_text("县" * 2048, encoding="utf-8")
    warnings = []
    tracemalloc.start()
    try:
        docs = list(read_documents([tmp_path], warnings, max_bytes=4096))
        _size, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [d.id for d in docs] == ["good.txt"]
    assert [str(w) for w in warnings] == [
        f"{big}: skipped: 2 GB, over the --max-file-size limit of 4 KB",
        f"{tmp_path / 'six_kb.txt'}: skipped: 6 KB, over the --max-file-size limit of 4 KB",
    ]
    assert peak < 1 << 20  # nothing of the 2 GB was read
    warnings = []
    assert [d.id for d in read_documents([big], warnings)] == []
    assert [str(w) for w in warnings] == [f"{big}: skipped: 2 GB, over the --max-file-size limit of 256 MB"]


def test_fifo_and_devices_are_skipped_without_blocking(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")  # no writer: reading it would wait forever
    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    got: list = []
    warnings: list = []

    def read() -> None:
        got.extend(d.id for d in read_documents([tmp_path, "/dev/zero", "/dev/null"], warnings))

    reader = threading.Thread(target=read, daemon=True)
    t0 = time.monotonic()
    reader.start()
    reader.join(20)
    assert not reader.is_alive(), "the reader blocked"
    assert time.monotonic() - t0 < 20
    assert got == ["good.txt"]
    assert [str(w) for w in warnings] == [
        f"{tmp_path / 'pipe.txt'}: skipped: not a regular file (a FIFO)",
        "/dev/zero: skipped: not a regular file (a character device)",
        "/dev/null: skipped: not a regular file (a character device)",
    ]
