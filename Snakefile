# corpus — from the bundled PDFs to comparison tables. Run with `make run`.
# Rules call the `corpus` package through its CLI; the logic lives in src/corpus/.
from snakemake.exceptions import WorkflowError
from snakemake.utils import min_version

from corpus.config import load_yaml
from corpus.errors import CorpusError

min_version("9.0")

# Snakemake's own message for a bad YAML names no line; ours names line and column.
try:
    load_yaml("config/config.yaml")
except CorpusError as exc:
    raise WorkflowError(f"Error: {exc}") from None


configfile: "config/config.yaml"


include: "workflow/rules/common.smk"
include: "workflow/rules/extract.smk"
include: "workflow/rules/segment.smk"
include: "workflow/rules/nlp.smk"
include: "workflow/rules/themes.smk"
include: "workflow/rules/tables.smk"
include: "workflow/rules/topics.smk"
include: "workflow/rules/lexicometry.smk"
include: "workflow/rules/report.smk"
include: "workflow/rules/exports.smk"


# Every way of running the workflow (make, snakemake directly, the SLURM profile) passes here:
# the run lock and the run's state (results/run_state.json, read by `corpus summary`).
onstart:
    start_workflow_run()


onsuccess:
    finish_run(RESULTS, True, log)
    for line in end_of_run_summary(RESULTS):
        print(line, file=sys.stderr)


onerror:
    finish_run(RESULTS, False, log)
    for line in end_of_run_summary(RESULTS):
        print(line, file=sys.stderr)


rule all:
    default_target: True
    input:
        TABLES,
        TOPIC_TABLES,
        LEXICOMETRY_OUTPUTS,
        f"{RESULTS}/report/index.html",
        REPORT_PAGES,
        f"{RESULTS}/manifest.json",
        EXPORTS,
