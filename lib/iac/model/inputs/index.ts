export { PATTERNS, inPlacement, type InputDef } from "./definitions";
export { inputsFor } from "./list";
