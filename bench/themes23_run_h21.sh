#!/bin/bash
# themes23_run_h21.sh (session 22): the default's leave-one-set-out for ONE theme over the health21 feature cache,
# saving every fold's scores (the machine at load 10-13 could not run the four themes before the deadline)
cd /work/wt/themes23
export PYTHONHASHSEED=0 THEMES_ERRORS_CACHE=/tmp/themes23/tokens.pkl PYTHONPATH=/work/wt/themes23/src:/work/wt/themes23/bench
T=$1
echo "start health21 $T $(date +%T)" >> /tmp/themes23/log/run.err
TFIX4_FEATURES=/tmp/themes23/feat_health21.pkl /usr/bin/time -f "%U user %S sys %e wall" nice /work/main/.venv/bin/python \
  bench/themes_loso_fast.py --only=default --theme=$T --themes=bench/variants/themes_health21.yaml \
  --save-scores=/tmp/themes23/scores_health21_$T.pkl --save=/tmp/themes23/h21_$T.pkl > /tmp/themes23/log/h21_$T.out 2>>/tmp/themes23/log/run.err
echo "end health21 $T $(date +%T) rc $?" >> /tmp/themes23/log/run.err
