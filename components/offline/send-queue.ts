import { answerKey, sendOrder, type SyncOutcome } from "@/lib/offline/queue";
import { saveResponseAction } from "@/server/actions/assessments";
import type { ResponseView } from "@/server/assessments/response-view";
import type { EvidenceFileView } from "@/server/evidence/evidence-view";
import { sendEvidenceFile } from "@/components/assessments/send-evidence-file";
import type { DeviceStore } from "./device-store";

/** What became of a queued answer or file, told to the checklist entry that shows it. */
export type DeviceEvent =
  | { kind: "saved"; response: ResponseView; completionCleared: boolean; more: boolean }
  | { kind: "conflict"; theirs: ResponseView }
  | { kind: "refused"; reason: string }
  | { kind: "fileSent"; file: EvidenceFileView };

interface Sending {
  store: DeviceStore;
  /** Whether the browser still holds the session of the user whose queue this is. */
  stillSignedIn: () => Promise<boolean>;
  tell: (key: string, event: DeviceEvent) => void;
  /** After each answer or file: the caller reads the queue again for what it shows. */
  changed: () => Promise<void>;
}

export interface SendResult {
  outcomes: SyncOutcome[];
  /** Stopped at a request that could not reach the server. */
  unreachable: boolean;
  /** Stopped because the browser no longer holds the user's session. */
  signedOut?: true;
}

/**
 * Sends what waits on the device: the answers in the order typed, each through the usual save on
 * the revision it was typed over (so a change someone else made meanwhile comes back as a
 * conflict, kept for the user to settle), then the files through the usual upload. Stops at the
 * first request that cannot reach the server, leaving the rest, in order, for the next try.
 */
export async function sendQueue({ store, stillSignedIn, tell, changed }: Sending): Promise<SendResult> {
  const outcomes: SyncOutcome[] = [];
  let pending = sendOrder(await store.queued());
  while (pending.length > 0) {
    const entry = pending[0];
    let result;
    try {
      result = await saveResponseAction({ ...entry.fields, assessmentId: entry.assessmentId, indicatorId: entry.indicatorId, revision: entry.baseRevision, typedAt: entry.typedAt });
    } catch {
      return { outcomes, unreachable: true };
    }
    const about = { code: entry.code, assessmentId: entry.assessmentId };
    // The session ended on the way: nothing is dropped, it all waits for the user to sign in again.
    if (!result.ok && result.reason === "forbidden" && !(await stillSignedIn())) return { outcomes, unreachable: false, signedOut: true };
    if (!result.ok) {
      await store.drop(entry.key);
      outcomes.push({ kind: "refused", ...about, reason: result.reason });
      tell(entry.key, { kind: "refused", reason: result.reason });
    } else if (result.value.kind === "conflict") {
      await store.conflicted(entry.key, result.value.current);
      outcomes.push({ kind: "conflict", ...about });
      tell(entry.key, { kind: "conflict", theirs: result.value.current });
    } else {
      const left = await store.sent(entry, result.value.response);
      outcomes.push({ kind: "saved", ...about });
      tell(entry.key, { kind: "saved", response: result.value.response, completionCleared: result.value.completionCleared, more: left !== null });
    }
    await changed();
    pending = sendOrder(await store.queued());
  }

  for (const file of (await store.files()).sort((a, b) => a.queuedAt - b.queuedAt)) {
    let sent;
    try {
      sent = await sendEvidenceFile(file.assessmentId, file.indicatorId, new File([file.blob], file.name, { type: file.type }));
    } catch {
      return { outcomes, unreachable: true };
    }
    // The server failed rather than refused: the file stays for the next try.
    if (sent.status >= 500) return { outcomes, unreachable: true };
    if ((sent.status === 401 || sent.status === 403) && !(await stillSignedIn())) return { outcomes, unreachable: false, signedOut: true };
    await store.dropFile(file.key);
    const about = { code: file.code, assessmentId: file.assessmentId };
    if (sent.ok && sent.file) {
      outcomes.push({ kind: "fileSent", ...about });
      tell(answerKey(file.assessmentId, file.indicatorId), { kind: "fileSent", file: sent.file });
    } else {
      outcomes.push({ kind: "refused", ...about, ...(sent.message ? { message: `${file.name}: ${sent.message}` } : { reason: "invalid" }) });
    }
    await changed();
  }
  return { outcomes, unreachable: false };
}
