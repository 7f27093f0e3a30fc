#!/bin/bash
# themes21_run.sh FEAT TAG ARGS... : bench/themes_loso_fast.py with the feature cache /tmp/themes21/feat_FEAT.pkl,
# output in /tmp/themes21/log/TAG.{out,err} (session 21; as bench/themes20_run.sh)
cd "$(dirname "$0")/.."
F=$1; TAG=$2; shift 2
mkdir -p /tmp/themes21/log
export PYTHONHASHSEED=0 THEMES_ERRORS_CACHE=/tmp/themes21/tokens.pkl TFIX4_FEATURES=/tmp/themes21/feat_$F.pkl PYTHONPATH=$PWD/src:$PWD/bench
echo "start $(date +%T)" > /tmp/themes21/log/$TAG.err
/usr/bin/time -v nice /work/main/.venv/bin/python bench/themes_loso_fast.py "$@" > /tmp/themes21/log/$TAG.out 2>>/tmp/themes21/log/$TAG.err
echo "end $(date +%T) rc $?" >> /tmp/themes21/log/$TAG.err
