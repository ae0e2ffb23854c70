import { isRole, placementOf, roles } from "../permissions";
import { locales } from "../../i18n/locales";
import { checkbox, z } from "./zod";

export const passwordSchema = z.string().check(z.minLength(12, { error: "validation.passwordTooShort" }), z.maxLength(256, { error: "validation.tooLong" }));

const cityIdList = z.preprocess(
  (v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.string().check(z.minLength(1), z.maxLength(64))).check(z.maxLength(500)),
);

const userFields = {
  name: z.string().check(z.trim(), z.minLength(1, { error: "validation.required" }), z.maxLength(120)),
  role: z.enum(roles, { error: "validation.role" }),
  cityId: z.preprocess((v) => (v === "" ? null : v), z.optional(z.nullable(z.string().check(z.minLength(1), z.maxLength(64))))),
  coversAllCities: checkbox,
  assignedCityIds: cityIdList,
  locale: z.enum(locales),
};

// An official belongs to exactly one city. Checked even while other fields are still wrong,
// so that the form shows every problem at once.
const officialHasCity = (value: { role?: unknown; cityId?: unknown }) => !isRole(value.role) || placementOf(value.role) !== "oneCity" || !!value.cityId;
const officialHasCityParams = {
  path: ["cityId"],
  error: "validation.officialNeedsCity",
  when: (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null,
};

export const createUserSchema = z
  .object({
    email: z.pipe(z.string().check(z.trim(), z.toLowerCase(), z.maxLength(254)), z.email()),
    password: passwordSchema,
    ...userFields,
  })
  .check(z.refine(officialHasCity, officialHasCityParams));
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const updateUserSchema = z
  .object({ userId: z.string().check(z.minLength(1), z.maxLength(64)), ...userFields })
  .check(z.refine(officialHasCity, officialHasCityParams));
export type UpdateUserInput = z.infer<typeof updateUserSchema>;

export const resetPasswordSchema = z.object({
  userId: z.string().check(z.minLength(1), z.maxLength(64)),
  password: passwordSchema,
});
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;

export const setUserActiveSchema = z.object({
  userId: z.string().check(z.minLength(1), z.maxLength(64)),
  active: z.preprocess((v) => v === true || v === "true", z.boolean()),
});
export type SetUserActiveInput = z.infer<typeof setUserActiveSchema>;
