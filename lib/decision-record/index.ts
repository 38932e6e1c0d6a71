export { DIAGRAM_FILE, KNOWLEDGE_CHECKED, renderDecisionRecord, type DecisionRecordOptions } from "./decision-record";
export { renderArchitectureSvg } from "./diagram-svg";
