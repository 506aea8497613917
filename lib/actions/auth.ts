"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { signIn, signOut } from "../auth/config";
import { signInSchema } from "../validation/auth";
import { fromZodError, type ActionResult } from "./result";

/** Only same-site paths may be a post-sign-in destination (no open redirect). */
function safeCallback(value: FormDataEntryValue | null): string {
  const s = typeof value === "string" ? value : "";
  return s.startsWith("/") && !s.startsWith("//") && !s.startsWith("/\\") ? s : "/dashboard";
}

/** Public by design: this is how one becomes signed in (throttled in lib/data/sign-in.ts). */
export async function signInAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const email = String(formData.get("email") ?? "");
  const parsed = signInSchema.safeParse({ email, password: formData.get("password") ?? "" });
  if (!parsed.success) return { ...fromZodError(parsed.error), values: { email } };
  try {
    // Throws Next's redirect on success, which must propagate.
    await signIn("credentials", { ...parsed.data, redirectTo: safeCallback(formData.get("callbackUrl")) });
  } catch (error) {
    if (error instanceof CredentialsSignin && error.code.startsWith("throttled-")) {
      const minutes = Number(error.code.slice("throttled-".length)) || 15;
      return {
        ok: false,
        code: "refused",
        message: `Too many failed sign-ins. Sign-in is paused for this account or address; try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
        fieldErrors: {},
        values: { email },
      };
    }
    if (error instanceof AuthError) {
      return { ok: false, message: "Wrong email or password, or the account is disabled.", fieldErrors: {}, values: { email } };
    }
    throw error;
  }
  return { ok: true, data: undefined };
}

/** Public by design: signing out needs no permission. */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}

/** Public: starts GitHub sign-in (only offered when AUTH_GITHUB_ID/SECRET are set). */
export async function gitHubSignInAction(formData: FormData): Promise<void> {
  await signIn("github", { redirectTo: safeCallback(formData.get("callbackUrl")) });
}
