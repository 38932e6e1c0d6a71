// What each option costs per month with the user's numbers. Every price is a dated, sourced
// constant (lib/knowledge/prices); every other number is an assumption listed in the output. Costs
// exclude the Kafka clusters themselves: the standby cluster costs the same whichever replication
// option runs.
import { type Answers } from "@/lib/answers";
import { HOURS_PER_MONTH, LIMITS, PRICES, type OptionId, type PriceId } from "@/lib/knowledge";
import {
  ASSUMPTIONS,
  directions,
  isCrossRegion,
  monthlyGb,
  replicatorsPerDirection,
  mm2TasksPerDirection,
  s3RotateSeconds,
  s3SinkMcus,
} from "./sizing";

export interface CostLine {
  label: string;
  quantity: number;
  unit: string;
  price: PriceId;
  monthly: number;
}

export interface CostEstimate {
  option: OptionId;
  /** Monthly total in USD, rounded to cents. */
  monthly: number;
  lines: CostLine[];
  assumptions: string[];
  /** True when a price used is not verified against the pricing page. */
  hasUnverifiedPrice: boolean;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

function line(label: string, quantity: number, unit: string, price: PriceId): CostLine {
  return { label, quantity: round2(quantity), unit, price, monthly: round2(quantity * PRICES[price].amount) };
}

function total(option: OptionId, lines: CostLine[], assumptions: string[]): CostEstimate {
  return {
    option,
    monthly: round2(lines.reduce((sum, l) => sum + l.monthly, 0)),
    lines,
    assumptions,
    hasUnverifiedPrice: lines.some((l) => PRICES[l.price].status === "unverified"),
  };
}

const COMMON_ASSUMPTIONS = [
  "us-east-1 list prices in USD; other Regions differ.",
  `Average throughput is ${ASSUMPTIONS.averageShareOfPeak * 100}% of the peak you entered; ${HOURS_PER_MONTH} hours a month.`,
  "Excludes the Kafka clusters themselves, NAT gateways or VPC endpoints, and logs.",
];

/** Monthly cost estimate of one option for these answers. */
export function estimateCost(option: OptionId, answers: Answers): CostEstimate {
  const gb = monthlyGb(answers);
  const dirs = directions(answers);
  const crossRegion = isCrossRegion(answers);
  switch (option) {
    case "msk-replicator": {
      const replicators = replicatorsPerDirection(answers) * dirs;
      // With identical names in active-active, each replicator also reads the data it filters out.
      const processedFactor = answers.topology === "active-active" && answers.naming === "identical" ? 2 : 1;
      const lines = [
        line(
          `${replicators} replicator${replicators > 1 ? "s" : ""} running all month`,
          replicators * HOURS_PER_MONTH,
          "replicator-hours",
          "replicatorHour",
        ),
        line("Data processed by the replicators", gb * dirs * processedFactor, "GB", "replicatorGb"),
      ];
      if (crossRegion) lines.push(line("Cross-Region data transfer", gb * dirs, "GB", "interRegionGb"));
      lines.push(line("CloudWatch alarms", ASSUMPTIONS.alarmsPerFlow * replicators, "alarms", "cloudwatchAlarmMonth"));
      return total(option, lines, [
        ...COMMON_ASSUMPTIONS,
        `One replicator per direction per ${LIMITS.replicatorMaxMbps.value} MB/s; more are needed beyond ${LIMITS.replicatorMaxTopics.value} topics.`,
        ...(processedFactor === 2
          ? [
              "Active-active with identical names: each replicator processes about twice the data (replicated plus filtered).",
            ]
          : []),
      ]);
    }
    case "mirrormaker2": {
      const tasks = mm2TasksPerDirection(answers) * dirs;
      const taskHours = tasks * HOURS_PER_MONTH;
      const lines = [
        line(`${tasks} Fargate tasks, vCPU`, taskHours * ASSUMPTIONS.mm2TaskVcpu, "vCPU-hours", "fargateVcpuHour"),
        line(`${tasks} Fargate tasks, memory`, taskHours * ASSUMPTIONS.mm2TaskGb, "GB-hours", "fargateGbHour"),
      ];
      if (crossRegion) lines.push(line("Cross-Region data transfer", gb * dirs, "GB", "interRegionGb"));
      lines.push(line("CloudWatch alarms", ASSUMPTIONS.alarmsPerFlow * dirs, "alarms", "cloudwatchAlarmMonth"));
      return total(option, lines, [
        ...COMMON_ASSUMPTIONS,
        `Tasks of ${ASSUMPTIONS.mm2TaskVcpu} vCPU / ${ASSUMPTIONS.mm2TaskGb} GB, at least ${ASSUMPTIONS.mm2MinTasks} per direction, one per ${LIMITS.mm2MbpsPerTask.value} MB/s (unverified: benchmark your records).`,
        "Excludes the people who run it: MirrorMaker 2 is yours to operate and upgrade.",
      ]);
    }
    case "s3-backup": {
      const mcus = s3SinkMcus(answers);
      const storedGb = (answers.mbps * ASSUMPTIONS.averageShareOfPeak * 86_400 * ASSUMPTIONS.s3RetentionDays) / 1000;
      const puts = (answers.partitions * (ASSUMPTIONS.s3RetentionDays * 86_400)) / s3RotateSeconds(answers);
      const lines = [
        line(
          `MSK Connect S3 sink, ${mcus} MCU${mcus > 1 ? "s" : ""}`,
          mcus * HOURS_PER_MONTH,
          "MCU-hours",
          "mskConnectMcuHour",
        ),
        line(
          `S3 Standard storage, ${ASSUMPTIONS.s3RetentionDays} days kept`,
          storedGb,
          "GB-months",
          "s3StandardGbMonth",
        ),
        line(
          "S3 PUT requests (one object per partition per rotation)",
          puts / 1000,
          "thousand requests",
          "s3PutPer1000",
        ),
      ];
      if (crossRegion) lines.push(line("Cross-Region data transfer to the backup bucket", gb, "GB", "interRegionGb"));
      return total(option, lines, [
        ...COMMON_ASSUMPTIONS,
        `One MCU per ${ASSUMPTIONS.s3MbpsPerMcu} MB/s (unverified: benchmark); the bucket keeps ${ASSUMPTIONS.s3RetentionDays} days; objects rotate every ${s3RotateSeconds(answers)} s.`,
        "A restore runs a second connector while it lasts; not included.",
      ]);
    }
    case "multi-az":
      return total(
        option,
        [],
        [
          ...COMMON_ASSUMPTIONS,
          "No replication charge: replication between brokers inside one MSK cluster is not billed as data transfer. The cluster's own brokers and storage for replication factor 3 are part of its price.",
        ],
      );
  }
}
