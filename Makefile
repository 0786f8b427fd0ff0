# Everything a newcomer needs: `make demo` and `make test` on a machine with python3, pip and make.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# Reinstall when the dependency list changes; otherwise reuse the venv.
STAMP := $(VENV)/.installed

.PHONY: install generate check-generated lint typecheck pytest test

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

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
