"use client";
import { useState, useTransition } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { KeyRound } from "lucide-react";
import clsx from "clsx";
import { createApiKeyAction } from "@/lib/actions/api-keys";
import { Button } from "@/components/ui/Button";
import { Field, inputClass } from "@/components/ui/Field";
import { ApiKeySecret } from "./ApiKeySecret";
import { ApiKeyRevokeButton } from "./ApiKeyRevokeButton";
import { ApiKeyKindFields } from "./ApiKeyKindFields";

export interface ApiKeyView {
  id: string;
  name: string;
  prefix: string;
  kind: "PUBLIC" | "SECRET";
  mergesKnownPeople: boolean;
  createdBy: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** Settings → API keys: create (the secret is shown once), list, revoke. */
export function ApiKeysPanel({ keys, origin }: { keys: ApiKeyView[]; origin: string }) {
  const t = useTranslations("events.apiKeys");
  const format = useFormatter();
  const [name, setName] = useState("");
  const [kind, setKind] = useState<ApiKeyView["kind"]>("PUBLIC");
  const [merges, setMerges] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ name: string; secret: string; kind: ApiKeyView["kind"] } | null>(null);
  const [pending, start] = useTransition();
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    start(async () => {
      const result = await createApiKeyAction({ name, kind, mergesKnownPeople: kind === "SECRET" && merges });
      if (!result.ok) return setError(result.error.fields?.name ?? result.error.message);
      setError(null);
      setName("");
      setKind("PUBLIC");
      setMerges(false);
      setCreated({ name: result.data.name, secret: result.data.secret, kind: result.data.kind });
    });
  };

  return (
    <div className="space-y-6">
      {created ? (
        <ApiKeySecret name={created.name} secret={created.secret} kind={created.kind} origin={origin} onDone={() => setCreated(null)} />
      ) : (
        <form onSubmit={submit} noValidate className="flex flex-wrap items-end gap-3 rounded-xl border border-slate-200 bg-white p-4">
          <ApiKeyKindFields kind={kind} onKind={setKind} merges={merges} onMerges={setMerges} />
          <div className="min-w-64 flex-1">
            <Field label={t("nameLabel")} htmlFor="api-key-name" error={error ?? undefined}>
              <input
                id="api-key-name"
                className={inputClass}
                value={name}
                maxLength={100}
                placeholder={t("namePlaceholder")}
                onChange={(e) => setName(e.target.value)}
                aria-invalid={error ? true : undefined}
              />
            </Field>
          </div>
          <Button type="submit" disabled={pending}>
            <KeyRound size={16} aria-hidden />
            {pending ? t("creating") : t("create")}
          </Button>
        </form>
      )}

      {keys.length === 0 ? (
        <div className="rounded-xl border border-dashed border-slate-300 p-8 text-center text-sm text-slate-600" data-testid="api-keys-empty">
          <p className="font-medium text-slate-800">{t("emptyTitle")}</p>
          <p className="mt-1">{t("emptyBody")}</p>
        </div>
      ) : (
        <div className="relative overflow-x-auto rounded-xl border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("title")}</caption>
            <thead className="border-b border-slate-200 bg-slate-50 text-xs tracking-wide text-slate-500 uppercase">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">{t("colName")}</th>
                <th scope="col" className="px-4 py-2 font-medium">{t("colKind")}</th>
                <th scope="col" className="px-4 py-2 font-medium">{t("colKey")}</th>
                <th scope="col" className="px-4 py-2 font-medium">{t("colCreated")}</th>
                <th scope="col" className="px-4 py-2 font-medium">{t("colLastUsed")}</th>
                <th scope="col" className="px-4 py-2 font-medium"><span className="sr-only">{t("colActions")}</span></th>
              </tr>
            </thead>
            <tbody>
              {keys.map((key) => (
                <tr key={key.id} className={clsx("border-b border-slate-100 last:border-0", key.revokedAt && "bg-slate-50 text-slate-500")} data-testid="api-key-row">
                  <td className="px-4 py-3 font-medium">{key.name}</td>
                  <td className="px-4 py-3" data-testid="api-key-kind">
                    <span className={clsx("rounded-full px-2 py-0.5 text-xs font-medium", key.kind === "PUBLIC" ? "bg-sky-50 text-sky-800" : "bg-amber-50 text-amber-900")}>
                      {t(key.kind === "PUBLIC" ? "kindPublic" : "kindSecret")}
                    </span>
                    {key.mergesKnownPeople && <span className="block pt-1 text-xs text-slate-500">{t("mergesBadge")}</span>}
                  </td>
                  <td className="px-4 py-3 font-mono text-xs">{key.prefix}…</td>
                  <td className="px-4 py-3">
                    {when(key.createdAt)}
                    <span className="block text-xs text-slate-500">{t("by", { name: key.createdBy })}</span>
                  </td>
                  <td className="px-4 py-3">{key.lastUsedAt ? when(key.lastUsedAt) : t("never")}</td>
                  <td className="px-4 py-3 text-right">
                    {key.revokedAt ? (
                      <span className="text-xs">{t("revokedOn", { date: when(key.revokedAt) })}</span>
                    ) : (
                      <ApiKeyRevokeButton id={key.id} name={key.name} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
