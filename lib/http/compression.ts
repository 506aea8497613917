import http from "node:http";
import compression from "compression";
import { isUtf8, type EncodedBodyTable } from "./encoded-bodies";
import type { ResponseCache } from "./response-cache";

/**
 * Response compression, done by the app instead of by Next.js (`compress: false` in next.config.js).
 *
 * Every browser asks for compressed pages (`Accept-Encoding: gzip, deflate, br, zstd`). Next.js compresses
 * each response as it is sent, so a cached 150 KB issue page was gzipped again for every reader: ~1.3 ms of
 * CPU per request, and a quarter of the throughput of the same page sent uncompressed
 * (docs/decisions/009-compressed-cached-pages.md). Here:
 *
 * - A cached page — a response with a status of 200, a Cache-Control that lets shared caches keep it, and a
 *   compressible type: cached HTML (one string), and the RSC payloads and route handler bodies (feeds)
 *   Next.js streams from its cache — is compressed once per content and coding (Brotli or gzip, as the
 *   client prefers) and kept in the encoded-bytes table.
 * - Everything else (dynamic pages, JavaScript and CSS, private API answers) goes through the same
 *   `compression` middleware Next.js applies, per response.
 *
 * Installed by instrumentation.ts, by wrapping `http.Server#emit` for "request": the middleware and the
 * cached-page path are set on each response before Next.js sees the request.
 */

export type CompressionOptions = {
  /** Where compressed cached pages are kept; null compresses every response as it is sent. */
  table: EncodedBodyTable | null;
  /** Cached bodies shorter than this (in UTF-16 code units) go through the middleware. */
  minLength?: number;
  /** A streamed cached body is kept whole up to this many bytes; a longer one goes on through the middleware. */
  maxKeptBytes?: number;
  /** Where whole answers of cached pages are kept for a few seconds (lib/http/response-cache.ts); needs a table. */
  responseCache?: ResponseCache | null;
};

/** The content-coding to send for an Accept-Encoding header: Brotli or gzip, by the client's weights; null for neither. */
export function preferredCoding(header: string | string[] | undefined): "br" | "gzip" | null {
  const value = Array.isArray(header) ? header.join(",") : header;
  if (!value) return null;
  const weights = new Map<string, number>();
  for (const part of value.split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    let weight = 1;
    for (const param of params) {
      const q = param.trim().match(/^q=([01](?:\.\d{0,3})?)$/);
      if (q) weight = Number(q[1]);
      else if (param.trim().startsWith("q=")) weight = 0;
    }
    weights.set(name.trim(), weight);
  }
  const weightOf = (coding: string) => weights.get(coding) ?? weights.get("*") ?? 0;
  const br = weightOf("br");
  const gzip = weightOf("gzip");
  if (br > 0 && br >= gzip) return "br";
  if (gzip > 0) return "gzip";
  return null;
}

const COMPRESSIBLE = /^\s*(text\/|application\/(json|xml|javascript|x-bibtex|[\w.-]+\+(json|xml))\s*(;|$))/i;
const NOT_SHARED = /(^|[\s,])(private|no-store|no-cache|no-transform)([\s,=]|$)/i;
const SHARED = /(^|[\s,])(public|s-maxage=\d*[1-9]|max-age=\d*[1-9])/i;

/** A response a shared cache may keep, of a compressible type, not yet encoded: worth compressing once. */
function isCachedPage(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  if (res.headersSent || res.statusCode !== 200 || req.method === "HEAD") return false;
  const encoding = res.getHeader("content-encoding");
  if (encoding !== undefined && String(encoding).toLowerCase() !== "identity") return false;
  if (!COMPRESSIBLE.test(String(res.getHeader("content-type") ?? ""))) return false;
  const cacheControl = String(res.getHeader("cache-control") ?? "");
  return SHARED.test(cacheControl) && !NOT_SHARED.test(cacheControl);
}

function addVary(res: http.ServerResponse, field: string): void {
  const current = res.getHeader("vary");
  const list = (Array.isArray(current) ? current.join(",") : String(current ?? "")).split(",").map((f) => f.trim()).filter(Boolean);
  if (list.some((f) => f === "*" || f.toLowerCase() === field.toLowerCase())) return;
  res.setHeader("Vary", [...list, field].join(", "));
}

type Method = (...args: unknown[]) => unknown;

function toBuffer(chunk: unknown, encoding: unknown): Buffer {
  if (typeof chunk === "string") return Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
  // A copy: the writer may reuse its buffer once the write's callback has run.
  return Buffer.from(chunk as Uint8Array);
}

/**
 * What keeps a cached page's answer in the response cache: the coding the client asked for (the variant), the
 * coding of `body` (null: as it is), and the body.
 */
type Keep = (coding: string, bodyCoding: string | null, body: Buffer) => void;

/**
 * Wraps this response's `flushHeaders`, `write`, `flush` and `end` (outside the middleware's). When the body
 * starts, it is decided once whether this is a cached page the client takes compressed (or, when the response
 * cache may keep it, as it is). If so, the body is kept whole (Next.js streams cached RSC payloads and route
 * handlers' bodies, and sends cached HTML with one `end`), then sent as its stored compressed bytes with a
 * Content-Length, and offered to the response cache. Otherwise every call goes through.
 */
function sendCachedPagesCompressed(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  table: EncodedBodyTable,
  { minLength, maxKeptBytes }: Required<Omit<CompressionOptions, "table" | "responseCache">>,
  wanted: "br" | "gzip" | null,
  keep: Keep | null,
): void {
  const inner = { end: res.end as Method, write: res.write as Method, flushHeaders: res.flushHeaders as Method };
  let coding: "br" | "gzip" | "identity" | null | undefined;
  const chunks: Buffer[] = [];
  let kept = 0;
  const decide = (response: http.ServerResponse) => {
    if (coding === undefined) coding = isCachedPage(req, response) ? (wanted ?? (keep ? "identity" : null)) : null;
    return coding;
  };

  res.flushHeaders = function flushHeadersLater(this: http.ServerResponse) {
    // Headers wait for the body: Content-Encoding and Content-Length are set when it is complete.
    if (!decide(this)) inner.flushHeaders.call(this);
  };
  res.write = function writeKept(this: http.ServerResponse, ...args: unknown[]) {
    const [chunk, encoding, callback] = args;
    if (!decide(this) || chunk === null || chunk === undefined) return inner.write.apply(this, args);
    const buffer = toBuffer(chunk, encoding);
    if (kept + buffer.length > maxKeptBytes) {
      // Too large to keep in memory: from here on the middleware compresses it as it streams.
      coding = null;
      for (const earlier of chunks.splice(0)) inner.write.call(this, earlier);
      return inner.write.call(this, buffer, ...args.slice(typeof encoding === "function" ? 1 : 2));
    }
    chunks.push(buffer);
    kept += buffer.length;
    const done = typeof encoding === "function" ? encoding : callback;
    if (typeof done === "function") process.nextTick(done as () => void);
    return true;
  } as typeof res.write;
  const flush = (res as { flush?: Method }).flush;
  if (flush) (res as { flush?: Method }).flush = function flushUnlessKept(this: http.ServerResponse) {
    if (!coding) flush.call(this);
  };
  res.end = function endCompressed(this: http.ServerResponse, ...args: unknown[]) {
    const [chunk, encoding, callback] = args;
    const data = typeof chunk === "function" ? undefined : chunk;
    const done = [chunk, encoding, callback].find((a) => typeof a === "function");
    const withDone = (body: unknown) => (done ? [body, done] : [body]);
    if (!decide(this)) return inner.end.apply(this, args);
    if (this.headersSent) {
      // Someone sent the headers past flushHeaders (writeHead): let the middleware have the body as it is.
      for (const kept of chunks) inner.write.call(this, kept);
      return inner.end.apply(this, withDone(data === undefined || data === null ? undefined : toBuffer(data, encoding)));
    }
    /** Sends the whole body with a Content-Length, then offers it to the response cache (the headers are final by then). */
    const send = (body: Buffer, contentCoding: "br" | "gzip" | null) => {
      if (contentCoding) {
        this.setHeader("Content-Encoding", contentCoding);
        addVary(this, "Accept-Encoding");
      }
      this.setHeader("Content-Length", body.length);
      // The middleware sees Content-Encoding set (or a body under its threshold) and passes the bytes through.
      const result = inner.end.apply(this, withDone(body));
      keep?.(wanted ?? "identity", contentCoding, body);
      return result;
    };
    const compressed = coding === "identity" ? null : coding!;
    if (chunks.length === 0 && typeof data === "string" && isUtf8(encoding)) {
      // Cached HTML: one string, the same one for every reader; the table keys it cheaply.
      if (data.length < minLength) return keep ? send(Buffer.from(data, "utf8"), null) : inner.end.apply(this, args);
      return send(table.encode(data, coding!), compressed);
    }
    if (data !== undefined && data !== null) chunks.push(toBuffer(data, encoding));
    const whole = Buffer.concat(chunks);
    if (whole.length < minLength || !compressed) return keep ? send(whole, null) : inner.end.apply(this, withDone(whole));
    return send(table.compressBytes(whole, compressed), compressed);
  } as typeof res.end;
}

const installed = Symbol.for("picks.compression");
type Emit = typeof http.Server.prototype.emit;
type Patched = typeof http.Server.prototype & { [installed]?: PropertyDescriptor | null };

/** Compresses every response of every `http.Server` in this process (once per process). */
export function installCompression({ table, minLength = 1024, maxKeptBytes = 8 * 1024 * 1024, responseCache = null }: CompressionOptions): void {
  const proto = http.Server.prototype as Patched;
  if (proto[installed] !== undefined) return;
  const middleware = compression() as unknown as (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void;
  const own = Object.getOwnPropertyDescriptor(proto, "emit") ?? null;
  const emit = proto.emit;
  const cache = table ? responseCache : null;
  proto.emit = function emitCompressed(this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const [req, res] = args as [http.IncomingMessage, http.ServerResponse];
      const wanted = preferredCoding(req.headers["accept-encoding"]);
      let keep: Keep | null = null;
      if (cache) {
        const ticket = cache.ticket(req);
        // A fresh answer kept for this request: sent as it is, before Next.js sees the request.
        if (ticket && cache.serve(req, res, ticket, wanted ?? "identity")) return true;
        if (ticket) {
          // Copied on a miss only: Next.js deletes its RSC headers from the request, and they key the variant.
          const asked = { ...req.headers };
          keep = (coding, bodyCoding, body) => cache.store(asked, res, ticket, coding, bodyCoding, body);
        }
        else if (req.method !== "GET" && req.method !== "HEAD") settleWhenDone(res, cache);
      }
      middleware(req, res, () => {});
      if (table) sendCachedPagesCompressed(req, res, table, { minLength, maxKeptBytes }, wanted, keep);
    }
    return (emit as (...a: unknown[]) => boolean).call(this, event, ...args);
  } as Emit;
  Object.defineProperty(proto, installed, { value: own, configurable: true });
}

/**
 * A request that may change content (a server action is a POST) repeats the purges asked for while it ran
 * when it ends: Next.js applies a server action's revalidation when the action has run, so a page read in
 * between may have been kept.
 */
function settleWhenDone(res: http.ServerResponse, cache: ResponseCache): void {
  const end = res.end as Method;
  res.end = function endSettled(this: http.ServerResponse, ...args: unknown[]) {
    cache.settle();
    return end.apply(this, args);
  } as typeof res.end;
  res.once("close", () => cache.settle());
}

/** Puts back what installCompression wrapped (for tests). */
export function uninstallCompression(): void {
  const proto = http.Server.prototype as Patched;
  const own = proto[installed];
  if (own === undefined) return;
  if (own) Object.defineProperty(proto, "emit", own);
  else delete (proto as { emit?: Emit }).emit;
  delete proto[installed];
}
