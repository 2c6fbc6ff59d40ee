# ESS Observatory plugin: set-up, database build, demo, tests and packaging.
#
#   make demo      install what is missing, build the database, run the
#                  regional diagnostics of the pilot regions into output/
#   make test      install what is missing and run the test suite on QGIS
#   make package   build the ZIP that QGIS's Plugin Manager installs

SHELL := /bin/bash
PLUGIN := ess_observatory_plugin
VENV := .venv
PYTHON := $(VENV)/bin/python
DATABASE := $(PLUGIN)/data/observatory.gpkg
OUTPUT := output
VERSION := $(shell sed -n 's/^version=//p' $(PLUGIN)/metadata.txt)
DEBIAN_PACKAGES := qgis python3-qgis qgis-providers xvfb python3-pandas python3-openpyxl \
	python3-venv python3-pip python3-pytest pyqt5-dev-tools qttools5-dev-tools poppler-utils \
	fonts-noto-core fonts-dejavu-core zip
TRANSLATIONS := $(wildcard $(PLUGIN)/i18n/*.ts)
COMPILED_TRANSLATIONS := $(TRANSLATIONS:.ts=.qm)

export QT_QPA_PLATFORM ?= offscreen
export XDG_RUNTIME_DIR ?= /tmp/runtime-$(shell id -u)

.PHONY: all setup system-packages venv data translations demo test package bench clean update-translations

all: translations data

setup: system-packages venv translations

# Installs QGIS and the Debian packages the project needs, only those missing.
system-packages:
	@missing=""; for package in $(DEBIAN_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$package 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages:$$missing"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q $$missing; \
	fi

$(VENV)/.installed: requirements.txt
	/usr/bin/python3 -m venv --system-site-packages $(VENV)
	$(PYTHON) -m pip install -q --disable-pip-version-check -r requirements.txt
	touch $@

venv: system-packages $(VENV)/.installed

%.qm: %.ts
	lrelease -silent $< -qm $@

translations: system-packages $(COMPILED_TRANSLATIONS)

# Refreshes the .ts sources from the code; translators then edit the .ts files.
update-translations:
	/usr/bin/python3 scripts/update_translations.py

$(DATABASE): $(VENV)/.installed $(PLUGIN)/resources/indicators.csv $(wildcard $(PLUGIN)/core/*.py)
	$(PYTHON) -m $(PLUGIN).cli build_database --OUTPUT $(DATABASE)

data: setup $(DATABASE)

demo: data
	$(PYTHON) scripts/demo.py --output $(OUTPUT)

test: setup
	$(PYTHON) -m pytest tests -q -p no:cacheprovider

bench: data
	$(PYTHON) scripts/bench.py

package: data
	rm -rf dist/$(PLUGIN) && mkdir -p dist
	cp -r $(PLUGIN) dist/
	find dist/$(PLUGIN) \( -name '__pycache__' -o -name '*.pyc' -o -name '*.ts' -o -name '*.gpkg-*' \) -prune -exec rm -rf {} +
	cp LICENSE README.md README.fr.md README.ar.md dist/$(PLUGIN)/
	cd dist && rm -f $(PLUGIN)-$(VERSION).zip && zip -q -r -9 $(PLUGIN)-$(VERSION).zip $(PLUGIN)
	@ls -l dist/$(PLUGIN)-$(VERSION).zip

clean:
	rm -rf dist $(OUTPUT) $(DATABASE) $(COMPILED_TRANSLATIONS)
