import "server-only";
import { mayManageReferenceData, type Actor } from "@/lib/permissions";
import { fail, ok, type Result } from "@/lib/result";
import type { AddNetworkStatInput } from "@/lib/validation/network";
import { recordAuditEvent } from "../audit/record-audit-event";
import { isUniqueViolation } from "../db-errors";
import type { Db } from "../db";

const duplicate = () => fail("invalid", { asOf: "network.errors.duplicateAsOf" });

/** One more row of network figures. Rows are a record of what sources said, so they are only added. */
export async function addNetworkStat(db: Db, actor: Actor, input: AddNetworkStatInput): Promise<Result<{ id: string }>> {
  if (!mayManageReferenceData(actor)) return fail("forbidden");
  try {
    return await db.$transaction(async (tx) => {
      if (await tx.networkStat.findUnique({ where: { asOf: input.asOf }, select: { id: true } })) return duplicate();
      const { id } = await tx.networkStat.create({ data: { ...input, createdById: actor.id } });
      await recordAuditEvent(tx, { actorId: actor.id, action: "networkStat.create", entityType: "NetworkStat", entityId: id, after: input });
      return ok({ id });
    });
  } catch (error) {
    // Another administrator added the same date a moment earlier.
    if (isUniqueViolation(error)) return duplicate();
    throw error;
  }
}
