"""News articles in, deduplicated, validated and versioned Parquet tables out.

Read a published table with ``pipeline.read_table("claims", version="latest")``.
"""

from pipeline.store import read_table

__all__ = ["read_table"]
