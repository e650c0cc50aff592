"""Speed guard: a metric synonym whose match can start with no literal text (a group repeated or bounded,
"(?:tenants|renters)+ ...", or a leading class) has no head, so the head screen cannot skip it and its pattern runs
over every sentence of every article. Session 13 and 14 each added one by accident (+0.2 to +1 ms of claims CPU per
article). A synonym opening with a group of literal branches ("(?:budget |fiscal )?deficits?") is screened by each
branch's head (``metrics._literal_heads``); new synonyms must open with literal words or such a group."""

from __future__ import annotations

from pipeline.claims import metrics


def test_every_metric_is_screened_by_a_literal_head() -> None:
    assert not metrics._UNSCREENED, sorted(metrics._UNSCREENED)
