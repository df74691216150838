"""Placeholder, being written: extractor for meetings."""

from __future__ import annotations

from .model import Article, ArticleFacts


def extract(article: Article, found: ArticleFacts) -> None:
    return None
