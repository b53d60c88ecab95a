"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Check, Copy } from "lucide-react";
import { Button } from "@/components/ui/Button";

/** The new key's secret, shown this once, with a copy button and the website snippet. */
export function ApiKeySecret(props: { name: string; secret: string; kind: "PUBLIC" | "SECRET"; origin: string; onDone: () => void }) {
  const t = useTranslations("events.apiKeys");
  const [copied, setCopied] = useState(false);
  const snippet = `<script src="${props.origin}/track.js" data-key="${props.secret}" defer></script>`;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.secret);
      setCopied(true);
    } catch {
      // No clipboard (insecure origin): the field is selected so Ctrl+C works.
      (document.getElementById("api-key-secret") as HTMLInputElement | null)?.select();
    }
  };

  return (
    <section className="rounded-xl border border-emerald-200 bg-emerald-50 p-4" aria-labelledby="api-key-created">
      <h2 id="api-key-created" className="font-semibold text-emerald-900">
        {t("createdTitle", { name: props.name })}
      </h2>
      <p className="mt-1 text-sm text-emerald-900">{t("createdBody")}</p>
      <div className="mt-3 flex gap-2">
        <label htmlFor="api-key-secret" className="sr-only">
          {t("secretLabel")}
        </label>
        <input
          id="api-key-secret"
          readOnly
          value={props.secret}
          onFocus={(e) => e.currentTarget.select()}
          className="h-9 min-w-0 flex-1 rounded-lg border border-emerald-300 bg-white px-3 font-mono text-sm"
          data-testid="api-key-secret"
        />
        <Button type="button" variant="secondary" onClick={copy} aria-live="polite">
          {copied ? <Check size={16} aria-hidden /> : <Copy size={16} aria-hidden />}
          {copied ? t("copied") : t("copy")}
        </Button>
      </div>
      <p className="mt-3 text-sm text-emerald-900">{props.kind === "PUBLIC" ? t("snippetIntro") : t("serverIntro")}</p>
      <pre tabIndex={0} aria-label={t("snippetLabel")} className="mt-1 overflow-x-auto rounded-lg bg-slate-900 p-3 text-xs text-slate-100 focus:ring-2 focus:ring-brand-500 focus:outline-none">
        <code>{props.kind === "PUBLIC" ? snippet : `Authorization: Bearer ${props.secret}\nPOST ${props.origin}/api/v1/events`}</code>
      </pre>
      <p className="mt-2 text-xs text-emerald-900">{props.kind === "PUBLIC" ? t("publicKeyNote") : t("secretKeyNote")}</p>
      <Button type="button" className="mt-3" onClick={props.onDone}>
        {t("done")}
      </Button>
    </section>
  );
}
