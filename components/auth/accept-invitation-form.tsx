"use client";

import { useActionState } from "react";
import { acceptInvitationAction } from "@/lib/actions/invitation";
import { Field } from "@/components/ui/field";
import { buttonClass, errorsOf, FormStatus, kept } from "@/components/ui/form-status";

export function AcceptInvitationForm({ token, email }: { token: string; email: string }) {
  const [state, action, pending] = useActionState(acceptInvitationAction, null);
  const errors = errorsOf(state);
  return (
    <form action={action} noValidate className="space-y-4">
      <input type="hidden" name="token" value={token} />
      <FormStatus state={state} />
      <Field id="invite-email" name="emailShown" label="Email" type="email" value={email} readOnly autoComplete="username" />
      <Field id="name" label="Your name" required autoComplete="name" defaultValue={kept(state, "name")} errors={errors.name} hint="As readers and colleagues will see it." />
      <Field id="password" label="Password" type="password" required autoComplete="new-password" errors={errors.password} hint="At least 12 characters." />
      <Field id="confirmPassword" label="Repeat the password" type="password" required autoComplete="new-password" errors={errors.confirmPassword} />
      <button type="submit" disabled={pending} className={`${buttonClass} w-full`}>
        {pending ? "Creating your account…" : "Create my account"}
      </button>
    </form>
  );
}
