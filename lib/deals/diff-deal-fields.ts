// What an edit really changes: the fields whose value differs, as history rows (old → new as
// strings), and whether the expected close date was pushed later (a "slip"). Pure: no database.

/** The editable fields of a deal, as stored. */
export interface DealFields {
  title: string;
  value: bigint;
  currency: string;
  expectedCloseAt: Date | null;
  ownerId: string;
  personId: string | null;
  source: string | null;
}

/** The fields the history records. Money is one field: amount and currency read together. */
export const HISTORY_FIELDS = ["title", "value", "expectedCloseAt", "owner", "person", "source"] as const;
export type HistoryField = (typeof HISTORY_FIELDS)[number];

export interface FieldChange {
  field: HistoryField;
  oldValue: string | null;
  newValue: string | null;
}

export interface FieldDiff {
  /** Only the fields that change, ready for the deal's update. */
  data: Partial<DealFields>;
  changes: FieldChange[];
  /** The expected close date moved later than it was (not: set for the first time, or cleared). */
  slipped: boolean;
}

/** "12500000 RUB": minor units and currency, the way the history stores money. */
export const moneyText = (value: bigint, currency: string) => `${value} ${currency}`;
const dateText = (date: Date | null) => (date ? date.toISOString() : null);
const sameDate = (a: Date | null, b: Date | null) => (a === null || b === null ? a === b : a.getTime() === b.getTime());

export function diffDealFields(before: DealFields, edit: Partial<DealFields>): FieldDiff {
  const data: Partial<DealFields> = {};
  const changes: FieldChange[] = [];
  if (edit.title !== undefined && edit.title !== before.title) {
    data.title = edit.title;
    changes.push({ field: "title", oldValue: before.title, newValue: edit.title });
  }
  const value = edit.value ?? before.value;
  const currency = edit.currency ?? before.currency;
  if (value !== before.value || currency !== before.currency) {
    if (value !== before.value) data.value = value;
    if (currency !== before.currency) data.currency = currency;
    changes.push({ field: "value", oldValue: moneyText(before.value, before.currency), newValue: moneyText(value, currency) });
  }
  let slipped = false;
  if (edit.expectedCloseAt !== undefined && !sameDate(edit.expectedCloseAt, before.expectedCloseAt)) {
    data.expectedCloseAt = edit.expectedCloseAt;
    changes.push({ field: "expectedCloseAt", oldValue: dateText(before.expectedCloseAt), newValue: dateText(edit.expectedCloseAt) });
    slipped = before.expectedCloseAt !== null && edit.expectedCloseAt !== null && edit.expectedCloseAt > before.expectedCloseAt;
  }
  if (edit.ownerId !== undefined && edit.ownerId !== before.ownerId) {
    data.ownerId = edit.ownerId;
    changes.push({ field: "owner", oldValue: before.ownerId, newValue: edit.ownerId });
  }
  if (edit.personId !== undefined && edit.personId !== before.personId) {
    data.personId = edit.personId;
    changes.push({ field: "person", oldValue: before.personId, newValue: edit.personId });
  }
  if (edit.source !== undefined && edit.source !== before.source) {
    data.source = edit.source;
    changes.push({ field: "source", oldValue: before.source, newValue: edit.source });
  }
  return { data, changes, slipped };
}
