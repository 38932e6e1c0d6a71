export * from "./model";
export * from "./build";
export * from "./layout";
export * from "./icons";
