/** Runs once when the server starts: fail fast on bad configuration, naming the variable. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("./lib/env");
  const { RESPONSE_BYTES_CACHE_MB, RESPONSE_CACHE_SECONDS } = env();
  const { installEncodedBodies } = await import("./lib/http/encoded-bodies");
  const { installCompression } = await import("./lib/http/compression");
  const { installResponseCache } = await import("./lib/http/response-cache");
  // Cached pages are encoded (and compressed) once, not per request; 0 turns the table off.
  const table = RESPONSE_BYTES_CACHE_MB > 0 ? installEncodedBodies({ maxBytes: RESPONSE_BYTES_CACHE_MB * 1024 * 1024 }) : null;
  // next.config.js has `compress: false`: the app compresses its responses itself (lib/http/compression.ts).
  // Repeated requests for a cached page are answered for a few seconds before Next.js routes them (needs the table).
  const responseCache = table && RESPONSE_CACHE_SECONDS > 0 ? installResponseCache({ ttlSeconds: RESPONSE_CACHE_SECONDS }) : null;
  installCompression({ table, responseCache });
}
