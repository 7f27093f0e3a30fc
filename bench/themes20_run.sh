#!/bin/bash
# run.sh FEAT ARGS... (log name = FEAT_$TAG)
cd "$(dirname "$0")/.."
F=$1; TAG=$2; shift 2
export PYTHONHASHSEED=0 THEMES_ERRORS_CACHE=/tmp/themes20/tokens.pkl TFIX4_FEATURES=/tmp/themes20/feat_$F.pkl PYTHONPATH=$PWD/src:$PWD/bench
echo "start $(date +%T)" > /tmp/themes20/log/$TAG.err
/usr/bin/time -v nice /work/main/.venv/bin/python bench/themes_loso_fast.py "$@" > /tmp/themes20/log/$TAG.out 2>>/tmp/themes20/log/$TAG.err
echo "end $(date +%T) rc $?" >> /tmp/themes20/log/$TAG.err
