import type { Auth } from "@/lib/answers";

/** What a client can use towards an Amazon MSK cluster: the answer, less what MSK does not offer. */
export type MskClientAuth = Exclude<Auth, "oauth" | "sasl-plain">;

/**
 * The authentication a client uses towards an Amazon MSK cluster. MSK offers no SASL/PLAIN and no
 * OAuth with your own identity provider, so on an MSK cluster those answers are read as IAM (the
 * plan names the contradiction).
 */
export function mskClientAuth(answer: Auth): MskClientAuth {
  return answer === "oauth" || answer === "sasl-plain" ? "iam" : answer;
}

/** The authentication a client uses towards a cluster: as answered, read as above on Amazon MSK. */
export function clientAuth(answer: Auth, cluster: { isMsk: boolean }): Auth {
  return cluster.isMsk ? mskClientAuth(answer) : answer;
}
