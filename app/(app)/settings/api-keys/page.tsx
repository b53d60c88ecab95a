import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { settingsActor } from "@/lib/settings/settings-actor";
import { listApiKeys } from "@/lib/api-keys/list-api-keys";
import { ApiKeysPanel, type ApiKeyView } from "@/components/settings/ApiKeysPanel";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("events.apiKeys"))("title") };
}

/** Settings → API keys (admins): create a key (its secret is shown once), see when keys were used, revoke. */
export default async function ApiKeysPage() {
  const user = await settingsActor();
  if (!user) forbidden();
  const [t, keys] = await Promise.all([getTranslations("events.apiKeys"), listApiKeys({ actor: user })]);
  // The snippet points the tracker at this instance, as the admin's browser reaches it.
  const requestHeaders = await headers();
  const host = requestHeaders.get("x-forwarded-host") ?? requestHeaders.get("host") ?? "localhost:3000";
  const protocol = requestHeaders.get("x-forwarded-proto") ?? (/^(localhost|127\.)/.test(host) ? "http" : "https");
  const view: ApiKeyView[] = keys.map((k) => ({
    id: k.id,
    name: k.name,
    prefix: k.prefix,
    kind: k.kind,
    mergesKnownPeople: k.mergesKnownPeople,
    createdBy: k.createdBy,
    createdAt: k.createdAt.toISOString(),
    lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
    revokedAt: k.revokedAt?.toISOString() ?? null,
  }));
  return (
    <main className="w-full max-w-4xl space-y-5">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="mt-1 max-w-2xl text-sm text-slate-600">{t("intro")}</p>
      </div>
      <ApiKeysPanel keys={view} origin={`${protocol}://${host}`} />
    </main>
  );
}
