/** Plain HTTP for tests of the response path: the body as it came over the wire (fetch would decompress it). */
import http from "node:http";
import zlib from "node:zlib";

export type Raw = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

/** A request on a fresh connection; resolves with the status, headers and undecoded body. */
export function raw(url: string, headers: Record<string, string> = {}, method = "GET"): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { headers, method, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

/** The body as text, decoded from its Content-Encoding (br, gzip or none). */
export function decoded(r: Raw): string {
  const coding = r.headers["content-encoding"];
  const bytes = coding === "br" ? zlib.brotliDecompressSync(r.body) : coding === "gzip" ? zlib.gunzipSync(r.body) : r.body;
  return bytes.toString("utf8");
}
