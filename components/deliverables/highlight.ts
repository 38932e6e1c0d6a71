import type { FileLanguage } from "@/lib/iac";

// Syntax highlighting, loaded with import() only when the deliverables panel opens: shiki's core,
// its JavaScript regex engine (no WebAssembly), the four grammars the bundle uses and one light and
// one dark theme. Output carries both themes as CSS variables (see CODE_THEME_CSS).

export type Highlight = (code: string, language: FileLanguage) => string;

const SHIKI_LANG: Record<FileLanguage, string> = {
  hcl: "hcl",
  yaml: "yaml",
  properties: "properties",
  markdown: "markdown",
};

let pending: Promise<Highlight> | undefined;

export function loadHighlighter(): Promise<Highlight> {
  pending ??= (async () => {
    const [{ createHighlighterCore }, { createJavaScriptRegexEngine }] = await Promise.all([
      import("shiki/core"),
      import("shiki/engine/javascript"),
    ]);
    const highlighter = await createHighlighterCore({
      themes: [
        import("shiki/themes/github-light-high-contrast.mjs"),
        import("shiki/themes/github-dark-high-contrast.mjs"),
      ],
      langs: [
        import("shiki/langs/hcl.mjs"),
        import("shiki/langs/yaml.mjs"),
        import("shiki/langs/properties.mjs"),
        import("shiki/langs/markdown.mjs"),
      ],
      engine: createJavaScriptRegexEngine(),
    });
    return (code, language) =>
      highlighter.codeToHtml(code, {
        lang: SHIKI_LANG[language],
        // The high-contrast variants keep every token (comments included) above WCAG AA on our surfaces.
        themes: { light: "github-light-high-contrast", dark: "github-dark-high-contrast" },
        defaultColor: false,
      });
  })();
  return pending;
}

/** Colours of highlighted code for the light and the dark theme (the `.dark` class on <html>). */
export const CODE_THEME_CSS = `
.deliverables-code .shiki { background: transparent !important; margin: 0; }
.deliverables-code .shiki span { color: var(--shiki-light); }
.dark .deliverables-code .shiki span { color: var(--shiki-dark); }
`;
