import { writeFileSync } from "node:fs";
import { expect, test } from "./fixtures";

/** A shared permalink previews with a picture of its recommendation, drawn on the server. */
const PERMALINKS = [
  ["/?goal=dr&accounts=cross&primary=eu-west-1&secondary=eu-central-1", "mirrormaker2"],
  ["/result?goal=compliance&offsets=no&rto=1440&source=on-premises", "s3-backup"],
] as const;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  expect(bytes.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test.describe("preview image", () => {
  test("both permalink pages name it in og:image and twitter:image; it is a 1200×630 PNG of their own plan", async ({
    request,
    baseURL,
  }) => {
    const images: Buffer[] = [];
    for (const [path, name] of PERMALINKS) {
      const html = await (await request.get(path)).text();
      const meta = (key: string) =>
        new RegExp(`<meta (?:property|name)="${key}" content="([^"]+)"`).exec(html)?.[1]?.replaceAll("&amp;", "&");
      const og = meta("og:image");
      expect(og, `${path}: og:image`).toBeDefined();
      expect(meta("twitter:image")).toBe(og);
      expect(meta("twitter:card")).toBe("summary_large_image");
      expect(meta("og:image:width")).toBe("1200");
      expect(meta("og:image:height")).toBe("630");
      // Absolute, on this server, for the plan of the page (its answers, canonical).
      const url = new URL(og!);
      expect(url.origin).toBe(baseURL);
      expect(url.pathname).toBe("/og");
      const query = new URL(path, baseURL).searchParams;
      for (const [key, value] of query) expect(url.searchParams.get(key)).toBe(value);

      const image = await request.get(og!);
      expect(image.status()).toBe(200);
      expect(image.headers()["content-type"]).toBe("image/png");
      const bytes = await image.body();
      expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
      expect(bytes.length).toBeGreaterThan(10_000);
      images.push(bytes);
      // Kept with the test results (a fresh clone has no screenshots/ folder), for a person to look at.
      writeFileSync(test.info().outputPath(`preview-${name}.png`), bytes);
    }
    // Two plans, two pictures.
    expect(images[0]!.equals(images[1]!)).toBe(false);
  });

  test("a browser opens it as a 1200×630 image", async ({ page }) => {
    const response = await page.goto(`/og?goal=dr&accounts=cross&primary=eu-west-1&secondary=eu-central-1`);
    expect(response?.headers()["content-type"]).toBe("image/png");
    const size = await page.evaluate(() => {
      const img = document.querySelector("img");
      return img ? { width: img.naturalWidth, height: img.naturalHeight } : undefined;
    });
    expect(size).toEqual({ width: 1200, height: 630 });
  });
});
