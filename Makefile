# Everything the project needs is installed from here: nothing by hand.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export QT_QPA_PLATFORM ?= offscreen

.PHONY: run test test-slow lint types unit bench screenshots clean demo translations i18n-update interop-deps syncthing-deps \
	package package-test package-check frozen deb linux-metadata

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

$(VENV)/.installed-package: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[package]'
	touch $@

run: $(VENV)/.installed translations
	@QT_QPA_PLATFORM= sh packaging/linux/check_desktop_libraries.sh
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

# Test-only: Debian's syncthing, for the mailbox test with two real instances on the
# loopback interface (tests/functional/test_mailbox_syncthing.py). Without it that test is
# skipped with the reason, never failed.
syncthing-deps:
	@if command -v syncthing >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends syncthing >/dev/null 2>&1 \
		|| echo "syncthing-deps: apt-get install syncthing failed; the Syncthing mailbox test will be skipped"; \
	else \
		echo "syncthing-deps: syncthing is not on PATH and this is not root with apt-get (install Debian's syncthing package); the Syncthing mailbox test will be skipped"; \
	fi

unit: $(VENV)/.installed-test translations interop-deps syncthing-deps
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

# Packages (packaging/README.md): the frozen app (PyInstaller, one folder) and the .deb,
# with the metadata validated; what this machine cannot build is named at the end.
VERSION = $(shell $(PYTHON) packaging/release.py version)
ARCH = $(shell dpkg --print-architecture 2>/dev/null || uname -m)
FROZEN := dist/pslapp/pslapp-cli
DEB = dist/pslapp_$(VERSION)_$(ARCH).deb
FROZEN_INPUTS := $(shell find src resources packaging/pyinstaller packaging/icons -type f \
	-not -name '*.pyc' -not -name '*.qm' -not -path '*.egg-info/*') \
	pyproject.toml CHANGELOG.md packaging/release.py
DEB_INPUTS := $(wildcard packaging/linux/*)

$(FROZEN): $(VENV)/.installed-package $(FROZEN_INPUTS)
	$(MAKE) translations
	$(BIN)/python packaging/release.py check
	$(BIN)/pyinstaller --noconfirm --log-level WARN --workpath build/pyinstaller \
		--distpath dist packaging/pyinstaller/linux.spec
	cd packaging/pyinstaller && ../../$(BIN)/python check_bundle.py ../../dist/pslapp
	touch $@

$(DEB): $(FROZEN) $(DEB_INPUTS)
	$(BIN)/python packaging/linux/build_deb.py dist/pslapp \
		build/pyinstaller/linux/system-libraries.txt dist

frozen: $(FROZEN)
deb: $(DEB)

# desktop-file-validate and appstreamcli (installed from Debian's packages when missing).
# --no-net: the screenshots are checked to exist in docs/screenshots, not fetched.
linux-metadata: $(VENV)/.installed-package
	packaging/linux/need_tools.sh desktop-file-validate:desktop-file-utils appstreamcli:appstream
	desktop-file-validate packaging/linux/org.pslapp.pslapp.desktop
	$(BIN)/python packaging/linux/metainfo.py build/linux/org.pslapp.pslapp.metainfo.xml
	appstreamcli validate --pedantic --no-net build/linux/org.pslapp.pslapp.metainfo.xml

# The files for other platforms parse (workflow YAML, WiX XML, NSIS defines, Flatpak JSON).
package-check: $(VENV)/.installed-package
	$(BIN)/python packaging/check_definitions.py

package: linux-metadata package-check $(DEB)
	@echo
	@ls -l $(DEB); du -sh dist/pslapp
	@echo "Built here: dist/pslapp/ (frozen app) and $(DEB)."
	@echo "Not built here (see packaging/README.md): the Windows installer and the macOS .dmg"
	@echo "(their own runners, .github/workflows/packages.yml), and the Flatpak (needs flatpak-builder"
	@echo "and the KDE runtime from Flathub, which this machine cannot reach)."

# The .deb installed into a fresh Debian root (debootstrap) and run there; needs root.
package-test: $(DEB)
	bash packaging/linux/test_deb.sh $(DEB)

clean:
	rm -rf $(VENV) build dist .mypy_cache .pytest_cache .ruff_cache
