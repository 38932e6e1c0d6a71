#!/usr/bin/env node
// Extracts the argument and block names of the Terraform AWS resources and
// data sources that the generators emit, from an unpacked
// `@cdktf/provider-aws@21.22.1` (built from hashicorp/aws 6.25.0), into
// test/iac-validation/terraform-aws-schema.json.
//
// The package is NOT a project dependency (392 MB). Install it in a scratch dir:
//   mkdir -p /tmp/cdktf-aws && cd /tmp/cdktf-aws && npm init -y &&
//   npm install @cdktf/provider-aws@21.22.1 --no-audit --no-fund --ignore-scripts
// then run from the repo root:
//   node scripts/extract-terraform-schema.mjs /tmp/cdktf-aws/node_modules/@cdktf/provider-aws
//
// How names are derived (no camelCase -> snake_case guessing):
//   * Every generated struct has a `<struct>ToHclTerraform(struct)` function
//     (and every resource class a `synthesizeHclAttributes()` method) whose
//     `attrs` object is keyed by the REAL Terraform name and records
//     `isBlock`, `type` (simple | list | set | map | struct) and the nested
//     struct's converter function. That gives names, blocks vs arguments and
//     nesting modes.
//   * The camelCase property read by each entry (`struct.securityGroupsIds`,
//     `this._replicatorName`) is looked up in the `.jsii` struct
//     (`@cdktf/provider-aws.<ns>.<Struct>` or `<Class>Config`); a property
//     without `optional: true` is required.
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { join, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const RESOURCES = [
  "aws_msk_replicator",
  "aws_msk_cluster",
  "aws_msk_serverless_cluster",
  "aws_msk_cluster_policy",
  "aws_msk_configuration",
  "aws_msk_scram_secret_association",
  "aws_msk_vpc_connection",
  "aws_mskconnect_connector",
  "aws_mskconnect_custom_plugin",
  "aws_mskconnect_worker_configuration",
  "aws_iam_role",
  "aws_iam_role_policy",
  "aws_iam_role_policy_attachment",
  "aws_iam_policy",
  "aws_ecs_cluster",
  "aws_ecs_task_definition",
  "aws_ecs_service",
  "aws_appautoscaling_target",
  "aws_appautoscaling_policy",
  "aws_cloudwatch_log_group",
  "aws_cloudwatch_metric_alarm",
  "aws_sns_topic",
  "aws_security_group",
  "aws_vpc_security_group_ingress_rule",
  "aws_vpc_security_group_egress_rule",
  "aws_security_group_rule",
  "aws_s3_bucket",
  "aws_s3_bucket_versioning",
  "aws_s3_bucket_server_side_encryption_configuration",
  "aws_s3_bucket_lifecycle_configuration",
  "aws_s3_bucket_public_access_block",
  "aws_s3_bucket_policy",
  "aws_s3_object",
  "aws_kms_key",
  "aws_kms_alias",
  "aws_secretsmanager_secret",
];

const DATA_SOURCES = [
  "aws_caller_identity",
  "aws_region",
  "aws_partition",
  "aws_iam_policy_document",
  "aws_msk_cluster",
  "aws_secretsmanager_secret",
  "aws_subnet",
  "aws_vpc",
];

const pkgDir = resolve(process.argv[2] ?? "/tmp/cdktf-aws/node_modules/@cdktf/provider-aws");
const here = dirname(fileURLToPath(import.meta.url));
const outFile = resolve(here, "..", "test/iac-validation/terraform-aws-schema.json");

if (!existsSync(join(pkgDir, ".jsii"))) {
  console.error(`No .jsii in ${pkgDir}. See the header of this script for how to install @cdktf/provider-aws.`);
  process.exit(1);
}

const pkg = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));
if (pkg.name !== "@cdktf/provider-aws") throw new Error(`unexpected package ${pkg.name}`);
const providerVersion = pkg.cdktf?.provider?.version;
console.error(`reading ${pkg.name}@${pkg.version} (provider ${providerVersion}) .jsii ...`);
const jsii = JSON.parse(readFileSync(join(pkgDir, ".jsii"), "utf8"));

const camel = (s) => s.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
const upperFirst = (s) => s.charAt(0).toUpperCase() + s.slice(1);

/** Returns the text of a top-level `function NAME(` ... closing `}` at column 0. */
function functionBody(src, name) {
  const start = src.indexOf(`\nfunction ${name}(`);
  if (start < 0) return undefined;
  const end = src.indexOf("\n}\n", start + 1);
  return src.slice(start, end + 2);
}

/** Returns the body of the class method `synthesizeHclAttributes()` of class `cls`. */
function classHclBody(src, cls) {
  const start = src.indexOf(`\nclass ${cls} extends `);
  if (start < 0) return undefined;
  const m = src.indexOf("    synthesizeHclAttributes() {", start);
  if (m < 0) return undefined;
  const end = src.indexOf("\n    }\n", m);
  return src.slice(m, end);
}

const ENTRY_RE =
  /^ {8,12}(\w+): \{\n\s+value: (.*),\n\s+isBlock: (true|false),\n\s+type: "(\w+)",\n\s+storageClassType: "(\w+)",\n\s+\},?$/gm;

function parseAttrs(body) {
  const out = [];
  for (const m of body.matchAll(ENTRY_RE)) {
    const [, tfName, value, isBlock, kind, storageClassType] = m;
    const prop = /(?:struct\.|this\._)(\w+)/.exec(value)?.[1];
    const conv = /(?<!cdktf\.)\b(\w+)ToHclTerraform\b/.exec(value)?.[1];
    const listMapped = /listMapperHcl\(/.test(value);
    out.push({ tfName, prop, isBlock: isBlock === "true", kind, storageClassType, conv, listMapped });
  }
  return out;
}

function jsiiStruct(ns, name) {
  const t = jsii.types[`@cdktf/provider-aws.${ns}.${name}`];
  if (!t) throw new Error(`jsii type not found: ${ns}.${name}`);
  const props = new Map();
  for (const p of t.properties ?? []) props.set(p.name, p);
  return props;
}

/** Builds {attributes, blocks} for one struct. */
function build(src, ns, entries, props, where, fieldToConfig = new Map()) {
  const attributes = {};
  const blocks = {};
  for (const e of entries) {
    if (!e.prop) throw new Error(`${where}.${e.tfName}: cannot find the camelCase property in the value expression`);
    // Class fields can be renamed in the config (`this._self = config.selfAttribute`).
    const p = props.get(fieldToConfig.get(e.prop) ?? e.prop);
    if (!p) throw new Error(`${where}.${e.tfName}: jsii has no property ${e.prop}`);
    const required = p.optional !== true;
    if (e.isBlock) {
      if (!e.conv) throw new Error(`${where}.${e.tfName}: block without a nested converter`);
      const childBody = functionBody(src, `${e.conv}ToHclTerraform`);
      if (!childBody) throw new Error(`${where}.${e.tfName}: missing function ${e.conv}ToHclTerraform`);
      const child = build(src, ns, parseAttrs(childBody), jsiiStruct(ns, upperFirst(e.conv)), `${where}.${e.tfName}`);
      const nesting = e.kind === "set" ? "set" : e.kind === "list" ? "list" : "single";
      const block = { nesting };
      // cdktf renders MaxItems:1 list blocks with a non-list mapper.
      if (nesting === "list" && !e.listMapped) block.maxItems = 1;
      if (required) block.required = true;
      if (Object.keys(child.attributes).length) block.attributes = child.attributes;
      if (Object.keys(child.blocks).length) block.blocks = child.blocks;
      blocks[e.tfName] = block;
    } else {
      const attr = { type: e.storageClassType };
      if (required) attr.required = true;
      attributes[e.tfName] = attr;
    }
  }
  return { attributes: sortKeys(attributes), blocks: sortKeys(blocks) };
}

function sortKeys(o) {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
}

function extract(tfType, isData) {
  const dir = (isData ? "data-aws-" : "") + tfType.replace(/^aws_/, "").replace(/_/g, "-");
  const file = join(pkgDir, "lib", dir, "index.js");
  if (!existsSync(file)) throw new Error(`${tfType}: ${file} not found`);
  const src = readFileSync(file, "utf8");
  const clsMatch = /\n(\w+)\.tfResourceType = "([\w]+)";/.exec(src);
  if (!clsMatch || clsMatch[2] !== tfType)
    throw new Error(`${tfType}: tfResourceType mismatch in ${file}: ${clsMatch?.[2]}`);
  const cls = clsMatch[1];
  const ns = camel(dir);
  const body = classHclBody(src, cls);
  if (!body) throw new Error(`${tfType}: no synthesizeHclAttributes in ${cls}`);
  const fieldToConfig = new Map();
  for (const m of src.matchAll(/this\._(\w+)(?:\.internalValue)? = config\.(\w+);/g)) fieldToConfig.set(m[1], m[2]);
  const s = build(src, ns, parseAttrs(body), jsiiStruct(ns, `${cls}Config`), tfType, fieldToConfig);
  const out = {};
  if (Object.keys(s.attributes).length) out.attributes = s.attributes;
  if (Object.keys(s.blocks).length) out.blocks = s.blocks;
  return out;
}

const resources = {};
for (const r of RESOURCES) resources[r] = extract(r, false);
const dataSources = {};
for (const d of DATA_SOURCES) dataSources[d] = extract(d, true);

// Sanity checks on names that naive camel->snake conversion gets wrong.
const rep = resources.aws_msk_replicator;
const must = [
  [rep.blocks?.kafka_cluster?.blocks?.vpc_config?.attributes?.security_groups_ids, "security_groups_ids"],
  [rep.blocks?.kafka_cluster?.blocks?.amazon_msk_cluster?.attributes?.msk_cluster_arn, "msk_cluster_arn"],
  [
    rep.blocks?.replication_info_list?.blocks?.consumer_group_replication?.attributes
      ?.synchronise_consumer_group_offsets,
    "synchronise_consumer_group_offsets",
  ],
];
for (const [v, n] of must) if (!v) throw new Error(`sanity check failed: ${n} missing`);

const schema = {
  provenance: {
    package: `${pkg.name}@${pkg.version}`,
    terraformProvider: `${pkg.cdktf?.provider?.name}@${providerVersion}`,
    providerVersion,
    generated: new Date().toISOString().slice(0, 10),
    generator: "scripts/extract-terraform-schema.mjs",
    how:
      "Names, block/argument split and nesting modes from the attrs objects of the generated <struct>ToHclTerraform functions " +
      "and synthesizeHclAttributes() in lib/<resource>/index.js (keyed by the real Terraform names); required flags from " +
      "the .jsii structs (property without optional:true). Only arguments a configuration may set are listed; computed-only " +
      "attributes are not. Meta-arguments (count, for_each, depends_on, provider, lifecycle, provisioner, connection) are " +
      "handled by the checker. nesting 'single' = cdktf 'struct' (e.g. timeouts); maxItems 1 = a list block cdktf renders as one struct.",
  },
  resources,
  dataSources,
};

writeFileSync(outFile, JSON.stringify(schema, null, 1) + "\n");
console.error(`wrote ${outFile}: ${RESOURCES.length} resources, ${DATA_SOURCES.length} data sources`);
