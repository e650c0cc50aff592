"""A learned second opinion on the edges of the text the rules kept from a whole page rendered to text.

The hand rules (phrases, margins, the main run of prose) were tuned on a few dozen sites; on a site they have not
seen, a box worded its own way keeps its lines (a sign-up pitch under the article, a teaser at another margin).
A logistic regression over the shape and place of each kept block (length, stop words, punctuation, margin,
distance from the article's paragraphs, what its neighbours were judged) says how likely the block is to be the
article's text. Only blocks at the article's edges are judged (before its first or after its last paragraph at
the text's margin, or set at another margin): between two of its paragraphs the rules are trusted. A block the
model finds very unlikely (``THRESHOLD``) goes as "scored-furniture". ``boilerplate.classify`` calls this only
for texts it judged page-shaped: a clean article is left to the rules.

Fitted by ``tests/benchmarks/fit_block_scorer.py`` on the dev half of the extraction benchmark (its pages as
they are and with the furniture phrases switched off, a stand-in for a site in a language they do not know);
the weights are ``block_scorer_weights``.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import Counter

from pipeline.stages.block_scorer_weights import BIAS, COEF, FEATURE_NAMES, MEAN, SCALE
from pipeline.stages.text_blocks import DIGIT_RE, Block

THRESHOLD = 0.1  # fixed before the cross-quarter check, not tuned on it: only blocks the model is sure of go
SCORED = True
# Reasons that mark a neighbour as the article's own header, not page furniture.
_HEADER_REASONS = frozenset({"headline", "subtitle", "byline", "dateline", "repeated-headline"})

FEATURES = (
    "log_words",  # longer blocks are text
    "stop_share",  # prose is dense in stop words, labels are not
    "ends_sentence",
    "prose",
    "heading_like",
    "at_margin",  # at the left margin of the article's paragraphs
    "off_margin_log",  # how far from it
    "before_first",  # above the article's first paragraph
    "after_last",  # below its last
    "good_chars_before",  # share of the article's prose above the block
    "furniture_near",  # share of the three blocks either side already judged furniture
    "header_near",  # share of them judged the article's header (headline, byline, dek)
    "prev_good",  # the kept block above is a paragraph
    "next_good",
    "title_case",  # share of capitalised words: teaser titles, menu items
    "digit_share",
    "gap_log",  # blocks to the nearest paragraph at the margin
    "char_share",  # the block's length against the article's prose
    "commas",  # commas per word: clauses
    "header_any",
    "rel_length",  # words against the article's mean paragraph
    "good_after_log",  # paragraphs still to come
    "tail_short",  # a short block after the last long paragraph
)
if FEATURES != FEATURE_NAMES:  # the weights belong to another feature list: refit rather than mis-score
    raise RuntimeError("block_scorer_weights was fitted on other features: run tests/benchmarks/fit_block_scorer.py")


def _title_case(text: str) -> float:
    words = [w for w in text.split() if len(w) > 3]
    return sum(w[0].isupper() for w in words) / len(words) if words else 0.0


def features(blocks: list[Block]) -> tuple[list[int], list[list[float]]]:
    """The blocks to judge (kept, at the article's edges) and one feature row each, in ``FEATURES`` order."""
    n = len(blocks)
    good = [i for i, b in enumerate(blocks) if b.good]
    if not good:
        return [], []
    chars: Counter = Counter()
    for i in good:
        chars[blocks[i].indent] += len(blocks[i].text)
    margin = chars.most_common(1)[0][0]
    at_margin_good = [i for i in good if blocks[i].indent == margin]
    first, last = at_margin_good[0], at_margin_good[-1]
    judged = [
        i for i, b in enumerate(blocks) if b.reason is None and (i < first or i > last or abs(b.indent - margin) > 1)
    ]
    if not judged:
        return [], []
    total = sum(chars.values())
    mean_words = sum(blocks[i].words for i in good) / len(good)
    last_long = max(i for i in good if blocks[i].words >= mean_words)
    before = [0] * (n + 1)  # the article's prose (characters) above each index
    for i, b in enumerate(blocks):
        before[i + 1] = before[i] + (len(b.text) if b.good else 0)
    rows = []
    gi = 0
    for i in judged:
        b = blocks[i]
        near = [blocks[j] for j in range(max(0, i - 3), min(n, i + 4)) if j != i]
        removed = sum(c.reason is not None for c in near)
        header = sum(c.reason in _HEADER_REASONS for c in near)
        while gi < len(at_margin_good) - 1 and at_margin_good[gi + 1] <= i:
            gi += 1
        gap = min(abs(i - at_margin_good[k]) for k in (gi, gi + 1) if k < len(at_margin_good))
        prev = next((blocks[j] for j in range(i - 1, -1, -1) if blocks[j].reason is None), None)
        nxt = next((blocks[j] for j in range(i + 1, n) if blocks[j].reason is None), None)
        text = b.text
        rows.append(
            [
                math.log1p(b.words),
                b.stop_share,
                float(b.ends_sentence),
                float(b.prose),
                float(b.heading_like),
                float(abs(b.indent - margin) <= 1),
                math.log1p(abs(b.indent - margin)),
                float(i < good[0]),
                float(i > good[-1]),
                before[i] / total,
                (removed - header) / max(1, len(near)),
                header / max(1, len(near)),
                float(prev is not None and prev.good),
                float(nxt is not None and nxt.good),
                _title_case(text),
                len(DIGIT_RE.findall(text)) / max(1, len(text)),
                math.log1p(gap),
                len(text) / total,
                text.count(",") / max(1, b.words),
                float(header > 0),
                b.words / mean_words,
                math.log1p(len(good) - bisect_right(good, i)),  # paragraphs below (good is sorted)
                float(i > last_long and b.words < 0.5 * mean_words),
            ]
        )
    return judged, rows


def probability(row: list[float]) -> float:
    """The model's probability that a block with these features is the article's text."""
    z = BIAS + sum(c * (x - m) / s for c, x, m, s in zip(COEF, row, MEAN, SCALE))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def score_blocks(blocks: list[Block]) -> None:
    """Mark the kept edge blocks the model finds very unlikely to be text as "scored-furniture"."""
    if not SCORED:
        return
    judged, rows = features(blocks)
    for i, row in zip(judged, rows):
        if probability(row) < THRESHOLD:
            blocks[i].reason = "scored-furniture"
