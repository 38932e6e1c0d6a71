import { describe, expect, it } from "vitest";
import { MINIMUM_AWS_PROVIDER_VERSION, getTerraformSchema, referencesIn, validateTerraform } from "./terraform";
import schemaJson from "./terraform-aws-schema.json";

const VERSIONS_TF = `
terraform {
  required_version = ">= 1.6.0"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= ${MINIMUM_AWS_PROVIDER_VERSION}"
    }
  }
}

provider "aws" {
  region = var.target_region
}

provider "aws" {
  alias  = "source"
  region = var.source_region
}
`;

const VARIABLES_TF = `
variable "name" {
  description = "Replicator name"
  type        = string
  default     = "primary-to-dr"
  validation {
    condition     = can(regex("^[0-9A-Za-z][0-9A-Za-z-]*$", var.name))
    error_message = "Replicator names use letters, digits and dashes."
  }
}

variable "source_region" {
  type = string
}

variable "target_region" {
  type = string
}

variable "source_cluster_arn" {
  type = string
}

variable "target_cluster_arn" {
  type = string
}

variable "source_subnet_ids" {
  type = list(string)
}

variable "target_subnet_ids" {
  type = list(string)
}

variable "target_security_group_ids" {
  type    = list(string)
  default = []
}

variable "topics" {
  type    = list(string)
  default = [".*"]
}

variable "tags" {
  type    = map(string)
  default = {}
}
`;

const MAIN_TF = `
data "aws_caller_identity" "current" {}
data "aws_partition" "current" {}
data "aws_region" "current" {}

locals {
  account_id   = data.aws_caller_identity.current.account_id
  cluster_arns = [var.source_cluster_arn, var.target_cluster_arn]
  topic_arns   = [for arn in local.cluster_arns : replace(arn, ":cluster/", ":topic/")]
  common_tags  = merge(var.tags, { ManagedBy = "terraform", Name = var.name })
}

data "aws_iam_policy_document" "assume" {
  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["kafka.amazonaws.com"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [local.account_id]
    }
  }
}

resource "aws_iam_role" "replicator" {
  name_prefix        = "\${var.name}-"
  assume_role_policy = data.aws_iam_policy_document.assume.json
  tags               = local.common_tags
}

resource "aws_iam_role_policy" "replicator" {
  name = "msk-replicator"
  role = aws_iam_role.replicator.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "ClusterPermissions"
        Effect   = "Allow"
        Action   = ["kafka-cluster:Connect", "kafka-cluster:DescribeCluster", "kafka-cluster:AlterCluster"]
        Resource = local.cluster_arns
      },
      {
        Sid      = "TopicPermissions"
        Effect   = "Allow"
        Action   = ["kafka-cluster:DescribeTopic", "kafka-cluster:CreateTopic", "kafka-cluster:WriteData", "kafka-cluster:ReadData"]
        Resource = [for a in local.topic_arns : "\${a}/*"]
      },
      {
        Sid      = "Logs"
        Effect   = "Allow"
        Action   = ["logs:CreateLogStream", "logs:PutLogEvents"]
        Resource = "arn:\${data.aws_partition.current.partition}:logs:\${data.aws_region.current.region}:\${local.account_id}:log-group:$\${aws:username}"
      },
    ]
  })
}

resource "aws_iam_role_policy_attachment" "extra" {
  for_each   = toset(["arn:aws:iam::aws:policy/ReadOnlyAccess"])
  role       = aws_iam_role.replicator.name
  policy_arn = each.value
}

resource "aws_cloudwatch_log_group" "replicator" {
  name              = "/aws/msk-replicator/\${var.name}"
  retention_in_days = 30
  tags              = local.common_tags
}

resource "aws_sns_topic" "alarms" {
  name = "\${var.name}-alarms"
}

resource "aws_msk_replicator" "this" {
  replicator_name            = var.name
  description                = "Replicate \${var.source_cluster_arn} to \${var.target_cluster_arn}"
  service_execution_role_arn = aws_iam_role.replicator.arn

  kafka_cluster {
    amazon_msk_cluster {
      msk_cluster_arn = var.source_cluster_arn
    }
    vpc_config {
      subnet_ids = var.source_subnet_ids
    }
  }

  kafka_cluster {
    amazon_msk_cluster {
      msk_cluster_arn = var.target_cluster_arn
    }
    vpc_config {
      subnet_ids          = var.target_subnet_ids
      security_groups_ids = var.target_security_group_ids
    }
  }

  replication_info_list {
    source_kafka_cluster_arn = var.source_cluster_arn
    target_kafka_cluster_arn = var.target_cluster_arn
    target_compression_type  = "NONE"

    topic_replication {
      topics_to_replicate                  = var.topics
      copy_topic_configurations            = true
      copy_access_control_lists_for_topics = true
      detect_and_copy_new_topics           = true
      starting_position {
        type = "LATEST"
      }
      topic_name_configuration {
        type = "IDENTICAL"
      }
    }

    consumer_group_replication {
      consumer_groups_to_replicate        = [".*"]
      detect_and_copy_new_consumer_groups = true
      synchronise_consumer_group_offsets  = true
      consumer_group_offset_sync_mode     = "ENHANCED"
    }
  }

  log_delivery {
    replicator_log_delivery {
      cloudwatch_logs {
        enabled   = true
        log_group = aws_cloudwatch_log_group.replicator.name
      }
    }
  }

  tags = local.common_tags

  timeouts {
    create = "90m"
  }

  lifecycle {
    ignore_changes = [tags]
    precondition {
      condition     = var.source_cluster_arn != var.target_cluster_arn
      error_message = "Source and target must differ."
    }
  }

  depends_on = [aws_iam_role_policy.replicator]
}

resource "aws_cloudwatch_metric_alarm" "latency" {
  alarm_name          = "\${var.name}-replication-latency"
  namespace           = "AWS/Kafka"
  metric_name         = "ReplicationLatency"
  statistic           = "Maximum"
  period              = 60
  evaluation_periods  = 5
  threshold           = 60000
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "breaching"
  dimensions = {
    ReplicatorName = aws_msk_replicator.this.replicator_name
  }
  alarm_actions = [aws_sns_topic.alarms.arn]
}

resource "aws_security_group" "replicator" {
  count       = length(var.target_security_group_ids) == 0 ? 1 : 0
  name_prefix = "\${var.name}-"
  description = "MSK Replicator ENIs (index \${count.index})"

  dynamic "egress" {
    for_each = toset([9098])
    iterator = port
    content {
      from_port   = port.value
      to_port     = port.value
      protocol    = "tcp"
      cidr_blocks = ["0.0.0.0/0"]
    }
  }
}
`;

const OUTPUTS_TF = `
output "replicator_arn" {
  description = "ARN of the replicator"
  value       = aws_msk_replicator.this.arn
}

output "alarm_arns" {
  value = { for k, a in { latency = aws_cloudwatch_metric_alarm.latency } : k => a.arn }
}

output "policy_names" {
  value = [for k, v in aws_iam_role_policy_attachment.extra : v.policy_arn]
}
`;

const GOOD: Record<string, string> = {
  "versions.tf": VERSIONS_TF,
  "variables.tf": VARIABLES_TF,
  "main.tf": MAIN_TF,
  "outputs.tf": OUTPUTS_TF,
  "README.md": "# not parsed",
};

function mutate(file: keyof typeof GOOD, from: string | RegExp, to: string): Record<string, string> {
  const text = GOOD[file];
  if (text === undefined) throw new Error(`no fixture ${file}`);
  const next = text.replace(from, to);
  if (next === text) throw new Error(`mutation did not apply: ${String(from)}`);
  return { ...GOOD, [file]: next };
}

describe("terraform-aws-schema.json", () => {
  it("records its provenance", () => {
    expect(schemaJson.provenance.package).toBe("@cdktf/provider-aws@21.22.1");
    expect(schemaJson.provenance.providerVersion).toBe("6.25.0");
  });

  it("has the names naive camelCase conversion gets wrong", () => {
    const r = getTerraformSchema().resources.aws_msk_replicator;
    expect(r?.blocks?.kafka_cluster?.blocks?.vpc_config?.attributes).toHaveProperty("security_groups_ids");
    expect(r?.blocks?.kafka_cluster?.blocks?.amazon_msk_cluster?.attributes?.msk_cluster_arn?.required).toBe(true);
    expect(r?.blocks?.replication_info_list?.blocks?.consumer_group_replication?.attributes).toHaveProperty(
      "synchronise_consumer_group_offsets",
    );
    expect(getTerraformSchema().resources.aws_security_group_rule?.attributes).toHaveProperty("self");
  });

  it("6.25.0 lacks the newer replicator arguments, which come from the overlay", () => {
    const base = schemaJson.resources.aws_msk_replicator as {
      blocks: Record<string, { blocks?: Record<string, unknown> }>;
    };
    expect(base.blocks.log_delivery).toBeUndefined();
    expect(base.blocks.kafka_cluster?.blocks?.apache_kafka_cluster).toBeUndefined();
    const merged = getTerraformSchema().resources.aws_msk_replicator;
    expect(merged?.blocks?.log_delivery?.blocks?.replicator_log_delivery?.blocks).toHaveProperty("cloudwatch_logs");
    expect(merged?.blocks?.kafka_cluster?.blocks?.amazon_msk_cluster?.required).toBe(false);
    expect(MINIMUM_AWS_PROVIDER_VERSION).toBe("6.64.0");
  });
});

describe("referencesIn", () => {
  it("ignores literal text, escapes, string literals and for/dynamic iterators", () => {
    const refs = (s: string, scope?: Set<string>) => referencesIn(s, scope).map((r) => r.text);
    expect(refs("arn:aws:iam::aws:policy/x")).toEqual([]);
    expect(refs("$${aws:username} ${var.a}")).toEqual(["var.a"]);
    expect(refs('${[for s in var.l : upper(s.name) if s.x != "a.b"]}')).toEqual(["var.l"]);
    expect(refs("${{ for k, v in local.m : k => v.id }}")).toEqual(["local.m"]);
    expect(refs("%{for x in var.list}${x.y}%{endfor}")).toEqual(["var.list"]);
    expect(refs("${port.value}", new Set(["port"]))).toEqual([]);
    expect(refs('${jsonencode({ a = "${data.aws_region.current.region}" })}')).toEqual(["data.aws_region.current"]);
    expect(refs("${aws_subnet.a[*].id} ${aws_subnet.b.*.id} ${element(aws_x.y, 0).z}")).toEqual([
      "aws_subnet.a",
      "aws_subnet.b",
      "aws_x.y",
    ]);
    expect(refs('${provider::aws::arn_parse("x").region}')).toEqual([]);
  });
});

describe("validateTerraform", () => {
  it("accepts the known-good replicator module", async () => {
    expect(await validateTerraform(GOOD)).toEqual([]);
  });

  it("accepts self-managed Kafka (overlay) arguments", async () => {
    const files = mutate(
      "main.tf",
      /kafka_cluster \{\n    amazon_msk_cluster \{\n      msk_cluster_arn = var.source_cluster_arn\n    \}\n    vpc_config \{\n      subnet_ids = var.source_subnet_ids\n    \}\n  \}/,
      `kafka_cluster {
    apache_kafka_cluster {
      apache_kafka_cluster_id = "abc"
      bootstrap_broker_string = "b-1:9096"
    }
    client_authentication {
      sasl_scram {
        mechanism  = "SHA512"
        secret_arn = "arn:aws:secretsmanager:eu-west-1:111111111111:secret:x"
      }
    }
  }`,
    );
    const f2 = {
      ...files,
      "main.tf": files["main.tf"]!.replace(
        "source_kafka_cluster_arn = var.source_cluster_arn",
        'source_kafka_cluster_id = "abc"',
      ),
    };
    // A self-managed source reads none of the MSK source's subnets; that is the only finding.
    expect(await validateTerraform(f2)).toEqual(['variable "source_subnet_ids" is declared but never used']);
  });

  it("flags security_group_ids misspelt inside vpc_config", async () => {
    const problems = await validateTerraform(
      mutate("main.tf", "security_groups_ids = var", "security_group_ids = var"),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /main\.tf: resource "aws_msk_replicator" "this"\.kafka_cluster\[1\]\.vpc_config\.security_group_ids: unsupported argument or block "security_group_ids" \(did you mean "security_groups_ids"\?\)/,
    );
  });

  it("flags an unknown resource type", async () => {
    const problems = await validateTerraform(
      mutate("main.tf", 'resource "aws_sns_topic" "alarms"', 'resource "aws_sns_topc" "alarms"'),
    );
    expect(
      problems.some((p) => /unknown resource type "aws_sns_topc" \(did you mean "aws_sns_topic"\?\)/.test(p)),
    ).toBe(true);
  });

  it("flags an unknown data source type", async () => {
    const problems = await validateTerraform(
      mutate("main.tf", 'data "aws_region" "current" {}', 'data "aws_regions" "current" {}'),
    );
    expect(problems.some((p) => p.includes('unknown data source type "aws_regions"'))).toBe(true);
  });

  it("flags a missing required argument and a missing required block", async () => {
    const p1 = await validateTerraform(mutate("main.tf", /  target_compression_type  = "NONE"\n/, ""));
    expect(p1).toEqual([
      expect.stringMatching(
        /resource "aws_msk_replicator" "this"\.replication_info_list: missing required argument "target_compression_type"/,
      ),
    ]);
    const p2 = await validateTerraform(
      mutate("main.tf", /  service_execution_role_arn = aws_iam_role\.replicator\.arn\n/, ""),
    );
    expect(p2).toEqual([expect.stringContaining('missing required argument "service_execution_role_arn"')]);
  });

  it("flags exactly-one-of and block count violations from the overlay", async () => {
    const p = await validateTerraform(
      mutate(
        "main.tf",
        "source_kafka_cluster_arn = var.source_cluster_arn",
        'source_kafka_cluster_arn = var.source_cluster_arn\n    source_kafka_cluster_id = "x"',
      ),
    );
    expect(p).toEqual([
      expect.stringContaining(
        'exactly one of "source_kafka_cluster_arn", "source_kafka_cluster_id" must be set, found 2',
      ),
    ]);
  });

  it("flags a dangling var.x", async () => {
    const problems = await validateTerraform(
      mutate("main.tf", "retention_in_days = 30", "retention_in_days = var.retention_days"),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /aws_cloudwatch_log_group" "replicator"\.retention_in_days: reference to undeclared input variable var\.retention_days/,
      ),
    ]);
  });

  it("flags an input variable nothing reads (its own validation does not count)", async () => {
    const problems = await validateTerraform(
      mutate(
        "variables.tf",
        'variable "topics" {',
        'variable "unread" {\n  type = string\n  validation {\n    condition     = length(var.unread) > 0\n    error_message = "Must not be empty."\n  }\n}\n\nvariable "topics" {',
      ),
    );
    expect(problems).toEqual(['variable "unread" is declared but never used']);
  });

  it("flags dangling resource, data and local references", async () => {
    const p1 = await validateTerraform(
      mutate("main.tf", "alarm_actions = [aws_sns_topic.alarms.arn]", "alarm_actions = [aws_sns_topic.alerts.arn]"),
    );
    expect(p1).toEqual([
      expect.stringContaining(
        'reference to undeclared resource aws_sns_topic.alerts (did you mean "aws_sns_topic.alarms"?)',
      ),
    ]);
    const p2 = await validateTerraform(
      mutate("outputs.tf", "aws_msk_replicator.this.arn", "aws_msk_replicator.that.arn"),
    );
    expect(p2).toEqual([expect.stringContaining("reference to undeclared resource aws_msk_replicator.that")]);
    const p3 = await validateTerraform(
      mutate("main.tf", "data.aws_iam_policy_document.assume.json", "data.aws_iam_policy_document.trust.json"),
    );
    expect(p3).toEqual([
      expect.stringContaining("reference to undeclared data source data.aws_iam_policy_document.trust"),
    ]);
    const p4 = await validateTerraform(
      mutate("main.tf", "tags               = local.common_tags", "tags               = local.comon_tags"),
    );
    expect(p4).toEqual([
      expect.stringContaining('reference to undeclared local value local.comon_tags (did you mean "common_tags"?)'),
    ]);
  });

  it("checks the content of dynamic blocks and their iterator scope", async () => {
    const p1 = await validateTerraform(mutate("main.tf", "from_port   = port.value", "from_prt    = port.value"));
    expect(p1).toEqual([
      expect.stringContaining('dynamic "egress".content.from_prt: unsupported argument or block "from_prt"'),
    ]);
    const p2 = await validateTerraform(mutate("main.tf", "to_port     = port.value", "to_port     = egress.value"));
    expect(p2).toEqual([expect.stringContaining('reference to unknown name "egress"')]);
    const p3 = await validateTerraform(mutate("main.tf", 'dynamic "egress"', 'dynamic "egres"'));
    expect(p3).toEqual([
      expect.stringContaining('unknown block type "egres" for dynamic block (did you mean "egress"?)'),
    ]);
  });

  it("flags a block written as an argument and too many single blocks", async () => {
    const p1 = await validateTerraform(
      mutate(
        "main.tf",
        'starting_position {\n        type = "LATEST"\n      }',
        'starting_position = { type = "LATEST" }',
      ),
    );
    expect(p1).toEqual([expect.stringContaining('"starting_position" is a block, not an argument')]);
    const p2 = await validateTerraform(
      mutate(
        "main.tf",
        /(\s+kafka_cluster \{\n\s+amazon_msk_cluster \{\n\s+msk_cluster_arn = var\.target_cluster_arn)/,
        "$1\n    }\n  }\n  kafka_cluster {\n    amazon_msk_cluster {\n      msk_cluster_arn = var.target_cluster_arn",
      ),
    );
    expect(p2.some((p) => p.includes('at most 2 "kafka_cluster" block(s) allowed, found 3'))).toBe(true);
  });

  it("requires terraform.required_providers.aws with source and version", async () => {
    const { ["versions.tf"]: _omit, ...rest } = GOOD;
    void _omit;
    const p1 = await validateTerraform({
      ...rest,
      "providers.tf":
        'provider "aws" {\n  region = var.target_region\n}\nprovider "aws" {\n  alias = "source"\n  region = var.source_region\n}\n',
    });
    expect(p1).toEqual([expect.stringContaining("required_providers")]);
    const p2 = await validateTerraform(
      mutate("versions.tf", 'source  = "hashicorp/aws"', 'source  = "hashicorp/awscc"'),
    );
    expect(p2).toEqual([expect.stringContaining('source must be "hashicorp/aws"')]);
  });

  it("checks outputs, variables and provider aliases", async () => {
    const p1 = await validateTerraform(
      mutate(
        "outputs.tf",
        'description = "ARN of the replicator"\n  value       = aws_msk_replicator.this.arn',
        'description = "ARN of the replicator"',
      ),
    );
    expect(p1).toEqual([expect.stringContaining('output "replicator_arn": output needs a "value"')]);
    const p2 = await validateTerraform(
      mutate(
        "variables.tf",
        '  type = list(string)\n}\n\nvariable "target_subnet_ids"',
        '  type = list(string)\n  defualt = []\n}\n\nvariable "target_subnet_ids"',
      ),
    );
    expect(p2).toEqual([
      expect.stringContaining('unsupported argument "defualt" in variable (did you mean "default"?)'),
    ]);
    const p3 = await validateTerraform(
      mutate("main.tf", 'data "aws_region" "current" {}', 'data "aws_region" "current" {\n  provider = aws.src\n}'),
    );
    expect(p3).toEqual([expect.stringContaining("reference to undeclared provider alias aws.src")]);
    const p4 = await validateTerraform(
      mutate("main.tf", 'data "aws_region" "current" {}', 'data "aws_region" "current" {\n  provider = aws.source\n}'),
    );
    expect(p4).toEqual([]);
  });

  it("reports HCL syntax errors with the file name", async () => {
    const problems = await validateTerraform({
      ...GOOD,
      "broken.tf": 'resource "aws_sns_topic" "x" {\n  name = \n}\n',
    });
    expect(problems).toEqual([expect.stringMatching(/^broken\.tf: HCL parse error: .*broken\.tf:\d+/)]);
  });

  it("flags lifecycle typos and duplicate declarations", async () => {
    const p1 = await validateTerraform(mutate("main.tf", "ignore_changes = [tags]", "ignore_change = [tags]"));
    expect(p1).toEqual([
      expect.stringContaining('unsupported lifecycle argument "ignore_change" (did you mean "ignore_changes"?)'),
    ]);
    const p2 = await validateTerraform({
      ...GOOD,
      "extra.tf": 'resource "aws_sns_topic" "alarms" {\n  name = "dup"\n}\n',
    });
    expect(p2).toEqual([expect.stringContaining('duplicate resource "aws_sns_topic.alarms"')]);
  });
});
