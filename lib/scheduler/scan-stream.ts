// The loop every stream trigger shares (events, stage transitions): read the stream from the
// watermark in (at, id) order a page at a time, at most MAX_PAGES per tick (the rest next tick,
// from the last row read), enqueue the runs each page gives, then move the watermark.
import type { Db } from "@/lib/db-client";
import { enqueueRuns, type NewRun } from "./enqueue-runs";
import { advanceWatermark, readWatermark, scanStart } from "./watermark";

export const PAGE = 500;
const MAX_PAGES = 20;

export interface StreamPosition {
  at: Date;
  id: string;
}

export async function scanStream<R>(
  db: Db,
  options: {
    watermark: string;
    /** No row before this instant matters (the earliest activeSince of the rules reading it). */
    floor: Date;
    /** Up to PAGE rows from `since` on, after `cursor` when given, in (at, id) order. */
    readPage: (since: Date, cursor: StreamPosition | null) => Promise<R[]>;
    position: (row: R) => StreamPosition;
    runsFor: (rows: R[]) => Promise<NewRun[]>;
  },
): Promise<number> {
  const mark = await readWatermark(db, options.watermark);
  const start = scanStart(mark, options.floor);
  let enqueued = 0;
  let cursor = start.cursor;
  let partial = false;
  for (let page = 0; ; page++) {
    if (page === MAX_PAGES) {
      partial = true;
      break;
    }
    const rows = await options.readPage(start.since, cursor);
    if (rows.length === 0) break;
    enqueued += await enqueueRuns(db, await options.runsFor(rows));
    cursor = options.position(rows[rows.length - 1]);
    if (rows.length < PAGE) break;
  }
  if (cursor && (!mark.at || cursor.at >= mark.at)) await advanceWatermark(db, mark, { ...cursor, partial });
  return enqueued;
}

/** Rows strictly after `cursor` in (at, id) order, as a Prisma where clause on the `at` column. */
export function afterCursor<K extends string>(column: K, cursor: StreamPosition | null) {
  return cursor ? { OR: [{ [column]: { gt: cursor.at } }, { [column]: cursor.at, id: { gt: cursor.id } }] } : {};
}
