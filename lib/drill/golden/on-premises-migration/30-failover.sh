#!/bin/sh
# A planned failover of the canary consumer group: it reads half the canaries on the primary,
# stops, its offsets cross to the standby, the drill switch flips, and it resumes on the standby
# from the address the switch gives. Every step is timed.
set -eu
. "$(dirname -- "$0")/lib.sh"
[ -s "$RESULTS/primary-readback.tsv" ] || fail "run ./20-replication-lag.sh first"
trap 'say "stopped: run ./90-cleanup.sh to remove what the drill created"; kill 0' INT TERM
remote=$(cat "$RESULTS/remote-topic")

# Before the failover: the group reads half the canaries on the primary and commits.
consume "$(bootstrap source)" source "$CANARY_TOPIC" --group "$CANARY_GROUP" --consumer-property auto.offset.reset=earliest \
  --max-messages "$((CANARY_COUNT / 2))" --timeout-ms "$((IDLE_TIMEOUT_MS * 2))" > "$RESULTS/group-before-failover.tsv"

# A trickle of canaries keeps a producer active on the primary while offsets are synchronised.
canaries trickle "$((OFFSET_SYNC_WAIT_SECONDS / TRICKLE_INTERVAL_SECONDS + 6))" "$TRICKLE_INTERVAL_SECONDS" | produce source "$CANARY_TOPIC" &
trickle=$!

stop_on_primary() { no_active_members source; }

offsets_on_standby() {
  deadline=$(( $(date +%s) + OFFSET_SYNC_WAIT_SECONDS ))
  while :; do
    groups target --describe --group "$CANARY_GROUP" > "$RESULTS/group-offsets-standby.txt" 2>&1 || true
    if awk -v t="$remote" '$2 == t && $4 ~ /^[0-9]+$/ { found = 1 } END { exit !found }' "$RESULTS/group-offsets-standby.txt"; then return 0; fi
    [ "$(date +%s)" -lt "$deadline" ] || return 124
    sleep 10
  done
}

reset_on_standby() {
  at=$(date -u -d "@$(( $(date +%s) - LAG_WAIT_SECONDS - 600 ))" +%Y-%m-%dT%H:%M:%S.000)
  groups target --group "$CANARY_GROUP" --topic "$remote" --reset-offsets --to-datetime "$at" --execute > "$RESULTS/group-offsets-standby.txt"
}

resume_on_standby() {
  address=$(read_drill_switch standby) || return 1
  consume "$address" target "$remote" --group "$CANARY_GROUP" --timeout-ms "$IDLE_TIMEOUT_MS" > "$RESULTS/group-after-failover.tsv"
  [ -s "$RESULTS/group-after-failover.tsv" ]
}

step failover "stop the canary group on the primary" stop_on_primary
if [ "$OFFSETS_SYNCED" = yes ]; then
  step failover "wait for its translated offsets on the standby" offsets_on_standby
else
  step failover "set its offsets on the standby by time (offsets are not replicated)" reset_on_standby
fi
step failover "flip the drill switch to the standby" flip_drill_switch standby
step failover "resume the canary group on the standby" resume_on_standby
wait "$trickle" || true
say "failover done: see results/group-offsets-standby.txt and results/group-after-failover.tsv"
