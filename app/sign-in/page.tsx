import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { currentUser } from "@/lib/auth/session";
import { SignInForm } from "@/components/forms/SignInForm";
import { LanguageSwitch } from "@/components/layout/LanguageSwitch";
import { Logo } from "@/components/ui/Logo";

export async function generateMetadata() {
  const t = await getTranslations("signIn");
  return { title: t("title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  if (await currentUser()) redirect("/");
  const t = await getTranslations("signIn");
  const { callbackUrl } = await searchParams;
  let next = "/";
  try {
    next = callbackUrl ? new URL(callbackUrl, "http://x").pathname : "/";
  } catch {}
  return (
    <main className="flex min-h-screen items-center justify-center bg-gradient-to-br from-brand-50 to-slate-100 px-4">
      <div className="w-full max-w-sm">
        <div className="mb-6 flex items-center justify-between">
          <Logo />
          <LanguageSwitch />
        </div>
        <div className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm">
          <h1 className="text-xl font-semibold">{t("title")}</h1>
          <p className="mt-1 text-sm text-slate-500">{t("subtitle")}</p>
          <SignInForm next={next} />
        </div>
        <p className="mt-4 text-center text-xs text-slate-500">{t("demoHint")}</p>
      </div>
    </main>
  );
}
