/** The preview image's size: what Open Graph and Twitter's large card show without cropping. */
export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;
