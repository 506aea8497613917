import http from "node:http";
import { promisify } from "node:util";
import zlib from "node:zlib";

/**
 * Cached pages leave the server as bytes encoded once, not once per request.
 *
 * Next.js keeps a cached page's HTML as a JavaScript string and ends every response with
 * `res.end(html)`. Node 20 writes a large string to a socket far more slowly than the same bytes as a
 * Buffer: on this project's benchmark machine a plain `http` server answering with a 150 KB page did
 * 960 req/s with the string, 2,250 req/s encoding it per request, and 9,800 req/s with the bytes
 * encoded once (docs/decisions/008-encoded-response-bodies.md). So `ServerResponse#end` is wrapped:
 * a large string body (UTF-8, the only encoding Next.js uses) is replaced by its UTF-8 bytes, taken
 * from a small least-recently-used table keyed by the string itself. The bytes on the wire are
 * identical. Next.js sets Content-Length from `Buffer.byteLength(html)` first, which on Node 20 costs as
 * much again as a scan of the whole string; `Buffer.byteLength` of a large UTF-8 string is therefore
 * answered from the same table (the length of the bytes it is about to write).
 *
 * The same table keeps each page's compressed codings (Brotli, gzip) next to its bytes, for
 * lib/http/compression.ts: a cached page is compressed once per coding too. Brotli first runs at a
 * quality fast enough for the request that needs it; a page asked for again (POLISH_AFTER_USES) is then
 * recompressed at Brotli's best quality off the event loop, one page at a time, and later answers send
 * those smaller bytes (docs/decisions/011-best-brotli-for-repeated-pages.md).
 *
 * The table is bounded in bytes (keys count twice their length: JavaScript strings are UTF-16 at
 * worst). A key is a string's content, so an entry can never be stale: a regenerated page is a new
 * string and a new entry; the old one ages out.
 */

export type EncodedBodiesOptions = {
  /** Strings shorter than this (in UTF-16 code units) are written as they are. */
  minLength?: number;
  /** Upper bound of the table, in bytes (encoded bodies plus their keys). */
  maxBytes?: number;
};

/** How a body is sent: as it is, or compressed (HTTP content-coding). */
export type Coding = "identity" | "br" | "gzip";

type Entry = {
  codings: Partial<Record<Coding, Buffer>>;
  /** Answers this entry's Brotli bytes gave. */
  brUses: number;
  /** Its Brotli bytes are (or are being) recompressed at BROTLI_BEST_QUALITY. */
  polished: boolean;
};

/** Brotli at quality 6: a 150 KB issue page compresses to 15.5 KB in ~1.3 ms here (quality 11: 13.6 KB, ~110 ms). */
const BROTLI_QUALITY = 6;
/** Brotli's best: 12 % fewer bytes for an issue page, at ~100× the time (110–400 ms on the benchmark machines). */
const BROTLI_BEST_QUALITY = 11;
/** A page whose Brotli bytes answered this many requests is recompressed at BROTLI_BEST_QUALITY. */
export const POLISH_AFTER_USES = 4;

function brotliParams(bytes: Buffer, quality: number): zlib.BrotliOptions {
  return {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: quality,
      [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  };
}

/**
 * `bytes` compressed in one call, on this thread: gzip at level 6, Brotli at `brotliQuality`, told the
 * body's size (Brotli sizes its buffers for it). Also used by lib/http/compression.ts for
 * a dynamic page that is complete at once: measured here, one call for a 37 KB search page took ~0.2 ms
 * where a compression stream fed three chunks with a flush each took ~1.5 ms (p50).
 */
export function compressBody(bytes: Buffer, coding: Exclude<Coding, "identity">, brotliQuality = BROTLI_QUALITY): Buffer {
  if (coding === "gzip") return zlib.gzipSync(bytes, { level: 6 });
  return zlib.brotliCompressSync(bytes, brotliParams(bytes, brotliQuality));
}

const brotliDecompress = promisify(zlib.brotliDecompress);
const brotliCompress = promisify(zlib.brotliCompress);

/** Keys of bodies given as bytes start with this; a string body that does is not kept (so the two never meet). */
const BYTES_KEY = "\uffff";

export class EncodedBodyTable {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  private polishing: Promise<void> | null = null;
  hits = 0;
  misses = 0;
  /** Brotli bodies replaced by their best-quality bytes. */
  polished = 0;

  /** `polishAfterUses`: 0 never recompresses (tests of the table's other rules). */
  constructor(
    private readonly maxBytes: number,
    private readonly polishAfterUses = POLISH_AFTER_USES,
  ) {}

  /**
   * The bytes of `text` in UTF-8, as they are or compressed with `coding`, each made at most once while
   * the entry stays in the table.
   */
  encode(text: string, coding: Coding = "identity"): Buffer {
    const utf8 = () => Buffer.from(text, "utf8");
    if (text.startsWith(BYTES_KEY)) return coding === "identity" ? utf8() : compressBody(utf8(), coding);
    return this.lookup(text, coding, utf8);
  }

  /**
   * `body` compressed with `coding`, made at most once per content while the entry stays in the table
   * (for bodies written as bytes: the key is their content, read as Latin-1).
   */
  compressBytes(body: Buffer, coding: Exclude<Coding, "identity">): Buffer {
    return this.lookup(BYTES_KEY + body.toString("latin1"), coding, () => body);
  }

  /** Resolves when no recompression is running (tests, and a server that wants to drain). */
  async settled(): Promise<void> {
    while (this.polishing) await this.polishing;
  }

  private lookup(key: string, coding: Coding, identity: () => Buffer): Buffer {
    let entry = this.entries.get(key);
    if (entry) {
      // Most recently used last: Map keeps insertion order.
      this.entries.delete(key);
      this.entries.set(key, entry);
      const found = entry.codings[coding];
      if (found) {
        this.hits++;
        if (coding === "br") this.usedBrotli(key, entry, found);
        return found;
      }
    }
    this.misses++;
    const plain = entry?.codings.identity ?? identity();
    const encoded = coding === "identity" ? plain : compressBody(plain, coding);
    const cost = encoded.length + (entry ? 0 : key.length * 2);
    if (!entry) {
      if (cost > this.maxBytes) return encoded;
      entry = { codings: {}, brUses: 0, polished: false };
      this.entries.set(key, entry);
    }
    entry.codings[coding] = encoded;
    this.bytes += cost;
    if (coding === "br") this.usedBrotli(key, entry, encoded);
    this.evict();
    return encoded;
  }

  private evict(): void {
    for (const [k, value] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= k.length * 2 + Object.values(value.codings).reduce((sum, b) => sum + b.length, 0);
    }
  }

  /**
   * Counts an answer with the entry's Brotli bytes; the POLISH_AFTER_USES-th starts their recompression
   * at the best quality in libuv's thread pool (not on the event loop), unless another page's is running:
   * at most one at a time, so a crawler's first visits never keep a core busy with it. The fast bytes
   * are replaced only if the entry is still in the table, with the same bytes, and the new ones are smaller.
   */
  private usedBrotli(key: string, entry: Entry, fast: Buffer): void {
    entry.brUses++;
    if (this.polishAfterUses <= 0 || entry.polished || entry.brUses < this.polishAfterUses || this.polishing) return;
    entry.polished = true;
    const job = (async () => {
      const plain = await brotliDecompress(fast);
      const best = await brotliCompress(plain, brotliParams(plain, BROTLI_BEST_QUALITY));
      if (this.entries.get(key) !== entry || entry.codings.br !== fast || best.length >= fast.length) return;
      entry.codings.br = best;
      this.bytes -= fast.length - best.length;
      this.polished++;
    })();
    // A failed recompression leaves the fast bytes in place.
    this.polishing = job.catch(() => {}).finally(() => {
      this.polishing = null;
    });
  }

  get size(): number {
    return this.entries.size;
  }

  get sizeInBytes(): number {
    return this.bytes;
  }
}

const installed = Symbol.for("picks.encodedBodies");
type ByteLength = typeof Buffer.byteLength;
type End = typeof http.ServerResponse.prototype.end;
type Installation = { table: EncodedBodyTable; end: End; byteLength: ByteLength };
type Patched = typeof http.ServerResponse.prototype & { [installed]?: Installation };

/** Whether `end(chunk, encoding)` / `Buffer.byteLength(s, encoding)` means UTF-8 (the default; a callback in second place is no encoding). */
export function isUtf8(encoding: unknown): boolean {
  return encoding === undefined || typeof encoding === "function" || encoding === "utf8" || encoding === "utf-8";
}

/**
 * Wraps `http.ServerResponse.prototype.end` and `Buffer.byteLength` once per process (later calls
 * return the same table).
 * Called from instrumentation.ts when the Node.js server starts.
 */
export function installEncodedBodies({ minLength = 16 * 1024, maxBytes = 64 * 1024 * 1024 }: EncodedBodiesOptions = {}): EncodedBodyTable {
  const proto = http.ServerResponse.prototype as Patched;
  const existing = proto[installed];
  if (existing) return existing.table;
  const table = new EncodedBodyTable(maxBytes);
  const end = proto.end;
  proto.end = function patchedEnd(this: http.ServerResponse, ...args: unknown[]) {
    const [chunk, encoding] = args;
    if (typeof chunk === "string" && chunk.length >= minLength && isUtf8(encoding)) {
      args[0] = table.encode(chunk);
      // A Buffer takes no encoding; a callback in second place stays where it is.
      if (typeof encoding === "string") args.splice(1, 1);
    }
    return (end as (...a: unknown[]) => http.ServerResponse).apply(this, args);
  } as typeof proto.end;
  const byteLength: ByteLength = Buffer.byteLength;
  Buffer.byteLength = function patchedByteLength(value: Parameters<ByteLength>[0], encoding?: BufferEncoding) {
    if (typeof value === "string" && value.length >= minLength && isUtf8(encoding)) return table.encode(value).length;
    return byteLength(value, encoding);
  } as ByteLength;
  Object.defineProperty(proto, installed, { value: { table, end, byteLength }, configurable: true });
  return table;
}

/** Puts back what installEncodedBodies wrapped (for tests). */
export function uninstallEncodedBodies(): void {
  const proto = http.ServerResponse.prototype as Patched;
  const existing = proto[installed];
  if (!existing) return;
  proto.end = existing.end;
  Buffer.byteLength = existing.byteLength;
  delete proto[installed];
}
