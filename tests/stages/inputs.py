"""The ingest-shaped input frame the parsing stages take, built from test strings."""

from __future__ import annotations

import pandas as pd


def input_frame(contents: list[str], fmt: str = "text", source_key: str = "example.com", **cols) -> pd.DataFrame:
    """One row per content, with the columns ``strip_boilerplate`` and ``extract_metadata`` read."""
    n = len(contents)
    return pd.DataFrame(
        {
            "article_id": [f"{i:016x}" for i in range(n)],
            "format": fmt,
            "content": contents,
            "url": cols.get("url", [None] * n),
            "title_hint": cols.get("title_hint", [None] * n),
            "published_hint": cols.get("published_hint", [None] * n),
            "source_key": source_key,
        }
    )
