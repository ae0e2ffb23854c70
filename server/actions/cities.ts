"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { cityProfileSchema } from "@/lib/validation/cities";
import { cityOpenDataSchema } from "@/lib/validation/open-data";
import { runAction } from "@/server/actions/run-action";
import { updateCityProfile } from "@/server/cities/update-city-profile";
import { db } from "@/server/db";
import { setCityPublishing } from "@/server/open-data/set-city-publishing";

export async function updateCityProfileAction(input: unknown) {
  return runAction(cityProfileSchema, input, async (actor, data) => {
    const result = await updateCityProfile(db(), actor, data);
    if (result.ok) revalidatePath("/cities/[slug]", "page");
    return result;
  });
}

export async function setCityPublishingAction(input: unknown) {
  return runAction(cityOpenDataSchema, input, async (actor, data) => {
    const result = await setCityPublishing(db(), actor, data);
    if (result.ok) {
      revalidatePath("/cities/[slug]", "page");
      revalidatePath("/open-data");
    }
    return result;
  });
}
