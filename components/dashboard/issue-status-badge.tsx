import type { IssueStatus } from "@/lib/generated/prisma/enums";

const labels: Record<IssueStatus, string> = {
  DRAFT: "Draft",
  IN_REVIEW: "In review",
  SCHEDULED: "Scheduled",
  PUBLISHED: "Published",
  UNPUBLISHED: "Unpublished",
};

export function IssueStatusBadge({ status, publishAt }: { status: IssueStatus; publishAt: Date | null }) {
  const label = status === "SCHEDULED" && publishAt ? `Scheduled for ${publishAt.toISOString().slice(0, 16).replace("T", " ")} UTC` : labels[status];
  return <span className="rounded-full bg-gray-100 px-3 py-1 text-xs text-gray-800 dark:bg-gray-800 dark:text-gray-200">{label}</span>;
}
