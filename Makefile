# Rihai — two commands a new user needs:  make demo   and   make test
# Everything lands in .venv/ at the project root; nothing is installed system-wide except the
# optional system packages the browser and OCR tests use (installed with apt-get when run as root).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
PORT   ?= 8000
DATA   ?= ./rihai-data

.PHONY: demo test setup system-deps lint bench clean

# The spark extra (pyspark, ~500 MB) is for the Spark leg of the tracing tests.
$(STAMP): pyproject.toml Makefile
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Rihai needs Python 3.11 or newer")'
	@bash scripts/build-deps.sh
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test,spark]"
	@touch $(STAMP)

setup: $(STAMP)

## make demo: set up, create an embedded SQLite database with synthetic data, serve on :8000
demo: $(STAMP)
	$(BIN)/rihai demo --data-dir $(DATA) --port $(PORT)

system-deps:
	@bash scripts/system-deps.sh

## make test: set up, then run the whole suite (SQLite and PostgreSQL; browser, OCR and Spark legs)
test: $(STAMP) system-deps
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/lint-imports --config pyproject.toml

bench: $(STAMP)
	$(BIN)/python bench/cases_http.py

clean:
	rm -rf $(VENV) build *.egg-info
