# Sorakumo Desk — the two commands a newcomer runs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP_RUN := $(VENV)/.installed-run
STAMP_TEST := $(VENV)/.installed-test
TS := resources/translations/desktop_ja.ts
QM := resources/translations/desktop_ja.qm

.PHONY: run test bench lint translations update-translations system-deps screenshots clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP_RUN): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(STAMP_TEST): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(STAMP_RUN)

system-deps:
	@sh scripts/system-deps.sh

$(QM): $(TS) | $(STAMP_RUN)
	$(BIN)/pyside6-lrelease -silent $(TS) -qm $(QM)

translations: $(QM)

update-translations: $(STAMP_RUN)
	$(BIN)/pyside6-lupdate -no-obsolete -locations none $$(find desktop -name '*.py' | sort) -ts $(TS)

run: system-deps $(STAMP_RUN) $(QM)
	$(BIN)/python -m desktop

# pytest's exit code 5 means "no tests were collected": that is a failure, said plainly.
test: $(STAMP_TEST) $(QM)
	@QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS); status=$$?; \
	if [ $$status -eq 5 ]; then echo "make test: pytest collected no tests" >&2; exit 1; fi; \
	exit $$status

lint: $(STAMP_TEST)
	$(BIN)/ruff check .
	$(BIN)/mypy

bench: $(STAMP_TEST) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.bench

clean:
	rm -rf $(VENV) $(QM) .pytest_cache .mypy_cache .ruff_cache

screenshots: $(STAMP_TEST) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshots.py
