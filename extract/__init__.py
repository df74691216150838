"""Text → facts: reading, clean-up, articles, dates and one extractor per concept."""

import logging

# jieba logs its dictionary loading at DEBUG to stderr in every worker process.
logging.getLogger("jieba").setLevel(logging.WARNING)
