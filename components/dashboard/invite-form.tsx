"use client";

import { useActionState } from "react";
import { inviteUserAction } from "@/lib/actions/users";
import { Field, SelectField } from "@/components/ui/field";
import { buttonClass, errorsOf, FormStatus, kept } from "@/components/ui/form-status";
import { InvitationLink } from "./invitation-link";

export const ROLE_OPTIONS = [
  { value: "CURATOR", label: "Curator" },
  { value: "EDITOR", label: "Editor" },
  { value: "ADMIN", label: "Admin" },
];

export function InviteForm() {
  const [state, action, pending] = useActionState(inviteUserAction, null);
  const errors = errorsOf(state);
  return (
    <div>
      <form action={action} noValidate className="grid gap-4 sm:grid-cols-[1fr_12rem_auto] sm:items-end">
        <Field id="invite-email" name="email" label="Email" type="email" required defaultValue={kept(state, "email")} errors={errors.email} />
        <SelectField id="invite-role" name="role" label="Role" options={ROLE_OPTIONS} defaultValue={kept(state, "role", "CURATOR")} errors={errors.role} />
        <button type="submit" disabled={pending} className={buttonClass}>
          {pending ? "Inviting…" : "Invite"}
        </button>
      </form>
      {state && !state.ok ? <div className="mt-3"><FormStatus state={state} /></div> : null}
      {state?.ok ? <InvitationLink id="new-invitation" link={state.data.link} emailed={state.data.emailed} emailError={state.data.emailError} /> : null}
    </div>
  );
}
