// Writes one new migration for each provider from the change to prisma/schema.prisma:
//   npm run db:migration -- add_task_priority [--from <git ref>]   (default ref: HEAD)
// Both folders get the same name, so they stay in step; the drift test (npm run db:check)
// then proves that each folder builds exactly its schema. Needs no database.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { derivePostgresSchema } from "./postgres-schema.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const prismaBin = createRequire(import.meta.url).resolve("prisma/build/index.js");

const args = process.argv.slice(2);
const name = args.find((arg) => !arg.startsWith("--") && args[args.indexOf(arg) - 1] !== "--from");
const fromRef = args.includes("--from") ? args[args.indexOf("--from") + 1] : "HEAD";
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration -- <snake_case_name> [--from <git ref>]");
  process.exit(2);
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "voronka-migration-"));
const write = (file, text) => (fs.writeFileSync(path.join(tmp, file), text), path.join(tmp, file));
const oldSource = execFileSync("git", ["show", `${fromRef}:prisma/schema.prisma`], { cwd: root, encoding: "utf8" });
const newSource = fs.readFileSync(path.join(root, "prisma/schema.prisma"), "utf8");

const providers = [
  { dir: "prisma/migrations", from: write("old.sqlite.prisma", oldSource), to: write("new.sqlite.prisma", newSource), url: "file:./data/voronka.db" },
  {
    dir: "prisma/postgresql/migrations",
    from: write("old.pg.prisma", derivePostgresSchema(oldSource)),
    to: write("new.pg.prisma", derivePostgresSchema(newSource)),
    // The CLI opens the configured adapter even for a diff that needs no database.
    url: process.env.DATABASE_URL?.startsWith("postgres") ? process.env.DATABASE_URL : "postgresql://postgres@127.0.0.1:5432/postgres",
    // Fractional ranks compare bytewise (lib/deals/rank.ts); Prisma cannot say so in the schema.
    fix: (sql) => sql.replace(/"rank" TEXT( NOT NULL)?/g, '"rank" TEXT COLLATE "C"$1'),
  },
];

const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
for (const provider of providers) {
  const sql = execFileSync(
    process.execPath,
    [prismaBin, "migrate", "diff", "--from-schema-datamodel", provider.from, "--to-schema-datamodel", provider.to, "--script"],
    { cwd: root, encoding: "utf8", env: { ...process.env, DATABASE_URL: provider.url }, stdio: ["ignore", "pipe", "inherit"] },
  );
  if (!/\S/.test(sql.replace(/^--.*$/gm, ""))) {
    console.log(`${provider.dir}: no change since ${fromRef}`);
    continue;
  }
  const dir = path.join(root, provider.dir, `${stamp}_${name}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "migration.sql"), provider.fix ? provider.fix(sql) : sql);
  console.log(`wrote ${path.relative(root, dir)}/migration.sql`);
}
fs.rmSync(tmp, { recursive: true, force: true });
fs.writeFileSync(path.join(root, "prisma/postgresql/schema.prisma"), derivePostgresSchema(newSource));
