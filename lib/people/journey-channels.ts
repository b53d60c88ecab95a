// First touch and return channels from per-channel event counts. Pure.

export interface ChannelGroup {
  channel: string | null;
  count: number;
  first: Date | null;
  last: Date | null;
}

export interface ReturnChannel {
  channel: string;
  /** Visits through this channel after the first touch. */
  count: number;
  last: Date;
}

export interface JourneyChannels {
  firstTouch: string | null;
  returns: ReturnChannel[];
}

/**
 * The first-touch channel is the person's recorded one, else the channel of their earliest event.
 * Returns are the other events' channels (the first-touch channel counts once less), the most
 * recently used first. Events without a channel are left out.
 */
export function journeyChannels(recorded: string | null, groups: readonly ChannelGroup[]): JourneyChannels {
  const known = groups.filter((g): g is ChannelGroup & { channel: string; first: Date; last: Date } => g.channel !== null && g.first !== null && g.last !== null);
  const earliest = [...known].sort((a, b) => a.first.getTime() - b.first.getTime())[0];
  const firstTouch = recorded ?? earliest?.channel ?? null;
  const returns = known
    .map((g) => ({ channel: g.channel, count: g.channel === firstTouch ? g.count - 1 : g.count, last: g.last }))
    .filter((r) => r.count > 0)
    .sort((a, b) => b.last.getTime() - a.last.getTime());
  return { firstTouch, returns };
}
