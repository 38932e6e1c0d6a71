# shellcheck shell=sh
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
