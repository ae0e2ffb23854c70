import { describe, expect, it } from "vitest";
import { saveResponseSchema } from "./assessments";
import { responseFormSchema, toFormValues } from "./response-form";
import { fieldErrors } from "./zod";

describe("the answer form", () => {
  const blank = { numerator: "", denominator: "", value: "", text: "", dataYear: "", comment: "", evidenceNote: "", evidenceLinks: "" };

  it("reads typed boxes into the fields the server schema takes", () => {
    const parsed = responseFormSchema("vi").parse({ ...blank, numerator: "1.420.000", denominator: "2.100.000", evidenceLinks: "https://a.vn\n https://b.vn " });
    expect(parsed).toMatchObject({ numerator: 1_420_000, denominator: 2_100_000, value: null, text: null, evidenceLinks: ["https://a.vn", "https://b.vn"] });
  });

  it("reports a box that holds no number against that box", () => {
    const result = responseFormSchema("en").safeParse({ ...blank, value: "twelve" });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({ path: ["value"], message: "checks.notANumber" });
  });

  it("takes only web addresses as evidence links, in the form and on the server", () => {
    for (const link of ["data:text/html,<script>alert(1)</script>", "file:///etc/passwd", "smb://may-chu/chia-se", "javascript:alert(1)", "bien-ban.pdf"]) {
      const result = responseFormSchema("vi").safeParse({ ...blank, evidenceLinks: `https://a.vn\n${link}` });
      expect(result.success, link).toBe(false);
      expect(fieldErrors(result.error!), link).toEqual({ evidenceLinks: "validation.url" });
      const server = saveResponseSchema.safeParse({ assessmentId: "a", indicatorId: "i", revision: 0, numerator: null, denominator: null, value: null, text: null, dataYear: null, comment: null, evidenceNote: null, evidenceLinks: [link] });
      expect(server.success, link).toBe(false);
    }
  });

  it("round-trips a saved answer through the boxes", () => {
    const fields = { numerator: 6900, denominator: 11_695, value: null, text: null, dataYear: 2025, comment: "Theo báo cáo", evidenceNote: null, evidenceLinks: ["https://hanoi.gov.vn"] };
    expect(responseFormSchema("vi").parse(toFormValues(fields, "vi"))).toEqual(fields);
  });
});
