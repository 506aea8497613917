import { describe, expect, it } from "vitest";
import { authorsLine, formatMonth } from "./format";

describe("authorsLine", () => {
  it("lists up to three authors, then uses et al.", () => {
    expect(authorsLine([])).toBe("");
    expect(authorsLine(["A"])).toBe("By A");
    expect(authorsLine(["A", "B"])).toBe("By A & B");
    expect(authorsLine(["A", "B", "C"])).toBe("By A, B & C");
    expect(authorsLine(["A", "B", "C", "D"])).toBe("By A et al.");
  });
});

describe("formatMonth", () => {
  it("formats in UTC so the first of a month never shows as the previous month", () => {
    expect(formatMonth(new Date("2021-03-01T00:00:00Z"))).toBe("March 2021");
  });
});
