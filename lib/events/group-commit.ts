import "server-only";
// Group commit: requests that arrive while a batch is being written wait, then go to the
// database together in one transaction (up to MAX_GROUP_EVENTS events). Under load the fixed
// cost of a transaction (its statements, the commit) is paid once per group instead of once per
// request; a lone request is written at once, without waiting. If a group fails, its requests
// are retried one by one, so one request's problem never fails another's. A group holds the
// requests of one API key only: what a batch may do to people depends on its key.
import type { ParsedEvent } from "./parse-batch";
import { writeEvents, type IngestKey } from "./write-events";

const MAX_GROUP_EVENTS = 2000;

interface Job {
  events: ParsedEvent[];
  key: IngestKey;
  resolve: (accepted: number) => void;
  reject: (error: unknown) => void;
}

const queue: Job[] = [];
let draining = false;

/** Writes one request's valid events (unique ids); resolves to how many were new. */
export function commitEvents(options: { events: ParsedEvent[]; key: IngestKey }): Promise<number> {
  return new Promise((resolve, reject) => {
    queue.push({ ...options, resolve, reject });
    if (!draining) void drain();
  });
}

async function drain(): Promise<void> {
  draining = true;
  try {
    while (queue.length > 0) {
      // One turn of the event loop first: a transaction on SQLite resolves through microtasks
      // only, so requests that arrived meanwhile get to read their bodies and join the group.
      await new Promise((resolve) => setImmediate(resolve));
      const group: Job[] = [queue.shift()!];
      let size = group[0].events.length;
      for (let i = 0; i < queue.length && size < MAX_GROUP_EVENTS; ) {
        const job = queue[i];
        if (job.key.id !== group[0].key.id || size + job.events.length > MAX_GROUP_EVENTS) i += 1;
        else {
          queue.splice(i, 1);
          size += job.events.length;
          group.push(job);
        }
      }
      try {
        const accepted = await writeGroup(group);
        group.forEach((job, i) => job.resolve(accepted[i]));
      } catch (error) {
        if (group.length === 1) group[0].reject(error);
        else for (const job of group) await writeGroup([job]).then(([n]) => job.resolve(n), job.reject);
      }
    }
  } finally {
    draining = false;
  }
}

/** One transaction for the group; an id sent by two requests counts for the first one. */
async function writeGroup(group: Job[]): Promise<number[]> {
  const owner = new Map<string, number>();
  const events: ParsedEvent[] = [];
  group.forEach((job, j) => {
    for (const event of job.events) {
      if (owner.has(event.clientId)) continue;
      owner.set(event.clientId, j);
      events.push(event);
    }
  });
  const now = new Date(Math.max(...events.map((e) => e.receivedAt.getTime())));
  const inserted = await writeEvents({ events, now, key: group[0].key });
  const accepted = group.map(() => 0);
  for (const id of inserted) accepted[owner.get(id)!] += 1;
  return accepted;
}
