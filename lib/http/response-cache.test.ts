import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { decoded, raw } from "../testing/raw-http";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { installCompression, uninstallCompression } from "./compression";
import { installEncodedBodies, uninstallEncodedBodies } from "./encoded-bodies";
import { installResponseCache, responseCache, uninstallResponseCache, type ResponseCache } from "./response-cache";

const CHROME = "gzip, deflate, br, zstd";
const CACHED = "s-maxage=30, stale-while-revalidate=31535970";
const page = (name: string) => `<!DOCTYPE html><h1>${name}</h1><p>Schölkopf — ∥x∥ ≤ λ ${"<span>α</span>".repeat(1500)}</p>`;


describe("the response cache in front of the app, on a real HTTP server", () => {
  let server: http.Server;
  let base: string;
  let cache: ResponseCache;
  let clock = 1_000_000;
  /** Requests that reached the app (as Next.js would see them), by URL. */
  const reached = new Map<string, number>();
  const count = (url: string) => reached.get(url) ?? 0;
  /** Content of the pages, changed by tests as an edit would. */
  const content = new Map<string, string>();
  /** While set, /slow waits for it (an answer still being made). */
  let gate: Promise<void> | null = null;
  let slowStarted: () => void = () => {};
  /** Run by POST /action while it is in flight (a server action's body). */
  let action: () => Promise<void> = async () => {};

  beforeAll(async () => {
    const table = installEncodedBodies({ minLength: 4096, maxBytes: 8 * 1024 * 1024 });
    cache = installResponseCache({ ttlSeconds: 2, maxBytes: 200_000, now: () => clock });
    installCompression({ table, minLength: 1024, responseCache: cache });
    server = http.createServer(async (req, res) => {
      const url = req.url ?? "/";
      reached.set(url, count(url) + 1);
      const path = url.split("?")[0];
      const cached = (cacheControl: string, extra: Record<string, string> = {}, status = 200) => {
        const body = (content.get(path) ?? page(path)) + (req.headers.rsc ? " (rsc payload)" : "");
        // As Next.js does: its RSC headers are deleted from the request while it is handled.
        delete req.headers.rsc;
        delete req.headers["next-router-state-tree"];
        res.statusCode = status;
        res.setHeader("Content-Type", "text/html; charset=utf-8");
        res.setHeader("Vary", "rsc, next-router-state-tree");
        res.setHeader("Cache-Control", cacheControl);
        res.setHeader("x-nextjs-cache", "HIT");
        for (const [k, v] of Object.entries(extra)) res.setHeader(k, v);
        res.setHeader("Content-Length", Buffer.byteLength(body));
        res.end(body);
      };
      if (req.method === "POST" && path === "/action") {
        await action();
        res.setHeader("Content-Type", "text/x-component");
        res.end("0:done");
      } else if (path === "/private") cached("private, no-cache, no-store, max-age=0, must-revalidate");
      else if (path === "/missing") cached(CACHED, {}, 404);
      else if (path === "/cookie") cached(CACHED, { "Set-Cookie": "a=b" });
      else if (path === "/stale") cached(CACHED, { "x-nextjs-cache": "STALE" });
      else if (path === "/stale-no-swr") cached("s-maxage=30", { "x-nextjs-cache": "STALE" });
      else if (path === "/vary-star") cached(CACHED, { Vary: "*" });
      else if (path === "/short") cached("public, max-age=0, s-maxage=1");
      else if (path === "/slow") {
        slowStarted();
        if (gate) await gate;
        cached(CACHED);
      } else if (path.startsWith("/big/")) {
        // Bodies that do not compress: 90 KB each against a 200 KB bound.
        res.setHeader("Content-Type", "application/json");
        res.setHeader("Cache-Control", CACHED);
        res.end(JSON.stringify({ noise: Buffer.from(Array.from({ length: 67_000 }, () => Math.floor(Math.random() * 256))).toString("base64") }));
      } else if (path === "/accents") {
        // Under the 1,024-character minimum, over the middleware's 1 KiB threshold in bytes: it compresses this.
        res.setHeader("Content-Type", "text/plain; charset=utf-8");
        res.setHeader("Cache-Control", CACHED);
        res.end("é".repeat(1000));
      } else if (path === "/tiny") {
        res.setHeader("Content-Type", "application/json");
        res.setHeader("Cache-Control", CACHED);
        res.end('{"tiny":true}');
      } else cached(CACHED);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  beforeEach(() => {
    clock += 60_000; // Whatever an earlier test kept has expired.
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    uninstallCompression();
    uninstallEncodedBodies();
    uninstallResponseCache();
  });

  it("answers a repeated request for a cached page from the cache, as it was sent the first time", async () => {
    const first = await raw(`${base}/issues/2021-03`, { "Accept-Encoding": CHROME });
    expect(first.headers["x-picks-cache"]).toBeUndefined();
    const second = await raw(`${base}/issues/2021-03`, { "Accept-Encoding": CHROME });
    const third = await raw(`${base}/issues/2021-03`, { "Accept-Encoding": CHROME });
    expect(count("/issues/2021-03")).toBe(1);
    for (const r of [second, third]) {
      expect(r.status).toBe(200);
      expect(r.headers["x-picks-cache"]).toBe("HIT");
      expect(r.headers["content-encoding"]).toBe("br");
      expect(Number(r.headers["content-length"])).toBe(r.body.length);
      expect(r.body.equals(first.body)).toBe(true);
      expect(r.headers.vary).toBe(first.headers.vary);
      expect(r.headers["cache-control"]).toBe(CACHED);
      expect(r.headers.age).toBe("0");
      expect(r.headers.date).toBeTruthy();
    }
    expect(decoded(third)).toBe(page("/issues/2021-03"));
    clock += 1500;
    expect((await raw(`${base}/issues/2021-03`, { "Accept-Encoding": CHROME })).headers.age).toBe("1");
    expect(responseCache()).toBe(cache);
  });

  it("keeps one answer per coding and per value of the headers the response varies on", async () => {
    const url = `${base}/topics`;
    const br = await raw(url, { "Accept-Encoding": CHROME });
    const gzip = await raw(url, { "Accept-Encoding": "gzip" });
    const plain = await raw(url);
    const rsc = await raw(url, { "Accept-Encoding": CHROME, RSC: "1" });
    expect(count("/topics")).toBe(4);
    const again = [await raw(url, { "Accept-Encoding": CHROME }), await raw(url, { "Accept-Encoding": "gzip" }), await raw(url), await raw(url, { "Accept-Encoding": CHROME, RSC: "1" })];
    // Any spelling that prefers Brotli shares the Brotli answer.
    const firefox = await raw(url, { "Accept-Encoding": "gzip, deflate, br" });
    expect(count("/topics")).toBe(4);
    expect(again.map((r) => r.headers["content-encoding"])).toEqual(["br", "gzip", undefined, "br"]);
    expect(again.map(decoded)).toEqual([br, gzip, plain, rsc].map(decoded));
    expect(decoded(again[3])).toContain("(rsc payload)");
    expect(decoded(again[0])).not.toContain("(rsc payload)");
    expect(firefox.headers["x-picks-cache"]).toBe("HIT");
    expect(firefox.headers["content-encoding"]).toBe("br");
  });

  it("keeps a small answer sent as it is, and not one the middleware compressed in another coding", async () => {
    const tiny = await raw(`${base}/tiny`, { "Accept-Encoding": CHROME });
    expect(tiny.headers["content-encoding"]).toBeUndefined();
    const again = await raw(`${base}/tiny`, { "Accept-Encoding": CHROME });
    expect(again.headers["x-picks-cache"]).toBe("HIT");
    expect(again.body.toString()).toBe('{"tiny":true}');
    expect(count("/tiny")).toBe(1);
    // A client taking only deflate gets it from the middleware, per response: never kept as the as-is variant.
    for (let i = 0; i < 2; i++) {
      const deflate = await raw(`${base}/deflate-only`, { "Accept-Encoding": "deflate" });
      expect(deflate.headers["content-encoding"]).toBe("deflate");
      expect(zlib.inflateSync(deflate.body).toString("utf8")).toBe(page("/deflate-only"));
    }
    expect(count("/deflate-only")).toBe(2);
    // A short string the middleware compresses on the way out: what is kept must be what was sent.
    for (let i = 0; i < 3; i++) {
      const r = await raw(`${base}/accents`, { "Accept-Encoding": CHROME });
      expect(r.headers["content-encoding"]).toBe("br");
      expect(decoded(r)).toBe("é".repeat(1000));
    }
    const plain = await raw(`${base}/deflate-only`);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString("utf8")).toBe(page("/deflate-only"));
  });

  it("forgets an answer after its time, or the response's own shorter lifetime", async () => {
    await raw(`${base}/authors/ada`);
    clock += 1999;
    await raw(`${base}/authors/ada`);
    expect(count("/authors/ada")).toBe(1);
    clock += 1;
    await raw(`${base}/authors/ada`);
    expect(count("/authors/ada")).toBe(2);
    await raw(`${base}/short`);
    clock += 999;
    await raw(`${base}/short`);
    expect(count("/short")).toBe(1);
    clock += 1;
    await raw(`${base}/short`);
    expect(count("/short")).toBe(2);
  });

  it("keeps nothing a shared cache may not keep, and passes requests it may not answer to the app", async () => {
    for (const path of ["/private", "/missing", "/cookie", "/stale-no-swr", "/vary-star"]) {
      await raw(`${base}${path}`, { "Accept-Encoding": CHROME });
      const again = await raw(`${base}${path}`, { "Accept-Encoding": CHROME });
      expect(again.headers["x-picks-cache"], path).toBeUndefined();
      expect(count(path), path).toBe(2);
    }
    await raw(`${base}/papers/1`);
    const refused: Record<string, string>[] = [{ Authorization: "Bearer x" }, { Cookie: "a=1; __prerender_bypass=abc" }, { Range: "bytes=0-10" }, { "x-prerender-revalidate": "x" }, { "Cache-Control": "no-cache" }, { Pragma: "no-cache" }, { "Cache-Control": "max-age=0" }];
    for (const headers of refused) {
      const before = count("/papers/1");
      const r = await raw(`${base}/papers/1`, headers);
      expect(r.headers["x-picks-cache"], JSON.stringify(headers)).toBeUndefined();
      expect(count("/papers/1"), JSON.stringify(headers)).toBe(before + 1);
    }
    const before = count("/papers/1");
    const head = await raw(`${base}/papers/1`, {}, "HEAD");
    expect(head.status).toBe(200);
    expect(count("/papers/1")).toBe(before + 1);
    // Other cookies (a signed-in curator reading the site) do not matter to a shared page.
    expect((await raw(`${base}/papers/1`, { Cookie: "authjs.session-token=abc" })).headers["x-picks-cache"]).toBe("HIT");
  });

  it("keeps a page Next.js answers stale while it regenerates it, as its stale-while-revalidate allows, for the same short time", async () => {
    await raw(`${base}/stale`, { "Accept-Encoding": CHROME });
    const again = await raw(`${base}/stale`, { "Accept-Encoding": CHROME });
    expect(again.headers["x-picks-cache"]).toBe("HIT");
    expect(again.headers["x-nextjs-cache"]).toBe("STALE");
    expect(count("/stale")).toBe(1);
    clock += 2000;
    await raw(`${base}/stale`, { "Accept-Encoding": CHROME });
    expect(count("/stale")).toBe(2);
  });

  it("purges a path, the paths under a layout, or everything for a route pattern", async () => {
    const paths = ["/", "/issues/2021-03", "/issues/2021-03?_rsc=abc", "/issues/2021-04", "/about"];
    const load = async () => {
      for (const p of paths) await raw(`${base}${p}`, { "Accept-Encoding": CHROME });
    };
    /** Which paths reach the app again after this purge (1) and which are still answered from the cache (0). */
    const reachedAfter = async (purge: () => void) => {
      const before = paths.map(count);
      purge();
      await load();
      return paths.map((p, i) => count(p) - before[i]);
    };
    await load();
    expect(await reachedAfter(() => cache.purge("/issues/2021-03"))).toEqual([0, 1, 1, 0, 0]);
    expect(await reachedAfter(() => cache.purge("/issues", "layout"))).toEqual([0, 1, 1, 1, 0]);
    expect(await reachedAfter(() => cache.purge("/", "layout"))).toEqual([1, 1, 1, 1, 1]);
    expect(await reachedAfter(() => cache.purge("/issues/[slug]", "page"))).toEqual([1, 1, 1, 1, 1]);
  });

  it("does not keep an answer that was being made while its path was purged", async () => {
    let release = () => {};
    gate = new Promise<void>((resolve) => (release = resolve));
    const started = new Promise<void>((resolve) => (slowStarted = resolve));
    const inFlight = raw(`${base}/slow`);
    await started;
    cache.purge("/slow");
    release();
    await inFlight;
    gate = null;
    // Not kept: this one reaches the app; nothing was purged while it ran, so its answer is kept.
    expect((await raw(`${base}/slow`)).headers["x-picks-cache"]).toBeUndefined();
    expect(count("/slow")).toBe(2);
    expect((await raw(`${base}/slow`)).headers["x-picks-cache"]).toBe("HIT");
    expect(count("/slow")).toBe(2);
  });

  it("purges again when the request that asked for a purge ends (a server action's revalidation lands at its end)", async () => {
    content.set("/issues/2021-05", page("old text"));
    await raw(`${base}/issues/2021-05`);
    action = async () => {
      cache.purge("/issues/2021-05");
      // A reader's request while the action still runs: the app still serves the old page, and it is kept.
      const during = await raw(`${base}/issues/2021-05`);
      expect(decoded(during)).toContain("old text");
      // Only now does the change land.
      content.set("/issues/2021-05", page("new text"));
    };
    const done = await raw(`${base}/action`, {}, "POST");
    expect(done.body.toString()).toBe("0:done");
    const after = await raw(`${base}/issues/2021-05`);
    expect(decoded(after)).toContain("new text");
    expect(after.headers["x-picks-cache"]).toBeUndefined();
    action = async () => {};
  });

  it("stays within its byte bound, dropping the oldest answers first", async () => {
    await raw(`${base}/big/1`);
    await raw(`${base}/big/2`);
    expect(cache.sizeInBytes).toBeLessThanOrEqual(200_000);
    expect((await raw(`${base}/big/2`)).headers["x-picks-cache"]).toBe("HIT");
    await raw(`${base}/big/3`);
    expect(cache.sizeInBytes).toBeLessThanOrEqual(200_000);
    expect((await raw(`${base}/big/3`)).headers["x-picks-cache"]).toBe("HIT");
    expect((await raw(`${base}/big/1`)).headers["x-picks-cache"]).toBeUndefined();
    expect(count("/big/1")).toBe(2);
  });
});
