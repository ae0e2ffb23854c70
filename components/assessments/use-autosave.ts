"use client";

import { useEffect, useRef, useState } from "react";
import { answerKey } from "@/lib/offline/queue";
import type { Device } from "@/components/offline/offline-provider";
import type { Result } from "@/lib/result";
import type { ResponseFields } from "@/lib/validation/assessments";
import { toFormValues, type ResponseFormValues } from "@/lib/validation/response-form";
import type { ResponseView } from "@/server/assessments/response-view";
import type { SaveOutcome } from "@/server/assessments/save-response";

/** Where one answer's saving stands, as its badge shows it. */
export type SaveState =
  | { kind: "idle" | "pending" | "saving" | "invalid" | "queued" }
  | { kind: "saved"; at: string }
  | { kind: "error"; message: string }
  | { kind: "conflict"; theirs: ResponseView };

/** What the server answers to a save: the stored answer, or the one someone else saved meanwhile. */
export type SaveAnswer = Result<SaveOutcome>;

const autosaveDelayMs = 800;

interface Autosave {
  /** The boxes as the stored answer fills them. */
  initial: ResponseFormValues;
  /** Reads the form's text into the answer's fields, as the server's schema takes them. */
  parse: (values: ResponseFormValues) => { success: true; data: ResponseFields } | { success: false };
  /** The revision of the answer the form started from. */
  revision: number;
  /** Sends the fields with the revision they were typed over. */
  send: (fields: ResponseFields, revision: number) => Promise<SaveAnswer>;
  locale: string;
  /** Called after each save that lands, with whether it took away the checklist's completion. */
  onSaved?: (saved: { completionCleared: boolean }) => void;
  /**
   * The device's queue (components/offline/): where what is typed goes when the server cannot
   * be reached, and what tells this answer when its queued copy has gone out.
   */
  device?: Device | null;
  /** Which answer this is, for the device's queue. */
  answer: { assessmentId: string; indicatorId: string; code: string };
  /** The answer as this device last had it saved, when that is newer than the page (a kept page opened offline). */
  newer?: ResponseView;
}

/**
 * An answer's boxes, saved as they are typed: a moment after the last change, again if typing
 * went on during a save, with retries after a network failure (backing off to 30 s), never while
 * what is typed is not a number yet. A save over a revision someone else replaced comes back as a
 * conflict, which the user settles by keeping theirs or taking the other one.
 */
export function useAutosave({ initial, parse, revision: initialRevision, send, locale, onSaved, device, answer, newer }: Autosave) {
  const [values, setValues] = useState(initial);
  // The latest values, for a save that runs after a delay or a retry.
  const latest = useRef(initial);
  const [save, setSave] = useState<SaveState>({ kind: "idle" });
  const revision = useRef(initialRevision);
  const changes = useRef(0);
  const inFlight = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const key = answerKey(answer.assessmentId, answer.indicatorId);
  // The latest device, for a save that runs after a delay.
  const deviceNow = useRef(device);
  const lastTyped = useRef(new Date());
  useEffect(() => {
    deviceNow.current = device;
  });

  /** Keeps what is typed on the device, to go when the server can be reached. */
  async function queue(fields: ResponseFields) {
    const onDevice = deviceNow.current!;
    await onDevice.queue({ ...answer, fields, revision: revision.current, at: lastTyped.current });
    setSave((s) => (s.kind === "conflict" ? s : { kind: "queued" }));
  }

  async function flush(attempt = 0): Promise<void> {
    clearTimeout(timer.current);
    if (inFlight.current) return;
    const current = parse(latest.current);
    // Something typed is not a number yet: keep it on screen, unsaved, until it is.
    if (!current.success) return setSave({ kind: "invalid" });
    const onDevice = deviceNow.current;
    // Offline, or an earlier version still waits on the device: this one joins it there, so the
    // answer's versions reach the server in the order typed.
    if (onDevice && (!navigator.onLine || onDevice.queued(key))) return queue(current.data);
    const seen = changes.current;
    inFlight.current = true;
    setSave({ kind: "saving" });
    let result: SaveAnswer;
    try {
      result = await send(current.data, revision.current);
    } catch {
      inFlight.current = false;
      if (onDevice) return queue(current.data);
      setSave({ kind: "error", message: "errors.network" });
      timer.current = setTimeout(() => flush(attempt + 1), Math.min(30_000, 2_000 * 2 ** attempt));
      return;
    }
    inFlight.current = false;
    if (!result.ok) return setSave({ kind: "error", message: `errors.${result.reason}` });
    if (result.value.kind === "conflict") return setSave({ kind: "conflict", theirs: result.value.current });
    revision.current = result.value.response.revision;
    onDevice?.remember(answer.assessmentId, result.value.response);
    onSaved?.({ completionCleared: result.value.completionCleared });
    // Typing went on while this save was under way: save again.
    if (changes.current !== seen) return flush();
    setSave({ kind: "saved", at: result.value.response.updatedAt });
  }

  const show = (next: ResponseFormValues) => {
    latest.current = next;
    setValues(next);
  };

  // What the device holds for this answer, once it has been read: the queued version (with its
  // conflict, if sending found one), or a version saved from here that is newer than the page.
  const loaded = device?.loaded ?? false;
  const restored = useRef(false);
  useEffect(() => {
    if (!loaded || restored.current || changes.current > 0) return;
    restored.current = true;
    const queued = deviceNow.current?.queued(key);
    if (queued) {
      revision.current = queued.baseRevision;
      show(toFormValues(queued.fields, locale));
      setSave(queued.conflict ? { kind: "conflict", theirs: queued.conflict } : { kind: "queued" });
    }
    // `show` and `key` are this answer's for its whole life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded, locale]);
  useEffect(() => {
    if (!newer || newer.revision <= revision.current || changes.current > 0 || deviceNow.current?.queued(key)) return;
    revision.current = newer.revision;
    show(toFormValues(newer, locale));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [newer, locale]);

  // What became of the queued copy once it went out.
  const listen = device?.listen;
  useEffect(() => {
    if (!listen) return;
    return listen(key, (event) => {
      if (event.kind === "conflict") return setSave({ kind: "conflict", theirs: event.theirs });
      if (event.kind === "refused") return setSave({ kind: "error", message: `errors.${event.reason}` });
      if (event.kind !== "saved") return;
      revision.current = event.response.revision;
      onSaved?.({ completionCleared: event.completionCleared });
      if (!event.more) setSave((s) => (s.kind === "queued" ? { kind: "saved", at: event.response.updatedAt } : s));
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [listen, key]);

  return {
    values,
    /** What the user typed or chose in one box: shown at once, saved a moment later. */
    change: (field: keyof ResponseFormValues, value: string) => {
      show({ ...latest.current, [field]: value });
      changes.current++;
      lastTyped.current = new Date();
      setSave((s) => (s.kind === "conflict" ? s : { kind: "pending" }));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => flush(), autosaveDelayMs);
    },
    save,
    /** Anything typed and not yet on the server, or not savable: what "complete" waits for. */
    unsaved: !["idle", "saved"].includes(save.kind),
    /** Not on the server, and not kept on the device either: what the leave warning is for. */
    atRisk: !["idle", "saved", "queued"].includes(save.kind),
    /** Saves what is on screen over the other person's answer. */
    keepMine: async (theirs: ResponseView) => {
      revision.current = theirs.revision;
      if (deviceNow.current?.queued(key)) await deviceNow.current.drop(key);
      void flush();
    },
    /** Drops what is on screen for the other person's answer. */
    takeTheirs: async (theirs: ResponseView) => {
      revision.current = theirs.revision;
      if (deviceNow.current?.queued(key)) await deviceNow.current.drop(key);
      show(toFormValues(theirs, locale));
      setSave({ kind: "saved", at: theirs.updatedAt });
    },
  };
}
