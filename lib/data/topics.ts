/** Topics (tags) with their public picks. */
import "server-only";
import { cache } from "react";
import { db } from "../db";
import { publicIssueWhere } from "./issues";

export type TopicSummary = { slug: string; name: string; pickCount: number };

export async function listPublicTopics(): Promise<TopicSummary[]> {
  const topics = await db().topic.findMany({
    orderBy: { name: "asc" },
    select: { slug: true, name: true, _count: { select: { picks: { where: { pick: { issue: publicIssueWhere() } } } } } },
  });
  return topics.filter((t) => t._count.picks > 0).map((t) => ({ slug: t.slug, name: t.name, pickCount: t._count.picks }));
}

export type PublicTopic = {
  slug: string;
  name: string;
  description: string | null;
  picks: { arxivId: string; title: string; why: string; issue: { slug: string; title: string; month: Date } }[];
};

export const getPublicTopic = cache(async (slug: string): Promise<PublicTopic | null> => {
  const topic = await db().topic.findUnique({
    where: { slug },
    select: {
      slug: true,
      name: true,
      description: true,
      picks: {
        where: { pick: { issue: publicIssueWhere() } },
        orderBy: { pick: { issue: { month: "desc" } } },
        select: {
          pick: {
            select: {
              why: true,
              paper: { select: { arxivId: true, title: true } },
              issue: { select: { slug: true, title: true, month: true } },
            },
          },
        },
      },
    },
  });
  if (!topic || topic.picks.length === 0) return null;
  return {
    slug: topic.slug,
    name: topic.name,
    description: topic.description,
    picks: topic.picks.map(({ pick }) => ({ arxivId: pick.paper.arxivId, title: pick.paper.title, why: pick.why, issue: pick.issue })),
  };
});
