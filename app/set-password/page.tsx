import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { readAccountLink } from "@/lib/accounts/read-account-link";
import { SetPasswordForm } from "@/components/accounts/SetPasswordForm";
import { PublicCard } from "@/components/accounts/PublicCard";
import { FormMessage } from "@/components/accounts/FormMessage";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accounts.setPassword"))("titleReset") };
}

/** Where invitation and reset links lead: shows what the link is for, or why it no longer works. */
export default async function SetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const raw = (await searchParams).token;
  const token = (Array.isArray(raw) ? raw[0] : raw) ?? "";
  const [t, link] = await Promise.all([getTranslations("accounts.setPassword"), readAccountLink({ token })]);
  const back = (
    <p className="mt-4 text-center text-sm">
      <Link href="/sign-in" className="text-brand-700 hover:underline">{t("back")}</Link>
    </p>
  );
  if (link.state !== "usable" || !link.user || !link.kind) {
    const reason = link.state === "used" || link.state === "expired" ? link.state : "unknown";
    return (
      <PublicCard title={t("invalidTitle")} below={back}>
        <div className="mt-4 space-y-4">
          <FormMessage tone="error" testId="link-invalid">{t(reason)}</FormMessage>
          <Link href="/forgot-password" className="inline-block text-sm font-medium text-brand-700 hover:underline">{t("requestNew")}</Link>
        </div>
      </PublicCard>
    );
  }
  const invite = link.kind === "INVITE";
  return (
    <PublicCard
      title={invite ? t("titleInvite") : t("titleReset")}
      subtitle={invite ? t("introInvite", { name: link.user.name, email: link.user.email }) : t("introReset", { email: link.user.email })}
      below={back}
    >
      <SetPasswordForm token={token} kind={link.kind} email={link.user.email} />
    </PublicCard>
  );
}
