// Saving an answer as the browser does it: a POST of the checklist page's URL with the server
// action's id in the `Next-Action` header and the arguments as a JSON array. Each connection saves
// its own answer and sends the revision it last saw, so every save lands (a conflict, should one
// happen, is a legitimate answer and is counted); values alternate so each save changes the row.
import { readFileSync } from "node:fs";
import type { Scenario } from "./load";

/** The id of a server action, from the build's server reference manifest. */
export function serverActionId(distDir: string, file: string, exportedName: string): string {
  const manifest = JSON.parse(readFileSync(`${distDir}/server/server-reference-manifest.json`, "utf8")) as { node: Record<string, { filename?: string; exportedName?: string }> };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.filename === file && entry.exportedName === exportedName);
  if (!found) throw new Error(`server action ${exportedName} of ${file} is not in the build's manifest`);
  return found[0];
}

export type SaveOutcome = { kind: "saved" | "conflict"; revision: number } | { kind: "failed" };

/** What the action answered, read from the RSC response (`1:{"ok":true,"value":{"kind":…}}`). */
export function readSaveOutcome(body: string): SaveOutcome {
  const kind = body.match(/"kind":"(saved|conflict)"/)?.[1] as "saved" | "conflict" | undefined;
  const revision = body.match(/"revision":(\d+)/)?.[1];
  return kind && revision ? { kind, revision: Number(revision) } : { kind: "failed" };
}

/** One answer being saved: its checklist, the revision last seen, and whose session saves it. */
export interface SaveSlot {
  assessmentId: string;
  indicatorId: string;
  revision: number;
  /** The session cookie of the official saving it; the scenario's headers otherwise. */
  cookie?: string;
}

interface Slot extends SaveSlot {
  busy: boolean;
}

/** The answers being saved, each with the revision last seen, and what the saves came back with. */
export class SaveLoad {
  private readonly slots: Slot[];
  private next = 0;
  readonly outcomes = { saved: 0, conflict: 0, failed: 0 };
  failureSample: string | null = null;

  constructor(answers: SaveSlot[]) {
    this.slots = answers.map((answer) => ({ ...answer, busy: false }));
  }

  /** The checklists the saves go to. */
  get assessmentIds(): string[] {
    return [...new Set(this.slots.map((slot) => slot.assessmentId))];
  }

  /** A free answer to save (or, should all be busy, the next one in turn), the page it is saved from and the action's argument list. */
  claim(): { slot: number; path: string; cookie?: string; body: string; sent: SaveSlot } {
    let index = this.slots.findIndex((slot) => !slot.busy);
    if (index < 0) index = this.next++ % this.slots.length;
    const slot = this.slots[index];
    slot.busy = true;
    const input = {
      assessmentId: slot.assessmentId,
      indicatorId: slot.indicatorId,
      revision: slot.revision,
      numerator: null,
      denominator: null,
      value: slot.revision % 2 === 0 ? 2 : 3,
      text: null,
      dataYear: null,
      comment: null,
      evidenceNote: `Lưu thử lần ${slot.revision + 1}`,
      evidenceLinks: [],
    };
    return { slot: index, path: `/assessments/${slot.assessmentId}`, cookie: slot.cookie, body: JSON.stringify([input]), sent: { ...slot } };
  }

  settle(index: number, body: string) {
    const slot = this.slots[index];
    slot.busy = false;
    const outcome = readSaveOutcome(body);
    this.outcomes[outcome.kind]++;
    if (outcome.kind === "failed") this.failureSample ??= body.slice(0, 300);
    else slot.revision = outcome.revision;
  }

  /** The scenario's dynamic request: claim an answer when the request is built, settle it on the response. */
  step(): NonNullable<Scenario<{ slot?: number }>["step"]> {
    return {
      method: "POST",
      setupRequest: (request, context) => {
        const { slot, path, cookie, body } = this.claim();
        context.slot = slot;
        return { ...request, path, body, ...(cookie ? { headers: { ...request.headers, cookie } } : {}) };
      },
      onResponse: (_status, body, context) => {
        if (context.slot !== undefined) this.settle(context.slot, body);
      },
    };
  }
}

/** The headers a browser sends with a server action call. */
export function actionHeaders(base: string, actionId: string, cookie: string): Record<string, string> {
  return { "next-action": actionId, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", origin: base, cookie };
}
