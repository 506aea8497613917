import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/session";
import { roleLabel } from "@/lib/auth/roles";
import { listUsers } from "@/lib/data/users";
import { listPendingInvitations } from "@/lib/data/invitations";
import { formatDate } from "@/lib/format";
import { InviteForm } from "@/components/dashboard/invite-form";
import { InvitationControls, UserControls } from "@/components/dashboard/user-controls";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const admin = await requireRole("ADMIN", "/dashboard/users");
  const [users, invitations] = await Promise.all([listUsers(admin), listPendingInvitations(admin)]);
  const now = new Date();
  return (
    <main id="main" className="mx-auto max-w-5xl space-y-10 px-4 py-10">
      <h1 className="text-2xl font-bold">Users</h1>

      <section aria-labelledby="invite-heading">
        <h2 id="invite-heading" className="text-lg font-semibold">Invite someone</h2>
        <p className="mb-3 text-sm text-gray-600 dark:text-gray-400">They get a one-time link, valid for 7 days, to choose a name and password.</p>
        <InviteForm />
      </section>

      <section aria-labelledby="pending-heading">
        <h2 id="pending-heading" className="text-lg font-semibold">Pending invitations</h2>
        {invitations.length === 0 ? (
          <p className="text-sm text-gray-600 dark:text-gray-400">None.</p>
        ) : (
          <table className="mt-2 w-full text-left text-sm">
            <thead>
              <tr><th className="py-2">Email</th><th>Role</th><th>Expires</th><th>Invited by</th><th><span className="sr-only">Actions</span></th></tr>
            </thead>
            <tbody>
              {invitations.map((inv) => (
                <tr key={inv.id} className="border-t border-gray-200 align-top dark:border-gray-800">
                  <td className="py-2">{inv.email}</td>
                  <td>{roleLabel[inv.role]}</td>
                  <td>{inv.expiresAt <= now ? <strong>expired</strong> : formatDate(inv.expiresAt)}</td>
                  <td>{inv.invitedBy ?? "—"}</td>
                  <td className="py-2"><InvitationControls invitation={{ id: inv.id, email: inv.email }} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="users-heading">
        <h2 id="users-heading" className="text-lg font-semibold">Accounts</h2>
        <table className="mt-2 w-full text-left text-sm">
          <thead>
            <tr><th className="py-2">Name</th><th>Email</th><th>Status</th><th>Last sign-in</th><th><span className="sr-only">Actions</span></th></tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} className="border-t border-gray-200 align-top dark:border-gray-800" data-testid={`user-${u.email}`}>
                <td className="py-2">{u.name}{u.id === admin.id ? " (you)" : ""}</td>
                <td>{u.email}</td>
                <td>{u.disabled ? "disabled" : "active"} · {roleLabel[u.role]}</td>
                <td>{u.lastSignInAt ? formatDate(u.lastSignInAt) : "never"}</td>
                <td className="py-2"><UserControls user={{ id: u.id, name: u.name, role: u.role, disabled: u.disabled }} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </main>
  );
}
