/**
 * Runs before first paint (inlined in <head> by app/layout.tsx) so the page never flashes the wrong
 * theme. Kept tiny and static: a later Content-Security-Policy will allow it by hash, so any change
 * to this string changes that hash.
 */
export const THEME_STORAGE_KEY = "theme";

export const THEME_SCRIPT = `try{var t=localStorage.getItem("${THEME_STORAGE_KEY}");if(t==="dark"||(t!=="light"&&matchMedia("(prefers-color-scheme: dark)").matches))document.documentElement.classList.add("dark")}catch(e){}`;
