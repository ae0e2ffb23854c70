import { describe, expect, it } from "vitest";
import en from "../../messages/en.json";
import { answerFields, describeChange, parseAuditJson } from "./describe-change";

const answer = {
  numerator: 700,
  denominator: 1000,
  value: 0.7,
  text: null,
  dataYear: 2024,
  comment: null,
  evidenceNote: "Báo cáo của Sở",
  evidenceLinks: ["https://a.example"],
  revision: 1,
};
const stored = (action: string, before: unknown, after: unknown) => ({
  action,
  before: before === undefined ? null : JSON.stringify(before),
  after: after === undefined ? null : JSON.stringify(after),
});

describe("describeChange", () => {
  it("lists only the answer fields that differ, with before and after, never the revision", () => {
    const change = describeChange(stored("response.save", answer, { ...answer, denominator: 980, value: 700 / 980, revision: 2 }));
    expect(change).toEqual({
      kind: "value",
      action: "response.save",
      firstAnswer: false,
      fields: [
        { field: "denominator", before: 1000, after: 980 },
        { field: "value", before: 0.7, after: 700 / 980 },
      ],
      typedAt: null,
    });
  });

  it("reads when an answer sent after a time offline was typed, and nothing from a malformed time", () => {
    expect(describeChange(stored("response.save", answer, { ...answer, value: 0.8, typedAt: "2026-12-03T08:00:00.000Z" }))).toMatchObject({ typedAt: new Date("2026-12-03T08:00:00.000Z") });
    expect(describeChange(stored("response.save", answer, { ...answer, value: 0.8, typedAt: "soon" }))).toMatchObject({ typedAt: null });
    expect(describeChange(stored("response.save", answer, { ...answer, value: 0.8, typedAt: 12 }))).toMatchObject({ typedAt: null });
  });

  it("compares evidence links as lists: the same links are no change, a removed one is", () => {
    expect(describeChange(stored("response.save", answer, { ...answer, evidenceLinks: ["https://a.example"], revision: 2 }))).toMatchObject({ fields: [] });
    expect(describeChange(stored("response.save", answer, { ...answer, evidenceLinks: [], revision: 2 }))).toMatchObject({
      fields: [{ field: "evidenceLinks", before: ["https://a.example"], after: [] }],
    });
    expect(describeChange(stored("response.save", answer, { ...answer, evidenceLinks: ["https://b.example", "https://a.example"] }))).toMatchObject({
      fields: [{ field: "evidenceLinks", before: ["https://a.example"], after: ["https://b.example", "https://a.example"] }],
    });
  });

  it("shows a first answer as the fields it set, from nothing", () => {
    const change = describeChange(stored("response.save", null, { ...answer, evidenceLinks: [], evidenceNote: "" }));
    expect(change).toEqual({
      kind: "value",
      action: "response.save",
      firstAnswer: true,
      fields: [
        { field: "numerator", before: null, after: 700 },
        { field: "denominator", before: null, after: 1000 },
        { field: "value", before: null, after: 0.7 },
        { field: "dataYear", before: null, after: 2024 },
      ],
      typedAt: null,
    });
  });

  it("reads a review step as a status change with its reason and flags", () => {
    const flags = [{ indicatorId: "i1", comment: "Mẫu số chưa đúng" }];
    expect(describeChange(stored("assessment.return", { status: "submitted" }, { status: "returned", reason: "Cần kiểm tra", flags }))).toEqual({
      kind: "status",
      action: "assessment.return",
      from: "submitted",
      to: "returned",
      reason: "Cần kiểm tra",
      flags,
    });
    expect(describeChange(stored("assessment.approve", { status: "resubmitted" }, { status: "approved" }))).toEqual({
      kind: "status",
      action: "assessment.approve",
      from: "resubmitted",
      to: "approved",
      reason: null,
      flags: [],
    });
  });

  it("names the file of an upload and of a removal", () => {
    const file = { assessmentId: "a", indicatorId: "i", fileName: "bao-cao.pdf", size: 2048 };
    expect(describeChange(stored("evidence.upload", undefined, file))).toEqual({ kind: "evidence", action: "evidence.upload", fileName: "bao-cao.pdf", size: 2048 });
    expect(describeChange(stored("evidence.delete", file, undefined))).toEqual({ kind: "evidence", action: "evidence.delete", fileName: "bao-cao.pdf", size: 2048 });
  });

  it("treats any comment action alike, with the body when there is one", () => {
    expect(describeChange(stored("comment.post", undefined, { body: "Đã bổ sung báo cáo" }))).toEqual({ kind: "comment", action: "comment.post", body: "Đã bổ sung báo cáo" });
    expect(describeChange(stored("comment.resolve", undefined, undefined))).toEqual({ kind: "comment", action: "comment.resolve", body: null });
  });

  it("falls back to a plain entry for other and unknown actions", () => {
    expect(describeChange(stored("assessment.create", undefined, { cityId: "c", year: 2025 }))).toEqual({ kind: "other", action: "assessment.create" });
    expect(describeChange(stored("assessment.complete", undefined, { completedAt: "2025-01-01" }))).toEqual({ kind: "other", action: "assessment.complete" });
    expect(describeChange(stored("something.new", { a: 1 }, { a: 2 }))).toEqual({ kind: "other", action: "something.new" });
  });

  it("never throws on malformed or oddly shaped stored JSON", () => {
    const odd = ["{not json", "[1,2]", "42", '"text"', "null", ""];
    for (const before of odd) {
      for (const action of ["response.save", "assessment.return", "evidence.upload", "comment.post", "x"]) {
        expect(() => describeChange({ action, before, after: before })).not.toThrow();
      }
    }
    expect(describeChange({ action: "response.save", before: "{", after: '{"value":"0.5","evidenceLinks":"x","numerator":null}' })).toMatchObject({
      kind: "value",
      fields: [{ field: "value", before: null, after: "0.5" }],
    });
    expect(describeChange({ action: "assessment.return", before: "{", after: '{"status":"returned","flags":[null,{"indicatorId":7},{"indicatorId":"i"}]}' })).toMatchObject({
      kind: "status",
      from: null,
      to: "returned",
      flags: [{ indicatorId: "i", comment: "" }],
    });
  });
});

describe("parseAuditJson", () => {
  it("reads objects and nothing else", () => {
    expect(parseAuditJson('{"a":1}')).toEqual({ a: 1 });
    expect(parseAuditJson(null)).toBeNull();
    expect(parseAuditJson("[]")).toBeNull();
    expect(parseAuditJson("oops")).toBeNull();
  });
});

it("has a label for every answer field", () => {
  expect(Object.keys(en.history.fields).sort()).toEqual([...answerFields].sort());
});
