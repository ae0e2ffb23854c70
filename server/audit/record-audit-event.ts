import "server-only";
import type { Db } from "../db";

type Tx = Pick<Db, "auditEvent" | "assessmentSummary">;

export interface AuditEventInput {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  /** For changes inside an assessment: feeds its timeline and the indicator's history. */
  assessmentId?: string;
  indicatorId?: string;
  /** When it happened, for records of past events (the demo seed's history); otherwise now. */
  at?: Date;
}

/**
 * Appends one audit event. The app only ever creates audit events; nothing updates or deletes
 * them. Call it inside the same transaction as the change it records.
 */
export async function recordAuditEvent(tx: Tx, event: AuditEventInput, options: { summaryFollows?: boolean } = {}): Promise<Date> {
  const saved = await tx.auditEvent.create({
    data: {
      at: event.at,
      actorId: event.actorId,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      before: event.before === undefined ? null : JSON.stringify(event.before),
      after: event.after === undefined ? null : JSON.stringify(event.after),
      assessmentId: event.assessmentId ?? null,
      indicatorId: event.indicatorId ?? null,
    },
    select: { at: true },
  });
  // The review queue sorts by last activity from the stored summary, so every event on an
  // assessment moves it forward (never back, for a record of a past event).
  // A caller that rewrites the summary next (`summaryFollows`) passes the time on instead.
  if (event.assessmentId && !options.summaryFollows) {
    await tx.assessmentSummary.updateMany({ where: { assessmentId: event.assessmentId, lastActivityAt: { lt: saved.at } }, data: { lastActivityAt: saved.at } });
  }
  return saved.at;
}
