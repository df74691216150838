"""Scoring against hand annotations (``newskg eval``): not part of extraction, so it lives beside the CLI.

- :mod:`.gold` — the gold files (``tests/gold/`` format) and the rules for matching facts against them
- :mod:`.extraction` — precision and recall per concept, with misses and false positives
- :mod:`.identity` — person identity: people split, person nodes merged wrongly, organisations merged across places
"""
