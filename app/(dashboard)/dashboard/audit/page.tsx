import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/session";
import { AUDIT_ACTIONS, listAuditEvents } from "@/lib/data/audit";
import { auditQuerySchema } from "@/lib/validation/audit";
import { Pagination } from "@/components/dashboard/pagination";
import { secondaryButtonClass } from "@/components/ui/form-status";

export const metadata: Metadata = { title: "Audit log" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const inputClass = "mt-1 block rounded border border-gray-300 bg-white px-2 py-1 text-sm dark:border-gray-700 dark:bg-gray-900";

export default async function AuditPage({ searchParams }: Props) {
  const admin = await requireRole("ADMIN", "/dashboard/audit");
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const q = auditQuerySchema.parse(raw);
  const to = q.to ? new Date(q.to.getTime() + 24 * 60 * 60 * 1000) : undefined;
  const { rows, total } = await listAuditEvents(admin, { action: q.action, actor: q.actor, from: q.from, to, page: q.page, pageSize: q.pageSize });
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-10">
      <h1 className="text-2xl font-bold">Audit log</h1>
      <p className="mt-1 text-sm text-gray-600 dark:text-gray-400">Append-only: events cannot be edited or deleted.</p>
      <form method="get" className="mt-6 flex flex-wrap items-end gap-4" role="search" aria-label="Filter the audit log">
        <div>
          <label htmlFor="action" className="block text-sm font-medium">Event</label>
          <select id="action" name="action" defaultValue={q.action ?? ""} className={inputClass}>
            <option value="">All events</option>
            {AUDIT_ACTIONS.map((a) => <option key={a} value={a}>{a}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="actor" className="block text-sm font-medium">Who (name or email)</label>
          <input id="actor" name="actor" defaultValue={q.actor ?? ""} className={inputClass} />
        </div>
        <div>
          <label htmlFor="from" className="block text-sm font-medium">From</label>
          <input id="from" name="from" type="date" defaultValue={raw.from ?? ""} className={inputClass} />
        </div>
        <div>
          <label htmlFor="to" className="block text-sm font-medium">To</label>
          <input id="to" name="to" type="date" defaultValue={raw.to ?? ""} className={inputClass} />
        </div>
        <button type="submit" className={secondaryButtonClass}>Filter</button>
      </form>
      <table className="mt-6 w-full text-left text-sm">
        <thead>
          <tr><th className="py-2">When (UTC)</th><th>Who</th><th>Event</th><th>What</th></tr>
        </thead>
        <tbody>
          {rows.map((e) => (
            <tr key={e.id} className="border-t border-gray-200 align-top dark:border-gray-800">
              <td className="py-2 whitespace-nowrap">{e.createdAt.toISOString().replace("T", " ").slice(0, 19)}</td>
              <td>{e.actor ? `${e.actor.name} <${e.actor.email}>` : "—"}</td>
              <td><code>{e.action}</code></td>
              <td className="max-w-md break-words font-mono text-xs">
                {e.targetType ? `${e.targetType} ${e.targetId ?? ""} ` : ""}
                {e.data ? JSON.stringify(e.data) : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 ? <p className="mt-4 text-sm">No events match.</p> : null}
      <Pagination path="/dashboard/audit" params={{ action: q.action, actor: q.actor, from: raw.from, to: raw.to, pageSize: String(q.pageSize) }} page={q.page} pageSize={q.pageSize} total={total} />
    </main>
  );
}
