import { beforeEach, describe, expect, it } from "vitest";
import { setupAppDatabase, truncateAll } from "../testing/db";
import { createAuthor, createPaper, createUser } from "../testing/factories";
import { createIssue, getIssueForEditor } from "./issue-editor";
import { addTopicToPick, listTopicNames, removeTopicFromPick } from "./topics-admin";
import type { Actor } from "./access";

const testDb = setupAppDatabase();

let cora: Actor;
let pickIds: string[];

beforeEach(async () => {
  await truncateAll(testDb.client());
  cora = await createUser(testDb.client(), { role: "CURATOR", name: "Cora" });
  await createIssue(cora, "2021-04");
  const issue = await testDb.client().issue.findUniqueOrThrow({ where: { slug: "2021-04" }, select: { id: true } });
  const author = await createAuthor(testDb.client(), "Ada Lovelace");
  pickIds = [];
  for (const position of [1, 2]) {
    const paper = await createPaper(testDb.client(), [author.id]);
    const pick = await testDb.client().pick.create({ data: { issueId: issue.id, paperId: paper.id, position, paperVersion: 1 }, select: { id: true } });
    pickIds.push(pick.id);
  }
  await testDb.client().topic.create({ data: { name: "Transformers", slug: "transformers" } });
});

const topicsOf = async (pickId: string) => (await getIssueForEditor(cora, "2021-04"))!.picks.find((p) => p.id === pickId)!.topics;

describe("topics on picks", () => {
  it("reuses an existing topic whatever the case, and creates a new one otherwise", async () => {
    const existing = await addTopicToPick(cora, pickIds[0], "  transFORMERS ");
    expect(existing).toMatchObject({ ok: true, created: false, issueSlug: "2021-04", isPublic: false, topic: { name: "Transformers", slug: "transformers" } });

    const fresh = await addTopicToPick(cora, pickIds[0], "Graph   learning");
    expect(fresh).toMatchObject({ ok: true, created: true, topic: { name: "Graph learning", slug: "graph-learning" } });

    expect(await testDb.client().topic.count()).toBe(2);
    expect((await topicsOf(pickIds[0])).map((t) => t.name)).toEqual(["Graph learning", "Transformers"]);
    expect(await listTopicNames(cora)).toEqual(["Graph learning", "Transformers"]);
  });

  it("gives a new topic a unique slug when another topic has taken it", async () => {
    await testDb.client().topic.create({ data: { name: "Graph-learning", slug: "graph-learning" } });
    const result = await addTopicToPick(cora, pickIds[0], "Graph learning");
    expect(result).toMatchObject({ ok: true, created: true, topic: { slug: "graph-learning-2" } });
    const nonLatin = await addTopicToPick(cora, pickIds[0], "量子");
    expect(nonLatin).toMatchObject({ ok: true, created: true, topic: { name: "量子", slug: "topic" } });
  });

  it("adding a topic twice changes nothing; removing takes it off the pick but keeps the topic", async () => {
    const first = await addTopicToPick(cora, pickIds[0], "Transformers");
    await addTopicToPick(cora, pickIds[0], "transformers");
    expect(await testDb.client().pickTopic.count()).toBe(1);
    if (!first.ok) throw new Error(first.message);

    expect(await removeTopicFromPick(cora, pickIds[0], first.topic.id)).toMatchObject({ ok: true, topic: { name: "Transformers" } });
    expect(await topicsOf(pickIds[0])).toEqual([]);
    expect(await testDb.client().topic.count()).toBe(1);
    expect(await removeTopicFromPick(cora, pickIds[0], first.topic.id)).toEqual({ ok: false, message: "This topic is no longer on the pick." });
  });

  it("refuses an empty name and a pick that no longer exists, creating nothing", async () => {
    expect(await addTopicToPick(cora, pickIds[0], "   ")).toEqual({ ok: false, message: "Enter a topic name." });
    expect(await addTopicToPick(cora, "missing", "Brand new")).toEqual({ ok: false, message: "This pick no longer exists." });
    expect(await testDb.client().topic.count()).toBe(1);
  });

  it("says when the pick's issue is public, so the public pages are refreshed", async () => {
    await testDb.client().issue.update({ where: { slug: "2021-04" }, data: { status: "PUBLISHED", publishedAt: new Date() } });
    expect(await addTopicToPick(cora, pickIds[0], "Transformers")).toMatchObject({ ok: true, isPublic: true });
  });
});
