import type { Metadata } from "next";
import { Breadcrumb } from "@/components/dashboard/breadcrumb";
import { requireRole } from "@/lib/auth/session";
import { NewIssueForm } from "@/components/dashboard/new-issue-form";

export const metadata: Metadata = { title: "New issue" };

export default async function NewIssuePage() {
  await requireRole("CURATOR", "/dashboard/issues/new");
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-10">
      <Breadcrumb trail={[{ href: "/dashboard/issues", label: "Issues" }]} />
      <h1 className="mt-2 mb-6 text-2xl font-bold">New issue</h1>
      <NewIssueForm />
    </main>
  );
}
