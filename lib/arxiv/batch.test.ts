import { describe, expect, it } from "vitest";
import { parseIdBatch } from "./batch";

describe("parseIdBatch", () => {
  it("accepts every form a curator pastes, with any separators, once per paper", () => {
    const batch = parseIdBatch(
      "2103.03206v2, arXiv:2102.06171;https://arxiv.org/abs/2102.12092v2\n https://arxiv.org/pdf/2102.07074\thep-th/9711200 math.GT/0309136 2103.03206",
    );
    expect(batch.invalid).toEqual([]);
    expect(batch.ids.map((i) => [i.id, i.version])).toEqual([
      ["2103.03206", 2],
      ["2102.06171", undefined],
      ["2102.12092", 2],
      ["2102.07074", undefined],
      ["hep-th/9711200", undefined],
      ["math.GT/0309136", undefined],
    ]);
  });

  it("names each malformed piece", () => {
    expect(parseIdBatch("2102.06171 not-an-id 2102.1234 https://example.org/abs/2102.06171").invalid).toEqual([
      "not-an-id",
      "2102.1234",
      "https://example.org/abs/2102.06171",
    ]);
  });
});
