export * from "./weights";
export * from "./rules";
export * from "./plan";
