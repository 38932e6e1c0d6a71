import type { GroupKind, NodeKind } from "@/lib/architecture";
import { GROUP_ICONS, NODE_ICONS, type IconShape } from "@/lib/diagram";

/** The diagram's icons (shapes in lib/diagram/icons.ts, shared with the decision record's SVG), drawn with currentColor. Decorative: the text says it all. */
function Svg({ shapes, size }: { shapes: readonly IconShape[]; size: number }) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 24 24"
      width={size}
      height={size}
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {shapes.map(({ tag: Tag, ...attrs }, i) => (
        <Tag key={i} {...attrs} />
      ))}
    </svg>
  );
}

export function NodeIcon({ kind, size = 24 }: { kind: NodeKind; size?: number }) {
  return <Svg shapes={NODE_ICONS[kind]} size={size} />;
}

export function GroupIcon({ kind, size = 16 }: { kind: GroupKind; size?: number }) {
  return <Svg shapes={GROUP_ICONS[kind]} size={size} />;
}
