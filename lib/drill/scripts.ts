/**
 * The drill kit's shell scripts that do not depend on the plan: they read every name from
 * `drill.env` (which the kit generates with the plan's names, each single-quoted), so no
 * user-supplied value is ever spliced into a command. POSIX sh; GNU date for milliseconds.
 * Shell `${…}` is never used here, so these template literals interpolate nothing.
 */

export const LIB_SH = String.raw`# shellcheck shell=sh
# Shared by every script of the kit: settings, timing, and the Kafka and AWS wrappers.
KIT_DIR=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd)
# shellcheck source=drill.env
. "$KIT_DIR/drill.env"
RESULTS="$KIT_DIR/results"

# Milliseconds since the epoch (GNU date; 00-preflight.sh checks it).
now_ms() { date +%s%3N; }

say() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
fail() { say "FAILED: $*"; exit 1; }

aws_primary() {
  if [ -n "$SOURCE_PROFILE" ]; then aws --region "$PRIMARY_REGION" --profile "$SOURCE_PROFILE" "$@"; else aws --region "$PRIMARY_REGION" "$@"; fi
}
aws_standby() {
  if [ -n "$TARGET_PROFILE" ]; then aws --region "$STANDBY_REGION" --profile "$TARGET_PROFILE" "$@"; else aws --region "$STANDBY_REGION" "$@"; fi
}

# The bootstrap brokers of a side (source or target), as 00-preflight.sh resolved them.
bootstrap() { cat "$RESULTS/$1.bootstrap"; }

# step PHASE NAME COMMAND...: runs COMMAND and records its start, end and status in results/steps.tsv.
# A command that returns 124 timed out.
step() {
  step_phase=$1; step_name=$2; shift 2
  step_start=$(now_ms)
  say "$step_phase: $step_name"
  if "$@"; then step_status=ok; else
    step_rc=$?
    if [ "$step_rc" -eq 124 ]; then step_status=timeout; else step_status=failed; fi
  fi
  printf '%s\t%s\t%s\t%s\t%s\n' "$step_phase" "$step_name" "$step_start" "$(now_ms)" "$step_status" >> "$RESULTS/steps.tsv"
  [ "$step_status" = ok ] || fail "$step_phase: $step_name ($step_status)"
}

# Prefixes every line read with the time it was read: "<ms><TAB><line>".
stamp() { while IFS= read -r stamp_line; do printf '%s\t%s\n' "$(now_ms)" "$stamp_line"; done; }

# consume BOOTSTRAP SIDE TOPIC ARGS...: the console consumer, printing CreateTime, stamped.
consume() {
  consume_bootstrap=$1; consume_side=$2; consume_topic=$3; shift 3
  kafka-console-consumer.sh --bootstrap-server "$consume_bootstrap" --consumer.config "$KIT_DIR/$consume_side.properties" \
    --topic "$consume_topic" --property print.timestamp=true "$@" 2>> "$RESULTS/kafka-errors.log" | stamp
}

# produce SIDE TOPIC: writes the lines of stdin, each acknowledged by all in-sync replicas.
produce() {
  kafka-console-producer.sh --bootstrap-server "$(bootstrap "$1")" --producer.config "$KIT_DIR/$1.properties" \
    --topic "$2" --producer-property acks=all 2>> "$RESULTS/kafka-errors.log"
}

groups() {
  groups_side=$1; shift
  kafka-consumer-groups.sh --bootstrap-server "$(bootstrap "$groups_side")" --command-config "$KIT_DIR/$groups_side.properties" "$@"
}

topics() {
  topics_side=$1; shift
  kafka-topics.sh --bootstrap-server "$(bootstrap "$topics_side")" --command-config "$KIT_DIR/$topics_side.properties" "$@"
}

# canaries KIND COUNT INTERVAL: prints COUNT canary values "<drill id>:<kind>:<seq>", INTERVAL seconds apart.
canaries() {
  canary_seq=0
  while [ "$canary_seq" -lt "$2" ]; do
    printf '%s:%s:%s\n' "$(cat "$RESULTS/drill-id")" "$1" "$canary_seq"
    canary_seq=$((canary_seq + 1))
    sleep "$3"
  done
}

# The drill's own switch parameters (never the applications' ones), in every Region that has them.
flip_drill_switch() {
  flip_side=$1
  if [ "$flip_side" = primary ]; then flip_value=$(bootstrap source); else flip_value=$(bootstrap target); fi
  aws_standby ssm put-parameter --name "$DRILL_SWITCH_PARAMETER" --type String --overwrite --value "$flip_value" > /dev/null || return 1
  aws_standby ssm put-parameter --name "$DRILL_SIDE_PARAMETER" --type String --overwrite --value "$flip_side" > /dev/null || return 1
  if [ -n "$PRIMARY_REGION" ] && [ "$PRIMARY_REGION" != "$STANDBY_REGION" ]; then
    aws_primary ssm put-parameter --name "$DRILL_SWITCH_PARAMETER" --type String --overwrite --value "$flip_value" > /dev/null || return 1
    aws_primary ssm put-parameter --name "$DRILL_SIDE_PARAMETER" --type String --overwrite --value "$flip_side" > /dev/null || return 1
  fi
}

# Reads the drill switch as an application would at start: in the Region it runs in.
read_drill_switch() {
  if [ "$1" = standby ] || [ -z "$PRIMARY_REGION" ]; then
    aws_standby ssm get-parameter --name "$DRILL_SWITCH_PARAMETER" --query Parameter.Value --output text
  else
    aws_primary ssm get-parameter --name "$DRILL_SWITCH_PARAMETER" --query Parameter.Value --output text
  fi
}

# no_active_members SIDE: the canary group has no member on that side.
no_active_members() {
  groups "$1" --describe --group "$CANARY_GROUP" --members 2>&1 | grep -q 'has no active members'
}
`;

export const PREFLIGHT_SH = String.raw`#!/bin/sh
# Checks the tools, the settings and access to both clusters; resolves the bootstrap brokers and
# records the clocks. Changes nothing on the clusters.
set -eu
. "$(dirname -- "$0")/lib.sh"

if [ -e "$RESULTS/steps.tsv" ]; then
  fail "results/ holds an earlier drill: move it away (mv results results.old) before a new one"
fi
mkdir -p "$RESULTS"

for tool in aws kafka-console-producer.sh kafka-console-consumer.sh kafka-consumer-groups.sh kafka-topics.sh timeout; do
  command -v "$tool" > /dev/null || fail "$tool is not on the PATH"
done
case $(date +%3N) in
  *N* | '') fail "date cannot print milliseconds: install GNU coreutils" ;;
esac

case "$SOURCE_CLUSTER_ARN$TARGET_CLUSTER_ARN$SOURCE_BOOTSTRAP$REMOTE_CANARY_TOPIC" in
  *'<'*) fail "drill.env still has a <placeholder>: fill in the cluster ARNs (and the other values in angle brackets)" ;;
esac

if [ -n "$SOURCE_CLUSTER_ARN" ]; then
  aws_primary kafka get-bootstrap-brokers --cluster-arn "$SOURCE_CLUSTER_ARN" --query "$BOOTSTRAP_QUERY" --output text > "$RESULTS/source.bootstrap"
else
  printf '%s\n' "$SOURCE_BOOTSTRAP" > "$RESULTS/source.bootstrap"
fi
aws_standby kafka get-bootstrap-brokers --cluster-arn "$TARGET_CLUSTER_ARN" --query "$BOOTSTRAP_QUERY" --output text > "$RESULTS/target.bootstrap"

for side in source target; do
  timeout 120 kafka-topics.sh --bootstrap-server "$(bootstrap "$side")" --command-config "$KIT_DIR/$side.properties" --list > /dev/null \
    || fail "cannot list the topics of the $side cluster: check the network path and $side.properties"
done

# The clocks: canaries are written and watched from this host, so skew does not enter the lag.
# Run 20-replication-lag.sh's watcher elsewhere only with chrony on both hosts.
chrony=$(chronyc tracking 2> /dev/null | grep 'System time' || true)
{
  printf 'producer_host\t%s\n' "$(hostname)"
  printf 'watcher_host\t%s\n' "$(hostname)"
  printf 'producer_chrony\t%s\n' "$chrony"
  printf 'watcher_chrony\t%s\n' "$chrony"
} >> "$RESULTS/meta.tsv"
say "preflight passed: the kit can reach both clusters"
`;

export const SETUP_SH = String.raw`#!/bin/sh
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
`;

export const LAG_SH = String.raw`#!/bin/sh
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
`;

export const FAILOVER_SH = String.raw`#!/bin/sh
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
`;

export const FAILBACK_SH = String.raw`#!/bin/sh
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
`;

export const CLEANUP_SH = String.raw`#!/bin/sh
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
`;

export const RUN_SH = String.raw`#!/bin/sh
# Runs the whole drill in order and stops at the first failed step.
set -eu
dir=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd)
trap 'printf "stopped: run %s/90-cleanup.sh to remove what the drill created\n" "$dir" >&2; exit 130' INT TERM
for script in 00-preflight.sh 10-setup.sh 20-replication-lag.sh 30-failover.sh 40-failback.sh; do
  "$dir/$script"
done
printf 'Drill finished. Remove its topic, group and parameters: %s/90-cleanup.sh\nThen write the report: npm run -s advisor -- drill-report %s\n' "$dir" "$dir"
`;

export const PARITY_SH = String.raw`#!/bin/sh
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
`;
