/**
 * The route × role matrix: every dashboard page, every exported server action and every non-public API
 * route, with what each kind of visitor must get. lib/testing/route-registry.test.ts fails when a route
 * file or an exported action is missing here; it and e2e/route-matrix.spec.ts walk the matrix.
 *
 * Plain data, no app imports: Playwright imports it too.
 */
export const WHO = ["anonymous", "curator", "editor", "admin", "disabled"] as const;
export type Who = (typeof WHO)[number];

/** ok = 200; login = redirect to /login; notFound = 404 (signed in without the role). */
export type PageOutcome = "ok" | "login" | "notFound";
/** allow = passes authentication and authorization; the rest are the action's refusal codes. */
export type ActionOutcome = "allow" | "unauthenticated" | "forbidden";
export type Access = "public" | "signed-in" | "CURATOR" | "EDITOR" | "ADMIN";

const ROLE_RANK: Record<Exclude<Who, "anonymous" | "disabled">, number> = { curator: 1, editor: 2, admin: 3 };
const ACCESS_RANK: Record<Exclude<Access, "public">, number> = { "signed-in": 1, CURATOR: 1, EDITOR: 2, ADMIN: 3 };

export function expectedPage(access: Access, who: Who): PageOutcome {
  if (access === "public") return "ok";
  if (who === "anonymous" || who === "disabled") return "login";
  return ROLE_RANK[who] >= ACCESS_RANK[access] ? "ok" : "notFound";
}

export function expectedAction(access: Access, who: Who): ActionOutcome {
  if (access === "public") return "allow";
  if (who === "anonymous" || who === "disabled") return "unauthenticated";
  return ROLE_RANK[who] >= ACCESS_RANK[access] ? "allow" : "forbidden";
}

export type PageEntry = {
  /** The route file, relative to the repository root. */
  file: string;
  /** A concrete URL; ":authorId" is replaced by a real author's id by the walker. */
  path: string;
  access: Access;
};

export const PAGES: PageEntry[] = [
  { file: "app/(dashboard)/dashboard/page.tsx", path: "/dashboard", access: "signed-in" },
  { file: "app/(dashboard)/dashboard/account/page.tsx", path: "/dashboard/account", access: "signed-in" },
  { file: "app/(dashboard)/dashboard/users/page.tsx", path: "/dashboard/users", access: "ADMIN" },
  { file: "app/(dashboard)/dashboard/authors/page.tsx", path: "/dashboard/authors", access: "ADMIN" },
  { file: "app/(dashboard)/dashboard/authors/[id]/page.tsx", path: "/dashboard/authors/:authorId", access: "ADMIN" },
  { file: "app/(dashboard)/dashboard/settings/page.tsx", path: "/dashboard/settings", access: "ADMIN" },
  { file: "app/(dashboard)/dashboard/audit/page.tsx", path: "/dashboard/audit", access: "ADMIN" },
  { file: "app/(dashboard)/dashboard/candidates/page.tsx", path: "/dashboard/candidates", access: "CURATOR" },
  { file: "app/(dashboard)/dashboard/papers/page.tsx", path: "/dashboard/papers", access: "CURATOR" },
  { file: "app/(dashboard)/dashboard/issues/page.tsx", path: "/dashboard/issues", access: "CURATOR" },
  { file: "app/(dashboard)/dashboard/issues/new/page.tsx", path: "/dashboard/issues/new", access: "CURATOR" },
  { file: "app/(dashboard)/dashboard/issues/[slug]/page.tsx", path: "/dashboard/issues/2021-03", access: "CURATOR" },
  { file: "app/(dashboard)/dashboard/issues/[slug]/preview/page.tsx", path: "/dashboard/issues/2021-03/preview", access: "CURATOR" },
  { file: "app/(dashboard)/dashboard/issues/[slug]/history/page.tsx", path: "/dashboard/issues/2021-03/history", access: "CURATOR" },
];

/**
 * API routes other than the auth endpoint, health check, feeds and the public JSON API (app/api/v1),
 * which are public by design and not listed.
 */
export type ApiEntry = { file: string; method: "GET" | "POST"; path: string; access: Access; body?: unknown };
export const API_ROUTES: ApiEntry[] = [
  // The page-view beacon: public by design (readers are anonymous); listed so a change is deliberate.
  { file: "app/api/views/route.ts", method: "POST", path: "/api/views", access: "public", body: { slug: "2021-03" } },
];

/** Route files that need no row: public by design. */
export const UNLISTED_API_PREFIXES = ["app/api/auth/", "app/api/health/", "app/api/v1/"];

export type ActionEntry = {
  /** lib/actions/<module>.ts */
  module: string;
  name: string;
  access: Access;
  /** Form fields for a call; ids that do not exist are fine: the matrix checks the guard, not the effect. */
  sample: Record<string, string>;
  /** For actions called with plain arguments instead of (state, FormData), e.g. from autosave. */
  args?: unknown[];
  /** A form action that returns nothing: a refusal redirects to sign-in or throws (forbidden). */
  returnsNothing?: boolean;
};

export const ACTIONS: ActionEntry[] = [
  { module: "auth", name: "signInAction", access: "public", sample: {} },
  { module: "auth", name: "signOutAction", access: "public", sample: {} },
  { module: "auth", name: "gitHubSignInAction", access: "public", sample: {} },
  { module: "invitation", name: "acceptInvitationAction", access: "public", sample: {} },
  { module: "account", name: "changeNameAction", access: "signed-in", sample: { name: "Matrix Name" } },
  { module: "account", name: "changeEmailAction", access: "signed-in", sample: { email: "matrix@example.org", currentPassword: "not the password" } },
  { module: "account", name: "changePasswordAction", access: "signed-in", sample: { currentPassword: "not the password", newPassword: "a long new password", confirmPassword: "a long new password" } },
  { module: "users", name: "inviteUserAction", access: "ADMIN", sample: { email: "matrix-invitee@example.org", role: "CURATOR" } },
  { module: "users", name: "resendInvitationAction", access: "ADMIN", sample: { invitationId: "missing" } },
  { module: "users", name: "revokeInvitationAction", access: "ADMIN", sample: { invitationId: "missing" } },
  { module: "users", name: "changeRoleAction", access: "ADMIN", sample: { userId: "missing", role: "EDITOR" } },
  { module: "users", name: "disableUserAction", access: "ADMIN", sample: { userId: "missing" } },
  { module: "users", name: "enableUserAction", access: "ADMIN", sample: { userId: "missing" } },
  { module: "authors", name: "updateAuthorAction", access: "ADMIN", sample: { authorId: "missing", updatedAt: "2026-01-01T00:00:00.000Z", name: "X", affiliation: "", orcid: "", links: "" } },
  { module: "authors", name: "mergeAuthorsAction", access: "ADMIN", sample: { survivorId: "missing-a", duplicateId: "missing-b" } },
  { module: "settings", name: "updateSettingsAction", access: "ADMIN", sample: { updatedAt: "stale", name: "Matrix", tagline: "", description: "", socialLinks: "" } },
  { module: "issues", name: "createIssueAction", access: "CURATOR", sample: { month: "not-a-month" } },
  { module: "issues", name: "saveIssueTextAction", access: "CURATOR", sample: {}, args: [{ issueId: "missing", baseVersion: 1, title: "T", intro: "", closing: "" }] },
  { module: "issues", name: "renderPreviewAction", access: "CURATOR", sample: {}, args: ["*preview*"] },
  { module: "issues", name: "submitForReviewAction", access: "CURATOR", sample: { issueId: "missing" } },
  { module: "issues", name: "publishAction", access: "EDITOR", sample: { issueId: "missing" } },
  { module: "issues", name: "unpublishAction", access: "EDITOR", sample: { issueId: "missing" } },
  { module: "issues", name: "scheduleAction", access: "EDITOR", sample: { issueId: "missing", at: "2030-01-01T09:00" } },
  { module: "picks", name: "importIntoIssueAction", access: "CURATOR", sample: { issueId: "missing", ids: "not-an-id" } },
  { module: "picks", name: "savePickTextAction", access: "CURATOR", sample: {}, args: [{ pickId: "missing", baseVersion: 1, why: "", keyInsights: "" }] },
  { module: "picks", name: "movePickAction", access: "CURATOR", sample: { pickId: "missing", direction: "up" }, returnsNothing: true },
  { module: "picks", name: "removePickAction", access: "CURATOR", sample: { pickId: "missing" }, returnsNothing: true },
  { module: "picks", name: "reorderPicksAction", access: "CURATOR", sample: {}, args: ["missing", ["a", "b"]] },
  { module: "picks", name: "refreshPaperAction", access: "CURATOR", sample: { paperId: "missing" } },
  { module: "picks", name: "addPickTopicAction", access: "CURATOR", sample: { pickId: "missing", name: "Matrix topic" } },
  { module: "picks", name: "removePickTopicAction", access: "CURATOR", sample: { pickId: "missing", topicId: "missing" } },
  { module: "candidates", name: "addCandidatesAction", access: "CURATOR", sample: { ids: "not-an-id", note: "" } },
  { module: "candidates", name: "toggleVoteAction", access: "CURATOR", sample: { candidateId: "missing" }, returnsNothing: true },
  { module: "candidates", name: "setShortlistedAction", access: "CURATOR", sample: { candidateId: "missing", shortlisted: "true" }, returnsNothing: true },
  { module: "candidates", name: "setDismissedAction", access: "CURATOR", sample: { candidateId: "missing", dismissed: "true" }, returnsNothing: true },
  { module: "candidates", name: "pickCandidateAction", access: "CURATOR", sample: { candidateId: "missing", issueId: "missing" } },
  { module: "figures", name: "uploadFigureAction", access: "CURATOR", sample: { pickId: "missing", alt: "A", caption: "C", sourceCredit: "S", sourceUrl: "" } },
  { module: "figures", name: "deleteFigureAction", access: "CURATOR", sample: { figureId: "missing" }, returnsNothing: true },
  { module: "figures", name: "updateFigureAction", access: "CURATOR", sample: { figureId: "missing", version: "1", alt: "A", caption: "C", sourceCredit: "S", sourceUrl: "" } },
  { module: "figures", name: "moveFigureAction", access: "CURATOR", sample: { figureId: "missing", direction: "up" }, returnsNothing: true },
  { module: "preview-links", name: "createPreviewLinkAction", access: "CURATOR", sample: { issueId: "missing", days: "7" } },
  { module: "preview-links", name: "revokePreviewLinkAction", access: "CURATOR", sample: { linkId: "missing" } },
  { module: "revisions", name: "restoreRevisionAction", access: "CURATOR", sample: { revisionId: "missing", baseVersion: "1" } },
];
