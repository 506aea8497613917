import type { Metadata } from "next";
import Link from "next/link";
import { checkInvitationToken, INVITATION_UNUSABLE } from "@/lib/data/invitations";
import { AcceptInvitationForm } from "@/components/auth/accept-invitation-form";

export const metadata: Metadata = { title: "Accept your invitation", robots: { index: false } };

type Props = { params: Promise<{ token: string }> };

/** Public, token-checked: the invitee chooses a name and password. */
export default async function InvitationPage({ params }: Props) {
  const { token } = await params;
  const invitation = token.length >= 16 && token.length <= 128 ? await checkInvitationToken(token) : ({ status: "unknown" } as const);
  return (
    <main id="main" className="mx-auto max-w-sm px-4 py-16">
      <h1 className="text-2xl font-bold">Join Picks</h1>
      {invitation.status === "valid" ? (
        <>
          <p className="mt-2 text-sm text-gray-600 dark:text-gray-400">
            You are invited as <strong>{invitation.role.toLowerCase()}</strong>. Choose your name and a password.
          </p>
          <div className="mt-8">
            <AcceptInvitationForm token={token} email={invitation.email} />
          </div>
        </>
      ) : (
        <>
          <p role="alert" className="mt-6 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
            {INVITATION_UNUSABLE[invitation.status]}
          </p>
          <p className="mt-4 text-sm">
            <Link href="/login" className="underline">Go to sign-in</Link>
          </p>
        </>
      )}
    </main>
  );
}
