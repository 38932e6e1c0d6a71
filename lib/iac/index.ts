export { renderCodeFiles } from "./code-files";
export { makeIacContext, type GenerateOptions, type IacContext, type IacFormat } from "./model/context";
export type { BundleFile, FileLanguage } from "./model/files";
export { AWS_PROVIDER_CONSTRAINT, MINIMUM_AWS_PROVIDER_VERSION } from "./model/provider";
export { renderReadme } from "./readme";
