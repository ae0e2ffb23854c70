import { z } from "./zod";

/** Signing out everywhere takes nothing but the signed-in user. */
export const signOutEverywhereSchema = z.strictObject({});
