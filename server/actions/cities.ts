"use server";

import "server-only";
import { cityProfileSchema } from "@/lib/validation/cities";
import { cityOpenDataSchema } from "@/lib/validation/open-data";
import { refreshedOnSuccess } from "@/server/actions/refresh";
import { runAction } from "@/server/actions/run-action";
import { updateCityProfile } from "@/server/cities/update-city-profile";
import { db } from "@/server/db";
import { setCityPublishing } from "@/server/open-data/set-city-publishing";

export async function updateCityProfileAction(input: unknown) {
  return runAction(cityProfileSchema, input, async (actor, data) => refreshedOnSuccess(await updateCityProfile(db(), actor, data), ["/cities/[slug]", "page"]));
}

export async function setCityPublishingAction(input: unknown) {
  return runAction(cityOpenDataSchema, input, async (actor, data) => refreshedOnSuccess(await setCityPublishing(db(), actor, data), ["/cities/[slug]", "page"], "/open-data"));
}
