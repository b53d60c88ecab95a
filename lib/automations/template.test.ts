import { describe, expect, it } from "vitest";
import { firstNameOf, productFromProperties, renderTemplate } from "./template";

describe("renderTemplate", () => {
  const context = {
    person: { name: "Мария Петрова", firstName: "Мария", company: null },
    deal: { title: "Диван «Осло»", stage: "Корзина" },
    owner: { name: "Rita Rep" },
    product: "Диван «Осло»",
    objection: null,
  };

  it("fills known fields, spaces inside braces allowed", () => {
    expect(renderTemplate("Здравствуйте, {{person.firstName}}! {{ product }} ждёт вас. — {{owner.name}}", context)).toBe(
      "Здравствуйте, Мария! Диван «Осло» ждёт вас. — Rita Rep",
    );
  });

  it("uses the fallback for empty or unknown fields and never leaves a placeholder", () => {
    expect(renderTemplate("{{objection|no objections}} / {{person.company|—}} / {{nope.field}}!", context)).toBe("no objections / — / !");
  });

  it("leaves text without placeholders alone", () => {
    expect(renderTemplate("Plain {text} and }} braces", context)).toBe("Plain {text} and }} braces");
  });
});

describe("template helpers", () => {
  it("takes the first word of a name", () => {
    expect(firstNameOf("  Мария   Петрова ")).toBe("Мария");
    expect(firstNameOf("")).toBeNull();
    expect(firstNameOf(null)).toBeNull();
  });

  it("reads the product from event properties", () => {
    expect(productFromProperties(JSON.stringify({ product: "Кресло", sku: "KRES-1" }))).toBe("Кресло");
    expect(productFromProperties(JSON.stringify({ url: "/catalog" }))).toBeNull();
    expect(productFromProperties("not json")).toBeNull();
  });
});
