# Two commands do all the set-up on a fresh machine: `make demo` and `make test`.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED ?= ../shared
# The suite runs on TEST_WORKERS processes (pytest-xdist), one file per worker at a time so that module
# fixtures (a web server, a browser) start once; TEST_WORKERS=0 runs it in one process.
TEST_WORKERS ?= 2

.PHONY: setup demo test bench lint services web-assets clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev,scale]'
	touch $(STAMP)

setup: $(STAMP) web-assets

web-assets: $(STAMP)
	@bash scripts/web-assets.sh

demo: setup
	@SHARED=$(SHARED) bash scripts/demo.sh

services:
	@bash scripts/test-services.sh

test: setup services
	$(BIN)/python -m pytest -q -n $(TEST_WORKERS) --dist loadfile $(PYTEST_ARGS)

bench: setup
	$(BIN)/python scripts/bench.py

lint: setup
	$(BIN)/ruff check .

clean:
	rm -rf $(VENV) out crosstally.db crosstally.db-* build
