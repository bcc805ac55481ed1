# Everything the project needs is installed from here: nothing by hand.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export QT_QPA_PLATFORM ?= offscreen

.PHONY: run test test-slow lint types unit bench screenshots clean demo translations i18n-update interop-deps

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

run: $(VENV)/.installed translations
	QT_QPA_PLATFORM= $(BIN)/pslapp

demo: $(VENV)/.installed translations
	QT_QPA_PLATFORM= $(BIN)/pslapp --demo

# Qt Linguist sources (resources/translations/*.ts) compiled to .qm, which git ignores.
translations: $(VENV)/.installed
	$(BIN)/python -m pslapp.gui.i18n build

i18n-update: $(VENV)/.installed-test
	$(BIN)/python -m pslapp.gui.i18n update

lint: $(VENV)/.installed-test
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

types: $(VENV)/.installed-test
	$(BIN)/mypy

# Test-only: typage (npm age-encryption, pinned in tests/interop/package-lock.json), an
# independent age implementation with post-quantum hybrid keys. Without node or the
# registry the typage interop tests are skipped, never failed.
interop-deps:
	@if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then \
		npm ci --prefix tests/interop --no-audit --no-fund --ignore-scripts --silent \
		|| echo "interop-deps: npm ci failed; the typage interop tests will be skipped"; \
	else \
		echo "interop-deps: node/npm not on PATH; the typage interop tests will be skipped"; \
	fi

unit: $(VENV)/.installed-test translations interop-deps
	$(BIN)/python -m pytest -q

test: lint types unit

# The slow-marked tests (thousands of fuzz cases), which the default run leaves out.
test-slow: $(VENV)/.installed-test translations
	$(BIN)/python -m pytest -q -m slow

bench: $(VENV)/.installed-test
	$(BIN)/python -m benchmarks.run

# docs/screenshots (English, 1280x720) for the README and the guide; build/screenshots holds
# every language at 1280x720 and 1366x768, to look at (not committed).
screenshots: $(VENV)/.installed-test translations
	$(BIN)/python -m pslapp.gui.screenshots docs/screenshots
	$(BIN)/python -m pslapp.gui.screenshots build/screenshots --all

clean:
	rm -rf $(VENV) build dist .mypy_cache .pytest_cache .ruff_cache
