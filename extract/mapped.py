"""Text with a map back to the raw file: every character knows the offset of the raw character it came from.

The clean-up steps (:mod:`extract.clean`, :mod:`extract.convert`) are functions ``MappedText -> MappedText``;
this module is what they share, so neither needs the other.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class MappedText:
    text: str
    offsets: tuple[int, ...]  # len(text) + 1 entries; the last is the end offset

    @classmethod
    def of(cls, text: str, base: int = 0) -> MappedText:
        return cls(text, tuple(range(base, base + len(text) + 1)))

    def sub(self, pattern: re.Pattern[str], repl: str | Callable[[re.Match[str]], str]) -> MappedText:
        """``re.sub`` that keeps the offset map.

        Replacement characters map to the matched raw characters one to one
        while both last, then to the last matched character.
        """
        text, offsets = self.text, self.offsets
        if pattern.search(text) is None:  # most steps find nothing in most texts: no copy
            return self
        out: list[str] = []
        offs: list[int] = []
        pos = 0
        literal = None if callable(repl) or "\\" in repl else repl
        for m in pattern.finditer(text):
            start, end = m.span()
            out.append(text[pos:start])
            offs.extend(offsets[pos:start])
            new = literal if literal is not None else (repl(m) if callable(repl) else m.expand(repl))
            if new:
                n, width = len(new), end - start
                offs.extend(offsets[start : start + min(n, width)])
                if n > width:
                    offs.extend([offsets[max(end - 1, start)]] * (n - width))
                out.append(new)
            pos = end
        out.append(text[pos:])
        offs.extend(offsets[pos:])
        return MappedText("".join(out), tuple(offs))

    def sub_letters(self, pattern: re.Pattern[str], repl: str | Callable[[re.Match[str]], str]) -> MappedText:
        """:meth:`sub` for replacements of one letter by one letter: the map stands as it is."""
        text = pattern.sub(repl, self.text)
        if len(text) != len(self.text):  # pragma: no cover - guarded by the patterns
            raise ValueError("sub_letters must replace one character by one")
        return self if text == self.text else MappedText(text, self.offsets)

    def translate(self, table: dict[int, str], present: re.Pattern[str] | None = None) -> MappedText:
        """One-to-one character translation (the map is unchanged).

        ``present``, a class of the table's characters, lets a text with none of them pass uncopied.
        """
        if present is not None and present.search(self.text) is None:
            return self
        text = self.text.translate(table)
        if len(text) != len(self.text):  # pragma: no cover - guarded by the tables
            raise ValueError("translate table must map one character to one")
        return MappedText(text, self.offsets)


Step = Callable[[MappedText], MappedText]
