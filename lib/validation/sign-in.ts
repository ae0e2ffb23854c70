import { z } from "./zod";

export const signInSchema = z.object({
  email: z.pipe(z.string().check(z.trim(), z.toLowerCase(), z.maxLength(254)), z.email()),
  password: z.string().check(z.minLength(1, { error: "validation.required" }), z.maxLength(256)),
});
export type SignInInput = z.infer<typeof signInSchema>;
