"use server";
/** Everyone signed in: their own account (/dashboard/account). */
import { revalidatePath } from "../revalidate";
import { redirect } from "next/navigation";
import { authorizedAction } from "./safe-action";
import { changeEmailSchema, changeNameSchema, changePasswordSchema } from "../validation/users";
import { changeOwnEmail, changeOwnName, changeOwnPassword } from "../data/users";

export const changeNameAction = authorizedAction("signed-in", changeNameSchema, async (actor, input) => {
  await changeOwnName(actor, input.name);
  revalidatePath("/dashboard", "layout");
  return { ok: true, data: undefined, message: "Name saved." };
});

export const changeEmailAction = authorizedAction("signed-in", changeEmailSchema, async (actor, input) => {
  await changeOwnEmail(actor, input.email, input.currentPassword);
  revalidatePath("/dashboard", "layout");
  return { ok: true, data: undefined, message: "Email saved. Use it the next time you sign in." };
});

/** A new password signs the account out everywhere, this browser included: sign in again with it. */
export const changePasswordAction = authorizedAction("signed-in", changePasswordSchema, async (actor, input) => {
  await changeOwnPassword(actor, input.currentPassword, input.newPassword);
  redirect("/login?notice=password-changed");
});
