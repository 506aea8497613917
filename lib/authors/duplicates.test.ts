import { describe, expect, it } from "vitest";
import { firstLastKey, suggestDuplicates } from "./duplicates";

describe("suggestDuplicates", () => {
  it("pairs name variants and exact normalized matches", () => {
    const s = suggestDuplicates([
      { id: "1", name: "Samuel L. Smith", coAuthorIds: [] },
      { id: "2", name: "Samuel Smith", coAuthorIds: [] },
      { id: "3", name: "Bernhard Schölkopf", coAuthorIds: [] },
      { id: "4", name: "Bernhard Scholkopf", coAuthorIds: [] },
      { id: "5", name: "Soham De", coAuthorIds: [] },
    ]);
    expect(s.map((x) => [x.a, x.b, x.reason])).toEqual([
      ["3", "4", "same name"],
      ["1", "2", "same first and last name"],
    ]);
  });

  it("pairs an initial with a full first name only when they share a co-author", () => {
    const withCoAuthor = suggestDuplicates([
      { id: "a", name: "S. Smith", coAuthorIds: ["x"] },
      { id: "b", name: "Samuel Smith", coAuthorIds: ["x", "y"] },
      { id: "c", name: "Sarah Smith", coAuthorIds: ["z"] },
    ]);
    expect(withCoAuthor).toEqual([{ a: "a", b: "b", reason: "same initial and last name, shared co-authors", sharedCoAuthors: 1 }]);
  });

  it("ignores single names and initials in the first/last key", () => {
    expect(firstLastKey("Plato")).toBeNull();
    expect(firstLastKey("S. Smith")).toBeNull();
    expect(firstLastKey("Samuel L. Smith")).toBe("samuel smith");
  });
});
