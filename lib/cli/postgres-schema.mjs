// Derives prisma/postgresql/schema.prisma from prisma/schema.prisma, the one source of truth.
// The copy differs only in its provider and its client's output folder, so both generated
// clients have the same models and types. `--check` fails (exit 1) when the copy is stale.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SOURCE = path.join(ROOT, "prisma/schema.prisma");
const TARGET = path.join(ROOT, "prisma/postgresql/schema.prisma");

const HEADER = `// GENERATED from prisma/schema.prisma by \`npm run db:schema\`. Do not edit: change the source
// and run the script (\`npm run db:check\` fails while this copy is stale).
`;

export function derivePostgresSchema(source) {
  const replace = (text, from, to) => {
    if (!text.includes(from)) throw new Error(`prisma/schema.prisma no longer contains ${from}`);
    return text.replace(from, to);
  };
  let schema = source.replace(/^(\/\/.*\n)+/, "");
  schema = replace(schema, 'provider = "sqlite"', 'provider = "postgresql"');
  schema = replace(schema, 'output     = "../lib/generated/prisma"', 'output     = "../../lib/generated/postgresql"');
  return HEADER + schema;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const expected = derivePostgresSchema(fs.readFileSync(SOURCE, "utf8"));
  const actual = fs.existsSync(TARGET) ? fs.readFileSync(TARGET, "utf8") : "";
  if (process.argv.includes("--check")) {
    if (actual !== expected) {
      console.error("prisma/postgresql/schema.prisma is stale: run `npm run db:schema` and commit it.");
      process.exit(1);
    }
    console.log("prisma/postgresql/schema.prisma matches prisma/schema.prisma");
  } else if (actual !== expected) {
    fs.writeFileSync(TARGET, expected);
    console.log("wrote prisma/postgresql/schema.prisma");
  }
}
