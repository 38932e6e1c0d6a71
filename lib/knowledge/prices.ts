import type { FactStatus } from "./facts";

/**
 * Unit prices used by the estimates, us-east-1 list prices in USD. Each is dated and sourced;
 * prices vary by Region, so every estimate says it is a us-east-1 approximation.
 */
export interface Price {
  amount: number;
  unit: string;
  label: string;
  source: string;
  checked: string;
  status: FactStatus;
  note?: string;
}

const CHECKED = "2026-11-25";

export const PRICES = {
  replicatorHour: {
    amount: 0.3,
    unit: "USD per replicator-hour",
    label: "MSK Replicator, per replicator-hour",
    source: "https://aws.amazon.com/msk/pricing/",
    checked: CHECKED,
    status: "unverified",
    note: "Only one secondary source (a repository quoting the AWS Price List API on 2026-08-26); the pricing page could not be read. Confirm before committing to a budget.",
  },
  replicatorGb: {
    amount: 0.08,
    unit: "USD per GB processed",
    label: "MSK Replicator, per GB of data processed",
    source: "https://aws.amazon.com/msk/pricing/",
    checked: CHECKED,
    status: "unverified",
    note: "Only one secondary source (a repository quoting the AWS Price List API on 2026-08-26); another secondary source says $0.10. Confirm before committing to a budget.",
  },
  interRegionGb: {
    amount: 0.02,
    unit: "USD per GB",
    label: "Data transfer between AWS Regions",
    source: "https://aws.amazon.com/ec2/pricing/on-demand/#Data_Transfer",
    checked: CHECKED,
    status: "unverified",
    note: "Commonly quoted for most Region pairs; no primary source was readable. Some pairs (for example us-east-1 and us-east-2) are said to cost less.",
  },
  fargateVcpuHour: {
    amount: 0.04048,
    unit: "USD per vCPU-hour",
    label: "AWS Fargate, Linux/x86, per vCPU-hour",
    source: "https://aws.amazon.com/fargate/pricing/",
    checked: CHECKED,
    status: "secondary",
    note: "AWS's ECS pricing example gives $0.000011244 per vCPU-second, which is $0.04048 per hour.",
  },
  fargateGbHour: {
    amount: 0.004445,
    unit: "USD per GB-hour",
    label: "AWS Fargate, Linux/x86, per GB of memory per hour",
    source: "https://aws.amazon.com/fargate/pricing/",
    checked: CHECKED,
    status: "secondary",
  },
  mskConnectMcuHour: {
    amount: 0.11,
    unit: "USD per MCU-hour",
    label: "MSK Connect, per MCU-hour (1 vCPU, 4 GiB)",
    source: "https://aws.amazon.com/msk/pricing/",
    checked: CHECKED,
    status: "secondary",
  },
  s3StandardGbMonth: {
    amount: 0.023,
    unit: "USD per GB-month",
    label: "Amazon S3 Standard storage, first 50 TB",
    source: "https://aws.amazon.com/s3/pricing/",
    checked: CHECKED,
    status: "secondary",
  },
  s3PutPer1000: {
    amount: 0.005,
    unit: "USD per 1,000 PUT requests",
    label: "Amazon S3 Standard PUT, COPY, POST, LIST requests",
    source: "https://aws.amazon.com/s3/pricing/",
    checked: CHECKED,
    status: "secondary",
  },
  cloudwatchAlarmMonth: {
    amount: 0.1,
    unit: "USD per alarm-month",
    label: "CloudWatch standard-resolution metric alarm",
    source: "https://aws.amazon.com/cloudwatch/pricing/",
    checked: CHECKED,
    status: "secondary",
  },
} as const satisfies Record<string, Price>;

export type PriceId = keyof typeof PRICES;

/** Hours in a billing month, as AWS's calculators use. */
export const HOURS_PER_MONTH = 730;
