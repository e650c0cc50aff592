"""A generated corpus of bad inputs of every kind the pipeline must survive (used by the reliability tests)."""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

PARAGRAPH = (
    "The regional council approved a budget of {n} million euros on Tuesday, officials said, after a debate "
    "that lasted {h} hours. Critics said the spending plan left too little for schools and public transport."
)


def _article(rng: random.Random) -> str:
    paragraphs = [PARAGRAPH.format(n=rng.randint(2, 900), h=rng.randint(2, 9)) for _ in range(rng.randint(2, 5))]
    return f"Council passes budget number {rng.randint(1, 10**9)}\n\n" + "\n\n".join(paragraphs) + "\n"


def _nested_html(depth: int) -> str:
    return "<html><body>" + "<div>" * depth + "<p>Deep text about the budget vote.</p>" + "</div>" * depth


KINDS = {
    "empty": lambda rng: ("txt", b""),
    "whitespace": lambda rng: ("txt", b" \n\t\r\n   \n"),
    "random_bytes": lambda rng: ("txt", rng.randbytes(rng.randint(16, 4096))),
    "nul_bytes": lambda rng: ("txt", b"\x00" * rng.randint(1, 2048)),
    "text_with_nuls": lambda rng: ("txt", _article(rng).encode().replace(b" ", b" \x00", 1)),
    "latin1": lambda rng: ("txt", (_article(rng) + "Café, naïve, Zürich.\n").encode("latin-1")),
    "cp1252": lambda rng: ("txt", (_article(rng) + "“Quoted” – dash € sign.\n").encode("cp1252")),
    "utf16": lambda rng: ("txt", _article(rng).encode("utf-16")),
    "broken_html": lambda rng: (
        "html",
        ("<html><head><title>Budget</ti" + "<p>" + _article(rng) + "<div><span").encode(),
    ),
    "deep_html": lambda rng: ("html", _nested_html(rng.randint(200, 3000)).encode()),
    "html_no_text": lambda rng: ("html", b"<html><head><script>var x=1;</script></head><body></body></html>"),
    "broken_jsonl": lambda rng: (
        "jsonl",
        (json.dumps({"text": _article(rng)}) + '\n{"text": "cut off\n' + "not json at all\n").encode(),
    ),
    "jsonl_no_text": lambda rng: ("jsonl", (json.dumps({"url": "https://example.org/a"}) + "\n").encode()),
    "unknown_suffix": lambda rng: ("pdf", b"%PDF-1.4 binary-ish"),
}


def write_bad_corpus(folder: Path, count: int, seed: int = 7) -> dict[str, int]:
    """Write ``count`` bad inputs (cycling through every kind) plus an unreadable and a huge file.

    Returns how many files of each kind were written.
    """
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    written: dict[str, int] = {}
    names = sorted(KINDS)
    for i in range(count):
        kind = names[i % len(names)]
        suffix, data = KINDS[kind](rng)
        (folder / f"{kind}-{i:05d}.{suffix}").write_bytes(data)
        written[kind] = written.get(kind, 0) + 1
    huge = folder / "huge-50mb.txt"
    with huge.open("wb") as fh:
        line = (PARAGRAPH.format(n=5, h=2) + "\n").encode()
        fh.write(line * (50 * 1024 * 1024 // len(line) + 1))
    written["huge"] = 1
    locked = folder / "unreadable.txt"
    locked.write_text(_article(rng))
    os.chmod(locked, 0)
    written["unreadable"] = 1
    return written
