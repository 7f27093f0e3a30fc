#!/bin/bash
# themes24_run.sh (session 22): the default's 22-set leave-one-set-out over the health21 feature cache, ONE theme per
# process and one process at a time (each theme's fold scores saved as soon as it ends), for the themes themes23 could
# not run (territoire's scores are themes23's: /tmp/themes23/scores_health21_territoire.pkl, copied)
cd /work/wt/themes24
export PYTHONHASHSEED=0 THEMES_ERRORS_CACHE=/tmp/themes24/tokens.pkl PYTHONPATH=/work/wt/themes24/src:/work/wt/themes24/bench
for T in "$@"; do
  echo "start health21 $T $(date +%T)" >> /tmp/themes24/log/run.err
  TFIX4_FEATURES=/tmp/themes24/feat_health21.pkl /usr/bin/time -f "%U user %S sys %e wall" nice -n 19 \
    /work/main/.venv/bin/python bench/themes_loso_fast.py --only=default --theme=$T \
    --themes=bench/variants/themes_health21.yaml --save-scores=/tmp/themes24/scores_health21_$T.pkl \
    --save=/tmp/themes24/h21_$T.pkl > /tmp/themes24/log/h21_$T.out 2>>/tmp/themes24/log/run.err
  echo "end health21 $T $(date +%T) rc $?" >> /tmp/themes24/log/run.err
done
