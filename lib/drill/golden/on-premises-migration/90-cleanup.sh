#!/bin/sh
# Removes everything the drill created, and nothing else: the canary group on both sides, the
# canary topic and its copy, the drill's switch parameters. Safe to run at any time, more than once.
set -u
. "$(dirname -- "$0")/lib.sh"

for side in source target; do
  [ -s "$RESULTS/$side.bootstrap" ] || continue
  groups "$side" --delete --group "$CANARY_GROUP" 2> /dev/null || say "group $CANARY_GROUP: nothing to delete on the $side"
done
if [ -s "$RESULTS/source.bootstrap" ]; then topics source --delete --if-exists --topic "$CANARY_TOPIC" || say "could not delete $CANARY_TOPIC on the primary"; fi
if [ -s "$RESULTS/remote-topic" ] && [ -s "$RESULTS/target.bootstrap" ]; then
  topics target --delete --if-exists --topic "$(cat "$RESULTS/remote-topic")" || say "could not delete the canary copy on the standby"
fi
aws_standby ssm delete-parameters --names "$DRILL_SWITCH_PARAMETER" "$DRILL_SIDE_PARAMETER" > /dev/null || say "drill parameters: nothing to delete in $STANDBY_REGION"
if [ -n "$PRIMARY_REGION" ] && [ "$PRIMARY_REGION" != "$STANDBY_REGION" ]; then
  aws_primary ssm delete-parameters --names "$DRILL_SWITCH_PARAMETER" "$DRILL_SIDE_PARAMETER" > /dev/null || say "drill parameters: nothing to delete in $PRIMARY_REGION"
fi
say "cleanup done; results/ is kept for the report"
