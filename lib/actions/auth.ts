"use server";

import { AuthError } from "next-auth";
import { signIn, signOut } from "../auth/config";
import { signInSchema } from "../validation/auth";
import { fromZodError, type ActionResult } from "./result";

/** Only same-site paths may be a post-sign-in destination (no open redirect). */
function safeCallback(value: FormDataEntryValue | null): string {
  const s = typeof value === "string" ? value : "";
  return s.startsWith("/") && !s.startsWith("//") && !s.startsWith("/\\") ? s : "/dashboard";
}

export async function signInAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const email = String(formData.get("email") ?? "");
  const parsed = signInSchema.safeParse({ email, password: formData.get("password") ?? "" });
  if (!parsed.success) return { ...fromZodError(parsed.error), values: { email } };
  try {
    // Throws Next's redirect on success, which must propagate.
    await signIn("credentials", { ...parsed.data, redirectTo: safeCallback(formData.get("callbackUrl")) });
  } catch (error) {
    if (error instanceof AuthError) {
      return { ok: false, message: "Wrong email or password, or the account is disabled.", fieldErrors: {}, values: { email } };
    }
    throw error;
  }
  return { ok: true, data: undefined };
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
