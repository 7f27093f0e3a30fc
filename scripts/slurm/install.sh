#!/usr/bin/env bash
# Install a one-node SLURM (with accounting, so `sacct` works) from Debian's packages.
# Idempotent: does nothing when every program is already there. Needs root (CI runs as root).
set -euo pipefail
need=(munged slurmctld slurmd sbatch sacct slurmdbd mariadbd mariadb-install-db)
missing=0
for prog in "${need[@]}"; do command -v "$prog" >/dev/null 2>&1 || missing=1; done
if [ "$missing" = 0 ]; then echo ">> slurm: packages already installed"; exit 0; fi
if [ "$(id -u)" != 0 ]; then echo "Error: installing SLURM needs root (apt-get)" >&2; exit 1; fi
echo ">> slurm: installing munge, slurmctld, slurmd, slurm-client, slurmdbd, mariadb-server"
# Another apt run on the machine holds the dpkg lock for a while: wait for it, do not fail.
apt_opts=(-o DPkg::Lock::Timeout=600 -y -qq --no-install-recommends)
apt-get -o DPkg::Lock::Timeout=600 update -qq
DEBIAN_FRONTEND=noninteractive apt-get install "${apt_opts[@]}" \
  munge slurmctld slurmd slurm-client slurmdbd mariadb-server >/dev/null
echo ">> slurm: installed $(dpkg-query -W -f='${Version}' slurmctld)"
