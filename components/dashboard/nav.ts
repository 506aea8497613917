import type { Role } from "@/lib/generated/prisma/enums";
import { hasRole } from "@/lib/auth/permissions";

/** Dashboard navigation: each entry names the least role that may use it. */
export const DASHBOARD_NAV: { href: string; label: string; role: Role }[] = [
  { href: "/dashboard", label: "Overview", role: "CURATOR" },
  { href: "/dashboard/issues", label: "Issues", role: "CURATOR" },
  { href: "/dashboard/candidates", label: "Candidates", role: "CURATOR" },
  { href: "/dashboard/papers", label: "Papers", role: "CURATOR" },
  { href: "/dashboard/users", label: "Users", role: "ADMIN" },
  { href: "/dashboard/authors", label: "Authors", role: "ADMIN" },
  { href: "/dashboard/settings", label: "Site settings", role: "ADMIN" },
  { href: "/dashboard/audit", label: "Audit log", role: "ADMIN" },
  { href: "/dashboard/account", label: "Account", role: "CURATOR" },
];

export function navFor(role: Role) {
  return DASHBOARD_NAV.filter((item) => hasRole({ role }, item.role));
}
