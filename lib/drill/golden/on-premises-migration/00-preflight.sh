#!/bin/sh
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
