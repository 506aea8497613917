/**
 * A local stand-in for the arXiv API, for tests and the end-to-end server: a real HTTP server (random
 * port) that answers `?id_list=a,b,c` with one Atom feed holding the fixture entry of every known id
 * (unknown ids are simply absent, as on arXiv), plus failure modes: slow, 503, malformed XML and the
 * "Error" entry arXiv sends for a bad id. Never used by the running app outside tests.
 */
import { readdirSync, readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

export type ReplayMode =
  | { kind: "normal" }
  | { kind: "slow"; delayMs: number }
  | { kind: "status"; status: number }
  | { kind: "malformed" }
  | { kind: "error-entry" };

export type ReplayRequest = { at: number; idList: string[]; maxResults: number | null; url: string };

export type ReplayServer = {
  /** Base API URL, e.g. http://127.0.0.1:41234/api/query */
  url: string;
  requests: ReplayRequest[];
  /** Applies to the next `times` requests (default: all until changed), then back to normal. */
  setMode: (mode: ReplayMode, times?: number) => void;
  /** Replaces (or adds) the Atom <entry> answered for an id, e.g. a newer version of a paper. */
  setEntry: (id: string, entryXml: string) => void;
  entryFor: (id: string) => string | undefined;
  close: () => Promise<void>;
};

export const DEFAULT_FIXTURE_DIRS = [path.resolve("prisma/demo/arxiv"), path.resolve("lib/arxiv/test-fixtures")];

const ENTRY = /<entry>[\s\S]*?<\/entry>/g;
const ENTRY_ID = /<id>\s*https?:\/\/arxiv\.org\/abs\/(.+?)(?:v\d+)?\s*<\/id>/;

/** Reads every fixture's entries, keyed by arXiv id without version. Error fixtures are skipped. */
export function loadFixtureEntries(dirs = DEFAULT_FIXTURE_DIRS): Map<string, string> {
  const entries = new Map<string, string>();
  for (const dir of dirs) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".xml"))) {
      const xml = readFileSync(path.join(dir, file), "utf8");
      for (const entry of xml.match(ENTRY) ?? []) {
        const id = entry.match(ENTRY_ID)?.[1];
        if (id) entries.set(id, entry);
      }
    }
  }
  return entries;
}

function feed(entries: string[], idList: string, total: number): string {
  const q = `search_query=&amp;id_list=${escapeXml(idList)}&amp;start=0&amp;max_results=${entries.length}`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" xmlns:arxiv="http://arxiv.org/schemas/atom">
  <id>https://arxiv.org/api/replay</id>
  <title>arXiv Query: ${q}</title>
  <updated>${new Date().toISOString()}</updated>
  <opensearch:itemsPerPage>${entries.length}</opensearch:itemsPerPage>
  <opensearch:totalResults>${total}</opensearch:totalResults>
  <opensearch:startIndex>0</opensearch:startIndex>
  ${entries.join("\n  ")}
</feed>
`;
}

function errorFeed(idList: string): string {
  const first = idList.split(",")[0] ?? "";
  const entry = `<entry>
    <id>https://arxiv.org/api/errors#incorrect_id_format_for_${escapeXml(first)}</id>
    <title>Error</title>
    <summary>incorrect id format for ${escapeXml(first)}</summary>
    <updated>2021-03-31T00:00:00Z</updated>
    <author><name>arXiv api core</name></author>
  </entry>`;
  return feed([entry], idList, 1);
}

function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export async function startReplayServer(opts: { fixtureDirs?: string[]; port?: number } = {}): Promise<ReplayServer> {
  const entries = loadFixtureEntries(opts.fixtureDirs);
  const requests: ReplayRequest[] = [];
  let mode: ReplayMode = { kind: "normal" };
  let remaining = Infinity;

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const idList = url.searchParams.get("id_list") ?? "";
    const ids = idList.split(",").map((s) => s.trim()).filter(Boolean);
    const max = url.searchParams.get("max_results");
    requests.push({ at: Date.now(), idList: ids, maxResults: max === null ? null : Number(max), url: url.toString() });

    const current = mode;
    if (--remaining <= 0) {
      mode = { kind: "normal" };
      remaining = Infinity;
    }
    const send = (status: number, body: string) => {
      res.writeHead(status, { "content-type": "application/atom+xml; charset=utf-8" });
      res.end(body);
    };
    const answer = () => {
      const found = ids.map((id) => entries.get(id.replace(/v\d+$/, ""))).filter((e): e is string => !!e);
      send(200, feed(found, idList, found.length));
    };
    switch (current.kind) {
      case "slow": {
        const timer = setTimeout(answer, current.delayMs);
        res.on("close", () => clearTimeout(timer));
        return;
      }
      case "status":
        return send(current.status, `<html><body>${current.status} Service Unavailable</body></html>`);
      case "malformed":
        return send(200, `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><entry><title>Broken</entry></feed>`);
      case "error-entry":
        return send(200, errorFeed(idList));
      default:
        return answer();
    }
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/api/query`,
    requests,
    setMode(next, times) {
      mode = next;
      remaining = times ?? Infinity;
    },
    setEntry(id, entryXml) {
      entries.set(id, entryXml);
    },
    entryFor: (id) => entries.get(id),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
