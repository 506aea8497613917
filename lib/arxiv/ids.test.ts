import { describe, expect, it } from "vitest";
import { parseArxivId } from "./ids";

describe("parseArxivId", () => {
  it.each([
    ["2103.03206", { id: "2103.03206" }],
    ["2103.03206v2", { id: "2103.03206", version: 2 }],
    ["arXiv:2103.03206", { id: "2103.03206" }],
    ["  arxiv:2103.03206v12 ", { id: "2103.03206", version: 12 }],
    ["https://arxiv.org/abs/2103.03206v2", { id: "2103.03206", version: 2 }],
    ["https://arxiv.org/pdf/2103.03206", { id: "2103.03206" }],
    ["https://arxiv.org/pdf/2103.03206v1.pdf", { id: "2103.03206", version: 1 }],
    ["http://export.arxiv.org/abs/1501.00001", { id: "1501.00001" }],
    ["0704.0001", { id: "0704.0001" }],
    ["1412.8001", { id: "1412.8001" }],
    ["hep-th/9711200", { id: "hep-th/9711200" }],
    ["hep-th/9711200v3", { id: "hep-th/9711200", version: 3 }],
    ["math.GT/0309136", { id: "math.GT/0309136" }],
    ["https://arxiv.org/abs/math.GT/0309136", { id: "math.GT/0309136" }],
  ])("accepts %s", (input, expected) => {
    expect(parseArxivId(input)).toEqual(expected);
  });

  it.each(["", "not-an-id", "2103.3206", "2113.03206", "1412.00001", "2103.032061", "2103.03206v0", "https://example.org/abs/2103.03206", "hep-th/971120", "HEP-TH/9711200"])(
    "rejects %j",
    (input) => {
      expect(parseArxivId(input)).toBeNull();
    },
  );
});
