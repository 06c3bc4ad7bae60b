import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isStorableText, unstorableTextPath } from "./schemas";

describe("storable text", () => {
  it("R-SEC-1 any well-formed text without a NUL character is storable", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), (s) => isStorableText(s.replaceAll("\u0000", ""))));
  });

  it("R-SEC-1 a NUL character or a broken surrogate is found with the path of the field that holds it", () => {
    expect(unstorableTextPath({ a: "ok", b: [{ c: "x" }, { d: "坏\u0000" }] })).toEqual(["b", 1, "d"]);
    expect(unstorableTextPath({ command: { note: "\uD83D" } })).toEqual(["command", "note"]);
    expect(unstorableTextPath({ emoji: "😀𠀀", n: 1, nothing: null })).toBeNull();
    expect(unstorableTextPath("\uDC00")).toEqual([]);
  });
});
