# letopis: two commands on a fresh machine.
#   make demo [CORPUS=folder] [DB=letopis.db]   ingest a corpus, then serve the workbench
#   make test                                   run the whole test suite (SQLite and PostgreSQL)
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
CORPUS ?= examples
DB ?= letopis.db
PORT ?= 8000

.PHONY: install demo summary test bench lint clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $@

install: $(VENV)/.installed

summary: install
	$(BIN)/letopis --db $(DB) ingest $(CORPUS)
	$(BIN)/letopis --db $(DB) stats

demo: summary
	$(BIN)/letopis --db $(DB) serve --port $(PORT)

test: install
	$(BIN)/pytest -n 2 -p no:cacheprovider

bench: install
	$(BIN)/python benchmarks/bench_ingest.py
	$(BIN)/python benchmarks/bench_quality.py

lint: install
	$(BIN)/ruff check src tests

clean:
	rm -rf $(VENV) build dist src/*.egg-info letopis.db letopis.db-wal letopis.db-shm
