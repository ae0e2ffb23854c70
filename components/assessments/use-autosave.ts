"use client";

import { useRef, useState } from "react";
import type { Result } from "@/lib/result";
import type { ResponseFields } from "@/lib/validation/assessments";
import { toFormValues, type ResponseFormValues } from "@/lib/validation/response-form";
import type { ResponseView } from "@/server/assessments/response-view";
import type { SaveOutcome } from "@/server/assessments/save-response";

/** Where one answer's saving stands, as its badge shows it. */
export type SaveState =
  | { kind: "idle" | "pending" | "saving" | "invalid" }
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
}

/**
 * An answer's boxes, saved as they are typed: a moment after the last change, again if typing
 * went on during a save, with retries after a network failure (backing off to 30 s), never while
 * what is typed is not a number yet. A save over a revision someone else replaced comes back as a
 * conflict, which the user settles by keeping theirs or taking the other one.
 */
export function useAutosave({ initial, parse, revision: initialRevision, send, locale, onSaved }: Autosave) {
  const [values, setValues] = useState(initial);
  // The latest values, for a save that runs after a delay or a retry.
  const latest = useRef(initial);
  const [save, setSave] = useState<SaveState>({ kind: "idle" });
  const revision = useRef(initialRevision);
  const changes = useRef(0);
  const inFlight = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  async function flush(attempt = 0): Promise<void> {
    clearTimeout(timer.current);
    if (inFlight.current) return;
    const current = parse(latest.current);
    // Something typed is not a number yet: keep it on screen, unsaved, until it is.
    if (!current.success) return setSave({ kind: "invalid" });
    const seen = changes.current;
    inFlight.current = true;
    setSave({ kind: "saving" });
    let result: SaveAnswer;
    try {
      result = await send(current.data, revision.current);
    } catch {
      inFlight.current = false;
      setSave({ kind: "error", message: "errors.network" });
      timer.current = setTimeout(() => flush(attempt + 1), Math.min(30_000, 2_000 * 2 ** attempt));
      return;
    }
    inFlight.current = false;
    if (!result.ok) return setSave({ kind: "error", message: `errors.${result.reason}` });
    if (result.value.kind === "conflict") return setSave({ kind: "conflict", theirs: result.value.current });
    revision.current = result.value.response.revision;
    onSaved?.({ completionCleared: result.value.completionCleared });
    // Typing went on while this save was under way: save again.
    if (changes.current !== seen) return flush();
    setSave({ kind: "saved", at: result.value.response.updatedAt });
  }

  const show = (next: ResponseFormValues) => {
    latest.current = next;
    setValues(next);
  };

  return {
    values,
    /** What the user typed or chose in one box: shown at once, saved a moment later. */
    change: (field: keyof ResponseFormValues, value: string) => {
      show({ ...latest.current, [field]: value });
      changes.current++;
      setSave((s) => (s.kind === "conflict" ? s : { kind: "pending" }));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => flush(), autosaveDelayMs);
    },
    save,
    /** Anything typed and not yet saved, or not savable: what the leave warning and "complete" wait for. */
    unsaved: !["idle", "saved"].includes(save.kind),
    /** Saves what is on screen over the other person's answer. */
    keepMine: (theirs: ResponseView) => {
      revision.current = theirs.revision;
      void flush();
    },
    /** Drops what is on screen for the other person's answer. */
    takeTheirs: (theirs: ResponseView) => {
      revision.current = theirs.revision;
      show(toFormValues(theirs, locale));
      setSave({ kind: "saved", at: theirs.updatedAt });
    },
  };
}
