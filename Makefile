# Sorakumo Desk — the two commands a newcomer runs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP_RUN := $(VENV)/.installed-run
STAMP_TEST := $(VENV)/.installed-test
TS := desktop/resources/translations/desktop_ja.ts
QM := desktop/resources/translations/desktop_ja.qm
# English is the source language; this file holds only its plural forms ("1 client", "2 clients").
TS_EN := desktop/resources/translations/desktop_en.ts
QM_EN := desktop/resources/translations/desktop_en.qm

STAMP_DIST := $(VENV)/.installed-dist
VERSION = $(shell $(BIN)/python -c "from importlib.metadata import version; print(version('sorakumo-desk'))")
BUNDLE := build/dist/sorakumo-desk

.PHONY: run test bench torture lint translations update-translations system-deps screenshots clean dist dist-test icons

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP_RUN): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(STAMP_TEST): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(STAMP_RUN)

$(STAMP_DIST): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,dist]'
	touch $@ $(STAMP_TEST) $(STAMP_RUN)

system-deps:
	@sh scripts/system-deps.sh

$(QM): $(TS) | $(STAMP_RUN)
	$(BIN)/pyside6-lrelease -silent $(TS) -qm $(QM)

$(QM_EN): $(TS_EN) | $(STAMP_RUN)
	$(BIN)/pyside6-lrelease -silent $(TS_EN) -qm $(QM_EN)

translations: $(QM) $(QM_EN)

update-translations: $(STAMP_RUN)
	$(BIN)/pyside6-lupdate -no-obsolete -locations none $$(find desktop -name '*.py' | sort) -ts $(TS)
	$(BIN)/pyside6-lupdate -pluralonly -no-obsolete -locations none $$(find desktop -name '*.py' | sort) -ts $(TS_EN)

run: system-deps $(STAMP_RUN) $(QM) $(QM_EN)
	$(BIN)/python -m desktop

# pytest's exit code 5 means "no tests were collected": that is a failure, said plainly.
test: $(STAMP_TEST) $(QM) $(QM_EN)
	@QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS); status=$$?; \
	if [ $$status -eq 5 ]; then echo "make test: pytest collected no tests" >&2; exit 1; fi; \
	exit $$status

lint: $(STAMP_TEST)
	$(BIN)/ruff check .
	$(BIN)/mypy

bench: $(STAMP_TEST) $(QM) $(QM_EN)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.bench

# The Linux bundle (PyInstaller, packaging/sorakumo-desk.spec) packed as a .deb; ~5-10 minutes here.
dist: $(STAMP_DIST) $(QM) $(QM_EN)
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath build/dist --workpath build/work \
		packaging/sorakumo-desk.spec
	rm -f build/sorakumo-desk_*_amd64.deb
	$(BIN)/python packaging/linux/build_deb.py $(BUNDLE) build/sorakumo-desk_$(VERSION)_amd64.deb

# The smoke test of what make dist built: init, check, and the window painted in Japanese.
dist-test: dist
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m bundle tests/install/test_bundle.py

# After changing desktop/resources/icons/sorakumo-desk.svg: the PNG, .ico and .icns files.
icons: $(STAMP_RUN)
	$(BIN)/python scripts/make_icons.py

# The release's fault run (docs/reliability.md): kills, a full disk, damaged backups, fuzzing. Takes about an hour.
torture: $(STAMP_TEST) $(QM) $(QM_EN)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.torture $(TORTURE_ARGS)

clean:
	rm -rf $(VENV) $(QM) $(QM_EN) .pytest_cache .mypy_cache .ruff_cache build

screenshots: $(STAMP_TEST) $(QM) $(QM_EN)
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshots.py
