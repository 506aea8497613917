import { describe, expect, it } from "vitest";
import { diffWords } from "./words";

const join = (parts: ReturnType<typeof diffWords>, without: "added" | "removed") =>
  parts.filter((p) => p.kind !== without).map((p) => p.text).join("");

describe("diffWords", () => {
  it("marks added and removed words and keeps both texts recoverable", () => {
    const before = "The model scales\nwith data and compute.";
    const after = "The large model scales\nwith compute.";
    const parts = diffWords(before, after);
    expect(parts).toEqual([
      { kind: "same", text: "The " },
      { kind: "added", text: "large " },
      { kind: "same", text: "model scales\nwith " },
      { kind: "removed", text: "data and " },
      { kind: "same", text: "compute." },
    ]);
    expect(join(parts, "added")).toBe(before);
    expect(join(parts, "removed")).toBe(after);
  });

  it("handles empty and identical texts", () => {
    expect(diffWords("", "")).toEqual([]);
    expect(diffWords("same", "same")).toEqual([{ kind: "same", text: "same" }]);
    expect(diffWords("", "new text")).toEqual([{ kind: "added", text: "new text" }]);
    expect(diffWords("old", "")).toEqual([{ kind: "removed", text: "old" }]);
  });
});
