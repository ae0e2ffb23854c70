import { describe, expect, it } from "vitest";
import { addNetworkStatSchema, blankNetworkStat, networkStatFormSchema } from "./network";
import { fieldErrors } from "./zod";

const december2025 = {
  ...blankNetworkStat,
  asOf: "2025-12-04",
  newMembers: "72",
  newMemberCountries: "46",
  totalMembers: "425",
  countries: "91",
  citizensReached: "498.000.000",
  sourceTitle: "Báo chí Việt Nam, 12/2025",
};

describe("the network figures form", () => {
  it("reads numbers as a Vietnamese user types them, and empty boxes as no figure", () => {
    expect(networkStatFormSchema("vi").parse(december2025)).toEqual({
      asOf: "2025-12-04",
      newMembers: 72,
      newMemberCountries: 46,
      totalMembers: 425,
      countries: 91,
      citizensReached: 498_000_000,
      sourceTitle: "Báo chí Việt Nam, 12/2025",
      sourceUrl: null,
      noteVi: null,
      noteEn: null,
    });
    const totalsOnly = networkStatFormSchema("en").parse({ ...blankNetworkStat, asOf: "2016-08", totalMembers: "115", countries: "28", sourceTitle: "uil.unesco.org" });
    expect(totalsOnly).toMatchObject({ newMembers: null, newMemberCountries: null, citizensReached: null, totalMembers: 115 });
  });

  it("reports each problem under its box as a translation key", () => {
    const errors = (input: object) => {
      const result = networkStatFormSchema("vi").safeParse({ ...december2025, ...input });
      return result.success ? {} : fieldErrors(result.error);
    };
    expect(errors({ asOf: "4/12/2025" })).toEqual({ asOf: "network.errors.asOf" });
    expect(errors({ totalMembers: "" })).toEqual({ totalMembers: "validation.required" });
    expect(errors({ sourceTitle: "Báo chí Việt Nam, 12/2025 (seed 001)" })).toEqual({ sourceTitle: "validation.internalNote" });
    expect(errors({ countries: "nhiều" })).toEqual({ countries: "checks.notANumber" });
    expect(errors({ newMembers: "7,5" })).toEqual({ newMembers: "validation.wholeNumber" });
    expect(errors({ countries: "500" })).toEqual({ countries: "validation.tooBig" });
    expect(errors({ sourceTitle: " " })).toEqual({ sourceTitle: "validation.required" });
    expect(errors({ sourceUrl: "javascript:alert(1)" })).toEqual({ sourceUrl: "validation.url" });
    expect(errors({ newMembers: "430" })).toEqual({ newMembers: "network.errors.moreNewThanTotal" });
  });

  it("is the server's schema too: the parsed form passes it unchanged", () => {
    const parsed = networkStatFormSchema("vi").parse(december2025);
    expect(addNetworkStatSchema.parse(parsed)).toEqual(parsed);
  });
});
