import { optionalNumber, z } from "./zod";

export const cityProfileSchema = z.object({
  cityId: z.string().min(1).max(64),
  population: optionalNumber(z.number().int({ error: "validation.wholeNumber" }).min(0).max(100_000_000)),
  populationYear: optionalNumber(z.number().int({ error: "validation.wholeNumber" }).min(1900).max(2100)),
  areaKm2: optionalNumber(z.number().min(0).max(1_000_000)),
});
export type CityProfileInput = z.infer<typeof cityProfileSchema>;
