import { describe, expect, it } from "vitest";
import { pickMessages, sharedMessages } from "@/i18n/client-messages";
import en from "@/messages/en.json";
import vi from "@/messages/vi.json";
import { clientMessageUse, type ClientMessageUse } from "./client-messages";

const uses = clientMessageUse(process.cwd(), Object.keys(vi));
const covers = (given: string, key: string) => key === given || key.startsWith(`${given}.`);

/** For each file of a page's chain, the nearest file at or above it that hands messages down: the one its client components read. */
function providerOf(use: ClientMessageUse, index: number): string {
  const provider = use.chain.slice(0, index + 1).findLast((file) => use.gives[file] !== null);
  if (!provider) throw new Error(`${use.chain[index]}: no <ClientMessages> above it`);
  return provider;
}

describe("the messages each page hands to the browser", () => {
  it("finds the pages and the keys their client components name", () => {
    expect(uses.length).toBeGreaterThanOrEqual(30);
    const checklist = uses.find((u) => u.chain.at(-1) === "app/(workspace)/assessments/[id]/page.tsx")!;
    expect(checklist.needs[checklist.chain.at(-1)!]).toEqual(expect.arrayContaining(["checklist.numerator", "checks.numeratorAboveDenominator", "validation.required"]));
  });

  it.each(uses.map((use) => [use.chain.at(-1)!, use] as const))("%s: gives every key its client components name, and no namespace they do not", (_page, use) => {
    const readers = new Map<string, string[]>();
    use.chain.forEach((file, i) => {
      const provider = providerOf(use, i);
      const given = [...sharedMessages, ...use.gives[provider]!];
      expect(use.needs[file].filter((key) => !given.some((g) => covers(g, key))), `${file}: keys outside what ${provider} gives`).toEqual([]);
      readers.set(provider, [...(readers.get(provider) ?? []), ...use.needs[file]]);
    });
    for (const [provider, keys] of readers) {
      const unused = use.gives[provider]!.filter((given) => !keys.some((key) => covers(given, key) || covers(key, given)));
      expect(unused, `${provider} gives what no client component below it names`).toEqual([]);
    }
  });

  it("names only messages that exist in both languages", () => {
    const given = [...new Set([...sharedMessages, ...uses.flatMap((use) => Object.values(use.gives).flatMap((g) => g ?? []))])];
    for (const messages of [vi, en]) {
      const picked = pickMessages(messages, given);
      for (const path of given) expect(path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], picked), path).toBeDefined();
    }
  });
});
