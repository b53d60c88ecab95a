import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { currentUser } from "@/lib/auth/session";
import { ChangePasswordForm } from "@/components/accounts/ChangePasswordForm";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accounts.account"))("title") };
}

/** The signed-in user's own page: who they are, and their password. */
export default async function AccountPage() {
  const user = await currentUser();
  if (!user) redirect("/sign-in");
  const [t, tr] = await Promise.all([getTranslations("accounts.account"), getTranslations("frame.roles")]);
  const row = (label: string, value: string) => (
    <div className="grid grid-cols-3 gap-4 py-2">
      <dt className="text-sm text-slate-500">{label}</dt>
      <dd className="col-span-2 text-sm font-medium text-slate-900">{value}</dd>
    </div>
  );
  return (
    <main className="mx-auto w-full max-w-3xl space-y-5 px-4 py-6 lg:px-8">
      <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
      <section aria-labelledby="profile-heading" className="rounded-xl border border-slate-200 bg-white p-5">
        <h2 id="profile-heading" className="mb-2 text-lg font-semibold">{t("profile")}</h2>
        <dl className="divide-y divide-slate-100">
          {row(t("name"), user.name)}
          {row(t("email"), user.email)}
          {row(t("role"), tr(user.role))}
        </dl>
      </section>
      <section aria-labelledby="password-heading" className="rounded-xl border border-slate-200 bg-white p-5">
        <h2 id="password-heading" className="text-lg font-semibold">{t("passwordTitle")}</h2>
        <p className="mt-1 mb-4 max-w-xl text-sm text-slate-600">{t("passwordIntro")}</p>
        <ChangePasswordForm email={user.email} />
      </section>
    </main>
  );
}
