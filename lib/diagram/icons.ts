import type { GroupKind, NodeKind } from "@/lib/architecture";

/**
 * The diagram's icons, drawn once for both renderers: the interactive diagram
 * (components/diagram/diagram-icons.tsx) and the SVG document in the decision record
 * (lib/decision-record/diagram-svg.ts). Outlines on a 24×24 grid, stroked in the caller's colour.
 * Attribute order is kept as written, so the SVG text (and its golden files) stays stable.
 */
export type IconShape =
  | { tag: "path"; d: string }
  | { tag: "circle"; cx: number; cy: number; r: number }
  | { tag: "ellipse"; cx: number; cy: number; rx: number; ry: number }
  | { tag: "rect"; x: number; y: number; width: number; height: number; rx: number };

const path = (d: string): IconShape => ({ tag: "path", d });
const circle = (cx: number, cy: number, r: number): IconShape => ({ tag: "circle", cx, cy, r });
const rect = (x: number, y: number, width: number, height: number, rx: number): IconShape => ({
  tag: "rect",
  x,
  y,
  width,
  height,
  rx,
});

export const NODE_ICONS: Record<NodeKind, readonly IconShape[]> = {
  // Three connected brokers: a Kafka cluster.
  "kafka-cluster": [
    circle(12, 5, 2.6),
    circle(5, 18, 2.6),
    circle(19, 18, 2.6),
    path("M12 7.6v4.4M12 12l-5.2 4M12 12l5.2 4"),
  ],
  // A server: a broker.
  broker: [rect(4, 3.5, 16, 7, 1.5), rect(4, 13.5, 16, 7, 1.5), path("M8 7h.01M8 17h.01M12 7h5M12 17h5")],
  // Two arrows chasing each other: managed replication.
  "msk-replicator": [
    path("M4 9a8 8 0 0 1 14-3.5L20 8"),
    path("M20 3.5V8h-4.5"),
    path("M20 15a8 8 0 0 1-14 3.5L4 16"),
    path("M4 20.5V16h4.5"),
  ],
  // A container in a box: ECS on Fargate.
  "mm2-service": [path("M12 2.5l8.5 4.75v9.5L12 21.5l-8.5-4.75v-9.5z"), path("M3.5 7.25L12 12l8.5-4.75M12 12v9.5")],
  // A plug: a connector.
  "mm2-connector": [path("M9 3v5M15 3v5"), path("M6 8h12v3a6 6 0 0 1-12 0z"), path("M12 17v4")],
  // A plug with an arrow out: a managed connector.
  "msk-connect-connector": [
    path("M7 3v4M13 3v4"),
    path("M4 7h12v2.5a6 6 0 0 1-12 0z"),
    path("M10 15.5V21"),
    path("M16 18h5M19 16l2 2-2 2"),
  ],
  // A bucket.
  "s3-bucket": [
    { tag: "ellipse", cx: 12, cy: 5.5, rx: 8, ry: 2.5 },
    path("M4 5.5l2 13c.3 1.7 2.9 3 6 3s5.7-1.3 6-3l2-13"),
  ],
  // An app sending: producers.
  producers: [rect(3, 4, 11, 16, 2), path("M7 8h3M7 12h3"), path("M14 16h7M18 13l3 3-3 3")],
  // An app receiving: consumers.
  consumers: [rect(10, 4, 11, 16, 2), path("M14 8h3M14 12h3"), path("M2 16h7M6 13l3 3-3 3")],
};

export const GROUP_ICONS: Record<GroupKind, readonly IconShape[]> = {
  // A globe: an AWS Region.
  "aws-region": [
    circle(12, 12, 9),
    path("M3 12h18M12 3c2.5 2.7 3.7 5.7 3.7 9s-1.2 6.3-3.7 9c-2.5-2.7-3.7-5.7-3.7-9S9.5 5.7 12 3z"),
  ],
  // A badge: an AWS account.
  account: [
    rect(3, 5, 18, 14, 2),
    circle(9, 11, 2.2),
    path("M5.8 16c.6-1.6 1.8-2.4 3.2-2.4s2.6.8 3.2 2.4M14.5 10h4M14.5 13.5h3"),
  ],
  // A building: a data centre.
  "on-premises": [path("M4 21V5l8-2v18M12 8l8 2v11M3 21h18"), path("M7 8h2M7 12h2M7 16h2M15 13h2M15 17h2")],
  // A cloud: another provider.
  "other-cloud": [path("M7 18h10.5a4 4 0 0 0 .6-7.95A6 6 0 0 0 6.5 9.2 4.4 4.4 0 0 0 7 18z")],
  // A building block: an Availability Zone (a data centre of the Region).
  "availability-zone": [rect(4, 4, 16, 16, 2), path("M4 10h16M10 10v10")],
};

/** An icon's shapes as SVG elements, e.g. `<circle cx="12" cy="5" r="2.6"/>` (values are numbers and path data: nothing to escape). */
export function iconMarkup(shapes: readonly IconShape[]): string {
  return shapes
    .map(
      ({ tag, ...attrs }) =>
        `<${tag} ${Object.entries(attrs)
          .map(([k, v]) => `${k}="${v}"`)
          .join(" ")}/>`,
    )
    .join("");
}
