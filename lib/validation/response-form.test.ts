import { describe, expect, it } from "vitest";
import { saveResponseSchema } from "./assessments";
import { responseLimits } from "./assessments";
import { lengthNearLimit, responseFormReader, responseFormSchema, toFormValues } from "./response-form";
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

  it("names the limit and the length when a text is too long, and keeps the rest of the answer readable", () => {
    const values = { ...blank, numerator: "100", denominator: "160", evidenceNote: "x".repeat(responseLimits.evidenceNote + 12) };
    expect(responseFormSchema("vi").safeParse(values).success).toBe(false);
    const read = responseFormReader("vi")(values);
    expect(read.fields).toBeNull();
    expect(read.problems).toEqual([{ field: "evidenceNote", code: "checks.tooLong", params: { max: 4_000, count: 4_012 } }]);
    // The rate still computes from its two boxes; only the note is held back.
    expect(read.readable).toMatchObject({ numerator: 100, denominator: 160, evidenceNote: null });
  });

  it("reports each box once, with too many links counted", () => {
    const links = Array.from({ length: responseLimits.evidenceLinks + 1 }, (_, i) => `https://a.vn/${i}`).join("\n");
    const values = { ...blank, value: "mười", comment: "y".repeat(responseLimits.comment + 1), evidenceLinks: links };
    const { problems, readable, fields } = responseFormReader("vi")(values);
    expect(fields).toBeNull();
    expect(problems).toEqual(
      expect.arrayContaining([
        { field: "value", code: "checks.notANumber" },
        { field: "comment", code: "checks.tooLong", params: { max: 2_000, count: 2_001 } },
        { field: "evidenceLinks", code: "checks.tooManyLinks", params: { max: 20, count: 21 } },
      ]),
    );
    expect(problems).toHaveLength(3);
    expect(readable).toMatchObject({ value: null, comment: null, evidenceLinks: [] });
  });

  it("reads what the schema reads when every box is fine", () => {
    const values = { ...blank, numerator: "1.420.000", denominator: "2.100.000", comment: "Số liệu Sở GD&ĐT", evidenceLinks: " https://a.vn " };
    const read = responseFormReader("vi")(values);
    expect(read.problems).toEqual([]);
    expect(read.fields).toEqual(responseFormSchema("vi").parse(values));
    expect(read.readable).toEqual(read.fields);
  });

  it("shows a counter from 80% of a text's limit", () => {
    expect(lengthNearLimit("comment", "a".repeat(1_599))).toBeNull();
    expect(lengthNearLimit("comment", "a".repeat(1_600))).toEqual({ count: 1_600, max: 2_000 });
  });
});
