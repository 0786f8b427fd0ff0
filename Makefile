# Everything a newcomer needs: `make demo` and `make test` on a machine with python3, pip and make.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# Reinstall when the dependency list changes; otherwise reuse the venv.
STAMP := $(VENV)/.installed

.PHONY: install demo generate check-generated lint typecheck pytest test diff-upstream diff-docs

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
DOCS ?= ../shared/docs
DRIFT_ARGS ?=

diff-upstream: $(STAMP)
	@test -n "$(UPSTREAM)" || { echo "usage: make diff-upstream UPSTREAM=<path-or-https-url>" >&2; exit 2; }
	$(PY) -m tools.specdrift upstream '$(UPSTREAM)' $(DRIFT_ARGS)

diff-docs: $(STAMP)
	$(PY) -m tools.specdrift docs '$(DOCS)' $(DRIFT_ARGS)
