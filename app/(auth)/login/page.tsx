import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { getCurrentUser } from "@/lib/auth/session";
import { gitHubSignInEnabled } from "@/lib/auth/config";
import { gitHubSignInAction } from "@/lib/actions/auth";
import { secondaryButtonClass } from "@/components/ui/form-status";

export const metadata: Metadata = { title: "Sign in" };

const NOTICES: Record<string, string> = {
  "invitation-accepted": "Your account is ready. Sign in with your email and new password.",
  "password-changed": "Your password was changed and you were signed out everywhere. Sign in with the new password.",
};

const ERRORS: Record<string, string> = {
  OAuthAccountNotLinked: "No Picks account matches a verified email of that GitHub account. Ask an admin for an invitation.",
  AccessDenied: "That account may not sign in.",
};

type Props = { searchParams: Promise<{ callbackUrl?: string; notice?: string; error?: string }> };

export default async function LoginPage({ searchParams }: Props) {
  const { callbackUrl, notice, error } = await searchParams;
  const target = callbackUrl?.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/dashboard";
  if (await getCurrentUser()) redirect(target);
  const noticeText = notice ? NOTICES[notice] : undefined;
  const errorText = error ? (ERRORS[error] ?? "Sign-in failed. Try again.") : undefined;
  return (
    <main id="main" className="mx-auto max-w-sm px-4 py-16">
      <h1 className="text-2xl font-bold">Sign in to Picks</h1>
      <p className="mt-2 text-sm text-gray-600 dark:text-gray-400">For curators, editors and admins.</p>
      {noticeText && (
        <p role="status" className="mt-4 rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-200">
          {noticeText}
        </p>
      )}
      {errorText && (
        <p role="alert" className="mt-4 rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
          {errorText}
        </p>
      )}
      <div className="mt-8">
        <LoginForm callbackUrl={target} />
      </div>
      {gitHubSignInEnabled() && (
        <form action={gitHubSignInAction} className="mt-4">
          <input type="hidden" name="callbackUrl" value={target} />
          <button type="submit" className={`${secondaryButtonClass} w-full`}>
            Sign in with GitHub
          </button>
        </form>
      )}
    </main>
  );
}
