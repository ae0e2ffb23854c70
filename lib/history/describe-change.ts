import { responseFieldsSchema, type ResponseFields } from "../validation/assessments";

/** An answer's fields as the history shows them: the schema's, in its order (the revision is bookkeeping). */
export type AnswerField = keyof ResponseFields;
export const answerFields = Object.keys(responseFieldsSchema.shape) as AnswerField[];

export type ShownValue = number | string | string[] | null;

export interface FieldChange {
  field: AnswerField;
  before: ShownValue;
  after: ShownValue;
}

export interface Flag {
  indicatorId: string;
  comment: string;
}

/** One audit event, shaped for the timeline. `action` is always the stored one, for its label. */
export type Change =
  | { kind: "value"; action: string; firstAnswer: boolean; fields: FieldChange[]; typedAt: Date | null }
  | { kind: "status"; action: string; from: string | null; to: string | null; reason: string | null; flags: Flag[] }
  | { kind: "evidence"; action: string; fileName: string | null; size: number | null }
  | { kind: "comment"; action: string; body: string | null }
  | { kind: "other"; action: string };

export interface StoredAuditEvent {
  action: string;
  /** JSON text as recordAuditEvent wrote it, or null. */
  before: string | null;
  after: string | null;
}

type Fields = Record<string, unknown>;

/**
 * Reads a stored before/after as an object. Anything else (null, malformed JSON, an array, a
 * bare value) reads as empty: the timeline must show every event, even one it cannot read.
 */
export function parseAuditJson(text: string | null): Fields | null {
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Fields) : null;
  } catch {
    return null;
  }
}

const text = (value: unknown): string | null => (typeof value === "string" ? value : null);
const number = (value: unknown): number | null => (typeof value === "number" && Number.isFinite(value) ? value : null);

function shown(field: AnswerField, value: unknown): ShownValue {
  if (field === "evidenceLinks") return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
  // An empty text is no answer, as the editor saves it.
  return number(value) ?? (text(value) || null);
}

const same = (a: ShownValue, b: ShownValue) =>
  Array.isArray(a) || Array.isArray(b) ? Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => v === b[i]) : a === b;

function flagsOf(value: unknown): Flag[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((f: unknown) => {
    const flag = (f ?? {}) as Fields;
    const indicatorId = text(flag.indicatorId);
    return indicatorId ? [{ indicatorId, comment: text(flag.comment) ?? "" }] : [];
  });
}

export function describeChange(event: StoredAuditEvent): Change {
  const { action } = event;
  const before = parseAuditJson(event.before);
  const after = parseAuditJson(event.after);
  const [area] = action.split(".");

  if (action === "response.save") {
    const fields = answerFields
      .map((field) => ({ field, before: shown(field, before?.[field]), after: shown(field, after?.[field]) }))
      .filter((change) => !same(change.before, change.after));
    // Typed offline: when it was typed on the device, beside the time it reached the server.
    const typed = text(after?.typedAt);
    const typedAt = typed && !Number.isNaN(Date.parse(typed)) ? new Date(typed) : null;
    return { kind: "value", action, firstAnswer: before === null, fields, typedAt };
  }
  if (area === "assessment" && (text(before?.status) || text(after?.status))) {
    return { kind: "status", action, from: text(before?.status), to: text(after?.status), reason: text(after?.reason) || null, flags: flagsOf(after?.flags) };
  }
  if (area === "evidence") {
    // An upload says what arrived, a removal what went.
    const file = after ?? before;
    return { kind: "evidence", action, fileName: text(file?.fileName), size: number(file?.size) };
  }
  if (area === "comment") {
    return { kind: "comment", action, body: text(after?.body) ?? text(before?.body) };
  }
  return { kind: "other", action };
}
