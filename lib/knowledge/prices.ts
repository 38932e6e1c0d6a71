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
const RECHECKED = "2026-12-02";

export const PRICES = {
  replicatorHour: {
    amount: 0.3,
    unit: "USD per replicator-hour",
    label: "MSK Replicator, per replicator-hour",
    source: "https://aws.amazon.com/msk/pricing/",
    checked: CHECKED,
    status: "unverified",
    note: "Only one secondary source (a repository quoting the AWS Price List API on 2026-08-26); the pricing page could not be read (again on 2026-12-02), and AWS's MSK Replicator pricing page mentions only data processed and cross-Region transfer, so whether an hourly fee exists at all is unverified. Confirm before committing to a budget.",
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
    label: "Data transfer between AWS Regions, from most US, Canada and Europe Regions",
    source: "https://aws.amazon.com/ec2/pricing/on-demand/#Data_Transfer",
    checked: RECHECKED,
    status: "secondary",
    note: "Charged by the source Region (AWS Global Network FAQ). The rate of each source Region is in INTER_REGION_RATES; this is the common one.",
  },
  interRegionUsEastGb: {
    amount: 0.01,
    unit: "USD per GB",
    label: "Data transfer between US East (N. Virginia) and US East (Ohio)",
    source: "https://aws.amazon.com/ec2/pricing/on-demand/#Data_Transfer",
    checked: RECHECKED,
    status: "secondary",
    note: "A secondary source (redresscompliance.com, 2026): 'Traffic between US East (N. Virginia) and US East (Ohio) is the cheapest inter-region path at $0.01 per GB'.",
  },
  interRegionUnpricedGb: {
    amount: 0,
    unit: "USD per GB (rate unknown, not included)",
    label: "Data transfer between AWS Regions from a source Region whose rate is not in the table",
    source: "https://aws.amazon.com/ec2/pricing/on-demand/#Data_Transfer",
    checked: RECHECKED,
    status: "unverified",
    note: "Rates from South America, the Middle East, Africa and parts of Asia Pacific are higher (up to about $0.09/GB or more, secondary); the table has no checked figure for this source Region, so the line is shown without a price: look it up before budgeting.",
  },
  crossAzGb: {
    amount: 0.01,
    unit: "USD per GB, each direction",
    label: "Data transfer between Availability Zones in one Region",
    source: "https://aws.amazon.com/ec2/pricing/on-demand/#Data_Transfer",
    checked: RECHECKED,
    status: "secondary",
    note: "Charged in and out, so a GB that crosses AZs costs about $0.02. Secondary source (redresscompliance.com, 2026): 'Cross availability zone traffic inside one region is metered separately at one cent per gigabyte each way.'",
  },
  egressInternetGb: {
    amount: 0.09,
    unit: "USD per GB",
    label: "Data transfer out of AWS to the internet, first 10 TB a month",
    source: "https://aws.amazon.com/ec2/pricing/on-demand/#Data_Transfer",
    checked: RECHECKED,
    status: "secondary",
    note: "Over AWS Direct Connect the rate is lower and depends on the location; this is the upper estimate.",
  },
  standardBrokerHour: {
    amount: 0.21,
    unit: "USD per broker-hour",
    label: "MSK Provisioned Standard broker, kafka.m5.large",
    source: "https://aws.amazon.com/msk/pricing/",
    checked: RECHECKED,
    status: "unverified",
    note: "The pricing page could not be read on 2026-12-02; the figure is the commonly quoted us-east-1 rate. Confirm before budgeting.",
  },
  brokerStorageGbMonth: {
    amount: 0.1,
    unit: "USD per GB-month",
    label: "MSK broker storage",
    source: "https://aws.amazon.com/msk/pricing/",
    checked: RECHECKED,
    status: "unverified",
    note: "Commonly quoted us-east-1 rate for Standard broker storage (and Express storage); the pricing page could not be read on 2026-12-02.",
  },
  expressBrokerHour: {
    amount: 0.408,
    unit: "USD per broker-hour",
    label: "MSK Provisioned Express broker, express.m7g.large",
    source: "https://aws.amazon.com/msk/pricing/",
    checked: RECHECKED,
    status: "unverified",
    note: "Commonly quoted us-east-1 rate; the pricing page could not be read on 2026-12-02.",
  },
  expressWrittenGb: {
    amount: 0.01,
    unit: "USD per GB written",
    label: "MSK Express brokers, per GB of data written",
    source: "https://aws.amazon.com/msk/pricing/",
    checked: RECHECKED,
    status: "unverified",
    note: "The per-GB charge for data written to Express brokers is confirmed by the pricing page's Japanese copy (domain review); the rate is the commonly quoted us-east-1 figure.",
  },
  serverlessClusterHour: {
    amount: 0.75,
    unit: "USD per cluster-hour",
    label: "MSK Serverless, per cluster-hour",
    source: "https://aws.amazon.com/msk/pricing/",
    checked: RECHECKED,
    status: "unverified",
    note: "Commonly quoted us-east-1 rate; the pricing page could not be read on 2026-12-02.",
  },
  serverlessPartitionHour: {
    amount: 0.0015,
    unit: "USD per partition-hour",
    label: "MSK Serverless, per partition-hour",
    source: "https://aws.amazon.com/msk/pricing/",
    checked: RECHECKED,
    status: "unverified",
  },
  serverlessInGb: {
    amount: 0.1,
    unit: "USD per GB in",
    label: "MSK Serverless, per GB written",
    source: "https://aws.amazon.com/msk/pricing/",
    checked: RECHECKED,
    status: "unverified",
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
    note: "Secondary source (c3x.dev, 2026: '$0.10/alarm-month for standard resolution'). The free tier's 10 alarm metrics per account are not deducted: an account that runs Kafka usually has more alarms already.",
  },
  cloudwatchInsightsAlarmMetricMonth: {
    amount: 0.1,
    unit: "USD per metric analyzed per month",
    label: "CloudWatch alarm on a Metrics Insights query, per metric the query analyzes",
    source: "https://aws.amazon.com/cloudwatch/pricing/",
    checked: RECHECKED,
    status: "unverified",
    note: "What is verified (the pricing page's free tier, read 2026-12-02): the free alarm metrics apply only to standard-resolution alarms 'that list metrics directly and don't use a Metrics Insights query', so such an alarm is billed from its first metric. What is not: the rate and its unit (here the standard alarm's $0.10 for every series the query reads); the paid-tier table could not be read and no other source was found. Confirm before budgeting.",
  },
  cloudwatchDashboardMonth: {
    amount: 3,
    unit: "USD per dashboard-month",
    label: "CloudWatch custom dashboard",
    source: "https://aws.amazon.com/cloudwatch/pricing/",
    checked: RECHECKED,
    status: "secondary",
    note: "The pricing page's free tier (read 2026-12-02) covers '3 Custom Dashboards referencing up to 50 metrics each per month' per account; the estimate assumes those are already used. The $3.00 rate is from secondary sources (factualminds.com, 2026-06-13: 'dashboards at $3 each').",
  },
  cloudwatchCustomMetricMonth: {
    amount: 0.3,
    unit: "USD per metric-month",
    label: "CloudWatch custom metric, first 10,000 metrics",
    source: "https://aws.amazon.com/cloudwatch/pricing/",
    checked: RECHECKED,
    status: "secondary",
    note: "Secondary source (cal53.calculator.city, a CloudWatch cost calculator: '$0.30 per metric per month for the first 10,000 metrics'); the free tier's 10 custom metrics per account are not deducted.",
  },
} as const satisfies Record<string, Price>;

export type PriceId = keyof typeof PRICES;

/** Hours in a billing month, as AWS's calculators use. */
export const HOURS_PER_MONTH = 730;

/**
 * Inter-Region data transfer by source Region (charged by the source Region). Only rates with a
 * source are listed; a Region missing here is flagged in the estimate, not guessed.
 * Checked 2026-12-02 (secondary: see each price's note).
 */
export const INTER_REGION_RATES: Partial<Record<string, PriceId>> = {
  "us-east-1": "interRegionGb",
  "us-east-2": "interRegionGb",
  "us-west-1": "interRegionGb",
  "us-west-2": "interRegionGb",
  "ca-central-1": "interRegionGb",
  "eu-central-1": "interRegionGb",
  "eu-west-1": "interRegionGb",
  "eu-west-2": "interRegionGb",
  "eu-west-3": "interRegionGb",
  "eu-north-1": "interRegionGb",
};

/** The price of moving a GB from one Region to another: the source Region decides. */
export function interRegionPrice(from: string, to: string): PriceId {
  if ((from === "us-east-1" && to === "us-east-2") || (from === "us-east-2" && to === "us-east-1"))
    return "interRegionUsEastGb";
  return INTER_REGION_RATES[from] ?? "interRegionUnpricedGb";
}
