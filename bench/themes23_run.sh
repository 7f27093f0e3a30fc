#!/bin/bash
# themes23_run.sh (session 22): the default's 22-set leave-one-set-out, all four themes in one process, saving every
# fold's scores (--save-scores) so that cut-off rules can be compared without refitting; base then health21 lexicon,
# over the feature caches of session 21 (copied from /tmp/themes22 to /tmp/themes23)
cd /work/wt/themes23
mkdir -p /tmp/themes23/log
export PYTHONHASHSEED=0 THEMES_ERRORS_CACHE=/tmp/themes23/tokens.pkl PYTHONPATH=/work/wt/themes23/src:/work/wt/themes23/bench
for L in base health21; do
  T=; [ $L = health21 ] && T=--themes=bench/variants/themes_health21.yaml
  echo "start $L $(date +%T)" >> /tmp/themes23/log/run.err
  TFIX4_FEATURES=/tmp/themes23/feat_$L.pkl /usr/bin/time -f "%U user %S sys %e wall" nice /work/main/.venv/bin/python \
    bench/themes_loso_fast.py --only=default $T --save-scores=/tmp/themes23/scores_$L.pkl \
    --save=/tmp/themes23/all_$L.pkl > /tmp/themes23/log/$L.out 2>>/tmp/themes23/log/run.err
  echo "end $L $(date +%T) rc $?" >> /tmp/themes23/log/run.err
done
