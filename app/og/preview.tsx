import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { ImageResponse } from "next/og";
import { QUESTIONS } from "@/lib/answers/questions";
import { isSourceOutsideAws, regionName } from "@/lib/answers/values";
import { OPTIONS } from "@/lib/knowledge";
import { PRODUCT_NAME } from "@/lib/product";
import type { Plan } from "@/lib/scoring";
import { formatMinutes, formatSeconds } from "@/lib/format";
import { PREVIEW_SIZE } from "./size";

/**
 * The fonts the image is drawn with, shipped in public/fonts (Geist Sans, SIL Open Font License)
 * and read from disk: nothing is fetched at build or run time. `npm start`, the standalone server
 * and the container image all run with public/ in their working directory.
 */
let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: "normal" }[]> | undefined;
function loadFonts() {
  fonts ??= Promise.all(
    ([400, 700] as const).map(async (weight) => ({
      name: "Geist Sans",
      data: await readFile(join(process.cwd(), "public", "fonts", `geist-sans-latin-${weight}-normal.woff`)),
      weight,
      style: "normal" as const,
    })),
  ).catch((error: unknown) => {
    fonts = undefined;
    throw error;
  });
  return fonts;
}

const COLORS = {
  bg: "#0b1120",
  panel: "#111a2e",
  fg: "#f1f5f9",
  muted: "#94a3b8",
  accent: "#60a5fa",
  pos: "#4ade80",
  neg: "#f87171",
  track: "#1e293b",
};

function Fact({ label, value, sub, tone }: { label: string; value: string; sub: string; tone?: "pos" | "neg" }) {
  return (
    <div
      style={{
        display: "flex",
        flexDirection: "column",
        flex: 1,
        padding: "18px 26px",
        background: COLORS.panel,
        borderRadius: 18,
      }}
    >
      <div style={{ fontSize: 22, color: COLORS.muted, textTransform: "uppercase", letterSpacing: 2 }}>{label}</div>
      <div style={{ fontSize: 40, fontWeight: 700, marginTop: 8, color: COLORS.fg }}>{value}</div>
      <div
        style={{
          fontSize: 22,
          marginTop: 6,
          color: tone === "neg" ? COLORS.neg : tone === "pos" ? COLORS.pos : COLORS.muted,
        }}
      >
        {sub}
      </div>
    </div>
  );
}

/** The recommendation of a plan as a picture: option, score, the two Regions, expected RPO and RTO. */
export async function previewImage(plan: Plan): Promise<ImageResponse> {
  const best = plan.options.find((o) => o.id === plan.recommendation)!;
  const { answers } = plan;
  const r = best.recovery;
  const score = Math.round(best.score);
  // A source outside AWS has no Region: its kind stands in for it.
  const from = isSourceOutsideAws(answers.source)
    ? QUESTIONS.source.choices[answers.source].label
    : `${regionName(answers.primary)} · ${answers.primary}`;
  return new ImageResponse(
    <div
      style={{
        display: "flex",
        flexDirection: "column",
        width: "100%",
        height: "100%",
        padding: "48px 64px 52px",
        background: COLORS.bg,
        color: COLORS.fg,
        fontFamily: "Geist Sans",
      }}
    >
      <div style={{ display: "flex", alignItems: "center", fontSize: 26, color: COLORS.muted }}>
        <svg
          width="34"
          height="34"
          viewBox="0 0 24 24"
          fill="none"
          stroke={COLORS.accent}
          strokeWidth="2"
          style={{ marginRight: 14 }}
        >
          <circle cx="6" cy="12" r="3" />
          <circle cx="18" cy="6" r="3" />
          <circle cx="18" cy="18" r="3" />
          <path d="M9 11l6-4M9 13l6 4" />
        </svg>
        {PRODUCT_NAME}
      </div>
      <div
        style={{
          display: "flex",
          fontSize: 26,
          color: COLORS.accent,
          marginTop: 30,
          textTransform: "uppercase",
          letterSpacing: 3,
        }}
      >
        Recommended
      </div>
      <div style={{ display: "flex", alignItems: "flex-end", justifyContent: "space-between", marginTop: 6 }}>
        <div style={{ display: "flex", fontSize: 60, fontWeight: 700, lineHeight: 1.08, maxWidth: 860 }}>
          {OPTIONS[plan.recommendation].name.replace(/ (\S+)$/, "\u00a0$1")}
        </div>
        <div style={{ display: "flex", alignItems: "baseline" }}>
          <span style={{ fontSize: 84, fontWeight: 700 }}>{score}</span>
          <span style={{ fontSize: 34, color: COLORS.muted, marginLeft: 6 }}>/100</span>
        </div>
      </div>
      <div
        style={{ display: "flex", width: "100%", height: 14, marginTop: 18, background: COLORS.track, borderRadius: 7 }}
      >
        <div
          style={{
            display: "flex",
            width: `${Math.max(2, Math.min(100, score))}%`,
            height: 14,
            background: COLORS.accent,
            borderRadius: 7,
          }}
        />
      </div>
      <div style={{ display: "flex", fontSize: 30, marginTop: 24, color: COLORS.fg }}>
        {`${from}   →   ${regionName(answers.secondary)} · ${answers.secondary}`}
      </div>
      <div style={{ display: "flex", marginTop: "auto", paddingTop: 24, gap: 24 }}>
        <Fact
          label="Expected RPO"
          value={`≈ ${formatSeconds(r.rpoSeconds)}`}
          sub={`${r.meetsRpo ? "meets" : "misses"} your ${formatSeconds(answers.rpo)}`}
          tone={r.meetsRpo ? "pos" : "neg"}
        />
        <Fact
          label="Expected RTO"
          value={`≈ ${formatMinutes(r.rtoMinutes)}`}
          sub={`${r.meetsRto ? "meets" : "misses"} your ${formatMinutes(answers.rto)}`}
          tone={r.meetsRto ? "pos" : "neg"}
        />
      </div>
    </div>,
    {
      ...PREVIEW_SIZE,
      fonts: await loadFonts(),
      // The same query draws the same picture until the app is updated (its knowledge may change).
      headers: { "Cache-Control": "public, max-age=86400" },
    },
  );
}
