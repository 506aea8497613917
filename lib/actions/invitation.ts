"use server";
/** Public, token-checked: accepting an invitation (/invite/[token]). */
import { redirect } from "next/navigation";
import { acceptInvitationSchema } from "../validation/users";
import { acceptInvitation } from "../data/invitations";
import { RefusedError } from "../data/errors";
import { formValues } from "./safe-action";
import { failure, fromZodError, type ActionResult } from "./result";

export async function acceptInvitationAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const values = formValues(formData);
  const echo = { name: values.name ?? "" };
  const parsed = acceptInvitationSchema.safeParse(values);
  if (!parsed.success) return { ...fromZodError(parsed.error), values: echo };
  try {
    await acceptInvitation(parsed.data.token, { name: parsed.data.name, password: parsed.data.password });
  } catch (error) {
    if (error instanceof RefusedError) return { ...failure(error.message), values: echo };
    throw error;
  }
  redirect("/login?notice=invitation-accepted");
}
