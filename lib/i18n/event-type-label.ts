// Event types are codes ("cart_abandoned"); screens word the known ones from timeline.events in the
// user's language. A type a client invented (e.g. "webinar_signup") has no message and shows as sent.
type TimelineT = { (key: string): string; has(key: string): boolean };

export function eventTypeLabel(t: TimelineT, type: string): string {
  const key = `events.${type}`;
  return type !== "other" && t.has(key) ? t(key) : type;
}
