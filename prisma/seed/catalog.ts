// What the demo company sells and to whom: B2B offerings, shop products, client companies,
// site pages. Plain data plus small pickers.
import { faker, int, pick } from "./random";

export interface Offering {
  name: string;
  /** Typical deal size in roubles. */
  min: number;
  max: number;
}

export const B2B_OFFERINGS: Offering[] = [
  { name: "Annual licence, 10 seats", min: 50_000, max: 180_000 },
  { name: "Annual licence, 25 seats", min: 150_000, max: 450_000 },
  { name: "Enterprise plan, 100+ seats", min: 900_000, max: 3_000_000 },
  { name: "Implementation & onboarding", min: 200_000, max: 900_000 },
  { name: "Data migration from Excel and 1C", min: 80_000, max: 350_000 },
  { name: "Analytics add-on", min: 60_000, max: 240_000 },
  { name: "Pilot project, 3 months", min: 50_000, max: 150_000 },
  { name: "Custom integration (1C / telephony)", min: 250_000, max: 1_200_000 },
  { name: "Support plan, 12 months", min: 120_000, max: 480_000 },
  { name: "Sales team training", min: 70_000, max: 300_000 },
];

export const PRODUCTS: Offering[] = [
  { name: "Espresso machine", min: 25_000, max: 65_000 },
  { name: "Ergonomic office chair", min: 15_000, max: 45_000 },
  { name: "Robot vacuum", min: 18_000, max: 52_000 },
  { name: "Running shoes", min: 6_000, max: 16_000 },
  { name: "Winter down jacket", min: 12_000, max: 38_000 },
  { name: "Noise-cancelling headphones", min: 9_000, max: 32_000 },
  { name: "Kids' bicycle", min: 9_000, max: 21_000 },
  { name: "Cast-iron cookware set", min: 6_000, max: 14_000 },
  { name: "Standing desk", min: 30_000, max: 75_000 },
  { name: "Smart watch", min: 12_000, max: 42_000 },
  { name: "Linen bedding set", min: 5_000, max: 12_000 },
  { name: "Air purifier", min: 14_000, max: 36_000 },
  { name: "Yoga mat & blocks", min: 2_500, max: 5_500 },
  { name: "Coffee beans subscription", min: 1_500, max: 4_200 },
  { name: "Leather backpack", min: 8_000, max: 22_000 },
  { name: "Premium skincare set", min: 7_000, max: 26_000 },
];

const COMPANY_HEADS = [
  "Northwind", "Arctic", "Helios", "Volga", "Baltic", "Ural", "Taiga", "Nova", "Orbit", "Granit",
  "Sever", "Polar", "Atlas", "Vector", "Kvant", "Zenit", "Meridian", "Aurora", "Sapsan", "Yantar",
];
const COMPANY_TAILS = [
  "Logistics", "Foods", "Clinic", "Systems", "Retail", "Finance", "Labs", "Group", "Trade", "Media",
  "Energy", "Pharma", "Hotels", "Education", "Realty", "Motors", "Agro", "Textile",
];

export interface Company {
  name: string;
  domain: string;
}

/** A client company; about one in six picks repeats an earlier one (two contacts, one account). */
export function makeCompanyPicker(): () => Company {
  const used: Company[] = [];
  return () => {
    if (used.length > 8 && int(1, 6) === 1) return pick(used);
    for (;;) {
      const head = pick(COMPANY_HEADS);
      const tail = pick(COMPANY_TAILS);
      const name = `${head} ${tail}`;
      if (used.some((c) => c.name === name)) continue;
      const company = { name, domain: `${head}-${tail}`.toLowerCase() + pick([".ru", ".ru", ".com", ".io"]) };
      used.push(company);
      return company;
    }
  };
}

export const B2B_PAGES = [
  "/pricing", "/features", "/features/pipeline", "/features/analytics", "/cases", "/cases/logistics",
  "/cases/retail", "/integrations/1c", "/integrations/telephony", "/security", "/blog/sales-funnel-leaks",
  "/blog/lead-scoring", "/docs/getting-started", "/webinars/funnel-architecture",
];

export function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

export function productPage(product: Offering): string {
  return `/product/${slug(product.name)}`;
}

export function shopPages(product: Offering): string[] {
  return [productPage(product), "/catalog", "/catalog/new", "/catalog/sale", "/delivery", "/reviews", "/"];
}

export function sku(product: Offering): string {
  return `${slug(product.name).slice(0, 6).toUpperCase()}-${faker.string.numeric(4)}`;
}

/** Round an amount of roubles to something a price list would show. */
export function roundPrice(rub: number): number {
  if (rub >= 100_000) return Math.round(rub / 5_000) * 5_000;
  if (rub >= 10_000) return Math.round(rub / 100) * 100 - 10;
  return Math.round(rub / 10) * 10 - 10;
}
