import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodePermalink } from "@/lib/answers/permalink";
import { spawnAdvisor } from "@/test/helpers/cli";

const FIXTURES = "lib/import/fixtures";

const advisor = spawnAdvisor;

describe("advisor import", () => {
  it("prints the canonical permalink query on stdout and one line per inferred answer with its evidence on stderr", () => {
    const r = advisor("import", `${FIXTURES}/cluster-provisioned-standard.json`, `${FIXTURES}/cluster-express.json`);
    expect(r.code).toBe(0);
    const query = r.stdout.trim();
    expect(query.split("\n")).toHaveLength(1);
    const decoded = decodePermalink(query);
    expect(decoded.issues).toEqual([]);
    expect(decoded.answers).toMatchObject({
      source: "msk-provisioned",
      target: "msk-express",
      primary: "us-east-1",
      secondary: "us-west-2",
      accounts: "same",
      auth: "iam",
      name: "orders-prod",
    });
    const lines = r.stderr.trim().split("\n");
    expect(lines).toContain(
      "target=msk-express  (cluster-express.json: ClusterInfo.Provisioned.BrokerNodeGroupInfo.InstanceType = express.m7g.large)",
    );
    expect(lines.find((l) => l.startsWith("primary="))).toBe(
      "primary=us-east-1  (cluster-provisioned-standard.json: ClusterInfo.ClusterArn (us-east-1, account 111122223333))",
    );
    expect(lines.at(-1)).toMatch(/^defaults \(not in the files\): goal, .*rpo/);
    // The query feeds the other commands as it is.
    expect(advisor("plan", query).code).toBe(0);
  });

  it("a replicator and a MirrorMaker 2 file that disagree: exit 2, both sides named, nothing on stdout", () => {
    const r = advisor("import", `${FIXTURES}/replicator.json`, `${FIXTURES}/mm2-custom-policy.properties`);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(
      /^Contradictory secondary: "us-west-2" from replicator\.json .* but "eu-west-1" from mm2-custom-policy\.properties/m,
    );
  });

  it("unreadable input exits 2 with a message and no stack trace", () => {
    const dir = mkdtempSync(join(tmpdir(), "advisor-import-"));
    writeFileSync(join(dir, "notes.txt"), "the cluster is in Ireland\n");
    for (const [args, message] of [
      [[join(dir, "missing.json")], /missing\.json: cannot be read \(no such file\)\./],
      [[dir], /cannot be read \(not a file\)\./],
      [[join(dir, "notes.txt")], /^notes\.txt: not JSON and not a MirrorMaker 2 properties file/],
      [[], /^Missing files:/],
    ] as const) {
      const r = advisor("import", ...args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/at .*\.(ts|js):\d+/);
    }
  });
});
