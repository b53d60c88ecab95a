import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ForgotPasswordForm } from "@/components/accounts/ForgotPasswordForm";
import { PublicCard } from "@/components/accounts/PublicCard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accounts.forgot"))("title") };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations("accounts.forgot");
  return (
    <PublicCard
      title={t("title")}
      subtitle={t("subtitle")}
      below={
        <p className="mt-4 text-center text-sm">
          <Link href="/sign-in" className="text-brand-700 hover:underline">{t("back")}</Link>
        </p>
      }
    >
      <ForgotPasswordForm />
    </PublicCard>
  );
}
