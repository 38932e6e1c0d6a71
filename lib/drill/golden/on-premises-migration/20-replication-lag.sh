#!/bin/sh
# Writes timestamped canaries on the primary and watches them arrive on the standby: each one's
# lag is the recovery point you would have had if the primary had failed as it was written.
set -eu
. "$(dirname -- "$0")/lib.sh"
[ -s "$RESULTS/drill-id" ] || fail "run ./10-setup.sh first"
trap 'say "stopped: run ./90-cleanup.sh to remove what the drill created"; kill 0' INT TERM

printf 'attempted\t%s\n' "$CANARY_COUNT" >> "$RESULTS/meta.tsv"
consume "$(bootstrap target)" target "$(cat "$RESULTS/remote-topic")" --from-beginning --timeout-ms "$(((LAG_WAIT_SECONDS + 5) * 1000))" > "$RESULTS/standby-seen.tsv" &
watcher=$!
sleep 5 # the watcher joins before the first canary; its idle timeout covers this pause

write_canaries() { canaries lag "$CANARY_COUNT" "$CANARY_INTERVAL_SECONDS" | produce source "$CANARY_TOPIC"; }
wait_for_watcher() { wait "$watcher"; }

step lag "write $CANARY_COUNT canaries on the primary" write_canaries
step lag "watch the standby until nothing new arrives for $LAG_WAIT_SECONDS s" wait_for_watcher
consume "$(bootstrap source)" source "$CANARY_TOPIC" --from-beginning --timeout-ms "$IDLE_TIMEOUT_MS" > "$RESULTS/primary-readback.tsv"
say "canaries seen on the standby: $(grep -c ":lag:" "$RESULTS/standby-seen.tsv" || true) of $CANARY_COUNT"
