import { describe, expect, it } from "vitest";
import { toStorableText, unstorableTextErrors, unstorableTextPath } from "./storable-text";

describe("text a database cannot store", () => {
  it("finds NUL and lone surrogates wherever they are, and nothing in well-formed text", () => {
    expect(unstorableTextPath({ title: "Hà Nội 👩🏽‍🏫 <script>", links: ["https://example.vn"] })).toBeNull();
    expect(unstorableTextPath({ title: "ok", flags: [{ comment: "a\u0000b" }] })).toEqual(["flags", 0, "comment"]);
    expect(unstorableTextPath(["\uD800"])).toEqual([0]);
    expect(unstorableTextPath({ note: "x\uDC00" })).toEqual(["note"]);
    expect(unstorableTextPath({ ["k\u0000"]: 1 })).toEqual(["k\u0000"]);
    expect(unstorableTextPath("\uD83D\uDE00")).toBeNull();
  });

  it("names the form field holding it", () => {
    expect(unstorableTextErrors({ body: "a\u0000" })).toEqual({ body: "validation.invalidCharacters" });
    expect(unstorableTextErrors("\uDBFF")).toEqual({ _form: "validation.invalidCharacters" });
    expect(unstorableTextErrors({ body: "fine" })).toBeNull();
  });

  it("replaces it as a UTF-8 encoder would, leaving everything else (and untouched values) as they were", () => {
    const date = new Date(0);
    const bytes = new Uint8Array([0]);
    const clean = { where: { id: "abc" }, data: { at: date, bytes } };
    expect(toStorableText(clean)).toBe(clean);
    const replaced = toStorableText({ where: { id: "a\u0000" }, data: { title: "x\uD800y", at: date, list: ["\uDC00", "ok"] } });
    expect(replaced).toEqual({ where: { id: "a\uFFFD" }, data: { title: "x\uFFFDy", at: date, list: ["\uFFFD", "ok"] } });
    expect(replaced.data.at).toBe(date);
  });
});
