import { z } from "./zod";

/** Signing out everywhere takes nothing but the signed-in user. */
export const signOutEverywhereSchema = z.strictObject({});

/** Asking who the session belongs to takes nothing either. */
export const sessionUserSchema = z.strictObject({});
