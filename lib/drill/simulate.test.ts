import { spawnSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "@/bin/advisor";
import { planFor } from "@/test/fixtures/plans";
import { generateDrillKit } from "./kit";

/**
 * The drill kit run end to end against stand-ins for the AWS CLI and the Kafka command-line tools
 * (small shell scripts keeping topics, group offsets and parameters in files, replicating each
 * write at once, and dropping one canary on its way to the standby), then measured by
 * `advisor drill-report`: the scripts really produce what the report reads.
 */

const FAKES: Record<string, string> = {
  "fake-lib.sh": String.raw`# shellcheck shell=sh
cluster() { case "$1" in source-brokers) echo source ;; *) echo target ;; esac; }
`,
  aws: String.raw`#!/bin/sh
region=""
while [ $# -gt 0 ]; do case "$1" in --region) region=$2; shift 2 ;; --profile) shift 2 ;; *) break ;; esac; done
svc=$1; op=$2; shift 2
name=""; value=""; arn=""; names=""
while [ $# -gt 0 ]; do
  case "$1" in
    --name) name=$2; shift 2 ;;
    --value) value=$2; shift 2 ;;
    --cluster-arn) arn=$2; shift 2 ;;
    --names) shift; names="$*"; break ;;
    *) shift ;;
  esac
done
key() { printf '%s%s' "$region" "$1" | tr '/' '_'; }
case "$svc $op" in
  "kafka get-bootstrap-brokers") case "$arn" in *primary*) echo source-brokers ;; *) echo target-brokers ;; esac ;;
  "ssm put-parameter") printf '%s\n' "$value" > "$FAKE_STATE/ssm-$(key "$name")" ;;
  "ssm get-parameter") cat "$FAKE_STATE/ssm-$(key "$name")" ;;
  "ssm delete-parameters") for n in $names; do rm -f "$FAKE_STATE/ssm-$(key "$n")"; done ;;
  *) echo "fake aws: $svc $op not faked" >&2; exit 1 ;;
esac
`,
  "kafka-topics.sh": String.raw`#!/bin/sh
. "$FAKE_BIN/fake-lib.sh"
action=""; topic=""; b=""
while [ $# -gt 0 ]; do
  case "$1" in
    --bootstrap-server) b=$2; shift 2 ;;
    --topic) topic=$2; shift 2 ;;
    --list | --describe | --create | --delete) action=$1; shift ;;
    *) shift ;;
  esac
done
dir="$FAKE_STATE/$(cluster "$b")"; mkdir -p "$dir"
case "$action" in
  --list) ls "$dir" ;;
  --describe) [ -e "$dir/$topic.log" ] ;;
  --create)
    touch "$dir/$topic.log"
    if [ "$(cluster "$b")" = source ]; then mkdir -p "$FAKE_STATE/target"; touch "$FAKE_STATE/target/$FAKE_REMOTE_PREFIX$topic.log"; fi ;;
  --delete) rm -f "$dir/$topic.log" ;;
esac
`,
  "kafka-console-producer.sh": String.raw`#!/bin/sh
. "$FAKE_BIN/fake-lib.sh"
b=""; topic=""
while [ $# -gt 0 ]; do case "$1" in --bootstrap-server) b=$2; shift 2 ;; --topic) topic=$2; shift 2 ;; *) shift ;; esac; done
while IFS= read -r value; do
  ts=$(date +%s%3N)
  printf '%s\t%s\n' "$ts" "$value" >> "$FAKE_STATE/$(cluster "$b")/$topic.log"
  case "$value" in *"$FAKE_DROP") ;; *) [ "$(cluster "$b")" = source ] && printf '%s\t%s\n' "$ts" "$value" >> "$FAKE_STATE/target/$FAKE_REMOTE_PREFIX$topic.log" ;; esac
done
`,
  "kafka-console-consumer.sh": String.raw`#!/bin/sh
. "$FAKE_BIN/fake-lib.sh"
b=""; topic=""; group=""; max=""; idle_limit=10000; beginning=no; earliest=no
while [ $# -gt 0 ]; do
  case "$1" in
    --bootstrap-server) b=$2; shift 2 ;;
    --topic) topic=$2; shift 2 ;;
    --group) group=$2; shift 2 ;;
    --max-messages) max=$2; shift 2 ;;
    --timeout-ms) idle_limit=$2; shift 2 ;;
    --from-beginning) beginning=yes; shift ;;
    --consumer-property) [ "$2" = auto.offset.reset=earliest ] && earliest=yes; shift 2 ;;
    *) shift ;;
  esac
done
dir="$FAKE_STATE/$(cluster "$b")"; file="$dir/$topic.log"; touch "$file"
total() { wc -l < "$file" | tr -d ' '; }
if [ -n "$group" ] && [ -e "$dir/groups/$group/$topic" ]; then pos=$(cat "$dir/groups/$group/$topic")
elif [ "$beginning" = yes ] || [ "$earliest" = yes ]; then pos=0
else pos=$(total); fi
count=0; idle=0
while :; do
  while [ "$pos" -lt "$(total)" ] && { [ -z "$max" ] || [ "$count" -lt "$max" ]; }; do
    pos=$((pos + 1)); count=$((count + 1)); idle=0
    line=$(sed -n "$pos"p "$file")
    printf 'CreateTime:%s\t%s\n' "$(printf '%s' "$line" | cut -f1)" "$(printf '%s' "$line" | cut -f2)"
  done
  if [ -n "$group" ]; then mkdir -p "$dir/groups/$group"; echo "$pos" > "$dir/groups/$group/$topic"; fi
  if [ -n "$max" ] && [ "$count" -ge "$max" ]; then break; fi
  [ "$idle" -lt "$idle_limit" ] || break
  sleep 0.2; idle=$((idle + 200))
done
`,
  "kafka-consumer-groups.sh": String.raw`#!/bin/sh
. "$FAKE_BIN/fake-lib.sh"
b=""; group=""; topic=""; members=no; action=""
while [ $# -gt 0 ]; do
  case "$1" in
    --bootstrap-server) b=$2; shift 2 ;;
    --group) group=$2; shift 2 ;;
    --topic) topic=$2; shift 2 ;;
    --members) members=yes; shift ;;
    --describe | --reset-offsets | --delete | --list) action=$1; shift ;;
    *) shift ;;
  esac
done
side=$(cluster "$b"); dir="$FAKE_STATE/$side"
case "$action" in
  --list) ls "$dir/groups" 2> /dev/null ;;
  --delete) rm -rf "$dir/groups/$group" ;;
  --reset-offsets) mkdir -p "$dir/groups/$group"; echo 0 > "$dir/groups/$group/$topic" ;;
  --describe)
    if [ "$members" = yes ]; then echo "Consumer group '$group' has no active members."; exit 0; fi
    # Offset sync: the source group's position, translated one to one, while the group is idle.
    if [ "$side" = target ] && [ -d "$FAKE_STATE/source/groups/$group" ]; then
      mkdir -p "$dir/groups/$group"
      for f in "$FAKE_STATE/source/groups/$group"/*; do cp "$f" "$dir/groups/$group/$FAKE_REMOTE_PREFIX$(basename "$f")"; done
    fi
    echo "GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID"
    for f in "$dir/groups/$group"/*; do [ -e "$f" ] && echo "$group $(basename "$f") 0 $(cat "$f") 0 0 - - -"; done ;;
esac
`,
};

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

function setting(env: string, key: string, value: string): string {
  const re = new RegExp(`^${key}=.*$`, "m");
  expect(env, key).toMatch(re);
  return env.replace(re, `${key}='${value}'`);
}

describe("the drill kit, run against stand-ins for AWS and Kafka", () => {
  it("records what the report needs: a lost canary, both switches timed, duplicates after a LEGACY failback; cleanup removes it all", async () => {
    const root = mkdtempSync(join(tmpdir(), "drill-sim-"));
    made.push(root);
    const bin = join(root, "bin");
    const state = join(root, "state");
    const kitDir = join(root, "drill");
    for (const d of [bin, state, kitDir]) mkdirSync(d);
    for (const [name, content] of Object.entries(FAKES)) {
      writeFileSync(join(bin, name), content);
      chmodSync(join(bin, name), 0o755);
    }

    const { plan, arch } = planFor("?name=orders-dr&rpo=30&rto=5");
    const kit = generateDrillKit(plan, arch);
    if (!kit.supported) throw new Error("expected a kit");
    for (const f of kit.files) {
      writeFileSync(join(kitDir, f.path), f.content);
      if (f.executable) chmodSync(join(kitDir, f.path), 0o755);
    }
    let env = readFileSync(join(kitDir, "drill.env"), "utf8");
    for (const [k, v] of Object.entries({
      SOURCE_CLUSTER_ARN: "arn:aws:kafka:us-east-1:1:cluster/primary/1",
      TARGET_CLUSTER_ARN: "arn:aws:kafka:us-west-2:1:cluster/standby/2",
      CANARY_COUNT: "6",
      CANARY_INTERVAL_SECONDS: "0",
      LAG_WAIT_SECONDS: "2",
      TOPIC_WAIT_SECONDS: "5",
      OFFSET_SYNC_WAIT_SECONDS: "2",
      TRICKLE_INTERVAL_SECONDS: "1",
      IDLE_TIMEOUT_MS: "1500",
    }))
      env = setting(env, k, v);
    writeFileSync(join(kitDir, "drill.env"), env);

    const fakeEnv = {
      ...process.env,
      PATH: `${bin}:${process.env.PATH}`,
      FAKE_BIN: bin,
      FAKE_STATE: state,
      FAKE_REMOTE_PREFIX: "",
      FAKE_DROP: ":lag:3",
    };
    const drill = spawnSync(join(kitDir, "run-drill.sh"), { env: fakeEnv, encoding: "utf8", timeout: 110_000 });
    expect(drill.status, drill.stderr).toBe(0);
    expect(drill.stdout).toContain("Drill finished.");
    // The drill flipped only its own twin of the switch, and left it pointing at the primary.
    expect(
      readdirSync(state)
        .filter((f) => f.startsWith("ssm-"))
        .sort(),
    ).toEqual(
      [
        "us-east-1_orders-dr_kafka_drill_active-side",
        "us-east-1_orders-dr_kafka_drill_bootstrap-brokers",
        "us-west-2_orders-dr_kafka_drill_active-side",
        "us-west-2_orders-dr_kafka_drill_bootstrap-brokers",
      ].map((k) => `ssm-${k}`),
    );
    expect(readFileSync(join(state, "ssm-us-west-2_orders-dr_kafka_drill_active-side"), "utf8")).toBe("primary\n");

    const out: string[] = [];
    const err: string[] = [];
    expect(await main(["drill-report", kitDir], { out: (t) => out.push(t), err: (t) => err.push(t) })).toBe(0);
    expect(err).toEqual([]);
    const report = JSON.parse(readFileSync(join(kitDir, "results", "report.json"), "utf8"));
    expect(report.canaries).toMatchObject({ attempted: 6, acknowledged: 6, seenOnStandby: 5, lost: ["lag:3"] });
    expect(report.rpo.verdict).toBe("missed");
    expect(report.clock.sameHost).toBe(true);
    expect(report.failover.complete, report.failover.problems.join("; ")).toBe(true);
    expect(report.failover.steps.map((s: { step: string }) => s.step)).toEqual([
      "stop the canary group on the primary",
      "wait for its translated offsets on the standby",
      "flip the drill switch to the standby",
      "resume the canary group on the standby",
    ]);
    expect(report.failover.recoverySeconds).toBeGreaterThan(0);
    expect(report.failback.complete, report.failback.problems.join("; ")).toBe(true);
    expect(report.failback.steps.map((s: { step: string }) => s.step)).toEqual([
      "stop the canary group on the standby",
      "flip the drill switch back to the primary",
      "resume the canary group on the primary",
    ]);
    expect(report.group.missedAfterFailback).toEqual([]);
    // LEGACY sync translates nothing back: the group re-reads on the primary what it read on the standby.
    expect(report.group.duplicatesAtFailback).toBeGreaterThan(0);
    expect(report.rto.verdict).toBe("met");

    const cleanup = spawnSync(join(kitDir, "90-cleanup.sh"), { env: fakeEnv, encoding: "utf8", timeout: 30_000 });
    expect(cleanup.status, cleanup.stderr).toBe(0);
    expect(readdirSync(state).filter((f) => f.startsWith("ssm-"))).toEqual([]);
    expect(existsSync(join(state, "source", "orders-dr-drill-canary.log"))).toBe(false);
    expect(existsSync(join(state, "target", "orders-dr-drill-canary.log"))).toBe(false);
    expect(existsSync(join(state, "source", "groups", "orders-dr-drill-canary"))).toBe(false);
  }, 120_000);
});
