"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { addNetworkStatSchema } from "@/lib/validation/network";
import { runAction } from "@/server/actions/run-action";
import { db } from "@/server/db";
import { addNetworkStat } from "@/server/network/add-network-stat";

export async function addNetworkStatAction(input: unknown) {
  return runAction(addNetworkStatSchema, input, async (actor, data) => {
    const result = await addNetworkStat(db(), actor, data);
    if (result.ok) revalidatePath("/network");
    return result;
  });
}
