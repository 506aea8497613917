"use client";

import { useActionState } from "react";
import { updateSettingsAction } from "@/lib/actions/settings";
import { Field, TextareaField } from "@/components/ui/field";
import { buttonClass, errorsOf, FormStatus, kept } from "@/components/ui/form-status";

type Settings = { name: string; tagline: string; description: string; socialLinks: string; updatedAt: string };

export function SettingsForm({ settings }: { settings: Settings }) {
  const [state, action, pending] = useActionState(updateSettingsAction, null);
  const errors = errorsOf(state);
  return (
    <form action={action} noValidate className="space-y-4">
      <input type="hidden" name="updatedAt" value={settings.updatedAt} />
      <FormStatus state={state} />
      <Field id="name" label="Publication name" required defaultValue={kept(state, "name", settings.name)} errors={errors.name} />
      <Field id="tagline" label="Tagline" defaultValue={kept(state, "tagline", settings.tagline)} errors={errors.tagline} />
      <TextareaField id="description" label="Description" rows={4} defaultValue={kept(state, "description", settings.description)} errors={errors.description} hint="Used in feeds and search-engine metadata." />
      <TextareaField id="socialLinks" label="Social links" rows={4} defaultValue={kept(state, "socialLinks", settings.socialLinks)} errors={errors.socialLinks} hint='One per line: "Label | https://…"' />
      <button type="submit" disabled={pending} className={buttonClass}>Save settings</button>
    </form>
  );
}
