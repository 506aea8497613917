import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/session";
import { readSiteSettings } from "@/lib/data/settings";
import { SettingsForm } from "@/components/dashboard/settings-form";

export const metadata: Metadata = { title: "Site settings" };

export default async function SettingsPage() {
  await requireRole("ADMIN", "/dashboard/settings");
  const s = await readSiteSettings();
  const updatedAt = s.updatedAt ? s.updatedAt.toISOString() : "";
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-10">
      <h1 className="mb-6 text-2xl font-bold">Site settings</h1>
      <SettingsForm
        settings={{ name: s.name, tagline: s.tagline, description: s.description, socialLinks: s.socialLinks.map((l) => `${l.label} | ${l.url}`).join("\n"), updatedAt }}
      />
    </main>
  );
}
