// A loading.tsx is a Suspense boundary: its fallback starts the response with status 200, so a
// notFound() or redirect() below it can no longer set the status (an unknown deal answered 200
// with the not-found page). Pages that look an id up therefore have no loading.tsx beside or
// above them; they check the id first and stream their slow parts in their own <Suspense>.
// The real statuses are checked over HTTP in e2e/security/not-found.spec.ts.
import { readdir } from "node:fs/promises";
import path from "node:path";
import { expect, it } from "vitest";

const APP = path.resolve(__dirname, "../../app");

async function walk(dir: string, found: { loading: string[]; dynamic: string[] }): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === "api") continue;
      if (entry.name.startsWith("[")) found.dynamic.push(full);
      await walk(full, found);
    } else if (/^loading\.(tsx|jsx|js)$/.test(entry.name)) {
      found.loading.push(dir);
    }
  }
}

it("no page with an [id] segment sits under a loading boundary", async () => {
  const found = { loading: [] as string[], dynamic: [] as string[] };
  await walk(APP, found);
  expect(found.dynamic.length).toBeGreaterThanOrEqual(4);
  const covered = found.dynamic.flatMap((segment) =>
    found.loading.filter((dir) => segment === dir || segment.startsWith(dir + path.sep)).map((dir) => `${path.relative(APP, dir)}/loading.tsx covers ${path.relative(APP, segment)}`),
  );
  expect(covered).toEqual([]);
});
