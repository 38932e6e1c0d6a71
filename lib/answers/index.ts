export * from "./schema";
export * from "./permalink";
export * from "./questions";
