// Email (and task / notification) templates: {{person.name}}, {{product}}, … with an optional
// fallback after a bar: {{product|our catalogue}}. Unknown or empty fields render the fallback
// (or nothing), never the raw placeholder, so a customer never reads "{{product}}".

export interface TemplateContext {
  person?: { name?: string | null; firstName?: string | null; company?: string | null; email?: string | null } | null;
  deal?: { title?: string | null; stage?: string | null; value?: string | null } | null;
  owner?: { name?: string | null; email?: string | null } | null;
  /** The product of the person's latest page_view / cart event that names one. */
  product?: string | null;
  /** The body of the person's latest open (unresolved) objection note. */
  objection?: string | null;
}

/** The placeholders the editor offers, in the order it lists them. */
export const TEMPLATE_FIELDS = [
  "person.firstName",
  "person.name",
  "person.company",
  "product",
  "objection",
  "deal.title",
  "deal.stage",
  "owner.name",
] as const;

const PLACEHOLDER = /\{\{\s*([a-zA-Z.]+)\s*(?:\|([^}]*))?\}\}/g;

function lookup(context: TemplateContext, path: string): string | null {
  let value: unknown = context;
  for (const key of path.split(".")) {
    if (value === null || typeof value !== "object") return null;
    value = (value as Record<string, unknown>)[key];
  }
  if (typeof value === "number") return String(value);
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

export function renderTemplate(template: string, context: TemplateContext): string {
  return template.replace(PLACEHOLDER, (_, path: string, fallback: string | undefined) => lookup(context, path) ?? (fallback ?? "").trim());
}

/** First word of a name ("Мария Петрова" → "Мария"). */
export function firstNameOf(name: string | null | undefined): string | null {
  const first = name?.trim().split(/\s+/)[0];
  return first ? first : null;
}

/** The product named in an event's properties JSON (product, productName or name), if any. */
export function productFromProperties(json: string | null | undefined): string | null {
  try {
    const props = JSON.parse(json ?? "{}") as Record<string, unknown>;
    for (const key of ["product", "productName", "name", "title"]) {
      const value = props[key];
      if (typeof value === "string" && value.trim()) return value.trim();
    }
  } catch {
    // properties that are not JSON name no product
  }
  return null;
}
