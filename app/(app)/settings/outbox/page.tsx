import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { settingsActor } from "@/lib/settings/settings-actor";
import { listOutbox } from "@/lib/email/list-outbox";
import { mailConfigFromEnv } from "@/lib/email/mail-config";
import { OutboxFilter, OutboxTable } from "@/components/settings/OutboxTable";
import { PageLinks } from "@/components/settings/PageLinks";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings.outbox"))("title") };
}

export default async function OutboxPage(props: { searchParams: Promise<{ status?: string; page?: string }> }) {
  const user = await settingsActor();
  if (!user) forbidden();
  const params = await props.searchParams;
  const [t, outbox] = await Promise.all([getTranslations("settings.outbox"), listOutbox({ actor: user, status: params.status ?? null, page: Number(params.page) || 1 })]);
  let smtp = false;
  try {
    smtp = mailConfigFromEnv(process.env) !== null;
  } catch {
    smtp = false;
  }
  return (
    <main className="w-full max-w-5xl space-y-5">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="mt-1 max-w-2xl text-sm text-slate-600">{smtp ? t("introSmtp") : t("introNoSmtp")}</p>
      </div>
      <OutboxFilter current={outbox.status} counts={outbox.counts} />
      <OutboxTable rows={outbox.rows} />
      <PageLinks page={outbox.page} pages={outbox.pages} hrefFor={(page) => `/settings/outbox?${new URLSearchParams({ ...(outbox.status ? { status: outbox.status } : {}), page: String(page) })}`} />
    </main>
  );
}
