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
