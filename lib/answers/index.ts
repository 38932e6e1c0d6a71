export * from "./values";
export * from "./schema";
export * from "./permalink";
export * from "./questions";
