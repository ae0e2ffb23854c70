import { deleteDB, openDB, type DBSchema, type IDBPDatabase } from "idb";
import { offlineCaches } from "@/lib/offline/cache-names";
import { afterSaved, answerKey, fileFits, queueTyping, type QueuedAnswer, type Typed } from "@/lib/offline/queue";
import type { ResponseView } from "@/server/assessments/response-view";

export type DeviceAnswer = QueuedAnswer<ResponseView>;

/** An answer as the server last saved it from this device: newer than a kept page that loaded before. */
export interface KnownAnswer {
  key: string;
  assessmentId: string;
  view: ResponseView;
}

/** An evidence file chosen while offline, kept to upload once the network is back. */
export interface DeviceFile {
  key: string;
  assessmentId: string;
  indicatorId: string;
  /** The indicator's code, for the summary after sending. */
  code: string;
  name: string;
  type: string;
  size: number;
  blob: Blob;
  queuedAt: number;
}

interface DeviceSchema extends DBSchema {
  outbox: { key: string; value: DeviceAnswer };
  files: { key: string; value: DeviceFile };
  known: { key: string; value: KnownAnswer; indexes: { assessment: string } };
}

/** One database per user, so that another user of the same browser never opens it. */
export const deviceDatabaseName = (userId: string) => `hoctap-device-${userId}`;

/** The user whose pages the device's page cache holds (localStorage), to empty it when another signs in. */
const ownerKey = "hoctap-device-owner";

/**
 * The answers a user typed on this device and the server has not taken yet, kept in IndexedDB
 * (through idb) so that they survive a reload, a closed browser and a night without a network.
 */
export class DeviceStore {
  private constructor(private readonly db: IDBPDatabase<DeviceSchema>) {}

  static async open(userId: string): Promise<DeviceStore> {
    const db = await openDB<DeviceSchema>(deviceDatabaseName(userId), 1, {
      upgrade(database) {
        database.createObjectStore("outbox", { keyPath: "key" });
        database.createObjectStore("files", { keyPath: "key" });
        database.createObjectStore("known", { keyPath: "key" }).createIndex("assessment", "assessmentId");
      },
    });
    return new DeviceStore(db);
  }

  queued(): Promise<DeviceAnswer[]> {
    return this.db.getAll("outbox");
  }

  /** Adds what was typed to the queue, in one transaction (two tabs may type at once). */
  async queue(typed: Typed): Promise<DeviceAnswer> {
    const tx = this.db.transaction("outbox", "readwrite");
    const entry = queueTyping(await tx.store.get(answerKey(typed.assessmentId, typed.indicatorId)), typed, Date.now());
    await tx.store.put(entry);
    await tx.done;
    return entry;
  }

  /** The server saved `sent` as `saved`: what, if anything, is left to send for that answer. */
  async sent(sent: DeviceAnswer, saved: ResponseView): Promise<DeviceAnswer | null> {
    const tx = this.db.transaction(["outbox", "known"], "readwrite");
    const outbox = tx.objectStore("outbox");
    const left = afterSaved(await outbox.get(sent.key), sent, saved.revision);
    if (left) await outbox.put(left);
    else await outbox.delete(sent.key);
    await tx.objectStore("known").put({ key: sent.key, assessmentId: sent.assessmentId, view: saved });
    await tx.done;
    return left;
  }

  /** Someone else saved the answer meanwhile: it waits for the user's choice. */
  async conflicted(key: string, theirs: ResponseView): Promise<void> {
    const tx = this.db.transaction("outbox", "readwrite");
    const entry = await tx.store.get(key);
    if (entry) await tx.store.put({ ...entry, conflict: theirs });
    await tx.done;
  }

  drop(key: string): Promise<void> {
    return this.db.delete("outbox", key);
  }

  files(): Promise<DeviceFile[]> {
    return this.db.getAll("files");
  }

  /** Keeps a file to upload later, if it and the files already waiting fit the device's limits. */
  async queueFile(file: Omit<DeviceFile, "key" | "queuedAt">): Promise<{ fit: ReturnType<typeof fileFits>; file?: DeviceFile }> {
    const tx = this.db.transaction("files", "readwrite");
    const waiting = (await tx.store.getAll()).reduce((sum, f) => sum + f.size, 0);
    const fit = fileFits(file.size, waiting);
    if (fit !== "fits") {
      await tx.done;
      return { fit };
    }
    const kept = { ...file, key: crypto.randomUUID(), queuedAt: Date.now() };
    await tx.store.put(kept);
    await tx.done;
    return { fit, file: kept };
  }

  dropFile(key: string): Promise<void> {
    return this.db.delete("files", key);
  }

  /** An answer saved while online, so a page kept from before shows it after an offline reload. */
  async remember(assessmentId: string, view: ResponseView): Promise<void> {
    await this.db.put("known", { key: answerKey(assessmentId, view.indicatorId), assessmentId, view });
  }

  known(assessmentId: string): Promise<KnownAnswer[]> {
    return this.db.getAllFromIndex("known", "assessment", assessmentId);
  }

  close() {
    this.db.close();
  }
}

/**
 * Forgets what this device holds for the user: their queued and known answers and the pages kept
 * for offline use. Called on signing out, before the session ends.
 */
export async function clearDevice(userId: string): Promise<void> {
  await Promise.allSettled([deleteDB(deviceDatabaseName(userId)), "caches" in window ? caches.delete(offlineCaches.pages) : Promise.resolve(false)]);
  localStorage.removeItem(ownerKey);
}

/**
 * The kept pages belong to whoever last used the device; when someone else signs in, they go
 * (another user's queued answers stay in that user's own database, never shown to this one).
 */
export async function claimDevice(userId: string): Promise<void> {
  const owner = localStorage.getItem(ownerKey);
  if (owner !== userId && "caches" in window) await caches.delete(offlineCaches.pages);
  localStorage.setItem(ownerKey, userId);
}
