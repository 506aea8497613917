// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // No ETag: Next.js hashes the whole HTML in JavaScript on every request, even for a cached page; for an
  // issue page (~150 KB) that halved throughput (docs/decisions/008-encoded-response-bodies.md).
  generateEtags: false,
  // Compression is the app's own (lib/http/compression.ts, installed by instrumentation.ts): the same
  // middleware for streamed responses, and cached pages compressed once instead of per request
  // (docs/decisions/009-compressed-cached-pages.md).
  compress: false,
  // Native and WASM packages stay outside the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "@prisma/adapter-pg", "pg", "@electric-sql/pglite"],
  // `npm test` builds into its own folder so it never clobbers the build `npm start` serves.
  // Figure uploads (lib/data/figures.ts allows 4 MB images) go through a server action.
  experimental: { serverActions: { bodySizeLimit: "5mb" } },
  distDir: process.env.NEXT_DIST_DIR || ".next",
  async headers() {
    // Private previews: never indexed, never stored by a shared cache (the page is force-dynamic too).
    return [{ source: "/preview/:token", headers: [{ key: "X-Robots-Tag", value: "noindex, nofollow" }, { key: "Referrer-Policy", value: "no-referrer" }] }];
  },
  async rewrites() {
    // Issue exports keep the URL with an extension: /issues/2021-03.bib, /issues/2021-03.md.
    return [{ source: "/issues/:slug(\\d{4}-\\d{2}).:format(bib|md)", destination: "/issues/:slug/export/:format" }];
  },
};

module.exports = nextConfig;
