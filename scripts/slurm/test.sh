#!/usr/bin/env bash
# `make test-slurm`: install a one-node SLURM, start it, run the fixture corpus through the
# SLURM executor and locally, compare the tables, and stop the daemons this script started.
set -uo pipefail
cd "$(dirname "$0")/../.."
export SLURM_STATE=${SLURM_STATE:-/var/tmp/corpus-slurm}

t0=$(date +%s)
scripts/slurm/install.sh || exit 1
# Stop whatever start.sh started, even when it or the check fails half-way.
trap 'scripts/slurm/stop.sh' EXIT
scripts/slurm/start.sh || exit 1
echo ">> slurm: cluster ready after $(( $(date +%s) - t0 )) s"
.venv/bin/python scripts/slurm/check_workflow.py
status=$?
echo ">> test-slurm: $( [ $status = 0 ] && echo passed || echo FAILED ) in $(( $(date +%s) - t0 )) s"
exit $status
