"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { approveManySchema } from "@/lib/validation/review";
import { runAction } from "@/server/actions/run-action";
import { db } from "@/server/db";
import { deliverEmailsSoon } from "@/server/mail/deliver-soon";
import { approveMany } from "@/server/review/approve-many";

export async function approveManyAction(input: unknown) {
  return runAction(approveManySchema, input, async (actor, data) => {
    const result = await approveMany(db(), actor, data);
    if (result.ok && result.value.approved.length) {
      revalidatePath("/review");
      deliverEmailsSoon();
    }
    return result;
  });
}
