import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { matchingText } from "./list-people";

/** People whose name, company, email or phone contains the text (for pickers and global search). */
export async function searchPeople(options: { actor: Actor; q: string; limit?: number }) {
  assertCan(options.actor, "person.view");
  return db.person.findMany({
    where: { mergedIntoId: null, ...matchingText(options.q) },
    orderBy: { name: "asc" },
    take: options.limit ?? 8,
    select: { id: true, name: true, company: true },
  });
}
