import http from "node:http";
import type { AddressInfo } from "node:net";
import { decoded, raw, type Raw } from "../testing/raw-http";
import { prose } from "../testing/prose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installCompression, preferredCoding, uninstallCompression } from "./compression";
import { EncodedBodyTable, installEncodedBodies, POLISH_AFTER_USES, uninstallEncodedBodies } from "./encoded-bodies";

const CHROME = "gzip, deflate, br, zstd";
// A page-sized body with characters outside Latin-1, as issue pages are.
const page = `<!DOCTYPE html><p>Schölkopf — ∥x∥ ≤ λ · ${'<span class="mord">α</span>'.repeat(2000)}</p>`;
const CACHED = "s-maxage=30, stale-while-revalidate=31535970";
// Prose-like text, where Brotli's best quality has something to gain over the fast one.
const prosePage = prose(1);

describe("preferredCoding", () => {
  it.each([
    [CHROME, "br"],
    ["gzip, deflate", "gzip"],
    ["GZIP", "gzip"],
    ["br;q=0, gzip", "gzip"],
    ["gzip;q=0.5, br;q=0.4", "gzip"],
    ["gzip;q=0.5, br;q=0.5", "br"],
    ["*", "br"],
    ["gzip;q=0.2, *;q=0.1", "gzip"],
    ["*;q=0", null],
    ["identity", null],
    ["br;q=0, gzip;q=0", null],
    ["gzip;q=nonsense", null],
    ["", null],
    [undefined, null],
  ])("%s → %s", (header, coding) => {
    expect(preferredCoding(header)).toBe(coding);
  });
});


describe("installCompression on a real HTTP server", () => {
  let server: http.Server;
  let base: string;
  let table: EncodedBodyTable;
  let callbackCalled = false;
  let writeCallbacks = 0;
  let endCallbacks = 0;
  let dynamicEndedAt = 0;
  // The table's size once no recompression (decision 011) is running: one that finished meanwhile would change it.
  const settledSize = async () => {
    await table.settled();
    return table.sizeInBytes;
  };

  beforeAll(async () => {
    table = installEncodedBodies({ minLength: 4096, maxBytes: 8 * 1024 * 1024 });
    installCompression({ table, minLength: 4096, maxKeptBytes: 100_000 });
    server = http.createServer((req, res) => {
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      // What Next.js does for a cached page: Vary on its router headers, Content-Length, one end().
      const cached = (cacheControl: string, body = page, status = 200) => {
        res.statusCode = status;
        res.setHeader("Vary", "rsc, next-router-state-tree");
        res.setHeader("Cache-Control", cacheControl);
        res.setHeader("Content-Length", Buffer.byteLength(body));
        res.end(req.method === "HEAD" ? null : body);
      };
      if (req.url === "/page") cached(CACHED);
      else if (req.url === "/prose") cached(CACHED, prosePage);
      else if (req.url === "/private") cached("private, no-cache, no-store, max-age=0, must-revalidate");
      else if (req.url === "/missing") cached(CACHED, page, 404);
      else if (req.url === "/small") cached(CACHED, "<p>a small page</p>".repeat(100));
      else if (req.url === "/no-transform") cached(`${CACHED}, no-transform`);
      else if (req.url === "/stream") {
        res.setHeader("Cache-Control", "private, no-store");
        res.write(page.slice(0, 5000));
        setTimeout(() => res.end(page.slice(5000)), 5);
      } else if (req.url === "/rsc" || req.url === "/rsc-small" || req.url === "/rsc-head" || req.url === "/rsc-late") {
        // What Next.js does for a cached RSC payload or a route handler: flushHeaders, then chunks as they come.
        const body = Buffer.from(req.url === "/rsc-small" ? "0:small" : page, "utf8");
        res.setHeader("Content-Type", "text/x-component");
        res.setHeader("Cache-Control", CACHED);
        if (req.url === "/rsc-head") res.writeHead(200);
        else res.flushHeaders();
        // Headers sent by writeHead after the body was already being kept.
        if (req.url === "/rsc-late") res.writeHead(200);
        // Callbacks only where the body is kept: the middleware's own write and end take none.
        const kept = req.url === "/rsc";
        if (kept) res.write(new Uint8Array(body.subarray(0, 3000)), () => writeCallbacks++);
        else res.write(new Uint8Array(body.subarray(0, 3000)));
        (res as unknown as { flush?: () => void }).flush?.();
        setTimeout(() => {
          res.write(body.subarray(3000).toString("utf8"), "utf8");
          if (kept) res.end(() => endCallbacks++);
          else res.end();
        }, 5);
      } else if (req.url === "/big-stream") {
        // A cached body larger than what is kept in memory (100,000 bytes here).
        res.setHeader("Cache-Control", CACHED);
        res.flushHeaders();
        // As Next.js writes: no callbacks (the middleware's write takes none).
        let n = 0;
        const next = () => (++n <= 3 ? (res.write(page, "utf8"), setTimeout(next, 2)) : res.end());
        next();
      } else if (req.url === "/dynamic" || req.url === "/dynamic-slow" || req.url === "/dynamic-small") {
        // What Next.js does for a page rendered per request: flushHeaders, then each chunk with a flush after it.
        res.setHeader("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate");
        const body = req.url === "/dynamic-small" ? "<p>a small page</p>" : page;
        const flushNow = () => (res as unknown as { flush?: () => void }).flush?.();
        res.flushHeaders();
        res.write(body.slice(0, 3000));
        flushNow();
        // The rest in a later turn of the event loop, as a render resumes; /dynamic-slow waits on something first.
        const rest = () => {
          res.write(body.slice(3000, 6000));
          flushNow();
          dynamicEndedAt = performance.now();
          res.end(body.slice(6000));
        };
        if (req.url === "/dynamic-slow") setTimeout(rest, 300);
        else setImmediate(rest);
      } else if (req.url === "/callback") {
        res.setHeader("Cache-Control", CACHED);
        res.end(page, "utf8", () => {
          callbackCalled = true;
        });
      } else {
        res.statusCode = 500;
        res.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    uninstallCompression();
    uninstallEncodedBodies();
  });

  it("sends a cached page as Brotli to a browser, compressed once, with its length and Vary", async () => {
    const misses = table.misses;
    const bodies: Buffer[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await raw(`${base}/page`, { "Accept-Encoding": CHROME });
      expect(r.status).toBe(200);
      expect(r.headers["content-encoding"]).toBe("br");
      expect(Number(r.headers["content-length"])).toBe(r.body.length);
      expect(r.body.length).toBeLessThan(Buffer.byteLength(page) / 5);
      expect(r.headers.vary).toBe("rsc, next-router-state-tree, Accept-Encoding");
      expect(decoded(r)).toBe(page);
      bodies.push(r.body);
    }
    // Identity bytes (for Content-Length) and Brotli bytes: made once each, then the same bytes every time.
    expect(table.misses - misses).toBe(2);
    expect(bodies[1].equals(bodies[0]) && bodies[2].equals(bodies[0])).toBe(true);
  });

  it("sends a page asked for repeatedly with Brotli's best-quality bytes once they are ready", async () => {
    const polished = table.polished;
    const first = await raw(`${base}/prose`, { "Accept-Encoding": CHROME });
    for (let i = 1; i < POLISH_AFTER_USES; i++) await raw(`${base}/prose`, { "Accept-Encoding": CHROME });
    await table.settled();
    expect(table.polished - polished).toBe(1);
    const later = await raw(`${base}/prose`, { "Accept-Encoding": CHROME });
    expect(later.headers["content-encoding"]).toBe("br");
    expect(later.body.length).toBeLessThan(first.body.length);
    expect(Number(later.headers["content-length"])).toBe(later.body.length);
    expect(decoded(later)).toBe(prosePage);
  });

  it("sends gzip to a client without Brotli, and the page as it is to a client asking for neither", async () => {
    const gzip = await raw(`${base}/page`, { "Accept-Encoding": "gzip" });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(Number(gzip.headers["content-length"])).toBe(gzip.body.length);
    expect(decoded(gzip)).toBe(page);
    const plain = await raw(`${base}/page`);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.equals(Buffer.from(page, "utf8"))).toBe(true);
    expect(Number(plain.headers["content-length"])).toBe(plain.body.length);
    expect(plain.headers.vary).toContain("Accept-Encoding");
  });

  it("compresses what is not a shared cached page per response, and keeps none of it", async () => {
    const size = await settledSize();
    for (const path of ["/private", "/missing", "/small"]) {
      const r = await raw(`${base}${path}`, { "Accept-Encoding": CHROME });
      expect(r.headers["content-encoding"], path).toBe("br");
      expect(decoded(r), path).toBe(path === "/small" ? "<p>a small page</p>".repeat(100) : page);
    }
    const stream = await raw(`${base}/stream`, { "Accept-Encoding": "gzip" });
    expect(stream.headers["content-encoding"]).toBe("gzip");
    expect(decoded(stream)).toBe(page);
    // /private and /missing send /page's string, whose identity bytes are already in the table; /small is below 4 KiB.
    expect(table.sizeInBytes).toBe(size);
  });

  it("honours no-transform and HEAD", async () => {
    const r = await raw(`${base}/no-transform`, { "Accept-Encoding": CHROME });
    expect(r.headers["content-encoding"]).toBeUndefined();
    expect(r.body.equals(Buffer.from(page, "utf8"))).toBe(true);
    const head = await raw(`${base}/page`, { "Accept-Encoding": CHROME }, "HEAD");
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
  });

  it("keeps a streamed cached body (an RSC payload, a feed) whole and sends it compressed once, with its length", async () => {
    const misses = table.misses;
    for (let i = 0; i < 3; i++) {
      const r = await raw(`${base}/rsc`, { "Accept-Encoding": CHROME });
      expect(r.headers["content-encoding"]).toBe("br");
      expect(r.headers["transfer-encoding"]).toBeUndefined();
      expect(Number(r.headers["content-length"])).toBe(r.body.length);
      expect(r.headers.vary).toBe("Accept-Encoding");
      expect(decoded(r)).toBe(page);
    }
    expect(table.misses - misses).toBe(1);
    expect(writeCallbacks).toBe(3);
    expect(endCallbacks).toBe(3);
    const gzip = await raw(`${base}/rsc`, { "Accept-Encoding": "gzip" });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(decoded(gzip)).toBe(page);
    const plain = await raw(`${base}/rsc`);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString("utf8")).toBe(page);
  });

  it("sends a small streamed body as it is, and leaves a body whose headers went out early to the middleware", async () => {
    const small = await raw(`${base}/rsc-small`, { "Accept-Encoding": CHROME });
    expect(small.headers["content-encoding"]).toBeUndefined();
    expect(small.body.toString("utf8")).toBe("0:small");
    const size = await settledSize();
    const early = await raw(`${base}/rsc-head`, { "Accept-Encoding": CHROME });
    expect(early.headers["content-encoding"]).toBe("br");
    expect(early.headers["transfer-encoding"]).toBe("chunked");
    expect(decoded(early)).toBe(page);
    const late = await raw(`${base}/rsc-late`, { "Accept-Encoding": CHROME });
    expect(late.headers["content-encoding"]).toBe("br");
    expect(late.headers["transfer-encoding"]).toBe("chunked");
    expect(decoded(late)).toBe(page);
    expect(table.sizeInBytes).toBe(size);
  });

  it("streams a cached body too large to keep through the middleware, losing nothing", async () => {
    const size = await settledSize();
    const r = await raw(`${base}/big-stream`, { "Accept-Encoding": CHROME });
    expect(r.headers["content-encoding"]).toBe("br");
    expect(r.headers["transfer-encoding"]).toBe("chunked");
    expect(decoded(r)).toBe(page.repeat(3));
    expect(table.sizeInBytes).toBe(size);
  });

  it("compresses a page rendered per request in one go when it is complete at once: a Content-Length, nothing kept", async () => {
    const size = await settledSize();
    for (const [accept, coding] of [[CHROME, "br"], ["gzip", "gzip"]]) {
      const r = await raw(`${base}/dynamic`, { "Accept-Encoding": accept });
      expect(r.headers["content-encoding"]).toBe(coding);
      expect(r.headers["transfer-encoding"]).toBeUndefined();
      expect(Number(r.headers["content-length"])).toBe(r.body.length);
      expect(r.headers.vary).toBe("Accept-Encoding");
      expect(decoded(r)).toBe(page);
    }
    expect(table.sizeInBytes).toBe(size);
    const plain = await raw(`${base}/dynamic`);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString("utf8")).toBe(page);
    // Under the middleware's threshold (1 KB): as it is, as before.
    const small = await raw(`${base}/dynamic-small`, { "Accept-Encoding": CHROME });
    expect(small.headers["content-encoding"]).toBeUndefined();
    expect(small.body.toString("utf8")).toBe("<p>a small page</p>");
  });

  it("streams a page that is still coming after the hold: its first bytes arrive before it ends", async () => {
    const { firstByteAt, response } = await new Promise<{ firstByteAt: number; response: Raw }>((resolve, reject) => {
      http
        .get(`${base}/dynamic-slow`, { headers: { "Accept-Encoding": CHROME }, agent: false }, (res) => {
          const chunks: Buffer[] = [];
          let firstByteAt = 0;
          res.on("data", (c: Buffer) => {
            firstByteAt ||= performance.now();
            chunks.push(c);
          });
          res.on("end", () => resolve({ firstByteAt, response: { status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) } }));
        })
        .on("error", reject);
    });
    expect(response.headers["content-encoding"]).toBe("br");
    expect(response.headers["transfer-encoding"]).toBe("chunked");
    expect(decoded(response)).toBe(page);
    // The server ended the body 300 ms after its first chunk; the client had compressed bytes well before.
    expect(firstByteAt).toBeGreaterThan(0);
    expect(dynamicEndedAt - firstByteAt).toBeGreaterThan(200);
  });

  it("keeps end()'s callback on the compressed path", async () => {
    const r = await raw(`${base}/callback`, { "Accept-Encoding": CHROME });
    expect(r.headers["content-encoding"]).toBe("br");
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(callbackCalled).toBe(true);
  });
});
