#!/bin/bash
# themes22_run.sh: the "own rule" variant (each theme's classifier reads only its own rule numbers), one theme per
# process in turn, over the base feature cache of session 21 (copied from /tmp/themes21 to /tmp/themes22)
cd /work/wt/themes22
mkdir -p /tmp/themes22/log
export PYTHONHASHSEED=0 THEMES_ERRORS_CACHE=/tmp/themes22/tokens.pkl PYTHONPATH=/work/wt/themes22/src:/work/wt/themes22/bench
for T in coordination liberal territoire reunionite; do
  echo "start $T $(date +%T)" >> /tmp/themes22/log/own.err
  TFIX4_FEATURES=/tmp/themes22/feat_base.pkl /usr/bin/time -f "%U user %S sys %e wall" nice /work/main/.venv/bin/python bench/themes_loso_fast.py --only="own rule" --theme=$T --save=/tmp/themes22/own_$T.pkl > /tmp/themes22/log/own_$T.out 2>>/tmp/themes22/log/own.err
  echo "end $T $(date +%T) rc $?" >> /tmp/themes22/log/own.err
done
