/** Runs once when the server starts: fail fast on bad configuration, naming the variable. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("./lib/env");
  const { RESPONSE_BYTES_CACHE_MB } = env();
  if (RESPONSE_BYTES_CACHE_MB > 0) {
    const { installEncodedBodies } = await import("./lib/http/encoded-bodies");
    installEncodedBodies({ maxBytes: RESPONSE_BYTES_CACHE_MB * 1024 * 1024 });
  }
}
