import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { containsText } from "@/lib/db-dialect";

/** People whose name, company, email or phone contains the text (for pickers and global search). */
export async function searchPeople(options: { actor: Actor; q: string; limit?: number }) {
  assertCan(options.actor, "person.view");
  const q = options.q.trim();
  return db.person.findMany({
    where: {
      mergedIntoId: null,
      OR: [
        { name: containsText(q) },
        { company: containsText(q) },
        { identities: { some: { value: containsText(q.toLowerCase()) } } },
      ],
    },
    orderBy: { name: "asc" },
    take: options.limit ?? 8,
    select: { id: true, name: true, company: true },
  });
}
