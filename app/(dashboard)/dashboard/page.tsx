import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { roleLabel } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = await requireUser("/dashboard");
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-10">
      <h1 className="text-2xl font-bold">Hello, {user.name}</h1>
      <p className="mt-1 text-gray-600 dark:text-gray-400">
        You are signed in as {user.email} with the <strong>{roleLabel[user.role]}</strong> role.
      </p>
      <p className="mt-6">
        <Link href="/dashboard/issues" className="font-medium text-blue-700 underline dark:text-blue-400">
          Issues
        </Link>
      </p>
    </main>
  );
}
