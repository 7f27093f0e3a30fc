#!/usr/bin/env bash
# Stop the daemons start.sh started, by the PIDs it recorded (never by name), newest first,
# and remove pid files they leave behind when those files hold a PID we stopped.
set -uo pipefail
STATE=${SLURM_STATE:-/var/tmp/corpus-slurm}
for name in slurmd slurmctld slurmdbd mariadbd munged; do
  pidfile=$STATE/pids/$name.pid
  [ -f "$pidfile" ] || continue
  pid=$(cat "$pidfile")
  # Guard against PID reuse: only signal the process if it still runs the daemon we started.
  if kill -0 "$pid" 2>/dev/null && tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q "$name"; then
    kill -TERM "$pid"
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -0 "$pid" 2>/dev/null && { echo ">> slurm: $name ($pid) ignored SIGTERM, killing"; kill -KILL "$pid"; }
    echo ">> slurm: stopped $name ($pid)"
  fi
  for stale in "$STATE/$name.pidfile" "$STATE/mysql/mysqld.pidfile" "/run/$name.pid" "/run/slurm/$name.pid"; do
    [ -f "$stale" ] && [ "$(cat "$stale" 2>/dev/null)" = "$pid" ] && rm -f "$stale"
  done
  rm -f "$pidfile"
done
# Our configuration goes too: with a slurm.conf naming a controller that is down, every
# `scontrol` call waits ~9 s, and the SLURM plugin calls it whenever Snakemake starts.
MARK="# One-node test cluster written by scripts/slurm/start.sh"
if [ -f /etc/slurm/slurm.conf ] && grep -qxF "$MARK" /etc/slurm/slurm.conf; then
  rm -f /etc/slurm/slurm.conf /etc/slurm/slurmdbd.conf
fi
exit 0
