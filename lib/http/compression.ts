import http from "node:http";
import compression from "compression";
import { compressBody, isUtf8, type EncodedBodyTable } from "./encoded-bodies";
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
 * - Any other compressible response (a page rendered per request, a private API answer, a 404) whose body
 *   is complete within a few milliseconds of its first chunk is compressed in one call, with a
 *   Content-Length, and kept nowhere; one that keeps coming streams through the same `compression`
 *   middleware Next.js applies (docs/decisions/012-dynamic-pages-compressed-whole.md).
 * - Everything else (JavaScript and CSS, bodies under 1 KB) goes through the middleware, per response.
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
  /** How long a dynamic body is held to be compressed whole before it streams through the middleware (ms). */
  holdMs?: number;
  /** A dynamic body is held up to this many bytes; a longer one streams through the middleware. */
  maxHeldBytes?: number;
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

/** Brotli's quality for a dynamic body compressed whole: the `compression` middleware's own (4). */
const DYNAMIC_BROTLI_QUALITY = 4;
/** Below this many bytes a dynamic body goes to the middleware, which sends it as it is (its threshold). */
const DYNAMIC_MIN_BYTES = 1024;

/**
 * A response that is not a cached page but that the middleware would compress (a page rendered per request,
 * an API answer, a 404): its body may be compressed in one call when it is complete at once.
 */
function isDynamicCompressible(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  if (res.headersSent || req.method === "HEAD" || res.statusCode < 200 || res.statusCode === 204 || res.statusCode === 304) return false;
  const encoding = res.getHeader("content-encoding");
  if (encoding !== undefined && String(encoding).toLowerCase() !== "identity") return false;
  const type = String(res.getHeader("content-type") ?? "");
  // An event stream is open-ended by design: never held.
  if (!COMPRESSIBLE.test(type) || /^\s*text\/event-stream/i.test(type)) return false;
  return !/(^|[\s,])no-transform([\s,]|$)/i.test(String(res.getHeader("cache-control") ?? ""));
}

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

type WholeOptions = Required<Omit<CompressionOptions, "table" | "responseCache">> & { table: EncodedBodyTable | null };

/**
 * How this response's body is sent, decided once when it starts:
 * - "cached": a cached page the client takes compressed (or, when the response cache may keep it, as it is).
 *   The body is kept whole (Next.js streams cached RSC payloads and route handlers' bodies, and sends cached
 *   HTML with one `end`), sent as its stored compressed bytes with a Content-Length, and offered to the
 *   response cache.
 * - "dynamic": any other compressible response for a client that takes Brotli or gzip. Its chunks are held for
 *   at most `holdMs`; a body that is complete by then is compressed in one call and sent with a
 *   Content-Length. A page rendered per request comes in a few chunks within a millisecond or two, and a
 *   compression stream flushed after each chunk (what Next.js asks of the middleware) cost 1.1–1.8 ms per
 *   search page here, one call ~0.2 ms (decision 012). A body still coming after `holdMs` (a stream by design) is handed to
 *   the middleware with what was held and streams from then on, as before.
 * - null: every call goes through to the middleware.
 */
type Mode = { kind: "cached"; coding: "br" | "gzip" | "identity" } | { kind: "dynamic"; coding: "br" | "gzip" } | null;

/**
 * Wraps this response's `flushHeaders`, `write`, `flush` and `end` (outside the middleware's), for the modes
 * above.
 */
function sendBodiesWhole(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  { table, minLength, maxKeptBytes, holdMs, maxHeldBytes }: WholeOptions,
  wanted: "br" | "gzip" | null,
  keep: Keep | null,
): void {
  const inner = { end: res.end as Method, write: res.write as Method, flushHeaders: res.flushHeaders as Method };
  const flush = (res as { flush?: Method }).flush;
  let mode: Mode | undefined;
  const chunks: Buffer[] = [];
  let kept = 0;
  let timer: NodeJS.Timeout | undefined;
  const decide = (response: http.ServerResponse): Mode => {
    if (mode !== undefined) return mode;
    if (table && isCachedPage(req, response) && (wanted || keep)) mode = { kind: "cached", coding: wanted ?? "identity" };
    else if (wanted && isDynamicCompressible(req, response)) mode = { kind: "dynamic", coding: wanted };
    else mode = null;
    return mode;
  };
  /** From here on the middleware has the body: what was held first, then every call as it comes. */
  const release = (response: http.ServerResponse) => {
    clearTimeout(timer);
    timer = undefined;
    mode = null;
    if (response.destroyed) return;
    for (const earlier of chunks.splice(0)) inner.write.call(response, earlier);
  };

  res.flushHeaders = function flushHeadersLater(this: http.ServerResponse) {
    // Headers wait for the body: Content-Encoding and Content-Length are set when it is complete.
    if (!decide(this)) inner.flushHeaders.call(this);
  };
  res.write = function writeKept(this: http.ServerResponse, ...args: unknown[]) {
    const [chunk, encoding, callback] = args;
    const current = decide(this);
    if (!current || chunk === null || chunk === undefined) return inner.write.apply(this, args);
    const buffer = toBuffer(chunk, encoding);
    if (kept + buffer.length > (current.kind === "cached" ? maxKeptBytes : maxHeldBytes)) {
      // Too large to keep in memory: from here on the middleware compresses it as it streams.
      release(this);
      return inner.write.call(this, buffer, ...args.slice(typeof encoding === "function" ? 1 : 2));
    }
    chunks.push(buffer);
    kept += buffer.length;
    if (current.kind === "dynamic" && !timer) {
      timer = setTimeout(() => {
        // Still coming: stream it, and send what the middleware has compressed so far now.
        release(this);
        if (!this.destroyed) flush?.call(this);
      }, holdMs);
    }
    const done = typeof encoding === "function" ? encoding : callback;
    if (typeof done === "function") process.nextTick(done as () => void);
    return true;
  } as typeof res.write;
  if (flush) (res as { flush?: Method }).flush = function flushUnlessKept(this: http.ServerResponse) {
    if (!mode) flush.call(this);
  };
  res.end = function endCompressed(this: http.ServerResponse, ...args: unknown[]) {
    const [chunk, encoding, callback] = args;
    const data = typeof chunk === "function" ? undefined : chunk;
    const done = [chunk, encoding, callback].find((a) => typeof a === "function");
    const withDone = (body: unknown) => (done ? [body, done] : [body]);
    const current = decide(this);
    clearTimeout(timer);
    if (!current) return inner.end.apply(this, args);
    if (this.headersSent) {
      // Someone sent the headers past flushHeaders (writeHead): let the middleware have the body as it is.
      for (const kept of chunks) inner.write.call(this, kept);
      return inner.end.apply(this, withDone(data === undefined || data === null ? undefined : toBuffer(data, encoding)));
    }
    /** Sends the whole body with a Content-Length (and, for a cached page, offers it to the response cache). */
    const send = (body: Buffer, contentCoding: "br" | "gzip" | null) => {
      if (contentCoding) {
        this.setHeader("Content-Encoding", contentCoding);
        addVary(this, "Accept-Encoding");
      }
      this.setHeader("Content-Length", body.length);
      // The middleware sees Content-Encoding set (or a body under its threshold) and passes the bytes through.
      const result = inner.end.apply(this, withDone(body));
      if (current.kind === "cached") keep?.(wanted ?? "identity", contentCoding, body);
      return result;
    };
    if (current.kind === "dynamic") {
      if (data !== undefined && data !== null) chunks.push(toBuffer(data, encoding));
      const whole = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
      // Too small to be worth it: the middleware sends it as it is, as it did before.
      if (whole.length < DYNAMIC_MIN_BYTES) return inner.end.apply(this, withDone(whole));
      return send(compressBody(whole, current.coding, DYNAMIC_BROTLI_QUALITY), current.coding);
    }
    const compressed = current.coding === "identity" ? null : current.coding;
    if (chunks.length === 0 && typeof data === "string" && isUtf8(encoding)) {
      // Cached HTML: one string, the same one for every reader; the table keys it cheaply.
      if (data.length < minLength) return keep ? send(Buffer.from(data, "utf8"), null) : inner.end.apply(this, args);
      return send(table!.encode(data, current.coding), compressed);
    }
    if (data !== undefined && data !== null) chunks.push(toBuffer(data, encoding));
    const whole = Buffer.concat(chunks);
    if (whole.length < minLength || !compressed) return keep ? send(whole, null) : inner.end.apply(this, withDone(whole));
    return send(table!.compressBytes(whole, compressed), compressed);
  } as typeof res.end;
}

const installed = Symbol.for("picks.compression");
type Emit = typeof http.Server.prototype.emit;
type Patched = typeof http.Server.prototype & { [installed]?: PropertyDescriptor | null };

/** Compresses every response of every `http.Server` in this process (once per process). */
export function installCompression({
  table,
  minLength = 1024,
  maxKeptBytes = 8 * 1024 * 1024,
  responseCache = null,
  holdMs = 20,
  maxHeldBytes = 512 * 1024,
}: CompressionOptions): void {
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
      sendBodiesWhole(req, res, { table, minLength, maxKeptBytes, holdMs, maxHeldBytes }, wanted, keep);
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
