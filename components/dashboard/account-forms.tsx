"use client";

import { useActionState } from "react";
import { changeEmailAction, changeNameAction, changePasswordAction } from "@/lib/actions/account";
import { Field } from "@/components/ui/field";
import { buttonClass, errorsOf, FormStatus, kept } from "@/components/ui/form-status";

export function NameForm({ name }: { name: string }) {
  const [state, action, pending] = useActionState(changeNameAction, null);
  const errors = errorsOf(state);
  return (
    <form action={action} noValidate className="space-y-3">
      <FormStatus state={state} />
      <Field id="name" label="Name" required autoComplete="name" defaultValue={kept(state, "name", name)} errors={errors.name} />
      <button type="submit" disabled={pending} className={buttonClass}>Save name</button>
    </form>
  );
}

export function EmailForm({ email }: { email: string }) {
  const [state, action, pending] = useActionState(changeEmailAction, null);
  const errors = errorsOf(state);
  return (
    <form action={action} noValidate className="space-y-3">
      <FormStatus state={state} />
      <Field id="email" label="Email" type="email" required autoComplete="email" defaultValue={kept(state, "email", email)} errors={errors.email} />
      <Field id="email-current-password" name="currentPassword" label="Current password" type="password" required autoComplete="current-password" errors={errors.currentPassword} />
      <button type="submit" disabled={pending} className={buttonClass}>Save email</button>
    </form>
  );
}

export function PasswordForm() {
  const [state, action, pending] = useActionState(changePasswordAction, null);
  const errors = errorsOf(state);
  return (
    <form action={action} noValidate className="space-y-3">
      <FormStatus state={state} />
      <Field id="currentPassword" label="Current password" type="password" required autoComplete="current-password" errors={errors.currentPassword} />
      <Field id="newPassword" label="New password" type="password" required autoComplete="new-password" errors={errors.newPassword} hint="At least 12 characters. You will be signed out everywhere and sign in again." />
      <Field id="confirmPassword" label="Repeat the new password" type="password" required autoComplete="new-password" errors={errors.confirmPassword} />
      <button type="submit" disabled={pending} className={buttonClass}>Change password</button>
    </form>
  );
}
