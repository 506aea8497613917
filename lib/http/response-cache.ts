import type http from "node:http";

/**
 * A short-lived in-process cache of whole responses, in front of Next.js ("micro-caching").
 *
 * A published page is already cached by Next.js, yet every request for it still pays for Next's routing:
 * for a page under a dynamic segment such as `/issues/[slug]`, Next rebuilds the route's regular
 * expressions and tries the dynamic routes on every request, which made an issue page cost ~25 % more CPU
 * than `/about` (docs/decisions/010-response-cache.md). This cache answers a repeated request for a
 * shared-cacheable response from its stored bytes, for a few seconds, before Next sees it: every cached page
 * then costs the same, whatever its route.
 *
 * What is kept follows HTTP's rules for a shared cache (RFC 9111), narrowed to what the app serves:
 * - requests: GET only; none with Authorization, a Range, Next's draft-mode cookie or revalidation header;
 *   a request's `Cache-Control: no-cache` (a hard reload) goes to Next.js, and its answer may be kept;
 * - responses: status 200, a Cache-Control that lets shared caches keep it (public, s-maxage or max-age > 0;
 *   not private, no-store or no-cache), no Set-Cookie, no `Vary: *`; an answer Next.js marks stale
 *   (`x-nextjs-cache: STALE`: older than its revalidation period, being regenerated) only when its
 *   Cache-Control allows serving it stale meanwhile (`stale-while-revalidate`, as Next.js sends). Kept, it
 *   answers the next `ttlSeconds` of requests while Next.js regenerates the page undisturbed; not kept,
 *   every request in that window went through Next.js's slow path, and under load the regeneration took
 *   seconds (the benchmark's p99 reached 119–326 ms for the issue page);
 * - one variant per value of the request headers the response's Vary names (Accept-Encoding by the coding
 *   the app sends; Next's RSC headers as they are);
 * - each entry for `ttlSeconds`, or the response's own s-maxage/max-age if shorter; bounded in bytes.
 *
 * Freshness. Within this process, a change is visible at once: the app's revalidation (lib/revalidate.ts)
 * purges the paths it revalidates, once when it is called and again when the request that made the change
 * has finished (Next.js applies the revalidation at the end of a server action), and an answer from a request
 * that was in flight during a purge is not kept. Other processes follow within their own revalidation period
 * plus `ttlSeconds`.
 */

export type ResponseCacheOptions = {
  /** How long a response is kept, at most (seconds). */
  ttlSeconds: number;
  /** Upper bound of the stored bodies and headers, in bytes. */
  maxBytes?: number;
  /** The clock (for tests). */
  now?: () => number;
};

type Stored = { status: number; headers: http.OutgoingHttpHeaders; body: Buffer; storedAt: number; expiresAt: number; cost: number };
type Entry = { pathname: string; vary: string[]; variants: Map<string, Stored> };
/** What a request needs to be answered from, or kept in, the cache. */
export type Ticket = { key: string; pathname: string; seq: number };

const NOT_SHARED = /(^|[\s,])(private|no-store|no-cache)([\s,=]|$)/i;
const SHARED = /(^|[\s,])(public|s-maxage=\d*[1-9]|max-age=\d*[1-9])/i;
/** Headers that describe one connection or one moment, not the response. */
const HOP = new Set(["connection", "keep-alive", "transfer-encoding", "date", "age", "upgrade", "proxy-connection"]);
const DRAFT_COOKIE = "__prerender_bypass";

function header(value: string | string[] | number | undefined): string {
  return Array.isArray(value) ? value.join(", ") : value === undefined ? "" : String(value);
}

/** Seconds a shared cache may keep a response for, by its Cache-Control (s-maxage first); 0 for none. */
function sharedLifetime(cacheControl: string): number {
  const s = cacheControl.match(/(?:^|[\s,])s-maxage=(\d+)/i);
  if (s) return Number(s[1]);
  const m = cacheControl.match(/(?:^|[\s,])max-age=(\d+)/i);
  if (m) return Number(m[1]);
  return /(?:^|[\s,])public(?:[\s,]|$)/i.test(cacheControl) ? Infinity : 0;
}

function pathOf(url: string): string {
  const q = url.indexOf("?");
  return q === -1 ? url : url.slice(0, q);
}

export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private readonly ttlMs: number;
  private readonly maxBytes: number;
  private readonly now: () => number;
  private bytes = 0;
  /** Purges so far: a request that started before the latest one may have seen what it removed. */
  private seq = 0;
  private pending: [string, "layout" | "page" | undefined][] = [];

  constructor({ ttlSeconds, maxBytes = 32 * 1024 * 1024, now = Date.now }: ResponseCacheOptions) {
    this.ttlMs = ttlSeconds * 1000;
    this.maxBytes = maxBytes;
    this.now = now;
  }

  /** The key of a request this cache may answer or keep, or null (a request that must reach Next.js). */
  ticket(req: http.IncomingMessage): Ticket | null {
    if (req.method !== "GET" || !req.url) return null;
    const h = req.headers;
    if (h.authorization || h.range || h["x-prerender-revalidate"]) return null;
    if (h.cookie && header(h.cookie).includes(DRAFT_COOKIE)) return null;
    return { key: `${header(h.host)}\n${req.url}`, pathname: pathOf(req.url), seq: this.seq };
  }

  /** Answers `res` from the cache if it holds a fresh variant for this request; true if it did. */
  serve(req: http.IncomingMessage, res: http.ServerResponse, ticket: Ticket, coding: string): boolean {
    const requestCacheControl = header(req.headers["cache-control"]) + header(req.headers.pragma);
    if (/no-cache|max-age=0/i.test(requestCacheControl)) return false;
    const entry = this.entries.get(ticket.key);
    if (!entry) return false;
    const variantKey = this.variantKey(req.headers, entry.vary, coding);
    const stored = entry.variants.get(variantKey);
    if (!stored) return false;
    const now = this.now();
    if (stored.expiresAt <= now) {
      this.remove(ticket.key, entry, variantKey, stored);
      return false;
    }
    res.writeHead(stored.status, { ...stored.headers, age: String(Math.floor((now - stored.storedAt) / 1000)), "x-picks-cache": "HIT" });
    res.end(stored.body);
    return true;
  }

  /**
   * Keeps `body` as the answer to this request if the response (its headers already final) may be kept.
   * `asked` are the request's headers as they came (Next.js deletes its RSC headers from the request while it
   * handles it); `coding` is the coding the client asked for (the variant), `bodyCoding` that of `body` (null:
   * as it is).
   */
  store(asked: http.IncomingHttpHeaders, res: http.ServerResponse, ticket: Ticket, coding: string, bodyCoding: string | null, body: Buffer): boolean {
    if (this.ttlMs <= 0 || ticket.seq !== this.seq || res.statusCode !== 200) return false;
    // The bytes went out as `body` is (the middleware compressed nothing more), as it is or in this variant's coding.
    const sent = header(res.getHeader("content-encoding") as string | undefined).toLowerCase() || "identity";
    if (sent !== (bodyCoding ?? "identity") || (sent !== "identity" && sent !== coding)) return false;
    const cacheControl = header(res.getHeader("cache-control") as string | undefined);
    if (!SHARED.test(cacheControl) || NOT_SHARED.test(cacheControl)) return false;
    if (res.hasHeader("set-cookie")) return false;
    const stale = header(res.getHeader("x-nextjs-cache") as string | undefined).toUpperCase() === "STALE";
    if (stale && !/(^|[\s,])stale-while-revalidate=\d*[1-9]/i.test(cacheControl)) return false;
    const vary = header(res.getHeader("vary") as string | undefined)
      .split(",")
      .map((f) => f.trim().toLowerCase())
      .filter(Boolean);
    if (vary.includes("*")) return false;
    const lifetimeMs = Math.min(this.ttlMs, sharedLifetime(cacheControl) * 1000);
    if (!(lifetimeMs > 0)) return false;

    const headers: http.OutgoingHttpHeaders = {};
    let cost = body.length;
    for (const [name, value] of Object.entries(res.getHeaders())) {
      if (HOP.has(name) || value === undefined) continue;
      headers[name] = value;
      cost += name.length + header(value).length;
    }
    headers["content-length"] = body.length;
    if (cost > this.maxBytes) return false;

    vary.sort();
    let entry = this.entries.get(ticket.key);
    if (entry && entry.vary.join() !== vary.join()) {
      this.drop(ticket.key);
      entry = undefined;
    }
    if (!entry) {
      entry = { pathname: ticket.pathname, vary, variants: new Map() };
      this.entries.set(ticket.key, entry);
    }
    const variantKey = this.variantKey(asked, vary, coding);
    const previous = entry.variants.get(variantKey);
    if (previous) this.bytes -= previous.cost;
    const now = this.now();
    entry.variants.set(variantKey, { status: 200, headers, body, storedAt: now, expiresAt: now + lifetimeMs, cost });
    this.bytes += cost;
    this.evict(now);
    return true;
  }

  /**
   * Forgets what is kept for `path` (with "layout": for every path under it too; a route pattern such as
   * `/issues/[slug]`: everything), now and again at `settle()`, as Next.js's revalidatePath does.
   */
  purge(path: string, type?: "layout" | "page"): void {
    this.purgeNow(path, type);
    this.pending.push([path, type]);
  }

  /** Repeats the purges asked for since the last call (called when a request that may have asked for one ends). */
  settle(): void {
    if (this.pending.length === 0) return;
    const pending = this.pending;
    this.pending = [];
    for (const [path, type] of pending) this.purgeNow(path, type);
  }

  get sizeInBytes(): number {
    return this.bytes;
  }

  private purgeNow(path: string, type?: "layout" | "page"): void {
    this.seq++;
    const everything = path.includes("[") || (type === "layout" && path === "/");
    const prefix = path.endsWith("/") ? path : `${path}/`;
    for (const [key, entry] of this.entries) {
      const p = entry.pathname;
      if (everything || p === path || (type === "layout" && p.startsWith(prefix))) this.drop(key);
    }
  }

  private variantKey(headers: http.IncomingHttpHeaders, vary: string[], coding: string): string {
    return vary.map((name) => (name === "accept-encoding" ? coding : header(headers[name]))).join("\n");
  }

  private drop(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    for (const stored of entry.variants.values()) this.bytes -= stored.cost;
    this.entries.delete(key);
  }

  private remove(key: string, entry: Entry, variantKey: string, stored: Stored): void {
    entry.variants.delete(variantKey);
    this.bytes -= stored.cost;
    if (entry.variants.size === 0) this.entries.delete(key);
  }

  /** Drops expired variants, then the oldest entries while over the byte bound (Map keeps insertion order). */
  private evict(now: number): void {
    if (this.bytes <= this.maxBytes && this.entries.size < 4096) return;
    for (const [key, entry] of this.entries) {
      for (const [variantKey, stored] of entry.variants) if (stored.expiresAt <= now) this.remove(key, entry, variantKey, stored);
    }
    for (const key of this.entries.keys()) {
      if (this.bytes <= this.maxBytes) break;
      this.drop(key);
    }
  }
}

const installed = Symbol.for("picks.responseCache");
type Holder = typeof globalThis & { [installed]?: ResponseCache };

/** The process's response cache, made once (instrumentation.ts); shared by every bundle through globalThis. */
export function installResponseCache(options: ResponseCacheOptions): ResponseCache {
  const holder = globalThis as Holder;
  holder[installed] ??= new ResponseCache(options);
  return holder[installed];
}

/** The installed response cache, if any. */
export function responseCache(): ResponseCache | undefined {
  return (globalThis as Holder)[installed];
}

/** Removes the installed cache (for tests). */
export function uninstallResponseCache(): void {
  delete (globalThis as Holder)[installed];
}
