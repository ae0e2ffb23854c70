import { optionalNumber, pageNumber, z } from "./zod";

export const cityProfileSchema = z.object({
  cityId: z.string().check(z.minLength(1), z.maxLength(64)),
  population: optionalNumber(z.number().check(z.int({ error: "validation.wholeNumber" }), z.gte(0), z.lte(100_000_000))),
  populationYear: optionalNumber(z.number().check(z.int({ error: "validation.wholeNumber" }), z.gte(1900), z.lte(2100))),
  areaKm2: optionalNumber(z.number().check(z.gte(0), z.lte(1_000_000))),
});
export type CityProfileInput = z.infer<typeof cityProfileSchema>;

/** The dashboard's address: which page of the cities list. Anything else reads as the first. */
export const dashboardQuerySchema = z.object({
  cities: pageNumber(),
});
