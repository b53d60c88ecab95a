import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { currentUser } from "@/lib/auth/session";
import { needsFirstAdmin } from "@/lib/accounts/create-first-admin";
import { getDemoLogins } from "@/lib/accounts/demo-logins";
import { SignInForm } from "@/components/forms/SignInForm";
import { PublicCard } from "@/components/accounts/PublicCard";
import { FormMessage } from "@/components/accounts/FormMessage";
import { DemoLogins } from "@/components/accounts/DemoLogins";

const NOTICES = ["passwordChanged", "passwordSet", "invitationAccepted"] as const;
type Notice = (typeof NOTICES)[number];

export async function generateMetadata() {
  const t = await getTranslations("signIn");
  return { title: t("title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; notice?: string; email?: string }> }) {
  if (await currentUser()) redirect("/");
  // An empty database has nobody to sign in: the first admin is created on /setup.
  if (await needsFirstAdmin()) redirect("/setup");
  const [t, ta, demo] = await Promise.all([getTranslations("signIn"), getTranslations("accounts.signIn"), getDemoLogins()]);
  const { callbackUrl, notice, email } = await searchParams;
  let next = "/";
  try {
    next = callbackUrl ? new URL(callbackUrl, "http://x").pathname : "/";
  } catch {}
  const shownNotice = (NOTICES as readonly string[]).includes(notice ?? "") ? (notice as Notice) : null;
  return (
    <PublicCard title={t("title")} subtitle={t("subtitle")} below={demo && <DemoLogins demo={demo} />}>
      {shownNotice && (
        <div className="mt-4">
          <FormMessage tone="notice" testId="sign-in-notice">{ta(`notices.${shownNotice}`)}</FormMessage>
        </div>
      )}
      <SignInForm next={next} initialEmail={email?.slice(0, 200)} />
      <p className="mt-4 text-center text-sm">
        <Link href="/forgot-password" className="text-brand-700 hover:underline">{ta("forgot")}</Link>
      </p>
    </PublicCard>
  );
}
