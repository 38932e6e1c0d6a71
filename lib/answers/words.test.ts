import { describe, expect, it } from "vitest";
import { DEFAULT_ANSWERS } from "./values";
import { answerWords, questionLabel, regionLabel } from "./words";

describe("answers in words", () => {
  it("Regions read as name and code", () => {
    expect(regionLabel("us-west-2")).toBe("US West (Oregon) — us-west-2");
    expect(answerWords("primary", "eu-west-1")).toBe("Europe (Ireland) — eu-west-1");
  });

  it("numbers carry their unit, with thousands separators where the answer is a quantity", () => {
    expect(answerWords("mbps", 1000)).toBe("1,000 MB/s");
    expect(answerWords("partitions", 200_000)).toBe("200,000 partitions");
    expect(answerWords("rto", 90)).toBe("90 minutes");
    expect(answerWords("rpo", 60)).toBe("60 seconds");
  });

  it("choices read as their labels; every answer has a question label", () => {
    expect(answerWords("target", "msk-serverless")).toBe("Amazon MSK Serverless");
    for (const key of Object.keys(DEFAULT_ANSWERS) as (keyof typeof DEFAULT_ANSWERS)[])
      expect(questionLabel(key)).not.toBe("");
    expect(questionLabel("v")).toBe("Version");
  });
});
