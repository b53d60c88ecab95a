import { describe, expect, it } from "vitest";
import { isPlaceholderName, nameForNewPerson } from "./person-name";

describe("person names from events", () => {
  it("names a new profile by what is known, best first", () => {
    expect(nameForNewPerson([{ kind: "ANON_ID", value: "v_abc123def456" }], null)).toBe("Visitor abc123");
    expect(nameForNewPerson([{ kind: "ANON_ID", value: "v_1" }, { kind: "PHONE", value: "+79120001122" }], null)).toBe("+79120001122");
    expect(nameForNewPerson([{ kind: "PHONE", value: "+79120001122" }, { kind: "EMAIL", value: "m@x.ru" }], null)).toBe("m@x.ru");
    expect(nameForNewPerson([{ kind: "EMAIL", value: "m@x.ru" }], "  Мария ")).toBe("Мария");
    expect(nameForNewPerson([{ kind: "EXTERNAL", value: "---" }], "")).toBe("Visitor anonymous");
  });

  it("tells made-up names from typed ones", () => {
    for (const name of ["Visitor def456", "m@x.ru", "+7 912 000-11-22", " "]) expect(isPlaceholderName(name)).toBe(true);
    for (const name of ["Мария Иванова", "Visitors Club LLC", "Oleg 2"]) expect(isPlaceholderName(name)).toBe(false);
  });
});
