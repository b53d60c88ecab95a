import { getNow } from "next-intl/server";
import type { Actor } from "@/lib/auth/permissions";
import { getTimeline } from "@/lib/timeline/get-timeline";
import type { FilterKind } from "@/lib/timeline/types";
import { Timeline } from "./Timeline";

/** Reads the timeline's first page on the server and hands it to the interactive stream. */
export async function PersonTimeline(props: { actor: Actor; personId: string; kinds: FilterKind[] }) {
  const [page, now] = await Promise.all([getTimeline({ actor: props.actor, personId: props.personId, kinds: props.kinds }), getNow()]);
  const first = page.items[0];
  // A new first item (a note just added) or another filter remounts the stream with fresh state.
  const key = `${props.kinds.join(",")}|${first ? `${first.kind}:${first.id}` : "empty"}|${page.items.length}`;
  return <Timeline key={key} personId={props.personId} kinds={props.kinds} items={page.items} nextCursor={page.nextCursor} nowMs={now.getTime()} />;
}
