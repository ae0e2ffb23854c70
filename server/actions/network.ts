"use server";

import "server-only";
import { addNetworkStatSchema } from "@/lib/validation/network";
import { refreshedOnSuccess } from "@/server/actions/refresh";
import { runAction } from "@/server/actions/run-action";
import { db } from "@/server/db";
import { addNetworkStat } from "@/server/network/add-network-stat";

export async function addNetworkStatAction(input: unknown) {
  return runAction(addNetworkStatSchema, input, async (actor, data) => refreshedOnSuccess(await addNetworkStat(db(), actor, data), "/network"));
}
