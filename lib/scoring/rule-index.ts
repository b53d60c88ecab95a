// Which scoring rule an event counts for. A rule names an event type and optionally a channel:
// a rule for (type, channel) overrides the any-channel rule of that type for that channel, so an
// admin can weigh a page view from ads differently from one from email. Pure.

export interface ScoringRuleLike {
  id: string;
  eventType: string;
  /** null: any channel. */
  channel: string | null;
  points: number;
  halfLifeDays: number;
}

export interface ScoringConfig<R extends ScoringRuleLike = ScoringRuleLike> {
  rules: R[];
  thresholds: { warm: number; hot: number };
}

/** Channels and event types compare case-insensitively, without surrounding spaces. */
export function normalizeKey(text: string): string {
  return text.trim().toLowerCase();
}

export type RuleMatcher<R extends ScoringRuleLike> = (eventType: string, channel: string | null) => R | null;

/**
 * A lookup from (event type, channel) to the rule that scores it. When two rules share a type and
 * channel (the settings form prevents it), the first one given wins.
 */
export function buildRuleMatcher<R extends ScoringRuleLike>(rules: R[]): RuleMatcher<R> {
  const exact = new Map<string, R>();
  const anyChannel = new Map<string, R>();
  for (const rule of rules) {
    const type = normalizeKey(rule.eventType);
    if (rule.channel === null || rule.channel.trim() === "") {
      if (!anyChannel.has(type)) anyChannel.set(type, rule);
    } else {
      const key = `${type}\u0000${normalizeKey(rule.channel)}`;
      if (!exact.has(key)) exact.set(key, rule);
    }
  }
  return (eventType, channel) => {
    const type = normalizeKey(eventType);
    if (channel) {
      const specific = exact.get(`${type}\u0000${normalizeKey(channel)}`);
      if (specific) return specific;
    }
    return anyChannel.get(type) ?? null;
  };
}
