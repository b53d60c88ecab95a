// The audit log stores codes ("apiKey.create", "ApiKey"); screens show them worded in the user's
// language. A code with no message (an old row from a removed feature) shows as itself.
type AuditT = { (key: string): string; has(key: string): boolean };

export function auditActionLabel(t: AuditT, action: string): string {
  const key = `actions.${action}`;
  return t.has(key) ? t(key) : action;
}

export function auditEntityLabel(t: AuditT, entity: string): string {
  const key = `entities.${entity}`;
  return t.has(key) ? t(key) : entity;
}

/** A changed field's name ("mergesKnownPeople") worded; unknown names show as themselves. */
export function auditFieldLabel(t: AuditT, field: string): string {
  const key = `fields.${field}`;
  return t.has(key) ? t(key) : field;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A value in an entry's data: yes/no, worded enum codes ("PUBLIC"), dates in the user's format. */
export function auditValueLabel(t: AuditT, value: unknown, formatDate: (date: Date) => string): string {
  if (value === undefined || value === null) return "—";
  if (typeof value === "boolean") return t(`values.${value}`);
  if (typeof value === "string") {
    if (/^[A-Z][A-Z_]*$/.test(value) && t.has(`values.${value}`)) return t(`values.${value}`);
    if (ISO_DATE.test(value) && !Number.isNaN(Date.parse(value))) return formatDate(new Date(value));
    return value;
  }
  return JSON.stringify(value);
}
