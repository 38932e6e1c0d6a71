import { describe, expect, it } from "vitest";
import { AUTHS } from "@/lib/answers/values";
import { clientAuth, mskClientAuth } from "./auth";

describe("client authentication towards a cluster", () => {
  it("Amazon MSK reads SASL/PLAIN and OAuth as IAM, and keeps every method it offers", () => {
    expect(mskClientAuth("oauth")).toBe("iam");
    expect(mskClientAuth("sasl-plain")).toBe("iam");
    for (const auth of ["iam", "sasl-scram", "mtls", "none"] as const) expect(mskClientAuth(auth)).toBe(auth);
  });

  it("a cluster outside MSK keeps the answer as it is", () => {
    for (const auth of AUTHS) expect(clientAuth(auth, { isMsk: false })).toBe(auth);
    expect(clientAuth("oauth", { isMsk: true })).toBe("iam");
  });
});
