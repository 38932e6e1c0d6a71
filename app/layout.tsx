import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { FACTS_CHECKED } from "@/lib/knowledge";
import { PRODUCT_NAME } from "@/lib/product";
import { THEME_SCRIPT } from "@/components/theme/theme-script";
import { ThemeToggle } from "@/components/theme/theme-toggle";
import { PERMALINK_REDIRECT } from "@/lib/answers/urls";
import "./globals.css";

export const metadata: Metadata = {
  title: PRODUCT_NAME,
  description:
    "Answer a few questions about your Kafka clusters and get a sourced recommendation: Amazon MSK Replicator, MirrorMaker 2, S3 backup or Multi-AZ, with cost, RPO/RTO and what would change it.",
  // Served as it is from public/.
  icons: { icon: { url: "/icon.svg", type: "image/svg+xml" } },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f6f8fb" },
    { media: "(prefers-color-scheme: dark)", color: "#0b1120" },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    // The theme script adds `dark` to <html> before React hydrates: suppress that one attribute warning.
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
        <script dangerouslySetInnerHTML={{ __html: PERMALINK_REDIRECT }} />
      </head>
      <body className="flex min-h-dvh flex-col bg-bg text-fg antialiased">
        <a
          href="#main"
          className="sr-only z-50 rounded-md bg-accent px-4 py-2 font-medium text-accent-fg focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
        >
          Skip to content
        </a>
        <header className="border-b border-border bg-surface">
          <div className="mx-auto flex h-14 max-w-7xl items-center justify-between gap-4 px-4 sm:px-6">
            <Link
              href="/"
              prefetch={false}
              className="flex min-w-0 items-center gap-2 font-semibold text-fg no-underline hover:text-fg"
            >
              <svg
                aria-hidden="true"
                viewBox="0 0 24 24"
                width="22"
                height="22"
                fill="none"
                stroke="currentColor"
                strokeWidth="2"
                className="text-accent"
              >
                <circle cx="6" cy="12" r="3" />
                <circle cx="18" cy="6" r="3" />
                <circle cx="18" cy="18" r="3" />
                <path d="M9 11l6-4M9 13l6 4" />
              </svg>
              {PRODUCT_NAME}
            </Link>
            <ThemeToggle />
          </div>
        </header>
        <main
          id="main"
          tabIndex={-1}
          className="mx-auto w-full max-w-7xl flex-1 px-4 py-6 outline-none sm:px-6 sm:py-8"
        >
          {children}
        </main>
        <footer className="border-t border-border bg-surface">
          <div className="mx-auto max-w-7xl px-4 py-5 text-sm text-muted sm:px-6">
            <p>
              Prices are us-east-1 estimates; facts checked {FACTS_CHECKED}. Every reason links to its source: check it
              before you commit to a design.
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
