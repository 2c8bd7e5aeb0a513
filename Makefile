# make run   - install what is missing, then extract every PDF under raw/ into output/
# make test  - install what is missing, then run the test suite
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
STAMPS := .stamps
# ghostscript: camelot's lattice backend; fonts-wqy-zenhei: a CJK font to render/preview PDFs;
# chromium: the headless browser tests/test_report_browser.py opens report.html in.
SYSTEM_PACKAGES := ghostscript fonts-wqy-zenhei chromium
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# Prefect keeps its database and the page cache in the project; no server to set up.
export PREFECT_HOME := $(CURDIR)/.prefect
export PREFECT_SERVER_ANALYTICS_ENABLED := false

.PHONY: run test bench bench-icdar system clean corpus-system corpus scoreboard bytecode

run: $(STAMPS)/install system bytecode $(PREFECT_HOME)/prefect.db
	$(VENV)/bin/wpr run --raw raw --out output

test: $(STAMPS)/install system corpus-system
	PREFECT_LOGGING_LEVEL=WARNING $(VENV)/bin/pytest -n 2 -q

# Speed and memory beside the raw libraries (benchmarks/bench.py); medians of 3 runs.
bench: $(STAMPS)/install system bytecode
	$(VENV)/bin/python benchmarks/bench.py

# The generic extractor on the ICDAR 2013 table competition (read from ../shared, never copied)
# beside camelot and pdfplumber, with the competition's measure.
ICDAR := ../shared/benchmarks/icdar2013
bench-icdar: $(STAMPS)/install system
	@for x in "cmd:$(VENV)/bin/wpr tables {pdf} --pages {page} --format json" camelot-stream camelot-best pdfplumber; do \
	  $(VENV)/bin/python ../shared/tools/icdar2013.py $(ICDAR) "$$x"; done

# The family of renderings of the report (benchmarks/renderings/, issue #14): N seeds of random
# styles printed by WeasyPrint, headless Chromium and LibreOffice into .corpus/ (cached: a
# re-run renders nothing new), then each extracted by `wpr extract` and scored. Filters:
# make scoreboard ARGS="--seeds 0-5 --engines chromium".
N ?= 24
ARGS ?=
corpus: $(STAMPS)/install system corpus-system
	$(VENV)/bin/python -m benchmarks.renderings corpus --n $(N) $(ARGS)

scoreboard: corpus
	$(VENV)/bin/python -m benchmarks.renderings scoreboard --n $(N) $(ARGS)

# What the renderings need beyond SYSTEM_PACKAGES: LibreOffice for the DOCX engine and the CJK
# fonts the styles draw from. apt-get only for what is missing; another apt-get holding dpkg's
# lock is waited for (DPkg::Lock::Timeout) and `apt-get update` retried.
CORPUS_PACKAGES := libreoffice-writer-nogui fonts-noto-cjk fonts-arphic-uming fonts-droid-fallback
APT_WAIT := -o DPkg::Lock::Timeout=600
corpus-system:
	@missing=""; \
	for p in $(CORPUS_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if command -v apt-get >/dev/null; then \
	    echo "installing:$$missing"; \
	    for try in 1 2 3 4 5 6 7 8 9 10; do $(SUDO) apt-get $(APT_WAIT) update -qq && break; sleep 15; done; \
	    DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get $(APT_WAIT) install -y -qq --no-install-recommends $$missing >/dev/null; \
	  else echo "warning: please install:$$missing (no apt-get here)" >&2; fi; \
	fi

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

# Re-installed only when pyproject.toml changes.
$(STAMPS)/install: pyproject.toml | $(VENV)/bin/python
	$(VENV)/bin/pip install -q --disable-pip-version-check -e '.[test]'
	@mkdir -p $(STAMPS) && touch $@

# The project's own modules compiled once, as pip compiles the packages it installs (an editable
# install is not): where PYTHONDONTWRITEBYTECODE is set, every command and every page worker
# compiled them from source again, 0.1-0.15 s of CPU a run. Up to date, this takes 0.04 s.
PACKAGES := extractors matching schemas export flows wpr
bytecode: $(STAMPS)/install
	@$(VENV)/bin/python -m compileall -q $(PACKAGES) >/dev/null

# Create Prefect's database once, up front: created concurrently by the first run's temporary
# server it has been seen to fail with "database is locked".
$(PREFECT_HOME)/prefect.db: | $(STAMPS)/install
	$(VENV)/bin/prefect server database upgrade -y >/dev/null

# apt-get only for what is missing, and `apt-get update` only then.
system:
	@missing=""; \
	for p in $(SYSTEM_PACKAGES); do \
	  case $$p in ghostscript) command -v gs >/dev/null && continue;; esac; \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if command -v apt-get >/dev/null; then \
	    echo "installing:$$missing"; \
	    $(SUDO) apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	  else echo "warning: please install:$$missing (no apt-get here)" >&2; fi; \
	fi

clean:
	rm -rf $(STAMPS) $(PREFECT_HOME) output/*/ build *.egg-info
