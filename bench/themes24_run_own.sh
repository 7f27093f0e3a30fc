#!/bin/bash
# themes24_run_own.sh (session 22): session 21 themes22's « own rule » variant (each theme's classifier reads only its
# own rule numbers), the 22-set leave-one-set-out saving every fold's scores, ONE theme per process, one at a time.
# Arguments: LEXICON (base | health21) then the themes.
cd /work/wt/themes24
export PYTHONHASHSEED=0 THEMES_ERRORS_CACHE=/tmp/themes24/tokens.pkl PYTHONPATH=/work/wt/themes24/src:/work/wt/themes24/bench
L=$1; shift
X=; [ $L = health21 ] && X=--themes=bench/variants/themes_health21.yaml
for T in "$@"; do
  echo "start own $L $T $(date +%T)" >> /tmp/themes24/log/run.err
  TFIX4_FEATURES=/tmp/themes24/feat_$L.pkl /usr/bin/time -f "%U user %S sys %e wall" nice -n 19 \
    /work/main/.venv/bin/python bench/themes_loso_fast.py --only="own rule" --theme=$T $X \
    --save-scores=/tmp/themes24/scores_own_${L}_$T.pkl --save=/tmp/themes24/own_${L}_$T.pkl \
    > /tmp/themes24/log/own_${L}_$T.out 2>>/tmp/themes24/log/run.err
  echo "end own $L $T $(date +%T) rc $?" >> /tmp/themes24/log/run.err
done
