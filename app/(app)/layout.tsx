import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/session";
import { getLocale } from "next-intl/server";
import { Sidebar } from "@/components/layout/Sidebar";
import { SourceLabelsProvider } from "@/components/sources/SourceLabels";
import { listSources } from "@/lib/sources/list-sources";
import { sourceLabel } from "@/lib/sources/source-labels";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/config";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await currentUser();
  if (!user) redirect("/sign-in");
  const [sources, locale] = await Promise.all([listSources({ actor: user }), getLocale()]);
  const options = sources.map((s) => ({ code: s.code, label: sourceLabel(s, isLocale(locale) ? locale : DEFAULT_LOCALE), active: s.active }));
  return (
    <div className="flex min-h-screen">
      <Sidebar user={{ id: user.id, name: user.name, role: user.role, email: user.email }} />
      <div className="flex min-w-0 flex-1 flex-col">
        <SourceLabelsProvider sources={options}>{children}</SourceLabelsProvider>
      </div>
    </div>
  );
}
