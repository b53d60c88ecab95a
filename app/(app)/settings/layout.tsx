import { getTranslations } from "next-intl/server";
import { forbidden } from "next/navigation";
import { countOutbox } from "@/lib/email/count-outbox";
import { settingsActor } from "@/lib/settings/settings-actor";
import { SettingsNav, type SettingsNavItem } from "@/components/settings/SettingsNav";

/** Settings: admins only. Everyone else sees the 403 notice instead of any settings page. */
export default async function SettingsLayout({ children }: { children: React.ReactNode }) {
  const user = await settingsActor();
  if (!user) forbidden();
  const [t, outbox] = await Promise.all([getTranslations("settings"), countOutbox({ actor: user })]);
  const items: SettingsNavItem[] = [
    { key: "pipelines", href: "/settings/pipelines", label: t("nav.pipelines") },
    { key: "lossReasons", href: "/settings/loss-reasons", label: t("nav.lossReasons") },
    { key: "sources", href: "/settings/sources", label: t("nav.sources") },
    { key: "users", href: "/settings/users", label: t("nav.users") },
    { key: "scoring", href: "/settings/scoring", label: t("nav.scoring") },
    { key: "automations", href: "/settings/automations", label: t("nav.automations") },
    { key: "outbox", href: "/settings/outbox", label: t("nav.outbox"), badge: outbox },
    { key: "audit", href: "/settings/audit", label: t("nav.audit") },
    { key: "apiKeys", href: "/settings/api-keys", label: t("nav.apiKeys") },
  ];
  return (
    <div className="flex w-full flex-1 flex-col gap-4 px-4 py-6 md:flex-row md:gap-8 lg:px-8">
      <div>
        <p className="mb-3 hidden px-3 text-xs font-semibold tracking-wide text-slate-500 uppercase md:block">{t("title")}</p>
        <SettingsNav items={items} label={t("nav.label")} />
      </div>
      <div className="min-w-0 flex-1">{children}</div>
    </div>
  );
}
