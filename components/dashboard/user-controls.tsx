"use client";

import { useActionState } from "react";
import { changeRoleAction, disableUserAction, enableUserAction, resendInvitationAction, revokeInvitationAction } from "@/lib/actions/users";
import { SelectField } from "@/components/ui/field";
import { errorsOf, FormStatus, secondaryButtonClass } from "@/components/ui/form-status";
import { ROLE_OPTIONS } from "./invite-form";
import { InvitationLink } from "./invitation-link";

export function UserControls({ user }: { user: { id: string; name: string; role: string; disabled: boolean } }) {
  const [roleState, roleAction, rolePending] = useActionState(changeRoleAction, null);
  const [statusState, statusAction, statusPending] = useActionState(user.disabled ? enableUserAction : disableUserAction, null);
  const roleErrors = errorsOf(roleState);
  return (
    <div className="space-y-2">
      <form action={roleAction} noValidate className="flex items-end gap-2">
        <input type="hidden" name="userId" value={user.id} />
        <SelectField id={`role-${user.id}`} name="role" label={`Role of ${user.name}`} options={ROLE_OPTIONS} defaultValue={user.role} errors={roleErrors.role} />
        <button type="submit" disabled={rolePending} className={secondaryButtonClass}>
          Change role
        </button>
      </form>
      <form action={statusAction}>
        <input type="hidden" name="userId" value={user.id} />
        <button type="submit" disabled={statusPending} className={secondaryButtonClass} aria-label={`${user.disabled ? "Enable" : "Disable"} ${user.name}`}>
          {user.disabled ? "Enable" : "Disable"}
        </button>
      </form>
      {roleState && !roleErrors.role ? <FormStatus state={roleState} /> : null}
      <FormStatus state={statusState} />
    </div>
  );
}

export function InvitationControls({ invitation }: { invitation: { id: string; email: string } }) {
  const [resendState, resendAction, resendPending] = useActionState(resendInvitationAction, null);
  const [revokeState, revokeAction, revokePending] = useActionState(revokeInvitationAction, null);
  return (
    <div className="space-y-2">
      <div className="flex gap-2">
        <form action={resendAction}>
          <input type="hidden" name="invitationId" value={invitation.id} />
          <button type="submit" disabled={resendPending} className={secondaryButtonClass} aria-label={`New link for ${invitation.email}`}>
            New link
          </button>
        </form>
        <form action={revokeAction}>
          <input type="hidden" name="invitationId" value={invitation.id} />
          <button type="submit" disabled={revokePending} className={secondaryButtonClass} aria-label={`Revoke invitation for ${invitation.email}`}>
            Revoke
          </button>
        </form>
      </div>
      {resendState?.ok ? <InvitationLink id={`inv-${invitation.id}`} link={resendState.data.link} emailed={resendState.data.emailed} emailError={resendState.data.emailError} /> : <FormStatus state={resendState} />}
      <FormStatus state={revokeState} />
    </div>
  );
}
