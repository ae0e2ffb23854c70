"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { ok } from "@/lib/result";
import { z } from "@/lib/validation/zod";
import { runAction } from "@/server/actions/run-action";
import { db } from "@/server/db";
import { markAllRead } from "@/server/notifications/notifications";

export async function markAllReadAction(input: unknown) {
  return runAction(z.object({}), input, async (actor) => {
    await markAllRead(db(), actor);
    revalidatePath("/", "layout");
    return ok(undefined);
  });
}
