import "server-only";
// Reading the field history (DealFieldChange) for people: owner and person ids become names,
// money and dates stay as stored ("12500000 RUB", ISO) for the screen to format in its locale.
import type { Tx } from "@/lib/db-client";
import type { HistoryField } from "./diff-deal-fields";

export interface FieldChangeView {
  id: string;
  field: HistoryField;
  /** Money "<minor> <currency>", dates ISO-8601, owner and person by name, else the text. */
  from: string | null;
  to: string | null;
  at: Date;
  by: string | null;
  version: number;
  deal: { id: string; title: string };
}

export const fieldChangeSelect = {
  id: true,
  field: true,
  oldValue: true,
  newValue: true,
  at: true,
  version: true,
  byUser: { select: { name: true } },
  deal: { select: { id: true, title: true } },
} as const;

interface Row {
  id: string;
  field: string;
  oldValue: string | null;
  newValue: string | null;
  at: Date;
  version: number;
  byUser: { name: string } | null;
  deal: { id: string; title: string };
}

/** Turns stored rows into views: at most two extra queries (the owners' and the people's names). */
export async function labelFieldChanges(client: Tx, rows: readonly Row[]): Promise<FieldChangeView[]> {
  const ids = (field: string) => [...new Set(rows.filter((r) => r.field === field).flatMap((r) => [r.oldValue, r.newValue]).filter((v): v is string => Boolean(v)))];
  const userIds = ids("owner");
  const personIds = ids("person");
  const [users, people] = await Promise.all([
    userIds.length ? client.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } }) : [],
    personIds.length ? client.person.findMany({ where: { id: { in: personIds } }, select: { id: true, name: true } }) : [],
  ]);
  const names = new Map([...users, ...people].map((x) => [x.id, x.name]));
  const label = (field: string, value: string | null) => (value && (field === "owner" || field === "person") ? (names.get(value) ?? "—") : value);
  return rows.map((r) => ({
    id: r.id,
    field: r.field as HistoryField,
    from: label(r.field, r.oldValue),
    to: label(r.field, r.newValue),
    at: r.at,
    by: r.byUser?.name ?? null,
    version: r.version,
    deal: r.deal,
  }));
}

/** A deal's field history, newest first. */
export async function listDealFieldChanges(client: Tx, dealId: string, take = 200): Promise<FieldChangeView[]> {
  const rows = await client.dealFieldChange.findMany({
    where: { dealId },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take,
    select: fieldChangeSelect,
  });
  return labelFieldChanges(client, rows);
}
