import type { ResponseFields } from "../validation/assessments";

/**
 * An answer typed while the server could not be reached, kept on the device until it is sent.
 * However often it is typed over, it stays one entry: the latest fields, on the revision the
 * device last had from the server (`baseRevision`), so the server's revision check decides
 * whether someone else changed the answer meanwhile. `Theirs` is the other person's answer when
 * that check said so; the entry then waits for the user to keep theirs or take the other.
 */
export interface QueuedAnswer<Theirs = unknown> {
  key: string;
  assessmentId: string;
  indicatorId: string;
  /** The indicator's code, for the summary after sending ("C1.2: refused because …"). */
  code: string;
  fields: ResponseFields;
  baseRevision: number;
  /** When the user last typed into this answer (ISO): the audit trail keeps it beside the save's own time. */
  typedAt: string;
  /** Sending order: the first time this answer was queued. */
  seq: number;
  /** Counts the typing, so a send that raced with more typing does not drop the newer text. */
  version: number;
  conflict: Theirs | null;
}

export const answerKey = (assessmentId: string, indicatorId: string) => `${assessmentId}/${indicatorId}`;

export interface Typed {
  assessmentId: string;
  indicatorId: string;
  code: string;
  fields: ResponseFields;
  /** The revision the editor has from the server. */
  revision: number;
  at: Date;
}

/** The entry after the user typed `typed`: a new one, or the queued one with the newer fields. */
export function queueTyping<T>(existing: QueuedAnswer<T> | undefined, typed: Typed, seq: number): QueuedAnswer<T> {
  return {
    key: answerKey(typed.assessmentId, typed.indicatorId),
    assessmentId: typed.assessmentId,
    indicatorId: typed.indicatorId,
    code: typed.code,
    fields: typed.fields,
    // The revision the first offline typing was based on: what the device knew of the server.
    baseRevision: existing ? existing.baseRevision : typed.revision,
    typedAt: typed.at.toISOString(),
    seq: existing ? existing.seq : seq,
    version: (existing?.version ?? 0) + 1,
    conflict: existing?.conflict ?? null,
  };
}

/** What to send, in the order it was typed; answers waiting for the user's choice are not sent. */
export function sendOrder<T>(entries: Iterable<QueuedAnswer<T>>): QueuedAnswer<T>[] {
  return [...entries].filter((entry) => entry.conflict === null).sort((a, b) => a.seq - b.seq);
}

/**
 * After the server saved `sent` as `revision`: nothing left to send, unless the user typed again
 * while it was on its way; then the newer text goes next, on the revision just saved.
 */
export function afterSaved<T>(current: QueuedAnswer<T> | undefined, sent: QueuedAnswer<T>, revision: number): QueuedAnswer<T> | null {
  if (!current || current.version === sent.version) return null;
  return { ...current, baseRevision: revision };
}

/**
 * A refusal's reason: a key under `errors` in messages/ (an answer), or the server's own
 * message, already in the reader's language (a file the upload refused).
 */
export type Refusal = { reason: string } | { message: string };

/** What became of one sent answer or file. */
export type SyncOutcome =
  | { kind: "saved" | "fileSent"; code: string; assessmentId: string }
  | { kind: "conflict"; code: string; assessmentId: string }
  | ({ kind: "refused"; code: string; assessmentId: string } & Refusal);

export interface SyncSummary {
  sent: number;
  filesSent: number;
  conflicts: { code: string; assessmentId: string }[];
  refused: ({ code: string; assessmentId: string } & Refusal)[];
}

/** The short account shown once the queued answers and files have gone out. */
export function syncSummary(outcomes: readonly SyncOutcome[]): SyncSummary {
  const summary: SyncSummary = { sent: 0, filesSent: 0, conflicts: [], refused: [] };
  for (const outcome of outcomes) {
    if (outcome.kind === "saved") summary.sent++;
    else if (outcome.kind === "fileSent") summary.filesSent++;
    else if (outcome.kind === "conflict") summary.conflicts.push({ code: outcome.code, assessmentId: outcome.assessmentId });
    else if (outcome.kind === "refused") {
      const about = { code: outcome.code, assessmentId: outcome.assessmentId };
      summary.refused.push("reason" in outcome ? { ...about, reason: outcome.reason } : { ...about, message: outcome.message });
    }
  }
  return summary;
}

/**
 * How much of a file the device keeps while offline: evidence is mostly scanned minutes and
 * photos; a large file is better uploaded once the network is back than held on a phone.
 */
export const offlineFileLimits = { perFile: 5 * 1024 * 1024, total: 20 * 1024 * 1024 } as const;

/** Whether a file of `size` bytes can wait on the device beside `queuedBytes` already waiting. */
export function fileFits(size: number, queuedBytes: number): "fits" | "tooLarge" | "deviceFull" {
  if (size > offlineFileLimits.perFile) return "tooLarge";
  if (queuedBytes + size > offlineFileLimits.total) return "deviceFull";
  return "fits";
}

/** The connection as the header shows it. */
export type Connection = { kind: "online" } | { kind: "offline"; waiting: number } | { kind: "syncing"; waiting: number } | { kind: "waiting"; waiting: number };

/**
 * Online with nothing queued; offline (with what waits); sending; or online by the browser's
 * account but with answers the server has not taken yet (it could not be reached, or they wait
 * for a choice between two versions).
 */
export function connectionState({ online, syncing, waiting }: { online: boolean; syncing: boolean; waiting: number }): Connection {
  if (!online) return { kind: "offline", waiting };
  if (syncing) return { kind: "syncing", waiting };
  return waiting > 0 ? { kind: "waiting", waiting } : { kind: "online" };
}

/** When the answer was typed, as the server keeps it: never later than it arrived. */
export function typedAtToKeep(typedAt: string | undefined, receivedAt: Date): Date | null {
  if (!typedAt) return null;
  const at = new Date(typedAt);
  if (Number.isNaN(at.getTime())) return null;
  return at.getTime() > receivedAt.getTime() ? receivedAt : at;
}
