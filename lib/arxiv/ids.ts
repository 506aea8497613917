/**
 * arXiv identifiers: new-style "2103.03206" (4 or 5 digits after the dot since 2015) and old-style
 * "hep-th/9711200" or "math.GT/0309136", optionally with a version suffix "v2".
 */

const NEW_STYLE = /^((\d{2})(\d{2})\.(\d{4,5}))(?:v(\d+))?$/;
const OLD_STYLE = /^([a-z]+(?:-[a-z]+)*(?:\.[A-Z]{2})?\/\d{7})(?:v(\d+))?$/;

export type ArxivId = {
  /** Id without version, e.g. "2103.03206" or "hep-th/9711200". */
  id: string;
  /** Version number when the input named one. */
  version?: number;
};

/**
 * Parses what a curator may paste: a bare id, "arXiv:<id>", or an abs/pdf URL on arxiv.org.
 * Returns null when the input is not an arXiv id.
 */
export function parseArxivId(input: string): ArxivId | null {
  let s = input.trim();
  if (!s) return null;
  const url = tryUrl(s);
  if (url) {
    if (!/(^|\.)arxiv\.org$/i.test(url.hostname)) return null;
    const m = url.pathname.match(/^\/(?:abs|pdf|html)\/(.+?)(?:\.pdf)?\/?$/);
    if (!m) return null;
    s = decodeURIComponent(m[1]);
  } else {
    s = s.replace(/^arxiv:\s*/i, "");
  }
  let id: string;
  let v: string | undefined;
  const n = s.match(NEW_STYLE);
  if (n) {
    const [, whole, yy, mm, serial, ver] = n;
    // YYMM.NNNN from April 2007 to 2014, YYMM.NNNNN since January 2015.
    const month = Number(mm);
    const fiveDigits = Number(yy) >= 15;
    if (month < 1 || month > 12 || serial.length !== (fiveDigits ? 5 : 4) || (Number(yy) === 7 && month < 4)) return null;
    id = whole;
    v = ver;
  } else {
    const o = s.match(OLD_STYLE);
    if (!o) return null;
    id = o[1];
    v = o[2];
  }
  const version = v ? Number(v) : undefined;
  if (version !== undefined && version < 1) return null;
  return version === undefined ? { id } : { id, version };
}

function tryUrl(s: string): URL | null {
  if (!/^https?:\/\//i.test(s)) return null;
  try {
    return new URL(s);
  } catch {
    return null;
  }
}

/** Splits "2103.03206v2" into id and version; the Atom <id> URLs carry versioned ids. */
export function splitVersion(versioned: string): ArxivId {
  const parsed = parseArxivId(versioned);
  if (!parsed) throw new Error(`Not an arXiv id: ${versioned}`);
  return parsed;
}

export function arxivAbsUrl(id: string): string {
  return `https://arxiv.org/abs/${id}`;
}

export function arxivPdfUrl(id: string): string {
  return `https://arxiv.org/pdf/${id}`;
}
