/** Test data factories, shared by integration tests and the end-to-end helpers. */
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "../prisma-client";
import type { Role } from "../generated/prisma/enums";
import { hashPassword } from "../auth/password";
import { normalizeName, slugify } from "../authors/normalize";

export const TEST_PASSWORD = "a long test password";

const unique = () => randomBytes(4).toString("hex");

let cachedHash: Promise<string> | undefined;

export async function createUser(
  client: PrismaClient,
  opts: { role?: Role; email?: string; name?: string; password?: string; disabled?: boolean } = {},
) {
  const passwordHash = opts.password ? await hashPassword(opts.password) : await (cachedHash ??= hashPassword(TEST_PASSWORD));
  const role = opts.role ?? "CURATOR";
  return client.user.create({
    data: {
      email: (opts.email ?? `${role.toLowerCase()}-${unique()}@example.org`).toLowerCase(),
      name: opts.name ?? `Test ${role.toLowerCase()}`,
      role,
      passwordHash,
      disabled: opts.disabled ?? false,
    },
    select: { id: true, email: true, name: true, role: true, sessionVersion: true, disabled: true },
  });
}

export async function createAuthor(client: PrismaClient, name: string, extra: { slug?: string; orcid?: string; affiliation?: string } = {}) {
  return client.author.create({
    data: { name, normalizedName: normalizeName(name), slug: extra.slug ?? `${slugify(name)}-${unique()}`, orcid: extra.orcid, affiliation: extra.affiliation },
    select: { id: true, name: true, slug: true },
  });
}

/** A paper with the given authors, in order. */
export async function createPaper(client: PrismaClient, authorIds: string[], title = `Paper ${unique()}`) {
  const arxivId = `2101.${String(Math.floor(Math.random() * 90000) + 10000)}`;
  return client.paper.create({
    data: {
      arxivId,
      latestVersion: 1,
      title,
      abstract: "An abstract.",
      publishedAt: new Date("2021-01-01"),
      arxivUpdatedAt: new Date("2021-01-01"),
      primaryCategory: "cs.LG",
      categories: ["cs.LG"],
      absUrl: `https://arxiv.org/abs/${arxivId}`,
      pdfUrl: `https://arxiv.org/pdf/${arxivId}`,
      authors: { create: authorIds.map((authorId, i) => ({ authorId, position: i + 1 })) },
    },
    select: { id: true, arxivId: true },
  });
}
