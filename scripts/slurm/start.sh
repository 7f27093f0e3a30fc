#!/usr/bin/env bash
# Start a one-node SLURM cluster without systemd: munged, a private MariaDB, slurmdbd, slurmctld,
# slurmd. Every daemon runs in the foreground under `&` so that $! is its own PID, recorded in
# $SLURM_STATE/pids/<name>.pid; stop.sh stops exactly those PIDs.
# State, logs and the database live in $SLURM_STATE (default /var/tmp/corpus-slurm). The
# configuration goes to /etc/slurm, SLURM's compiled-in place: `srun` inside a job step does not
# find a configuration named only by $SLURM_CONF. A slurm.conf there that this script did not
# write is never overwritten.
set -euo pipefail
STATE=${SLURM_STATE:-/var/tmp/corpus-slurm}
DB_PORT=${SLURM_DB_PORT:-3317}
HOST=$(hostname -s)
ETC=/etc/slurm
MARK="# One-node test cluster written by scripts/slurm/start.sh"
export SLURM_CONF=$ETC/slurm.conf
mkdir -p "$STATE"/{pids,log,ctld,d} "$ETC"
chmod 755 "$STATE"
if [ -f "$SLURM_CONF" ] && ! grep -qxF "$MARK" "$SLURM_CONF"; then
  echo "Error: $SLURM_CONF exists and was not written by scripts/slurm/start.sh; not touching it" >&2
  exit 1
fi

alive() { [ -f "$STATE/pids/$1.pid" ] && kill -0 "$(cat "$STATE/pids/$1.pid")" 2>/dev/null; }
wait_for() {  # wait_for <what> <seconds> <command...>
  local what=$1 secs=$2; shift 2
  for _ in $(seq 1 "$secs"); do "$@" >/dev/null 2>&1 && return 0; sleep 1; done
  echo "Error: slurm: $what did not come up within ${secs}s (logs in $STATE/log)" >&2; exit 1
}

# --- configuration (rewritten at each start; the node's CPUs and memory come from slurmd -C)
node=$(slurmd -C | head -1 | sed -E "s/^NodeName=[^ ]+/NodeName=$HOST NodeAddr=127.0.0.1/; s/ UpTime=.*//")
cat > "$SLURM_CONF" <<CONF
$MARK
ClusterName=corpus
SlurmctldHost=$HOST(127.0.0.1)
SlurmUser=root
AuthType=auth/munge
StateSaveLocation=$STATE/ctld
SlurmdSpoolDir=$STATE/d
SlurmctldPidFile=$STATE/slurmctld.pidfile
SlurmdPidFile=$STATE/slurmd.pidfile
SlurmctldLogFile=$STATE/log/slurmctld.log
SlurmdLogFile=$STATE/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core_Memory
# Without a default, a job that does not ask for memory takes the whole node.
DefMemPerCPU=500
MailProg=/bin/true
ReturnToService=2
SchedulerType=sched/backfill
JobAcctGatherType=jobacct_gather/linux
AccountingStorageType=accounting_storage/slurmdbd
AccountingStorageHost=127.0.0.1
# sacct must still see finished jobs when Snakemake asks about them.
MinJobAge=600
$node State=UNKNOWN
PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF
cat > "$ETC/slurmdbd.conf" <<CONF
AuthType=auth/munge
DbdHost=$HOST
DbdAddr=127.0.0.1
SlurmUser=root
PidFile=$STATE/slurmdbd.pidfile
LogFile=$STATE/log/slurmdbd.log
StorageType=accounting_storage/mysql
StorageHost=127.0.0.1
StoragePort=$DB_PORT
StorageUser=slurm
StoragePass=slurm-test-only
StorageLoc=slurm_acct_db
CONF
chmod 600 "$ETC/slurmdbd.conf"   # slurmdbd refuses a readable file (it holds a password)

# --- munge (reuse a running one; then it is not ours to stop)
install -d -o munge -g munge -m 755 /run/munge
if alive munged; then
  :
elif munge -n </dev/null 2>/dev/null | unmunge >/dev/null 2>&1; then
  echo ">> slurm: a munged not started by us is running; reusing it (stop.sh leaves it alone)"
else
  setpriv --reuid=munge --regid=munge --init-groups -- munged --foreground --force \
    >"$STATE/log/munged.out" 2>&1 &
  echo $! > "$STATE/pids/munged.pid"
  wait_for munged 20 sh -c 'munge -n </dev/null | unmunge'
fi

# --- a private MariaDB for slurmdbd (own datadir and port: the system's database is left alone)
if [ ! -d "$STATE/mysql/mysql" ]; then
  mkdir -p "$STATE/mysql" && chown mysql:mysql "$STATE/mysql"
  mariadb-install-db --user=mysql --datadir="$STATE/mysql" --skip-test-db \
    --auth-root-authentication-method=socket >"$STATE/log/mariadb-install.log" 2>&1
fi
if ! alive mariadbd; then
  # Socket, pid file and log inside the datadir: the mysql user can write only there.
  mariadbd --user=mysql --datadir="$STATE/mysql" --socket="$STATE/mysql/mysqld.sock" \
    --port="$DB_PORT" --bind-address=127.0.0.1 --pid-file="$STATE/mysql/mysqld.pidfile" \
    --log-error="$STATE/mysql/mariadbd.log" >"$STATE/log/mariadbd.out" 2>&1 &
  echo $! > "$STATE/pids/mariadbd.pid"
  wait_for mariadbd 60 mariadb --socket="$STATE/mysql/mysqld.sock" -e "SELECT 1"
  mariadb --socket="$STATE/mysql/mysqld.sock" <<SQL
CREATE USER IF NOT EXISTS 'slurm'@'localhost' IDENTIFIED BY 'slurm-test-only';
CREATE USER IF NOT EXISTS 'slurm'@'127.0.0.1' IDENTIFIED BY 'slurm-test-only';
CREATE DATABASE IF NOT EXISTS slurm_acct_db;
GRANT ALL ON slurm_acct_db.* TO 'slurm'@'localhost';
GRANT ALL ON slurm_acct_db.* TO 'slurm'@'127.0.0.1';
SQL
fi

# --- slurmdbd, slurmctld, slurmd
if ! alive slurmdbd; then
  slurmdbd -D >"$STATE/log/slurmdbd.out" 2>&1 &
  echo $! > "$STATE/pids/slurmdbd.pid"
  wait_for slurmdbd 60 sacctmgr -n list cluster
fi
if ! alive slurmctld; then
  slurmctld -D -i >"$STATE/log/slurmctld.out" 2>&1 &
  echo $! > "$STATE/pids/slurmctld.pid"
  wait_for slurmctld 60 scontrol ping
fi
if ! alive slurmd; then
  slurmd -D -N "$HOST" >"$STATE/log/slurmd.out" 2>&1 &
  echo $! > "$STATE/pids/slurmd.pid"
fi
wait_for "node $HOST (idle)" 60 sh -c "sinfo -h -N -o %T | grep -qx idle"
# The controller registers the cluster with slurmdbd; sacct then works.
wait_for "accounting (sacct)" 60 sh -c "sacctmgr -n list cluster format=cluster | grep -q corpus && sacct -n -X >/dev/null"
echo ">> slurm: up ($(sinfo -h -N -o '%N %c CPUs %m MB %T'))"
