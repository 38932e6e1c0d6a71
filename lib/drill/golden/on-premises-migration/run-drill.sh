#!/bin/sh
# Runs the whole drill in order and stops at the first failed step.
set -eu
dir=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd)
trap 'printf "stopped: run %s/90-cleanup.sh to remove what the drill created\n" "$dir" >&2; exit 130' INT TERM
for script in 00-preflight.sh 10-setup.sh 20-replication-lag.sh 30-failover.sh 40-failback.sh; do
  "$dir/$script"
done
printf 'Drill finished. Remove its topic, group and parameters: %s/90-cleanup.sh\nThen write the report: npm run -s advisor -- drill-report %s\n' "$dir" "$dir"
