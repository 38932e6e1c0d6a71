import type * as z from "zod/mini";

/** The first few problems zod found, each naming the field: "ClusterInfo.ClusterType: …". */
export function schemaProblems(error: z.core.$ZodError, max = 3): string {
  const lines = error.issues.slice(0, max).map((issue) => {
    const path = issue.path
      .map((p) => (typeof p === "number" ? `[${p}]` : String(p)))
      .join(".")
      .replace(/\.\[/g, "[");
    return `${path || "(top level)"}: ${issue.message}`;
  });
  const more = error.issues.length > max ? ` (and ${error.issues.length - max} more)` : "";
  return `${lines.join("; ")}${more}`;
}
