import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { containsText } from "@/lib/db-dialect";
import { phoneDigits } from "./normalize-identity";

/** People whose name, company, email or phone contains the text (for pickers and global search). */
export async function searchPeople(options: { actor: Actor; q: string; limit?: number }) {
  assertCan(options.actor, "person.view");
  const q = options.q.trim();
  const or = [
    { name: containsText(q) },
    { company: containsText(q) },
    { identities: { some: { value: containsText(q.toLowerCase()) } } },
  ];
  // A phone typed as people write it ("8 912 000-11-22") matches the stored form ("+79120001122").
  const digits = phoneDigits(q);
  if (/^[+\d\s().-]+$/.test(q) && digits.replace("+", "").length >= 3 && digits !== q) {
    or.push({ identities: { some: { value: { contains: digits } } } });
  }
  return db.person.findMany({
    where: { mergedIntoId: null, OR: or },
    orderBy: { name: "asc" },
    take: options.limit ?? 8,
    select: { id: true, name: true, company: true },
  });
}
