/**
 * The arXiv API client: one request per batch of ids, spaced, timed out, retried politely.
 *
 * It knows nothing about the database: the caller passes `waitForSlot`, which reserves the next request
 * slot shared by every user and app instance (lib/data/papers.ts does that through PostgreSQL).
 * Expected failures are values (`FetchFailure`), each with a message a curator can act on.
 */
import { ArxivParseError, parseArxivFeed, type ArxivFeed } from "./parse";

/** arXiv asks API clients to wait 3 seconds between requests. */
export const ARXIV_REQUEST_SPACING_MS = 3000;

export type FetchFailureKind = "timeout" | "server" | "network" | "malformed" | "arxiv-error";

export type FetchFailure = { ok: false; kind: FetchFailureKind; message: string; attempts: number };
export type FetchSuccess = { ok: true; feed: ArxivFeed; attempts: number };
export type FetchResult = FetchSuccess | FetchFailure;

export type FetchOptions = {
  apiUrl: string;
  /** Resolves when this process may send its next request (reserves the slot). Called before every attempt. */
  waitForSlot: () => Promise<void>;
  /** Per-attempt timeout. */
  timeoutMs?: number;
  /** Retries after a timeout, a network error or a 5xx (not after a 4xx, malformed XML or an arXiv error). */
  retries?: number;
  /** Backoff before retry n is backoffMs * 2^(n-1), on top of the request spacing. */
  backoffMs?: number;
  fetchImpl?: typeof fetch;
};

/** The query URL for a batch: all ids in one `id_list`, as many results as ids. */
export function batchUrl(apiUrl: string, ids: string[]): string {
  const url = new URL(apiUrl);
  url.searchParams.set("id_list", ids.join(","));
  url.searchParams.set("start", "0");
  url.searchParams.set("max_results", String(ids.length));
  return url.toString();
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function fetchArxivBatch(ids: string[], opts: FetchOptions): Promise<FetchResult> {
  const { timeoutMs = 15_000, retries = 2, backoffMs = 2_000, fetchImpl = fetch } = opts;
  const url = batchUrl(opts.apiUrl, ids);
  let last: FetchFailure | undefined;
  for (let attempt = 1; attempt <= retries + 1; attempt++) {
    if (attempt > 1) await sleep(backoffMs * 2 ** (attempt - 2));
    await opts.waitForSlot();
    const result = await attemptOnce(url, timeoutMs, fetchImpl, attempt);
    if (result.ok) return result;
    last = result;
    const retryable = result.kind === "timeout" || result.kind === "server" || result.kind === "network";
    if (!retryable) return result;
  }
  return last!;
}

async function attemptOnce(url: string, timeoutMs: number, fetchImpl: typeof fetch, attempt: number): Promise<FetchResult> {
  let body: string;
  try {
    const response = await fetchImpl(url, {
      signal: AbortSignal.timeout(timeoutMs),
      headers: { accept: "application/atom+xml" },
      cache: "no-store",
    });
    // The body is read under the same timeout (a server may send headers, then stall).
    body = await response.text();
    if (response.status >= 500) {
      return {
        ok: false,
        kind: "server",
        attempts: attempt,
        message: `arXiv is having trouble (HTTP ${response.status}). Nothing was imported; try again in a few minutes.`,
      };
    }
    if (!response.ok) {
      return { ok: false, kind: "arxiv-error", attempts: attempt, message: `arXiv refused the request (HTTP ${response.status}).` };
    }
  } catch (error) {
    const name = (error as Error)?.name;
    if (name === "TimeoutError" || name === "AbortError") {
      return {
        ok: false,
        kind: "timeout",
        attempts: attempt,
        message: `arXiv did not answer within ${Math.round(timeoutMs / 1000)} s. Nothing was imported; try again in a few minutes.`,
      };
    }
    return { ok: false, kind: "network", attempts: attempt, message: "Could not reach arXiv (network error). Nothing was imported." };
  }
  let feed: ArxivFeed;
  try {
    feed = parseArxivFeed(body);
  } catch (error) {
    if (error instanceof ArxivParseError) {
      return { ok: false, kind: "malformed", attempts: attempt, message: `arXiv sent a response Picks cannot read (${error.message}). Nothing was imported.` };
    }
    throw error;
  }
  if (feed.errors.length > 0) {
    return {
      ok: false,
      kind: "arxiv-error",
      attempts: attempt,
      message: `arXiv reported an error: ${feed.errors.map((e) => e.message).join("; ")}. Nothing was imported.`,
    };
  }
  return { ok: true, feed, attempts: attempt };
}
