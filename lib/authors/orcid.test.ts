import { describe, expect, it } from "vitest";
import { normalizeOrcid, orcidCheckCharacter } from "./orcid";

describe("ORCID check character (ISO 7064 MOD 11-2)", () => {
  it("matches ORCID's documented examples", () => {
    expect(orcidCheckCharacter("000000021825009")).toBe("7");
    expect(orcidCheckCharacter("000000021694233")).toBe("X");
  });

  it("accepts valid iDs in any common spelling and returns the canonical form", () => {
    expect(normalizeOrcid("0000-0002-1825-0097")).toBe("0000-0002-1825-0097");
    expect(normalizeOrcid("0000000218250097")).toBe("0000-0002-1825-0097");
    expect(normalizeOrcid("https://orcid.org/0000-0002-1694-233x")).toBe("0000-0002-1694-233X");
    expect(normalizeOrcid(" 0000-0001-5109-3700 ")).toBe("0000-0001-5109-3700");
  });

  it("rejects a wrong check character, a wrong length and other characters", () => {
    expect(normalizeOrcid("0000-0002-1825-0098")).toBeNull();
    expect(normalizeOrcid("0000-0002-1694-2330")).toBeNull();
    expect(normalizeOrcid("0000-0002-1825-009")).toBeNull();
    expect(normalizeOrcid("0000-0002-1825-00977")).toBeNull();
    expect(normalizeOrcid("000A-0002-1825-0097")).toBeNull();
    expect(normalizeOrcid("")).toBeNull();
  });
});
