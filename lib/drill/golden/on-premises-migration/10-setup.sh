#!/bin/sh
# Creates the canary topic on the primary, waits for its copy on the standby, and creates the
# drill's own switch parameters pointing at the primary.
set -eu
. "$(dirname -- "$0")/lib.sh"
[ -s "$RESULTS/target.bootstrap" ] || fail "run ./00-preflight.sh first"

drill_id=$(date -u +%Y%m%dT%H%M%SZ)
printf '%s\n' "$drill_id" > "$RESULTS/drill-id"
printf 'drill_id\t%s\n' "$drill_id" >> "$RESULTS/meta.tsv"

create_topic() { topics source --create --if-not-exists --topic "$CANARY_TOPIC" --partitions 3 --replication-factor 3; }

remote_topic() {
  if [ -n "$REMOTE_CANARY_TOPIC" ]; then printf '%s\n' "$REMOTE_CANARY_TOPIC"; return; fi
  if [ -n "$ALIAS_REPLICATOR" ]; then
    alias_arn=$(aws_standby kafka list-replicators --replicator-name-filter "$ALIAS_REPLICATOR" --query 'Replicators[0].ReplicatorArn' --output text)
    alias=$(aws_standby kafka describe-replicator --replicator-arn "$alias_arn" --query 'ReplicationInfoList[0].SourceKafkaClusterAlias' --output text)
    printf '%s.%s\n' "$alias" "$CANARY_TOPIC"
    return
  fi
  printf '%s%s\n' "$REMOTE_PREFIX" "$CANARY_TOPIC"
}

wait_for_remote_topic() {
  deadline=$(( $(date +%s) + TOPIC_WAIT_SECONDS ))
  until topics target --describe --topic "$(cat "$RESULTS/remote-topic")" > /dev/null 2>&1; do
    [ "$(date +%s)" -lt "$deadline" ] || return 124
    sleep 10
  done
}

step setup "create the canary topic on the primary" create_topic
remote_topic > "$RESULTS/remote-topic"
step setup "wait for its copy on the standby" wait_for_remote_topic
step setup "create the drill switch, pointing at the primary" flip_drill_switch primary
say "setup done: canary topic $CANARY_TOPIC, on the standby $(cat "$RESULTS/remote-topic")"
