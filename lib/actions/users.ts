"use server";
/** Admin: users and invitations (/dashboard/users). */
import { revalidatePath } from "../revalidate";
import { authorizedAction } from "./safe-action";
import { changeRoleSchema, invitationIdSchema, inviteSchema, userIdSchema } from "../validation/users";
import { changeUserRole, setUserDisabled } from "../data/users";
import { createInvitation, resendInvitation, revokeInvitation, type SentInvitation } from "../data/invitations";
import { invitationDelivery } from "./delivery";

const USERS = "/dashboard/users";

export const inviteUserAction = authorizedAction("ADMIN", inviteSchema, async (actor, input) => {
  const sent: SentInvitation = await createInvitation(actor, input, await invitationDelivery());
  revalidatePath(USERS);
  return { ok: true, data: sent };
});

export const resendInvitationAction = authorizedAction("ADMIN", invitationIdSchema, async (actor, input) => {
  const sent: SentInvitation = await resendInvitation(actor, input.invitationId, await invitationDelivery());
  revalidatePath(USERS);
  return { ok: true, data: sent };
});

export const revokeInvitationAction = authorizedAction("ADMIN", invitationIdSchema, async (actor, input) => {
  await revokeInvitation(actor, input.invitationId);
  revalidatePath(USERS);
  return { ok: true, data: undefined, message: "Invitation revoked." };
});

export const changeRoleAction = authorizedAction("ADMIN", changeRoleSchema, async (actor, input) => {
  await changeUserRole(actor, input.userId, input.role);
  revalidatePath(USERS);
  return { ok: true, data: undefined, message: "Role changed." };
});

export const disableUserAction = authorizedAction("ADMIN", userIdSchema, async (actor, input) => {
  await setUserDisabled(actor, input.userId, true);
  revalidatePath(USERS);
  return { ok: true, data: undefined, message: "Account disabled and signed out everywhere." };
});

export const enableUserAction = authorizedAction("ADMIN", userIdSchema, async (actor, input) => {
  await setUserDisabled(actor, input.userId, false);
  revalidatePath(USERS);
  return { ok: true, data: undefined, message: "Account enabled." };
});
