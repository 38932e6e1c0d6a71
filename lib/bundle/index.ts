export { generateBundle, type Bundle, type BundleImage, type BundleOptions } from "./bundle";
