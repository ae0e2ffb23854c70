import { describe, expect, it } from "vitest";
import { postCommentSchema } from "./comments";
import { fieldErrors } from "./zod";

const post = (body: unknown) => postCommentSchema.safeParse({ assessmentId: "a", indicatorId: "i", body });
const problem = (body: unknown) => {
  const parsed = post(body);
  return parsed.success ? null : fieldErrors(parsed.error).body;
};

describe("a comment's text", () => {
  it("is kept trimmed", () => {
    expect(post("  Mẫu số lấy từ báo cáo nào?\n").data?.body).toBe("Mẫu số lấy từ báo cáo nào?");
  });

  it("is refused blank or over 2,000 characters, with translation keys", () => {
    expect(problem("   ")).toBe("validation.required");
    expect(problem(undefined)).toBe("validation.required");
    expect(problem("x".repeat(2_001))).toBe("comments.tooLong");
    expect(problem("x".repeat(2_000))).toBeNull();
  });
});
