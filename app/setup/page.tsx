import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { needsFirstAdmin } from "@/lib/accounts/create-first-admin";
import { FirstAdminForm } from "@/components/accounts/FirstAdminForm";
import { PublicCard } from "@/components/accounts/PublicCard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accounts.setup"))("title") };
}

/** The one-time first-admin page: it exists only while the database has no user at all. */
export default async function SetupPage() {
  await connection();
  if (!(await needsFirstAdmin())) notFound();
  const t = await getTranslations("accounts.setup");
  return (
    <PublicCard title={t("title")} subtitle={t("subtitle")} wide below={<p className="mt-4 text-center text-xs text-slate-500">{t("onlyOnce")}</p>}>
      <FirstAdminForm />
    </PublicCard>
  );
}
