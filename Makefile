# Everything a newcomer needs: `make demo` and `make test` on a machine with python3, pip and make.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# Reinstall when the dependency list changes; otherwise reuse the venv.
STAMP := $(VENV)/.installed

.PHONY: install demo generate check-generated lint typecheck pytest test diff-upstream diff-docs bench

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# A walk-through of ddeploy against the local fake Datadog server (tools/demo.sh).
demo: $(STAMP)
	bash tools/demo.sh

generate: $(STAMP)
	$(PY) tools/generate.py

check-generated: $(STAMP)
	$(PY) tools/generate.py --check

lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

typecheck: $(STAMP)
	$(PY) -m mypy

pytest: $(STAMP)
	$(PY) -m pytest

test: check-generated lint typecheck pytest

# Spec drift: where openapi.yaml and the upstream disagree (tools/specdrift).
#   make diff-upstream UPSTREAM=<path-or-https-url>     make diff-docs [DOCS=<dir>]
# DRIFT_ARGS passes options through, e.g. DRIFT_ARGS='--format markdown --fail-on breaking'.
DOCS ?= ../shared/docs/2026-12
DRIFT_ARGS ?=

diff-upstream: $(STAMP)
	@test -n "$(UPSTREAM)" || { echo "usage: make diff-upstream UPSTREAM=<path-or-https-url>" >&2; exit 2; }
	$(PY) -m tools.specdrift upstream '$(UPSTREAM)' $(DRIFT_ARGS)

diff-docs: $(STAMP)
	$(PY) -m tools.specdrift docs '$(DOCS)' $(DRIFT_ARGS)

# Benchmarks against the official client and raw httpx (benchmarks/README.md). The runner and
# profiler use .venv-bench (the bench extra); each client runs in a venv holding only itself
# and its dependencies, so that none is measured with another's. `make test` sees none of it.
#   make bench [BENCH_ARGS='--rounds 3']
BENCH_VENV := .venv-bench
BENCH_PY := $(BENCH_VENV)/bin/python
BENCH_CLIENTS := $(BENCH_VENV)/clients
BENCH_STAMP := $(BENCH_VENV)/.installed
BENCH_ARGS ?=

$(BENCH_STAMP): pyproject.toml benchmarks/requirements-official.txt benchmarks/requirements-httpx.txt
	$(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_PY) -m pip install --quiet --upgrade pip
	$(BENCH_PY) -m pip install --quiet -e '.[bench]'
	$(PYTHON) -m venv $(BENCH_CLIENTS)/ours
	$(BENCH_CLIENTS)/ours/bin/python -m pip install --quiet -e '.[async]'
	$(PYTHON) -m venv $(BENCH_CLIENTS)/official
	$(BENCH_CLIENTS)/official/bin/python -m pip install --quiet -r benchmarks/requirements-official.txt
	$(PYTHON) -m venv $(BENCH_CLIENTS)/httpx
	$(BENCH_CLIENTS)/httpx/bin/python -m pip install --quiet -r benchmarks/requirements-httpx.txt
	touch $(BENCH_STAMP)

bench: $(BENCH_STAMP)
	$(BENCH_PY) -m benchmarks.run $(foreach c,ours official httpx,--python $(c)=$(BENCH_CLIENTS)/$(c)/bin/python) $(BENCH_ARGS)
	$(BENCH_PY) -m benchmarks.profile
