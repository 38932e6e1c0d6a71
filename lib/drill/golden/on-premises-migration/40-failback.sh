#!/bin/sh
# The failback of the canary group: it stops on the standby, the drill switch flips back, new
# canaries are written on the primary and the group resumes there. It exercises the switch and the
# group's offsets on the way back, not reverse replication (see README.md).
set -eu
. "$(dirname -- "$0")/lib.sh"
[ -e "$RESULTS/group-after-failover.tsv" ] || fail "run ./30-failover.sh first"
trap 'say "stopped: run ./90-cleanup.sh to remove what the drill created"; kill 0' INT TERM

stop_on_standby() { no_active_members target; }
write_failback_canaries() { canaries failback 5 1 | produce source "$CANARY_TOPIC"; }
resume_on_primary() {
  address=$(read_drill_switch primary) || return 1
  consume "$address" source "$CANARY_TOPIC" --group "$CANARY_GROUP" --timeout-ms "$IDLE_TIMEOUT_MS" > "$RESULTS/group-after-failback.tsv"
  [ -s "$RESULTS/group-after-failback.tsv" ]
}

# Written before the clock starts: what the group must read on the primary once it is back.
step setup "write failback canaries on the primary" write_failback_canaries
step failback "stop the canary group on the standby" stop_on_standby
step failback "flip the drill switch back to the primary" flip_drill_switch primary
step failback "resume the canary group on the primary" resume_on_primary
consume "$(bootstrap source)" source "$CANARY_TOPIC" --from-beginning --timeout-ms "$IDLE_TIMEOUT_MS" > "$RESULTS/primary-readback.tsv"
say "failback done. Write the report where the advisor runs: npm run -s advisor -- drill-report <this directory>"
