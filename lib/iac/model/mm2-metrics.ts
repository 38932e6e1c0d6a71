// MirrorMaker 2's lag in CloudWatch: the Prometheus JMX exporter (a java agent in the MirrorMaker 2
// container) exposes the MirrorSourceConnector and worker MBeans on localhost, and a CloudWatch agent
// sidecar in the same task scrapes them and publishes the selected series as CloudWatch metrics
// (embedded metric format) in the MirrorMaker2 namespace, dimensioned by the ECS cluster and service
// the alarms and dashboard name. Facts monitoring.mm2-metrics and monitoring.cloudwatch-agent-prometheus.
import { MM2_METRICS, MM2_NAMESPACE } from "./alarms";
import { concat, input, type Expr } from "./expr";

/** Where the image keeps the exporter's java agent JAR (README: build it into the image). */
export const JMX_EXPORTER_JAR = "/opt/jmx_exporter/jmx_prometheus_javaagent.jar";
/** The exporter's port, on the task's localhost only: the security group does not open it. */
export const JMX_EXPORTER_PORT = 9404;
const EXPORTER_CONFIG = "/tmp/jmx-exporter.yaml";

/** The name both the ECS cluster and the service carry: the metrics' ClusterName and ServiceName. */
export const mm2EcsName: Expr = concat(input("name"), "-mm2");
/** The log group the agent writes its embedded-metric-format events to. */
export const mm2MetricsLogGroup: Expr = concat("/ecs/", input("name"), "-mm2-metrics");

/**
 * The exporter's rules: only the MBeans the alarms and dashboard read, named as MM2_METRICS says.
 * The partition metrics carry a source tag in newer Kafka releases, hence the optional group.
 */
const PARTITION_MBEAN = {
  pattern:
    "kafka.connect.mirror<type=MirrorSourceConnector, (?:source=[^,]+, )?target=([^,]+), topic=([^,]+), partition=([0-9]+)>",
  labels: '{ target: "$1", topic: "$2", partition: "$3" }',
};
const WORKER_MBEAN = {
  pattern: "kafka.connect<type=connect-worker-metrics, connector=([^,>]+)>",
  labels: '{ connector: "$1" }',
};
const EXPORTED: [typeof PARTITION_MBEAN, string, string][] = [
  [PARTITION_MBEAN, "replication-latency-ms-max", MM2_METRICS.latency],
  [PARTITION_MBEAN, "record-age-ms-max", MM2_METRICS.recordAge],
  [WORKER_MBEAN, "connector-failed-task-count", MM2_METRICS.failedTasks],
  [WORKER_MBEAN, "connector-running-task-count", MM2_METRICS.runningTasks],
];
export const JMX_EXPORTER_CONFIG = [
  "lowercaseOutputName: true",
  "rules:",
  ...EXPORTED.flatMap(([mbean, attribute, name]) => [
    `  - pattern: '${mbean.pattern}<>${attribute}'`,
    `    name: ${name}`,
    "    type: GAUGE",
    `    labels: ${mbean.labels}`,
  ]),
  "",
].join("\n");

/** Prepended to the MirrorMaker 2 command: writes the exporter's rules where KAFKA_OPTS points. */
export const withJmxExporter = (command: string): string =>
  `printf '%s\\n' "$JMX_EXPORTER_CONFIG" > ${EXPORTER_CONFIG} && ${command}`;

/** The MirrorMaker 2 container's extra environment: Kafka's scripts pass KAFKA_OPTS to the JVM. */
export const MM2_EXPORTER_ENVIRONMENT: { name: string; value: string }[] = [
  { name: "KAFKA_OPTS", value: `-javaagent:${JMX_EXPORTER_JAR}=${JMX_EXPORTER_PORT}:${EXPORTER_CONFIG}` },
  { name: "JMX_EXPORTER_CONFIG", value: JMX_EXPORTER_CONFIG },
];

/** The agent's Prometheus scrape configuration: the exporter on localhost, labelled with the ECS names. */
export const prometheusScrapeConfig: Expr = concat(
  [
    "global:",
    "  scrape_interval: 1m",
    "  scrape_timeout: 10s",
    "scrape_configs:",
    "  - job_name: mirrormaker2",
    "    static_configs:",
    `      - targets: ["localhost:${JMX_EXPORTER_PORT}"]`,
    "        labels:",
    "          ClusterName: ",
  ].join("\n"),
  mm2EcsName,
  "\n          ServiceName: ",
  mm2EcsName,
  "\n",
);

/** The agent's configuration (JSON): which scraped series become metrics, in which namespace. */
export const cloudWatchAgentConfig: Expr = concat(
  '{"logs":{"metrics_collected":{"prometheus":{"log_group_name":"',
  mm2MetricsLogGroup,
  `","prometheus_config_path":"env:PROMETHEUS_CONFIG_CONTENT","emf_processor":{"metric_namespace":"${MM2_NAMESPACE}","metric_declaration":[{"source_labels":["job"],"label_matcher":"^mirrormaker2$","dimensions":[["ClusterName","ServiceName"]],"metric_selectors":[${Object.values(
    MM2_METRICS,
  )
    .map((m) => `"^${m}$"`)
    .join(",")}]}]}}},"force_flush_interval":5}}`,
);

/** The sidecar's environment: the agent reads both configurations from these variables on ECS. */
export const CLOUDWATCH_AGENT_ENVIRONMENT: { name: string; value: Expr }[] = [
  { name: "CW_CONFIG_CONTENT", value: cloudWatchAgentConfig },
  { name: "PROMETHEUS_CONFIG_CONTENT", value: prometheusScrapeConfig },
];

/** The AWS managed policy AWS documents for the agent's task role (PutMetricData, CloudWatch Logs). */
export const CLOUDWATCH_AGENT_POLICY = "CloudWatchAgentServerPolicy";
