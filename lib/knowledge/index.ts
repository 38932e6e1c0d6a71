export * from "./facts";
export * from "./prices";
export * from "./options";
