"""The hand-labelled claim-fields gold set (``tests/benchmarks/gold/claim_fields_gold.json``) is well-formed."""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path

import pytest

from pipeline.claims.metrics import LEXICON

REPO = Path(__file__).resolve().parents[2]
GOLD = REPO / "tests" / "benchmarks" / "gold" / "claim_fields_gold.json"
FIELDS = ("sentence", "surface", "subject", "metric", "period", "attribution", "hedge")
PERIOD = re.compile(r"^(?:19|20)\d\d(?:-Q[1-4]|-H[12]|-(?:0[1-9]|1[0-2]))?$")


@pytest.fixture(scope="module")
def gold() -> dict:
    return json.loads(GOLD.read_text(encoding="utf-8"))


def test_about_states_the_rules(gold):
    about = gold["about"]
    for key in ("selection", "split", "what_is_a_claim", "subject", "metric", "period", "attribution", "hedge"):
        assert about.get(key), key
    assert str(gold["seed"]) in about["selection"]


def test_every_claim_has_its_fields(gold):
    paths = [a["path"] for a in gold["articles"]]
    assert len(paths) == len(set(paths)) >= 20
    for article in gold["articles"]:
        assert article["claims"], article["path"]
        for claim in article["claims"]:
            assert set(FIELDS) <= set(claim), (article["path"], claim)
            assert len(claim["sentence"].split()) <= 6 and claim["surface"].strip()
            assert claim.get("occurrence", 1) >= 1
            assert claim["metric"] is None or claim["metric"] in LEXICON, claim
            assert claim["period"] is None or PERIOD.match(claim["period"]), claim
            for field in ("subject", "attribution", "hedge", "missing_metric"):
                assert claim.get(field) is None or (isinstance(claim[field], str) and claim[field].strip()), claim


def test_splits_follow_the_hash_rule(gold):
    for article in gold["articles"]:
        even = int(hashlib.sha1(article["path"].encode()).hexdigest()[0], 16) % 2 == 0
        assert article["split"] == ("dev" if even else "heldout"), article["path"]
    assert {a["split"] for a in gold["articles"]} == {"dev", "heldout"}


def test_paths_and_claims_exist_in_the_corpora(gold):
    env = os.environ.get("NEWS_CORPORA")
    root = Path(env) if env else REPO.parent / "shared" / "corpora"
    if not (root / "bbc").is_dir():
        pytest.skip(f"corpora not found under {root}")
    for article in gold["articles"]:
        path = root / article["path"]
        assert path.is_file(), path
        body = " ".join(path.read_text(encoding="utf-8", errors="replace").split("\n", 1)[1].split())
        for claim in article["claims"]:
            at = body.find(claim["sentence"])
            assert at >= 0, (article["path"], claim["sentence"])
            pos = at - 1
            for _ in range(claim.get("occurrence", 1)):
                pos = body.find(claim["surface"], pos + 1)
                assert pos >= 0, (article["path"], claim)
