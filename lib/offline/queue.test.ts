import { describe, expect, it } from "vitest";
import type { ResponseFields } from "../validation/assessments";
import { afterSaved, connectionState, fileFits, offlineFileLimits, queueTyping, sendOrder, syncSummary, typedAtToKeep, type QueuedAnswer, type Typed } from "./queue";

const fields = (value: number): ResponseFields => ({ numerator: null, denominator: null, value, text: null, dataYear: null, comment: null, evidenceNote: null, evidenceLinks: [] });
const typed = (over: Partial<Typed> = {}): Typed => ({ assessmentId: "a1", indicatorId: "i1", code: "C1", fields: fields(1), revision: 3, at: new Date("2026-12-03T08:00:00Z"), ...over });

describe("queueing an answer typed offline", () => {
  it("keeps one entry per answer: the latest fields on the revision of the first offline typing", () => {
    const first = queueTyping(undefined, typed(), 10);
    expect(first).toMatchObject({ key: "a1/i1", baseRevision: 3, seq: 10, version: 1, typedAt: "2026-12-03T08:00:00.000Z", conflict: null });
    // The editor may by now say another revision; the device's knowledge of the server is the first one.
    const second = queueTyping(first, typed({ fields: fields(2), revision: 4, at: new Date("2026-12-03T08:05:00Z") }), 99);
    expect(second).toMatchObject({ baseRevision: 3, seq: 10, version: 2, typedAt: "2026-12-03T08:05:00.000Z" });
    expect(second.fields.value).toBe(2);
  });

  it("keeps a conflict waiting for the user's choice when they type on", () => {
    const inConflict: QueuedAnswer<string> = { ...queueTyping<string>(undefined, typed(), 1), conflict: "theirs" };
    expect(queueTyping(inConflict, typed({ fields: fields(5) }), 2).conflict).toBe("theirs");
  });
});

describe("sending the queue", () => {
  it("sends in the order the answers were first typed, leaving out those in conflict", () => {
    const a = queueTyping(undefined, typed({ indicatorId: "a" }), 30);
    const b = queueTyping(undefined, typed({ indicatorId: "b" }), 10);
    const c: QueuedAnswer = { ...queueTyping(undefined, typed({ indicatorId: "c" }), 20), conflict: {} };
    expect(sendOrder([a, b, c]).map((e) => e.indicatorId)).toEqual(["b", "a"]);
  });

  it("drops a sent answer, unless it was typed over while on its way: then it goes again on the new revision", () => {
    const sent = queueTyping(undefined, typed(), 1);
    expect(afterSaved(sent, sent, 4)).toBeNull();
    expect(afterSaved(undefined, sent, 4)).toBeNull();
    const typedOver = queueTyping(sent, typed({ fields: fields(9) }), 2);
    expect(afterSaved(typedOver, sent, 4)).toMatchObject({ baseRevision: 4, version: 2, fields: { value: 9 } });
  });

  it("sums up what was sent, what conflicts and what was refused with its reason", () => {
    expect(
      syncSummary([
        { kind: "saved", code: "C1", assessmentId: "a1" },
        { kind: "saved", code: "C2", assessmentId: "a1" },
        { kind: "conflict", code: "C3", assessmentId: "a1" },
        { kind: "refused", code: "C4", assessmentId: "a2", reason: "forbidden" },
        { kind: "fileSent", code: "C1", assessmentId: "a1" },
        { kind: "refused", code: "C5", assessmentId: "a1", message: "Tệp không đúng định dạng." },
      ]),
    ).toEqual({
      sent: 2,
      filesSent: 1,
      conflicts: [{ code: "C3", assessmentId: "a1" }],
      refused: [
        { code: "C4", assessmentId: "a2", reason: "forbidden" },
        { code: "C5", assessmentId: "a1", message: "Tệp không đúng định dạng." },
      ],
    });
    expect(syncSummary([])).toEqual({ sent: 0, filesSent: 0, conflicts: [], refused: [] });
  });
});

describe("files kept on the device while offline", () => {
  const { perFile, total } = offlineFileLimits;
  it("keeps a file up to its own limit and the device's, and says which one a file passes", () => {
    expect(fileFits(perFile, 0)).toBe("fits");
    expect(fileFits(perFile + 1, 0)).toBe("tooLarge");
    expect(fileFits(perFile, total - perFile)).toBe("fits");
    expect(fileFits(1, total)).toBe("deviceFull");
  });
});

describe("the connection as the header shows it", () => {
  it("tells offline, sending, waiting and online apart", () => {
    expect(connectionState({ online: false, syncing: false, waiting: 2 })).toEqual({ kind: "offline", waiting: 2 });
    expect(connectionState({ online: true, syncing: true, waiting: 2 })).toEqual({ kind: "syncing", waiting: 2 });
    expect(connectionState({ online: true, syncing: false, waiting: 1 })).toEqual({ kind: "waiting", waiting: 1 });
    expect(connectionState({ online: true, syncing: false, waiting: 0 })).toEqual({ kind: "online" });
  });
});

describe("the time an answer was typed, as the server keeps it", () => {
  const received = new Date("2026-12-03T09:00:00Z");
  it("keeps the device's time, never one after the answer arrived", () => {
    expect(typedAtToKeep("2026-12-03T08:00:00.000Z", received)).toEqual(new Date("2026-12-03T08:00:00Z"));
    expect(typedAtToKeep("2026-12-04T08:00:00.000Z", received)).toEqual(received);
    expect(typedAtToKeep(undefined, received)).toBeNull();
    expect(typedAtToKeep("not a date", received)).toBeNull();
  });
});
