import { getFormatter, getTranslations } from "next-intl/server";
import type { AuditPage } from "@/lib/audit/list-audit-log";
import { auditActionLabel, auditEntityLabel, auditFieldLabel, auditValueLabel } from "@/lib/audit/audit-labels";

type AuditT = Parameters<typeof auditFieldLabel>[0];

/** "field: before → after" lines of an audit entry's data, or its other details, worded. */
function describe(data: string, t: AuditT, formatDate: (date: Date) => string): string[] {
  try {
    const parsed = JSON.parse(data) as { before?: Record<string, unknown>; after?: Record<string, unknown> } & Record<string, unknown>;
    const { before, after, ...rest } = parsed;
    const show = (v: unknown) => auditValueLabel(t, v, formatDate);
    const lines: string[] = [];
    if (before && after && typeof before === "object" && typeof after === "object" && !Array.isArray(after)) {
      for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) lines.push(`${auditFieldLabel(t, key)}: ${show(before[key])} → ${show(after[key])}`);
    } else {
      if (before !== undefined) lines.push(`− ${show(before)}`);
      if (after !== undefined) lines.push(`+ ${show(after)}`);
    }
    for (const [key, value] of Object.entries(rest)) lines.push(`${auditFieldLabel(t, key)}: ${show(value)}`);
    return lines;
  } catch {
    return [data];
  }
}

export async function AuditTable({ rows }: { rows: AuditPage["rows"] }) {
  const [t, format] = await Promise.all([getTranslations("settings.audit"), getFormatter()]);
  if (rows.length === 0) {
    return <p className="rounded-xl border border-dashed border-slate-300 p-8 text-center text-sm text-slate-600" data-testid="audit-empty">{t("empty")}</p>;
  }
  return (
    <div className="relative overflow-x-auto rounded-xl border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("title")}</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs tracking-wide text-slate-500 uppercase">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">{t("when")}</th>
            <th scope="col" className="px-4 py-2 font-medium">{t("actor")}</th>
            <th scope="col" className="px-4 py-2 font-medium">{t("action")}</th>
            <th scope="col" className="px-4 py-2 font-medium">{t("entity")}</th>
            <th scope="col" className="px-4 py-2 font-medium">{t("changes")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top">
          {rows.map((r) => (
            <tr key={r.id} data-testid="audit-row">
              <td className="px-4 py-2 whitespace-nowrap text-slate-600 tabular-nums">{format.dateTime(r.createdAt, { dateStyle: "medium", timeStyle: "short" })}</td>
              <td className="px-4 py-2 whitespace-nowrap">{r.actor?.name ?? t("system")}</td>
              <td className="min-w-40 px-4 py-2" data-action={r.action}>{auditActionLabel(t, r.action)}</td>
              <td className="px-4 py-2 text-xs text-slate-600">
                {auditEntityLabel(t, r.entity)}
                <span className="block max-w-40 truncate font-mono text-slate-500" title={r.entityId}>{r.entityId}</span>
              </td>
              <td className="px-4 py-2">
                <ul className="max-w-md min-w-56 space-y-0.5 font-mono text-xs break-words text-slate-700">
                  {describe(r.data, t, (d) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" })).slice(0, 8).map((line, i) => <li key={i}>{line}</li>)}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
