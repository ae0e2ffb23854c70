import { z } from "./zod";

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
  password: z.string().min(1, { error: "validation.required" }).max(256),
});
export type SignInInput = z.infer<typeof signInSchema>;
