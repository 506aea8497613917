import { beforeEach, describe, expect, it } from "vitest";
import { setupAppDatabase, truncateAll } from "../testing/db";
import { createAuthor, createPaper, createUser } from "../testing/factories";
import { createIssue } from "./issue-editor";
import { listPapersForDashboard } from "./paper-list";
import { PermissionError, type Actor } from "./access";

const testDb = setupAppDatabase();

let cora: Actor;
let attention: { id: string; arxivId: string };
let scaling: { id: string; arxivId: string };

beforeEach(async () => {
  await truncateAll(testDb.client());
  const c = testDb.client();
  cora = await createUser(c, { role: "CURATOR" });
  const names = ["Ashish Vaswani", "Noam Shazeer", "Niki Parmar", "Jakob Uszkoreit"];
  const authors = [];
  for (const name of names) authors.push(await createAuthor(c, name));
  const kaplan = await createAuthor(c, "Jared Kaplan");
  attention = await createPaper(c, authors.map((a) => a.id), "Attention Is All You Need");
  scaling = await createPaper(c, [kaplan.id], "Scaling Laws for Neural Language Models");
  await c.paper.update({ where: { id: scaling.id }, data: { latestVersion: 3, createdAt: new Date("2020-01-01") } });
  await createIssue(cora, "2021-04");
  await createIssue(cora, "2021-05");
  for (const slug of ["2021-04", "2021-05"]) {
    const issue = await c.issue.findUniqueOrThrow({ where: { slug }, select: { id: true } });
    await c.pick.create({ data: { issueId: issue.id, paperId: attention.id, position: 1, paperVersion: 1 }, select: { id: true } });
  }
  await c.issue.update({ where: { slug: "2021-04" }, data: { status: "PUBLISHED", publishedAt: new Date() } });
});

describe("the dashboard's papers list", () => {
  it("shows arXiv id, title, first authors, latest version and the issues that pick each paper, newest import first", async () => {
    const { items, total } = await listPapersForDashboard(cora, {});
    expect(total).toBe(2);
    expect(items.map((p) => p.title)).toEqual(["Attention Is All You Need", "Scaling Laws for Neural Language Models"]);
    expect(items[0]).toMatchObject({
      arxivId: attention.arxivId,
      latestVersion: 1,
      firstAuthors: ["Ashish Vaswani", "Noam Shazeer", "Niki Parmar"],
      authorCount: 4,
      pickedIn: [
        { slug: "2021-05", status: "DRAFT" },
        { slug: "2021-04", status: "PUBLISHED" },
      ],
    });
    expect(items[1]).toMatchObject({ latestVersion: 3, firstAuthors: ["Jared Kaplan"], authorCount: 1, pickedIn: [] });
  });

  it("searches by title, arXiv id and author name, ignoring case", async () => {
    const titles = async (q: string) => (await listPapersForDashboard(cora, { q })).items.map((p) => p.title);
    expect(await titles("scaling LAWS")).toEqual(["Scaling Laws for Neural Language Models"]);
    expect(await titles(attention.arxivId)).toEqual(["Attention Is All You Need"]);
    expect(await titles("uszkoreit")).toEqual(["Attention Is All You Need"]);
    expect(await titles("kaplan")).toEqual(["Scaling Laws for Neural Language Models"]);
    expect(await titles("no such paper")).toEqual([]);
  });

  it("pages, with at most 50 a page", async () => {
    const second = await listPapersForDashboard(cora, { page: 2, pageSize: 1 });
    expect(second).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(second.items.map((p) => p.id)).toEqual([scaling.id]);
    expect((await listPapersForDashboard(cora, { pageSize: 10_000 })).pageSize).toBe(50);
    expect((await listPapersForDashboard(cora, { page: 3, pageSize: 1 })).items).toEqual([]);
  });

  it("checks the role itself", async () => {
    await expect(listPapersForDashboard({ id: cora.id, role: "READER" as never }, {})).rejects.toThrow(PermissionError);
  });
});
