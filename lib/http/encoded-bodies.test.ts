import http from "node:http";
import zlib from "node:zlib";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EncodedBodyTable, installEncodedBodies, uninstallEncodedBodies } from "./encoded-bodies";
import { prose } from "../testing/prose";

// A page-sized body with characters outside Latin-1 (a two-byte string in V8), as issue pages are.
const page = `<!DOCTYPE html><p>Schölkopf — ∥x∥ ≤ λ · ${"<span class=\"mord\">α</span>".repeat(2000)}</p>`;


describe("EncodedBodyTable", () => {
  it("encodes a string once and hands back the same bytes while the entry stays", () => {
    const table = new EncodedBodyTable(1024 * 1024);
    const first = table.encode(page);
    expect(first.equals(Buffer.from(page, "utf8"))).toBe(true);
    expect(table.encode(page)).toBe(first);
    // Equal content in a different string object is the same entry.
    expect(table.encode(page.slice(0, 10) + page.slice(10))).toBe(first);
    expect({ hits: table.hits, misses: table.misses, size: table.size }).toEqual({ hits: 2, misses: 1, size: 1 });
  });

  it("stays within its byte bound, dropping the least recently used first", () => {
    const body = (n: number) => `${n}`.padEnd(10_000, "x");
    const cost = 10_000 + 10_000 * 2;
    const table = new EncodedBodyTable(cost * 3);
    table.encode(body(1));
    table.encode(body(2));
    table.encode(body(3));
    table.encode(body(1)); // 1 is now the most recent; 2 the least
    table.encode(body(4));
    expect(table.size).toBe(3);
    expect(table.sizeInBytes).toBeLessThanOrEqual(cost * 3);
    const hits = table.hits;
    table.encode(body(1));
    table.encode(body(3));
    table.encode(body(4));
    expect(table.hits - hits).toBe(3);
    table.encode(body(2));
    expect(table.misses).toBe(5); // 1, 2, 3, 4 and 2 again: it had been dropped
  });

  it("keeps a page's compressed codings next to its bytes, each made once and counted in the bound", () => {
    const table = new EncodedBodyTable(4 * 1024 * 1024);
    const identity = table.encode(page);
    const br = table.encode(page, "br");
    const gzip = table.encode(page, "gzip");
    expect(zlib.brotliDecompressSync(br).equals(identity)).toBe(true);
    expect(zlib.gunzipSync(gzip).equals(identity)).toBe(true);
    expect(table.encode(page, "br")).toBe(br);
    expect(table.encode(page, "gzip")).toBe(gzip);
    expect({ hits: table.hits, misses: table.misses, size: table.size }).toEqual({ hits: 2, misses: 3, size: 1 });
    expect(table.sizeInBytes).toBe(page.length * 2 + identity.length + br.length + gzip.length);
  });

  it("drops a page with all its codings when it ages out", () => {
    const body = (n: number) => `${n}`.padEnd(10_000, "x");
    const table = new EncodedBodyTable(70_000);
    table.encode(body(1));
    table.encode(body(1), "gzip");
    table.encode(body(2));
    table.encode(body(3)); // over the bound: 1 goes, with its gzip bytes
    expect(table.size).toBe(2);
    expect(table.sizeInBytes).toBe(2 * 30_000);
  });

  it("recompresses a page asked for repeatedly at Brotli's best quality, off the event loop, one page at a time", async () => {
    const one = prose(1);
    const two = prose(2);
    const table = new EncodedBodyTable(8 * 1024 * 1024, 3);
    const fast = table.encode(one, "br");
    table.encode(two, "br");
    expect(table.encode(one, "br")).toBe(fast);
    const sizeBefore = table.sizeInBytes;
    // One's third use starts its recompression; two reaches three uses while it runs, and waits.
    expect(table.encode(one, "br")).toBe(fast);
    expect(table.encode(two, "br")).toBe(table.encode(two, "br"));
    expect(table.encode(one, "br")).toBe(fast); // until it is done, the fast bytes
    await table.settled();
    const best = table.encode(one, "br");
    expect(best).not.toBe(fast);
    expect(best.length).toBeLessThan(fast.length);
    expect(zlib.brotliDecompressSync(best).toString("utf8")).toBe(one);
    expect(table.sizeInBytes).toBe(sizeBefore - (fast.length - best.length));
    expect(table.polished).toBe(1);
    // Two's next use starts its own; one is never recompressed again.
    const twoFast = table.encode(two, "br");
    await table.settled();
    expect(table.encode(two, "br").length).toBeLessThan(twoFast.length);
    expect(table.polished).toBe(2);
    table.encode(one, "br");
    await table.settled();
    expect(table.polished).toBe(2);
  });

  it("drops a recompression whose page left the table meanwhile", async () => {
    const bodies = [prose(1, 5000), prose(2, 5000), prose(3, 5000)];
    const probe = new EncodedBodyTable(1 << 30, 0);
    probe.encode(bodies[0], "br");
    probe.encode(bodies[1], "br");
    // Room for two of the three.
    const table = new EncodedBodyTable(probe.sizeInBytes + 1000, 1);
    table.encode(bodies[0], "br"); // first use: its recompression starts
    table.encode(bodies[1], "br");
    table.encode(bodies[2], "br"); // over the bound: the first is dropped
    expect(table.size).toBe(2);
    const size = table.sizeInBytes;
    await table.settled();
    expect(table.polished).toBe(0);
    expect(table.sizeInBytes).toBe(size);
  });

  it("does not keep a body larger than the whole table", () => {
    const table = new EncodedBodyTable(100);
    expect(table.encode("y".repeat(1000)).length).toBe(1000);
    expect(table.size).toBe(0);
  });
});

describe("installEncodedBodies on a real HTTP server", () => {
  let server: http.Server;
  let base: string;
  let table: EncodedBodyTable;
  let callbackCalled = false;

  beforeAll(async () => {
    table = installEncodedBodies({ minLength: 1024, maxBytes: 8 * 1024 * 1024 });
    server = http.createServer((req, res) => {
      res.setHeader("content-type", "text/html; charset=utf-8");
      if (req.url === "/page") {
        // What Next.js does for a cached page.
        res.setHeader("content-length", Buffer.byteLength(page));
        res.end(page);
      } else if (req.url === "/small") {
        res.end("small ∥ body");
      } else if (req.url === "/latin1") {
        const latin = "é".repeat(5000);
        res.setHeader("content-length", Buffer.byteLength(latin, "latin1"));
        res.end(latin, "latin1");
      } else if (req.url === "/callback") {
        res.end(page, "utf8", () => {
          callbackCalled = true;
        });
      } else {
        res.statusCode = 404;
        res.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    uninstallEncodedBodies();
  });

  it("installs once per process", () => {
    expect(installEncodedBodies()).toBe(table);
  });

  it("sends a large page byte for byte, with the right Content-Length, encoding it once", async () => {
    const misses = table.misses;
    const hits = table.hits;
    for (let i = 0; i < 3; i++) {
      const res = await fetch(`${base}/page`);
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(bytes.equals(Buffer.from(page, "utf8"))).toBe(true);
      expect(Number(res.headers.get("content-length"))).toBe(bytes.length);
    }
    // One miss (the first Buffer.byteLength); every later byteLength and end() is a hit.
    expect(table.misses - misses).toBe(1);
    expect(table.hits - hits).toBe(5);
  });

  it("leaves small bodies and other encodings alone", async () => {
    const size = table.size;
    expect(await (await fetch(`${base}/small`)).text()).toBe("small ∥ body");
    const latin = Buffer.from(await (await fetch(`${base}/latin1`)).arrayBuffer());
    expect(latin.length).toBe(5000);
    expect(latin.every((b) => b === 0xe9)).toBe(true);
    expect(table.size).toBe(size);
  });

  it("keeps end()'s callback", async () => {
    await (await fetch(`${base}/callback`)).arrayBuffer();
    await new Promise((r) => setTimeout(r, 50));
    expect(callbackCalled).toBe(true);
  });

  it("answers Buffer.byteLength like Node does", () => {
    const long = "∥".repeat(3000);
    expect(Buffer.byteLength(long)).toBe(9000);
    expect(Buffer.byteLength(long, "utf8")).toBe(9000);
    expect(Buffer.byteLength("é".repeat(3000), "latin1")).toBe(3000);
    expect(Buffer.byteLength(Buffer.alloc(5000))).toBe(5000);
  });
});
