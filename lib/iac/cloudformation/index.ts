export { renderCloudFormation } from "./templates";
