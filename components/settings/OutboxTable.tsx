import Link from "next/link";
import clsx from "clsx";
import { getFormatter, getTranslations } from "next-intl/server";
import { EMAIL_STATUSES } from "@/lib/email/list-outbox";

const TONE: Record<string, string> = {
  OUTBOX: "bg-amber-50 text-amber-800",
  QUEUED: "bg-sky-50 text-sky-800",
  SENDING: "bg-sky-50 text-sky-800",
  SENT: "bg-emerald-50 text-emerald-800",
  FAILED: "bg-red-50 text-red-800",
};

export interface OutboxRow {
  id: string;
  to: string;
  subject: string;
  body: string;
  status: string;
  error: string | null;
  createdAt: Date;
  sentAt: Date | null;
  dealId: string | null;
  personId: string | null;
}

/** Status filter chips: all, then each status with its count. */
export async function OutboxFilter({ current, counts }: { current: string | null; counts: Record<string, number> }) {
  const t = await getTranslations("settings.outbox");
  const chip = (status: string | null, label: string) => (
    <Link
      key={status ?? "all"}
      href={status ? `/settings/outbox?status=${status}` : "/settings/outbox"}
      aria-current={current === status ? "page" : undefined}
      className={clsx("rounded-full border px-3 py-1 text-sm", current === status ? "border-brand-600 bg-brand-50 text-brand-700" : "border-slate-200 bg-white text-slate-700 hover:bg-slate-50")}
    >
      {label}
    </Link>
  );
  return (
    <nav aria-label={t("filter")} className="flex flex-wrap gap-2">
      {chip(null, t("all"))}
      {EMAIL_STATUSES.filter((s) => counts[s]).map((s) => chip(s, `${t(`status.${s}`)} · ${counts[s]}`))}
    </nav>
  );
}

export async function OutboxTable({ rows }: { rows: OutboxRow[] }) {
  const [t, format] = await Promise.all([getTranslations("settings.outbox"), getFormatter()]);
  if (rows.length === 0) return <p className="rounded-xl border border-dashed border-slate-300 p-8 text-center text-sm text-slate-600" data-testid="outbox-empty">{t("empty")}</p>;
  return (
    <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white" aria-label={t("title")}>
      {rows.map((m) => (
        <li key={m.id} className="px-4 py-3" data-testid="outbox-email">
          <details>
            <summary className="flex cursor-pointer list-none flex-wrap items-center gap-x-3 gap-y-1">
              <span className={clsx("rounded-full px-2 py-0.5 text-xs font-medium", TONE[m.status] ?? "bg-slate-100 text-slate-700")}>{t(`status.${m.status}`)}</span>
              <span className="min-w-0 flex-1 truncate font-medium text-slate-900">{m.subject}</span>
              <span className="text-sm text-slate-600">{m.to}</span>
              <span className="text-xs text-slate-500 tabular-nums">{format.dateTime(m.sentAt ?? m.createdAt, { dateStyle: "medium", timeStyle: "short" })}</span>
            </summary>
            <div className="mt-3 space-y-2 border-l-2 border-slate-200 pl-3">
              <p className="text-sm whitespace-pre-wrap text-slate-700">{m.body}</p>
              {m.error && <p className="text-xs text-red-700">{t("error", { error: m.error })}</p>}
              <p className="flex gap-3 text-xs">
                {m.dealId && <Link className="text-brand-700 hover:underline" href={`/deals/${m.dealId}`}>{t("openDeal")}</Link>}
                {m.personId && <Link className="text-brand-700 hover:underline" href={`/people/${m.personId}`}>{t("openPerson")}</Link>}
              </p>
            </div>
          </details>
        </li>
      ))}
    </ul>
  );
}
