// A generated text file, as the bundle lists it and the code tabs show it.

export type FileLanguage = "hcl" | "yaml" | "properties" | "markdown";

export interface BundleFile {
  path: string;
  content: string;
  language: FileLanguage;
}
