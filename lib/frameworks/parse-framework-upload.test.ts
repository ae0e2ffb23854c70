import { describe, expect, it } from "vitest";
import { formatIssuePath, parseFrameworkUpload } from "./parse-framework-upload";

const validFile = {
  code: "TEST",
  version: 1,
  titleVi: "Bộ thử",
  titleEn: "Test set",
  sourceTitle: "QĐ 387/QĐ-TTg",
  verified: false,
  sections: [
    {
      code: "A",
      titleVi: "Gia đình",
      titleEn: "Families",
      indicators: [{ code: "LF", labelVi: "Gia đình học tập", labelEn: "Learning families", type: "rate", targets: [{ year: 2030, value: 0.8, sourceTitle: "KH 291" }] }],
    },
  ],
};

describe("reading an uploaded framework file", () => {
  it("returns the parsed framework, defaults filled in", () => {
    const result = parseFrameworkUpload(JSON.stringify(validFile));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.file.code).toBe("TEST");
    expect(result.file.sections[0].indicators[0]).toMatchObject({ required: true, countsTowardsCompleteness: true, weight: 1, targets: [{ year: 2030, value: 0.8 }] });
  });

  it("lets an optional indicator be left out of what a checklist asks to answer, never a required one", () => {
    const withFlag = (required: boolean) => {
      const file = structuredClone(validFile);
      file.sections[0].indicators = [{ ...file.sections[0].indicators[0], required, countsTowardsCompleteness: false } as (typeof file.sections)[0]["indicators"][0]];
      return parseFrameworkUpload(JSON.stringify(file));
    };
    const optional = withFlag(false);
    expect(optional.ok && optional.file.sections[0].indicators[0].countsTowardsCompleteness).toBe(false);
    expect(withFlag(true)).toEqual({ ok: false, problems: [{ path: "sections[0].indicators[0].countsTowardsCompleteness", message: "validation.requiredAlwaysCounts" }] });
  });

  it("accepts a file saved with a byte-order mark", () => {
    expect(parseFrameworkUpload(`\uFEFF${JSON.stringify(validFile)}`).ok).toBe(true);
  });

  it("reports text that is not JSON as one problem for the whole file", () => {
    expect(parseFrameworkUpload('{ "code": "TEST", ')).toEqual({ ok: false, problems: [{ path: "", message: "validation.notJson" }] });
    expect(parseFrameworkUpload("")).toEqual({ ok: false, problems: [{ path: "", message: "validation.notJson" }] });
  });

  it("reports every schema problem with its place in the file and a translation key", () => {
    const broken = structuredClone(validFile) as Record<string, unknown> & typeof validFile;
    delete (broken as Partial<typeof validFile>).titleEn;
    broken.sections.push({ ...broken.sections[0], code: "B" });
    broken.sections[1].indicators = [{ ...broken.sections[0].indicators[0], code: "bad code", targets: [{ year: 2030, value: 80, sourceTitle: "KH 291" }] }];
    const result = parseFrameworkUpload(JSON.stringify(broken));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual(
      expect.arrayContaining([
        { path: "titleEn", message: "validation.required" },
        { path: "sections[1].indicators[0].code", message: "validation.code" },
        { path: "sections[1].indicators[0].targets", message: "validation.rateTargetRange" },
      ]),
    );
    expect(result.problems.every((p) => p.message.startsWith("validation."))).toBe(true);
  });

  it("reports an indicator code used twice where the second one is", () => {
    const twice = structuredClone(validFile);
    twice.sections[0].indicators.push({ ...twice.sections[0].indicators[0] });
    const result = parseFrameworkUpload(JSON.stringify(twice));
    expect(result).toEqual({ ok: false, problems: [{ path: "sections[0].indicators[1].code", message: "validation.duplicateCode" }] });
  });

  it("refuses sources that are internal notes, in the framework, an indicator or a target", () => {
    const noted = { ...validFile, sourceTitle: "QĐ 387 (seed 001)", sections: [{ ...validFile.sections[0], indicators: [{ ...validFile.sections[0].indicators[0], sourceTitle: "xem REFERENCE.md", targets: [{ year: 2030, value: 0.8, sourceTitle: "KH 291, seed articles" }] }] }] };
    expect(parseFrameworkUpload(JSON.stringify(noted))).toEqual({
      ok: false,
      problems: [
        { path: "sourceTitle", message: "validation.internalNote" },
        { path: "sections[0].indicators[0].targets[0].sourceTitle", message: "validation.internalNote" },
        { path: "sections[0].indicators[0].sourceTitle", message: "validation.internalNote" },
      ],
    });
  });

  it("reports a file that is JSON but not an object", () => {
    expect(parseFrameworkUpload("[]")).toEqual({ ok: false, problems: [{ path: "", message: "validation.invalid" }] });
  });

  it("refuses text no database stores as written, which JSON escapes can spell", () => {
    const file = { ...validFile, sections: [{ ...validFile.sections[0], indicators: [{ ...validFile.sections[0].indicators[0], labelVi: "Gia \ud800" }] }] };
    expect(parseFrameworkUpload(JSON.stringify(file))).toEqual({ ok: false, problems: [{ path: "sections[0].indicators[0].labelVi", message: "validation.invalidCharacters" }] });
    expect(parseFrameworkUpload(JSON.stringify({ ...validFile, titleVi: "Bộ\u0000thử" }))).toEqual({ ok: false, problems: [{ path: "titleVi", message: "validation.invalidCharacters" }] });
  });
});

describe("issue paths", () => {
  it("reads like the file's own structure", () => {
    expect(formatIssuePath(["sections", 2, "indicators", 0, "code"])).toBe("sections[2].indicators[0].code");
    expect(formatIssuePath(["levelScales", "three", 1, "labelEn"])).toBe("levelScales.three[1].labelEn");
    expect(formatIssuePath([])).toBe("");
  });
});
