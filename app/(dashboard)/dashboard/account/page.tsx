import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { getAccount } from "@/lib/data/users";
import { EmailForm, NameForm, PasswordForm } from "@/components/dashboard/account-forms";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  const user = await requireUser("/dashboard/account");
  const account = await getAccount(user);
  return (
    <main id="main" className="mx-auto max-w-xl space-y-10 px-4 py-10">
      <h1 className="text-2xl font-bold">Your account</h1>
      <section aria-labelledby="name-heading">
        <h2 id="name-heading" className="mb-3 text-lg font-semibold">Name</h2>
        <NameForm name={account.name} />
      </section>
      <section aria-labelledby="email-heading">
        <h2 id="email-heading" className="mb-3 text-lg font-semibold">Email</h2>
        <EmailForm email={account.email} />
      </section>
      <section aria-labelledby="password-heading">
        <h2 id="password-heading" className="mb-3 text-lg font-semibold">Password</h2>
        <PasswordForm />
      </section>
    </main>
  );
}
