import { locales } from "../../i18n/locales";
import { z } from "./zod";

export const localeSchema = z.object({ locale: z.enum(locales) });
