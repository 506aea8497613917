/** What changed on arXiv since the version a pick was written about (pure; the data is loaded by the caller). */

export type PaperRevision = {
  fromVersion: number;
  toVersion: number;
  /** Null when unchanged, or when the text of the pick's version was never fetched (see earlierTextKnown). */
  title: { before: string; after: string } | null;
  abstract: { before: string; after: string } | null;
  earlierTextKnown: boolean;
};

type PaperWithSnapshots = {
  latestVersion: number;
  title: string;
  abstract: string;
  snapshots: { version: number; title: string; abstract: string }[];
};

export function describeRevision(paper: PaperWithSnapshots, pickVersion: number): PaperRevision | null {
  if (paper.latestVersion <= pickVersion) return null;
  const before = paper.snapshots.find((s) => s.version === pickVersion);
  return {
    fromVersion: pickVersion,
    toVersion: paper.latestVersion,
    title: before && before.title !== paper.title ? { before: before.title, after: paper.title } : null,
    abstract: before && before.abstract !== paper.abstract ? { before: before.abstract, after: paper.abstract } : null,
    earlierTextKnown: !!before,
  };
}
