import { describe, expect, it } from "vitest";
import { createUserSchema, updateUserSchema } from "./users";
import { fieldErrors } from "./zod";

const valid = {
  email: "  Can.Bo@Example.VN ",
  password: "a-long-enough-password",
  name: "Nguyễn Văn A",
  role: "official",
  cityId: "city-1",
  coversAllCities: undefined,
  assignedCityIds: undefined,
  locale: "vi",
};

describe("user schemas", () => {
  it("normalises the e-mail address and reads unticked boxes as false", () => {
    const parsed = createUserSchema.parse(valid);
    expect(parsed.email).toBe("can.bo@example.vn");
    expect(parsed.coversAllCities).toBe(false);
    expect(parsed.assignedCityIds).toEqual([]);
  });

  it("reports problems as translation keys, per field", () => {
    const result = createUserSchema.safeParse({ ...valid, email: "not-an-address", password: "short", role: "mayor", name: "" });
    expect(result.success).toBe(false);
    expect(fieldErrors(result.error!)).toEqual({
      email: "validation.email",
      password: "validation.passwordTooShort",
      role: "validation.role",
      name: "validation.required",
    });
  });

  it("requires a city for an official", () => {
    const result = updateUserSchema.safeParse({ ...valid, userId: "u1", cityId: "" });
    expect(fieldErrors(result.error!)).toEqual({ cityId: "validation.officialNeedsCity" });
  });

  it("accepts a single assigned city as posted by a plain form", () => {
    const parsed = updateUserSchema.parse({ ...valid, userId: "u1", role: "coordinator", cityId: "", assignedCityIds: "city-2" });
    expect(parsed.assignedCityIds).toEqual(["city-2"]);
  });

  it("rejects hostile input without throwing", () => {
    for (const input of [null, 42, "x", [], { email: { $gt: "" } }, { ...valid, name: "x".repeat(10_000) }]) {
      expect(createUserSchema.safeParse(input).success).toBe(false);
    }
  });
});

describe("all problems at once", () => {
  it("reports a missing city for an official even while another field is wrong", () => {
    const result = createUserSchema.safeParse({ ...valid, cityId: "", password: "short" });
    expect(fieldErrors(result.error!)).toEqual({ password: "validation.passwordTooShort", cityId: "validation.officialNeedsCity" });
  });
});
