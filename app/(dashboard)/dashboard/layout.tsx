import Link from "next/link";
import { headers } from "next/headers";
import { requireUser } from "@/lib/auth/session";
import { roleLabel } from "@/lib/auth/roles";
import { signOutAction } from "@/lib/actions/auth";
import { navFor } from "@/components/dashboard/nav";
import { secondaryButtonClass } from "@/components/ui/form-status";

/** Every dashboard page: signed-in users only; the navigation shows only what the role may use. */
export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  // The page asked for (set by proxy.ts), so that signing in again returns there; the login page and the
  // sign-in action accept only same-site paths.
  const path = (await headers()).get("x-picks-path");
  const user = await requireUser(path?.startsWith("/dashboard") ? path : "/dashboard");
  return (
    <div className="min-h-screen">
      <header className="border-b border-gray-200 dark:border-gray-800">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-3">
          <Link href="/" className="font-semibold">
            Picks
          </Link>
          <nav aria-label="Dashboard">
            <ul className="flex flex-wrap gap-4 text-sm">
              {navFor(user.role).map((item) => (
                <li key={item.href}>
                  <Link href={item.href} className="underline-offset-4 hover:underline">
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="flex items-center gap-3 text-sm">
            <span className="text-gray-600 dark:text-gray-400">
              {user.name} · {roleLabel[user.role]}
            </span>
            <form action={signOutAction}>
              <button type="submit" className={secondaryButtonClass}>
                Sign out
              </button>
            </form>
          </div>
        </div>
      </header>
      {children}
    </div>
  );
}
