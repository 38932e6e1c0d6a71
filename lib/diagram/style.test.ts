import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { GroupKind, NodeKind } from "@/lib/architecture";
import {
  FLOW_KINDS,
  NODE_TONE,
  SURFACE,
  THEMES,
  cardStyle,
  edgeColour,
  edgeWidth,
  groupStyle,
  nodeTint,
  type Theme,
} from "./style";

const NODE_KINDS = Object.keys(NODE_TONE) as NodeKind[];
const GROUP_KINDS: GroupKind[] = ["account", "aws-region", "on-premises", "other-cloud", "availability-zone"];

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe("diagram style", () => {
  it("uses the page's own colours, the variables of app/globals.css in each theme", () => {
    const css = readFileSync("app/globals.css", "utf8");
    const block = (selector: string) =>
      css.slice(css.indexOf(`${selector} {`), css.indexOf("}", css.indexOf(`${selector} {`)));
    const blocks: Record<Theme, string> = { light: block(":root"), dark: block(".dark") };
    for (const theme of THEMES) {
      for (const [name, value] of Object.entries(SURFACE[theme]))
        expect(blocks[theme]).toContain(`--${name}: ${value};`);
      // Replication is drawn in the theme's accent colour.
      expect(blocks[theme]).toContain(`--accent: ${edgeColour("replication", theme)};`);
    }
  });

  it("gives every kind of service a tint in both themes, and kinds of one family the same tint", () => {
    for (const theme of THEMES)
      for (const kind of NODE_KINDS) {
        const tint = nodeTint(kind, theme);
        expect(tint.fill).toMatch(/^#[0-9a-f]{6}$/);
        // The icon is a non-text graphic: at least 3:1 against its tile (WCAG 1.4.11).
        expect(contrast(tint.ink, tint.fill), `${theme} ${kind}`).toBeGreaterThanOrEqual(3);
      }
    expect(nodeTint("broker", "light")).toEqual(nodeTint("kafka-cluster", "light"));
    expect(nodeTint("mm2-connector", "dark")).toEqual(nodeTint("mm2-service", "dark"));
    expect(nodeTint("msk-replicator", "light")).not.toEqual(nodeTint("mm2-service", "light"));
  });

  it("draws the standby Region apart from the other Regions, and accounts and zones with their own lines", () => {
    for (const theme of THEMES) {
      expect(groupStyle({ kind: "aws-region", role: "standby" }, theme)).not.toEqual(
        groupStyle({ kind: "aws-region", role: "primary" }, theme),
      );
      expect(groupStyle({ kind: "aws-region" }, theme)).toEqual(
        groupStyle({ kind: "aws-region", role: "primary" }, theme),
      );
      expect(groupStyle({ kind: "account", role: "standby" }, theme)).toEqual(groupStyle({ kind: "account" }, theme));
      expect(groupStyle({ kind: "account" }, theme).line).toBe("dashed");
      expect(groupStyle({ kind: "availability-zone" }, theme).line).toBe("dotted");
      for (const kind of GROUP_KINDS) {
        const s = groupStyle({ kind }, theme);
        // The box's title is text on its fill: the icon beside it keeps 3:1.
        expect(contrast(s.ink, s.fill), `${theme} ${kind}`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it("colours each kind of flow so it stands out from the canvas, replication heaviest", () => {
    for (const theme of THEMES) {
      const canvas = theme === "light" ? "#eef2f7" : "#17223a"; // --surface-2, the canvas background
      for (const kind of FLOW_KINDS)
        expect(contrast(edgeColour(kind, theme), canvas), `${theme} ${kind}`).toBeGreaterThanOrEqual(3);
      expect(edgeColour("backup", theme)).toBe(edgeColour("restore", theme));
      expect(
        new Set(["replication", "client", "backup", "in-cluster"].map((k) => edgeColour(k as "client", theme))).size,
      ).toBe(4);
    }
    expect(FLOW_KINDS.filter((k) => edgeWidth(k) > edgeWidth("client"))).toEqual(["replication"]);
  });

  it("frames a MirrorMaker 2 host apart from plain cards, which sit on the page's surface", () => {
    for (const theme of THEMES) {
      expect(cardStyle(false, theme)).toEqual({ fill: SURFACE[theme].surface, stroke: SURFACE[theme].border });
      expect(cardStyle(true, theme).stroke).not.toBe(SURFACE[theme].border);
    }
  });
});
