import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { journeyChannels, type JourneyChannels } from "./journey-channels";

/**
 * How the person first came and through which channels they came back: one grouped query over
 * their events (on the (personId, occurredAt) index). Shown in its own Suspense boundary.
 */
export async function getPersonChannels(options: { actor: Actor; personId: string; firstTouchChannel: string | null }): Promise<JourneyChannels> {
  assertCan(options.actor, "person.view");
  const groups = await db.event.groupBy({
    by: ["channel"],
    where: { personId: options.personId },
    _count: { _all: true },
    _min: { occurredAt: true },
    _max: { occurredAt: true },
  });
  return journeyChannels(
    options.firstTouchChannel,
    groups.map((g) => ({ channel: g.channel, count: g._count._all, first: g._min.occurredAt, last: g._max.occurredAt })),
  );
}
