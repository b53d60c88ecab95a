// POST /api/v1/events — the event API: up to 1000 events per batch from a website (public/track.js)
// or a server, authenticated by an API key (Authorization: Bearer vk_live_…, or "key" in the body
// for browsers). Answers { accepted, duplicates, rejected: [{ index, clientId, error }] }: 200 when
// every event was taken, 207 when some were rejected; 400 wrong body, 401 key, 413 too large.
import { handleEventsPost, handleEventsPreflight } from "@/lib/events/events-endpoint";

export const POST = handleEventsPost;
export const OPTIONS = handleEventsPreflight;
