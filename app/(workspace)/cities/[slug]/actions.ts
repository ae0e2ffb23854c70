"use server";

import { revalidatePath } from "next/cache";
import { cityProfileSchema } from "@/lib/validation/cities";
import { runAction } from "@/server/actions/run-action";
import { updateCityProfile } from "@/server/cities/update-city-profile";
import { db } from "@/server/db";

export async function updateCityProfileAction(input: unknown) {
  return runAction(cityProfileSchema, input, async (actor, data) => {
    const result = await updateCityProfile(db(), actor, data);
    if (result.ok) revalidatePath("/cities/[slug]", "page");
    return result;
  });
}
