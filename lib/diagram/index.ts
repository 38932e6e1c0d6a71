// The diagram's framework-free core: the layout, the icons, the colours and line styles, the
// legend and the edge geometry. The React Flow adapter (components/diagram) and the SVG document
// (lib/decision-record/diagram-svg.ts) both draw from it.
export { GROUP_ICONS, NODE_ICONS, iconMarkup, type IconShape } from "./icons";
export {
  GROUP_PADDING,
  GROUP_TITLE,
  NODE_HEIGHT,
  NODE_WIDTH,
  contains,
  inView,
  layoutArchitecture,
  overlaps,
  titleWidth,
  type DiagramLayout,
  type DiagramView,
  type LaidOutFlow,
  type LaidOutGroup,
  type LaidOutNode,
  type Rect,
  type Side,
} from "./layout";
export { legendEntries, type LegendEntry } from "./legend";
export {
  FAILOVER_ONLY_DASH,
  FLOW_KINDS,
  LEGEND_FRAME_DASH,
  LINE_DASH,
  LIVE_DASH,
  NODE_TONE,
  SURFACE,
  THEMES,
  cardStyle,
  edgeColour,
  edgeWidth,
  groupStyle,
  nodeTint,
  type CardStyle,
  type FlowKind,
  type GroupStyle,
  type Line,
  type Theme,
  type Tint,
  type Tone,
} from "./style";
export {
  HOST_ANCHOR_Y,
  ROUTE,
  anchor,
  edgeGeometry,
  isRouted,
  pathBottom,
  pathPoints,
  type EdgeGeometry,
  type Point,
} from "./edge-path";
