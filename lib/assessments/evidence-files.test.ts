import { describe, expect, it } from "vitest";
import { classifyUpload, maxEvidenceBytes, safeFileName } from "./evidence-files";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("evidence uploads", () => {
  it("accepts a PDF whose content is a PDF, keeping its Vietnamese name", () => {
    expect(classifyUpload("Báo cáo gia đình học tập 2025.pdf", 2048, bytes("%PDF-1.7\n"))).toEqual({
      ok: true,
      mime: "application/pdf",
      fileName: "Báo cáo gia đình học tập 2025.pdf",
    });
  });

  it("accepts office files by their zip container", () => {
    expect(classifyUpload("so-lieu.xlsx", 10, new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]))).toMatchObject({ ok: true });
  });

  it("refuses a file that is not what its name says", () => {
    expect(classifyUpload("bao-cao.pdf", 100, bytes("<html><script>"))).toEqual({ ok: false, error: "evidence.errors.content" });
  });

  it("refuses unknown types, empty files and files over the limit", () => {
    expect(classifyUpload("setup.exe", 100, bytes("MZ"))).toEqual({ ok: false, error: "evidence.errors.type" });
    expect(classifyUpload("trang.html", 100, bytes("<html>"))).toEqual({ ok: false, error: "evidence.errors.type" });
    expect(classifyUpload("a.pdf", 0, bytes(""))).toEqual({ ok: false, error: "evidence.errors.empty" });
    expect(classifyUpload("a.pdf", maxEvidenceBytes + 1, bytes("%PDF-"))).toEqual({ ok: false, error: "evidence.errors.tooLarge" });
  });

  it("strips paths and control characters from names", () => {
    expect(safeFileName("../../etc/passwd.pdf")).toBe("passwd.pdf");
    expect(safeFileName("C:\\Users\\a\\b\u0000c\".pdf")).toBe("bc.pdf");
  });
});
