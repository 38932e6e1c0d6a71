export { renderRunbook } from "./runbook";
