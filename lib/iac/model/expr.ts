// Format-neutral expressions: a value the Terraform and CloudFormation renderers each write in
// their own syntax (a string, a variable or parameter, a resource attribute, a pseudo parameter,
// a concatenation, or a cluster ARN rewritten to one of its resource ARNs).

export type Expr =
  | { kind: "literal"; value: string }
  /** A Terraform variable / CloudFormation parameter, by its Terraform key. */
  | { kind: "input"; key: string }
  /** A resource attribute, written out for each format (the renderer picks its own). */
  | { kind: "resource"; terraform: string; cloudformation: unknown }
  | { kind: "pseudo"; name: PseudoParameter }
  | { kind: "concat"; parts: Expr[] }
  /** A cluster ARN rewritten to its topic, group or transactional-id ARN prefix, plus a suffix. */
  | { kind: "arnAs"; cluster: Expr; as: ClusterResourceKind; suffix: string };

export type PseudoParameter = "region" | "account" | "partition";
export type ClusterResourceKind = "topic" | "group" | "transactional-id";

export const literal = (value: string): Expr => ({ kind: "literal", value });
export const input = (key: string): Expr => ({ kind: "input", key });
export const resourceRef = (terraform: string, cloudformation: unknown): Expr => ({
  kind: "resource",
  terraform,
  cloudformation,
});
/** A concatenation; nested ones are spliced in and adjacent literals joined, so each format writes one template. */
export const concat = (...parts: (Expr | string)[]): Expr => ({
  kind: "concat",
  parts: parts
    .flatMap((p) => (typeof p === "string" ? [literal(p)] : p.kind === "concat" ? p.parts : [p]))
    .reduce<Expr[]>((out, p) => {
      const last = out[out.length - 1];
      if (p.kind === "literal" && last?.kind === "literal") out[out.length - 1] = literal(last.value + p.value);
      else out.push(p);
      return out;
    }, []),
});
export const pseudo = (name: PseudoParameter): Expr => ({ kind: "pseudo", name });
export const arnAs = (cluster: Expr, as: ClusterResourceKind, suffix: string): Expr => ({
  kind: "arnAs",
  cluster,
  as,
  suffix,
});
