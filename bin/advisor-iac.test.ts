import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runAdvisor, tempDirs } from "@/test/helpers/cli";
import { validateTerraform } from "@/test/iac-validation/terraform";
import { validateCloudFormation } from "@/test/iac-validation/cloudformation";

const run = runAdvisor;
const tempDir = tempDirs("advisor-iac-");

describe("advisor iac", () => {
  it("writes the Terraform module, MirrorMaker 2 properties, README, runbook and decision record, and lists them", async () => {
    const dir = tempDir();
    const r = await run("iac", "?goal=dr&accounts=cross&name=orders-dr", "--format", "terraform", "--out", dir);
    expect(r.code).toBe(0);
    expect(r.err).toEqual([]);
    // Across Regions the Terraform is one root per Region, each in its folder.
    expect(readdirSync(dir).sort()).toEqual(["DECISION-RECORD.md", "README.md", "RUNBOOK.md", "primary", "standby"]);
    expect(readdirSync(join(dir, "standby")).sort()).toEqual([
      "main.tf",
      "mirrormaker2.properties",
      "outputs.tf",
      "variables.tf",
      "versions.tf",
    ]);
    expect(readdirSync(join(dir, "primary")).sort()).toEqual(["main.tf", "outputs.tf", "variables.tf", "versions.tf"]);
    expect(r.out).toEqual(expect.arrayContaining([join(dir, "standby", "main.tf"), join(dir, "RUNBOOK.md")]));
    expect(readFileSync(join(dir, "standby", "main.tf"), "utf8")).toContain("aws_ecs_service");
    expect(readFileSync(join(dir, "standby", "main.tf"), "utf8")).toContain("orders-dr");
  });

  it("defaults the format to the permalink's iac answer and honours --option", async () => {
    const dir = tempDir();
    const r = await run("iac", "?iac=cloudformation", "--option", "s3-backup", "--out", dir);
    expect(r.code).toBe(0);
    const files = readdirSync(dir);
    expect(files.some((f) => f.endsWith(".yaml"))).toBe(true);
    expect(files.some((f) => f.endsWith(".tf"))).toBe(false);
    expect(files.map((f) => readFileSync(join(dir, f), "utf8")).join("\n")).toContain("AWS::KafkaConnect::Connector");
  });

  it("warns on stderr, once per blocker, when --option names an option the plan rules out, and still writes it", async () => {
    const dir = tempDir();
    const r = await run("iac", "?goal=dr&accounts=cross", "--option", "msk-replicator", "--out", dir);
    expect(r.code).toBe(0);
    expect(r.err).toEqual([
      expect.stringMatching(/^warning: --option msk-replicator is ruled out for these answers: .*account/),
    ]);
    expect(readdirSync(join(dir, "standby"))).toContain("main.tf");
    const ok = await run("iac", "?goal=dr&accounts=cross", "--option", "mirrormaker2", "--out", tempDir());
    expect(ok.err).toEqual([]);
  });

  it("exits 2 with one line per problem and writes nothing", async () => {
    const dir = join(tempDir(), "out");
    const r = await run("iac", "?goal=dr&rpo=-1", "--format", "yaml", "--option", "nope", "--out", dir, "--frob");
    expect(r.code).toBe(2);
    expect(r.err).toEqual([
      'rpo: "-1" is not allowed; allowed: a whole number of seconds from 0 to 86400.',
      '--format: "yaml" is not allowed; allowed: terraform, cloudformation.',
      '--option: "nope" is not allowed; allowed: msk-replicator, mirrormaker2, s3-backup, multi-az.',
      "--frob: unknown flag; allowed: --format, --out, --option, --create-target-cluster.",
    ]);
    expect(existsSync(dir)).toBe(false);
    expect((await run("iac", "?goal=dr")).err).toEqual(["--out: a directory is required."]);
  });

  it("writes code that passes the validators, with --create-target-cluster", async () => {
    const tf = tempDir();
    expect(
      (await run("iac", "?goal=dr&name=orders-dr", "--format", "terraform", "--create-target-cluster", "--out", tf))
        .code,
    ).toBe(0);
    const root = (d: string) =>
      Object.fromEntries(readdirSync(join(tf, d)).map((f) => [f, readFileSync(join(tf, d, f), "utf8")]));
    expect(root("standby")["main.tf"]).toContain('resource "aws_msk_cluster" "target"');
    for (const d of ["primary", "standby"]) expect(await validateTerraform(root(d)), d).toEqual([]);

    const cfn = tempDir();
    expect((await run("iac", "?goal=dr&name=orders-dr", "--format", "cloudformation", "--out", cfn)).code).toBe(0);
    for (const f of readdirSync(cfn).filter((x) => x.endsWith(".yaml")))
      expect(await validateCloudFormation(readFileSync(join(cfn, f), "utf8"))).toEqual([]);
  });
});
