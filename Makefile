# Two commands do all the set-up on a fresh machine:
#   make run    create the environment on first use, then run the whole pipeline on seeds/
#   make test   create the environment (and install Chromium for the UI tests) on first use, then run the tests
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test ui lint bench-dedup bench-extraction bench-extraction-robustness bench-text-robustness bench-metadata bench-claims bench-quantity-specs bench-claim-fields bench-claim-clusters bench-scale bench-incremental fit-block-scorer browser

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev,bench]"
	touch $(STAMP)

# Debian's Chromium for the browser tests (the test tools never download a browser).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }

run: $(STAMP)
	$(BIN)/python -m pipeline run

test: $(STAMP) browser
	$(BIN)/python -m pytest

ui: $(STAMP)
	DAGSTER_HOME=$${DAGSTER_HOME:-$(CURDIR)/.dagster_home} sh -c 'mkdir -p "$$DAGSTER_HOME" && \
	  { test -f "$$DAGSTER_HOME/dagster.yaml" || cp deploy/dagster.yaml "$$DAGSTER_HOME/"; } && \
	  $(BIN)/dagster dev -w workspace.yaml -h 127.0.0.1 -p 3000'

lint: $(STAMP)
	$(BIN)/ruff check .

bench-dedup: $(STAMP)
	$(BIN)/python tests/benchmarks/bench_dedup.py

bench-extraction: $(STAMP)
	$(BIN)/python tests/benchmarks/bench_extraction.py

bench-extraction-robustness: $(STAMP)
	$(BIN)/python tests/benchmarks/bench_extraction_robustness.py

bench-text-robustness: $(STAMP)
	$(BIN)/python tests/benchmarks/bench_text_robustness.py

fit-block-scorer: $(STAMP)
	$(BIN)/python tests/benchmarks/fit_block_scorer.py

bench-metadata: $(STAMP)
	$(BIN)/python tests/benchmarks/bench_metadata.py

bench-claims: $(STAMP)
	$(BIN)/python tests/benchmarks/bench_claims.py

bench-quantity-specs: $(STAMP)
	$(BIN)/python tests/benchmarks/bench_quantity_specs.py --half both

bench-claim-fields: $(STAMP)
	$(BIN)/python tests/benchmarks/bench_claim_fields.py --split all

bench-claim-clusters: $(STAMP)
	$(BIN)/python tests/benchmarks/bench_claim_clusters.py --show 3

bench-scale: $(STAMP)
	$(BIN)/python tests/benchmarks/bench_scale.py

bench-incremental: $(STAMP)
	$(BIN)/python tests/benchmarks/bench_incremental.py
