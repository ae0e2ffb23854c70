import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import vi from "@/messages/vi.json";
import { applicationFormFields, membershipRequirements } from "./requirements";

describe("membership requirements", () => {
  it("has wording in both languages for every requirement and form field", () => {
    for (const messages of [vi, en]) {
      const texts = messages.network.requirements as Record<string, unknown>;
      const fields = messages.network.applicationFields as Record<string, unknown>;
      for (const requirement of membershipRequirements) expect(texts[requirement.key], requirement.key).toEqual(expect.any(String));
      for (const field of applicationFormFields) expect(fields[field.key], field.key).toEqual(expect.any(String));
    }
  });

  it("keeps the published rules: three new cities per country a year since 2018, a report every two years, 42 criteria", () => {
    const values = Object.fromEntries(membershipRequirements.map((r) => [r.key, r.values]));
    expect(values.quota).toEqual({ perYear: 3, since: 2018 });
    expect(values.progressReport).toEqual({ everyYears: 2 });
    expect(values.expertReview).toEqual({ criteria: 42 });
  });
});
