import { describe, expect, it } from "vitest";
import { architectureTitle, type Architecture } from "@/lib/architecture";
import { layoutArchitecture } from "@/lib/diagram";
import { OPTION_IDS } from "@/lib/knowledge";
import { GOLDEN_CASES, planFor } from "@/test/fixtures/plans";
import { renderArchitectureSvg, wrap, xmlEscape } from "./diagram-svg";
import { DIAGRAM_FILE } from "./decision-record";

/**
 * A small XML well-formedness check (there is no DOMParser in Node): every tag closes in order,
 * one root, attribute values quoted, and `<` and `&` only where XML allows them.
 */
function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const body = xml.replace(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n/, "");
  if (body === xml) problems.push("no XML declaration");
  const entity = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-fA-F]+);)/;
  const token = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g;
  const stack: string[] = [];
  let roots = 0;
  for (const m of body.matchAll(token)) {
    const [, close, name, attrs, selfClose, text, stray] = m;
    if (stray) problems.push(`stray "<" at ${m.index}`);
    else if (text !== undefined) {
      if (entity.test(text)) problems.push(`raw "&" in text at ${m.index}`);
      if (!stack.length && text.trim()) problems.push(`text outside the root at ${m.index}`);
    } else if (close) {
      if (stack.pop() !== name) problems.push(`</${name}> closes the wrong element at ${m.index}`);
    } else {
      if (attrs && entity.test(attrs)) problems.push(`raw "&" in an attribute of <${name}>`);
      if (!stack.length) roots++;
      if (!selfClose) stack.push(name!);
    }
  }
  if (stack.length) problems.push(`unclosed: ${stack.join(", ")}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}

const unescape = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" })[e]!);

/** Every text the drawing shows, joined line by line (a wrapped label's lines are joined with a space). */
function shownText(svg: string): string {
  return unescape(
    svg
      .replace(/<title[^>]*>[^<]*<\/title>|<desc[^>]*>[^<]*<\/desc>/g, "")
      .replace(/<\/tspan><tspan[^>]*>/g, " ")
      .replace(/<[^>]+>/g, "\n"),
  );
}

describe("renderArchitectureSvg", () => {
  const cases = GOLDEN_CASES.flatMap(({ id, query }) => OPTION_IDS.map((option) => ({ id, query, option })));

  it.each(cases)(
    "$id as $option: a well-formed, self-contained SVG with every component and flow of the view",
    ({ query, option }) => {
      const { arch } = planFor(query, option);
      for (const view of ["steady", "failover"] as const) {
        const svg = renderArchitectureSvg(arch, view);
        expect(xmlProblems(svg), view).toEqual([]);
        expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" ')).toBe(
          true,
        );
        expect(svg.endsWith("</svg>\n")).toBe(true);
        // Self-contained: nothing fetched, nothing run, no HTML inside.
        for (const banned of ["<foreignObject", "<image", "<script", "<style", "href=", "@import", "<iframe", "on"]) {
          if (banned === "on") expect(svg).not.toMatch(/\son[a-z]+=/);
          else expect(svg).not.toContain(banned);
        }
        expect(svg.match(/https?:\/\/[^"\s<]+/g)).toEqual(["http://www.w3.org/2000/svg"]);
        expect([...svg.matchAll(/url\(([^)]*)\)/g)].every((m) => /^#arrow-[a-z-]+$/.test(m[1]!))).toBe(true);

        const [, w, h] = svg.match(/ width="(\d+)" height="(\d+)" viewBox="0 0 \1 \2"/) ?? [];
        const layout = layoutArchitecture(arch, view);
        expect(Number(w)).toBeGreaterThanOrEqual(layout.width + 48);
        expect(Number(h)).toBeGreaterThan(layout.height + 48);
        // Every coordinate is inside the picture.
        for (const m of svg.matchAll(/ (x|y|x1|x2|y1|y2)="(-?[\d.]+)"/g)) {
          expect(Number(m[2])).toBeGreaterThanOrEqual(0);
          expect(Number(m[2])).toBeLessThanOrEqual(m[1]!.startsWith("x") ? Number(w) : Number(h));
        }

        expect(svg).toContain(
          `<title id="diagram-title">${xmlEscape(`Architecture: ${architectureTitle(arch)}`)}</title>`,
        );
        const text = shownText(svg);
        expect(text).toContain(architectureTitle(arch));
        for (const l of layout.nodes) {
          // The card's tooltip names it in full; the card shows its name, wrapped but whole when it fits in two lines.
          expect(svg).toContain(`<title>${xmlEscape(`${l.node.label}: ${l.node.description}`)}</title>`);
          expect(text.replace(/\s+/g, " ")).toMatch(
            new RegExp(l.node.label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/(?<=[a-z])(?=[A-Z])/g, " ?")),
          );
        }
        for (const g of layout.groups) expect(text).toContain(g.group.label);
        const drawn = layout.flows.filter((f) => f.drawn);
        expect(svg.match(/<path [^>]*marker-end=/g) ?? []).toHaveLength(drawn.length);
        for (const f of drawn) expect(svg).toContain(`marker-end="url(#arrow-${f.flow.kind})"`);
        expect(renderArchitectureSvg(arch, view)).toBe(svg);
      }
    },
  );

  it("escapes what it is given", () => {
    const { arch } = planFor("?name=orders-dr");
    const odd: Architecture = {
      ...arch,
      nodes: arch.nodes.map((x, i) => (i === 0 ? { ...x, label: `A <b> & "c" 'd'`, description: "x < y & z" } : x)),
    };
    const svg = renderArchitectureSvg(odd);
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg).toContain("A &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos;");
    expect(svg).not.toContain("<b>");
  });

  it("wraps between words and inside a long CamelCase word, with an ellipsis past the last line", () => {
    expect(wrap("MirrorCheckpointConnector", 178, 13, 2, true)).toEqual(["MirrorCheckpoint", "Connector"]);
    expect(wrap("Source cluster", 178, 13, 2, true)).toEqual(["Source cluster"]);
    expect(wrap("one two three four five six seven", 60, 10, 2)).toEqual(["one two", "three four…"]);
    expect(wrap("", 100, 10, 2)).toEqual([]);
  });

  it("is the file the decision record links", () => {
    expect(DIAGRAM_FILE).toBe("architecture.svg");
  });
});

/**
 * Golden drawings of the normal-operation view, to look at in review (open them in a browser):
 * `npm run test:update` rewrites them; a missing or different file fails the test.
 */
describe("golden diagrams", () => {
  it.each(GOLDEN_CASES)("$id", async ({ id, query }) => {
    const { arch } = planFor(query);
    await expect(renderArchitectureSvg(arch)).toMatchFileSnapshot(`golden/${id}.svg`);
  });
});
