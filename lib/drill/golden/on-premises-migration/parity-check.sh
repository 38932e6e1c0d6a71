#!/bin/sh
# Compares the primary and the standby: topics and partition counts, the topic configurations
# that matter for a failover, ACLs (clusters with Kafka ACLs) and consumer groups. Read-only.
set -eu
. "$(dirname -- "$0")/lib.sh"
[ -s "$RESULTS/target.bootstrap" ] || fail "run ./00-preflight.sh first (it resolves the bootstrap brokers)"
out="$RESULTS/parity"
mkdir -p "$out"
differences=0

prefix=$REMOTE_PREFIX
if [ -n "$ALIAS_REPLICATOR" ]; then
  alias_arn=$(aws_standby kafka list-replicators --replicator-name-filter "$ALIAS_REPLICATOR" --query 'Replicators[0].ReplicatorArn' --output text)
  prefix="$(aws_standby kafka describe-replicator --replicator-arn "$alias_arn" --query 'ReplicationInfoList[0].SourceKafkaClusterAlias' --output text)."
fi

partitions() { awk -F'\t' '/PartitionCount/ { t = ""; p = ""; for (i = 1; i <= NF; i++) { if ($i ~ /^Topic: /) t = substr($i, 8); if ($i ~ /^PartitionCount: /) p = substr($i, 17) } print t, p }'; }
topics source --describe --exclude-internal | partitions | grep -v "^$CANARY_TOPIC " | sort > "$out/source-topics.txt"
topics target --describe --exclude-internal | partitions | awk -v p="$prefix" 'p == "" { print; next } index($0, p) == 1 { print substr($0, length(p) + 1) }' | sort > "$out/target-topics.txt"
if ! diff "$out/source-topics.txt" "$out/target-topics.txt" > "$out/topics.diff"; then
  say "topics or partition counts differ (< primary, > standby):"; cat "$out/topics.diff" >&2; differences=$((differences + 1))
fi

configs() {
  kafka-configs.sh --bootstrap-server "$(bootstrap "$1")" --command-config "$KIT_DIR/$1.properties" --entity-type topics --entity-name "$2" --describe --all \
    | awk '{ sub(/^ +/, ""); split($1, kv, "="); if (kv[1] ~ /^(retention\.ms|cleanup\.policy|min\.insync\.replicas|max\.message\.bytes)$/) print kv[1] "=" kv[2] }' | sort
}
: > "$out/configs.diff"
cut -d' ' -f1 "$out/source-topics.txt" | while IFS= read -r topic; do
  configs source "$topic" > "$out/source-configs.txt"
  configs target "$prefix$topic" > "$out/target-configs.txt" 2> /dev/null || true
  if ! diff "$out/source-configs.txt" "$out/target-configs.txt" > /dev/null; then printf '%s\n' "$topic" >> "$out/configs.diff"; fi
done
if [ -s "$out/configs.diff" ]; then
  say "retention.ms, cleanup.policy, min.insync.replicas or max.message.bytes differ for:"; cat "$out/configs.diff" >&2; differences=$((differences + 1))
fi

if [ "$KAFKA_ACLS" = yes ]; then
  kafka-acls.sh --bootstrap-server "$(bootstrap source)" --command-config "$KIT_DIR/source.properties" --list | sort > "$out/source-acls.txt"
  kafka-acls.sh --bootstrap-server "$(bootstrap target)" --command-config "$KIT_DIR/target.properties" --list | sort > "$out/target-acls.txt"
  if ! diff "$out/source-acls.txt" "$out/target-acls.txt" > "$out/acls.diff"; then
    say "ACLs differ (see README.md for what replication does not copy):"; cat "$out/acls.diff" >&2; differences=$((differences + 1))
  fi
else
  say "IAM access control: no Kafka ACLs to compare; check the client roles on the standby (RUNBOOK.md, parity checks)"
fi

groups source --list | grep -v "^$CANARY_GROUP\$" | sort > "$out/source-groups.txt"
groups target --list | sort > "$out/target-groups.txt"
missing=$(comm -23 "$out/source-groups.txt" "$out/target-groups.txt")
if [ -n "$missing" ]; then say "consumer groups missing on the standby:"; printf '%s\n' "$missing" >&2; differences=$((differences + 1)); fi

if [ "$differences" -eq 0 ]; then say "parity: topics, partition counts, ACLs and consumer groups match"; else say "parity: $differences kind(s) of difference, details in results/parity/"; exit 1; fi
