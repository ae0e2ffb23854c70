import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { requirementSources } from "../network/requirements";
import { hasInternalNote } from "./internal-note";

const dataDir = path.join(process.cwd(), "prisma/data");
const files = [...readdirSync(dataDir).filter((f) => f.endsWith(".json")), ...readdirSync(path.join(dataDir, "frameworks")).map((f) => `frameworks/${f}`)];

/** Every string the seed stores, with where it sits; "$comment" keys are for maintainers and never stored. */
function texts(value: unknown, at: string): { at: string; text: string }[] {
  if (typeof value === "string") return [{ at, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, `${at}[${i}]`));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => (k === "$comment" ? [] : texts(v, `${at}.${k}`)));
  return [];
}

describe("internal notes", () => {
  it("recognises a working note and leaves a publication alone", () => {
    expect(hasInternalNote("VnExpress và CafeF, 12/2025 (seed 001)")).toBe(true);
    expect(hasInternalNote("Vietnamese press on GNLC admissions (seed articles 000, 004)")).toBe(true);
    expect(hasInternalNote("Hà Nội Mới, 22/1/2025")).toBe(false);
    expect(hasInternalNote(null)).toBe(false);
  });

  it.each(files)("never reach a user from the shipped data in %s", (file) => {
    const found = texts(JSON.parse(readFileSync(path.join(dataDir, file), "utf8")), file).filter(({ text }) => hasInternalNote(text));
    expect(found).toEqual([]);
  });

  it("never reach a user from the network page's sources", () => {
    expect(requirementSources.filter((s) => hasInternalNote(s.title))).toEqual([]);
  });
});
