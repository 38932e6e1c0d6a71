export { renderTerraform } from "./module";
