"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import { usePathname, useSearchParams } from "next/navigation";
import { keptOffline, offlineCaches } from "@/lib/offline/cache-names";
import { connectionState, syncSummary, type Connection, type fileFits, type SyncSummary, type Typed } from "@/lib/offline/queue";
import type { ResponseView } from "@/server/assessments/response-view";
import type { DeviceAnswer, DeviceFile, DeviceStore, KnownAnswer } from "./device-store";
import type { DeviceEvent, SendResult } from "./send-queue";
import { sessionUserAction } from "@/server/actions/sessions";

export type { DeviceEvent };

export interface Device {
  online: boolean;
  connection: Connection;
  /** The last round of sending, until the user closes its account. */
  summary: SyncSummary | null;
  dismissSummary: () => void;
  /** Keeps what was typed on the device and sends it when the server can be reached. */
  queue: (typed: Typed) => Promise<void>;
  /** The queued entry of one answer, once the device's queue has been read. */
  queued: (key: string) => DeviceAnswer | undefined;
  /** Whether the device's queue has been read (until then, no entry can say it has nothing queued). */
  loaded: boolean;
  /** Forgets a queued answer (the user took the other person's, or sends theirs again by hand). */
  drop: (key: string) => Promise<void>;
  /** Notes an answer the server saved while online, for an offline reload of a page kept from before. */
  remember: (assessmentId: string, view: ResponseView) => void;
  known: (assessmentId: string) => Promise<KnownAnswer[]>;
  /** Signing out: forgets the user's queued and known answers and the pages kept on the device. */
  forget: () => Promise<void>;
  /** What waits is held because this browser no longer holds the user's session: they sign in again to send it. */
  held: boolean;
  /** Answers and files waiting on the device, for the header. */
  waiting: { answers: number; files: number };
  /** The files of one answer waiting to be uploaded. */
  queuedFiles: (assessmentId: string, indicatorId: string) => DeviceFile[];
  /** Keeps a file to upload when the network is back, if it fits the device's limits. */
  queueFile: (file: Omit<DeviceFile, "key" | "queuedAt">) => Promise<ReturnType<typeof fileFits>>;
  dropFile: (key: string) => Promise<void>;
  /** Hears what becomes of one answer's queued entry and files. */
  listen: (key: string, listener: (event: DeviceEvent) => void) => () => void;
}

const DeviceContext = createContext<Device | null>(null);

/** The device's queue and connection, or null outside the signed-in workspace. */
export function useDevice(): Device | null {
  return useContext(DeviceContext);
}

function subscribeOnline(notify: () => void) {
  window.addEventListener("online", notify);
  window.addEventListener("offline", notify);
  return () => {
    window.removeEventListener("online", notify);
    window.removeEventListener("offline", notify);
  };
}

/** The browser's own account of the network; the server side renders online. */
export function useOnline(): boolean {
  return useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  );
}

// How long to wait before trying again when the browser says online but the server cannot be reached.
const retryMs = 20_000;

/**
 * Keeps the signed-in user's answers on the device while there is no network and sends them, in
 * the order typed, when it comes back (on the browser's "online", on load, and every 20 s while
 * the server cannot be reached). Each goes through the usual save with the revision it was typed
 * over, so someone else's change meanwhile comes back as a conflict for the user to settle. Also
 * registers the service worker and keeps the page in view for offline use.
 */
export function OfflineProvider({ userId, children }: { userId: string; children: ReactNode }) {
  const online = useOnline();
  const store = useRef<Promise<DeviceStore> | null>(null);
  // The queue as last read or written, read at once by the entries (a ref, so a drop followed by a
  // save in the same tick sees it gone); its size is what the header shows.
  const entries = useRef<Map<string, DeviceAnswer>>(new Map());
  const files = useRef<DeviceFile[]>([]);
  const [waiting, setWaiting] = useState({ answers: 0, files: 0 });
  const counted = useCallback(() => setWaiting({ answers: entries.current.size, files: files.current.length }), []);
  const setEntries = useCallback(
    (change: (all: Map<string, DeviceAnswer>) => Map<string, DeviceAnswer>) => {
      entries.current = change(entries.current);
      counted();
    },
    [counted],
  );
  const [loaded, setLoaded] = useState(false);
  const [syncing, setSyncing] = useState(false);
  const [summary, setSummary] = useState<SyncSummary | null>(null);
  const [held, setHeld] = useState(false);
  const listeners = useRef(new Map<string, Set<(event: DeviceEvent) => void>>());
  const running = useRef(false);
  const again = useRef(false);
  const retry = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // IndexedDB and the sender load after the page is interactive, not with every page's first scripts.
  const open = useCallback(() => (store.current ??= import("./device-store").then(({ DeviceStore }) => DeviceStore.open(userId))), [userId]);
  const reload = useCallback(async () => {
    const device = await open();
    const [answers, kept] = await Promise.all([device.queued(), device.files()]);
    files.current = kept;
    setEntries(() => new Map(answers.map((entry) => [entry.key, entry])));
  }, [open, setEntries]);
  const tell = useCallback((key: string, event: DeviceEvent) => listeners.current.get(key)?.forEach((listener) => listener(event)), []);

  // The latest sync, for the timer that tries again.
  const syncLater = useRef<() => void>(() => undefined);
  const sync = useCallback(async () => {
    if (running.current) {
      again.current = true;
      return;
    }
    clearTimeout(retry.current);
    running.current = true;
    let outcomes: SendResult["outcomes"] = [];
    try {
      await reload();
      if ((entries.current.size === 0 && files.current.length === 0) || !navigator.onLine) return;
      // Sent in someone else's name, or refused for an ended session and lost: neither. It waits.
      const stillSignedIn = async () => {
        const session = await sessionUserAction({});
        return session.ok && session.value.userId === userId;
      };
      if (!(await stillSignedIn())) return setHeld(true);
      setHeld(false);
      setSyncing(true);
      const store = await open();
      const { sendQueue } = await import("./send-queue");
      const send = () => sendQueue({ store, stillSignedIn, tell, changed: reload });
      // One tab sends at a time: two sending the same answer would each find the other's save a conflict.
      const sent = "locks" in navigator ? await navigator.locks.request(`hoctap-send-${userId}`, send) : await send();
      outcomes = sent.outcomes;
      if (sent.signedOut) setHeld(true);
      // Still no server: the rest waits, in order, for the next try.
      if (sent.unreachable) retry.current = setTimeout(() => syncLater.current(), retryMs);
    } catch {
      retry.current = setTimeout(() => syncLater.current(), retryMs);
    } finally {
      running.current = false;
      setSyncing(false);
      if (outcomes.length > 0) setSummary(syncSummary(outcomes));
      if (again.current) {
        again.current = false;
        retry.current = setTimeout(() => syncLater.current(), 0);
      }
    }
  }, [open, reload, tell, userId]);
  useEffect(() => {
    syncLater.current = () => void sync();
  }, [sync]);

  // The device's queue, the page cache's owner, the service worker, and this page kept for offline use.
  useEffect(() => {
    let stop = false;
    void (async () => {
      await import("./device-store").then(({ claimDevice }) => claimDevice(userId)).catch(() => undefined);
      await reload().catch(() => undefined);
      if (stop) return;
      setLoaded(true);
      void sync();
      if (!("serviceWorker" in navigator)) return;
      await navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => undefined);
    })();
    return () => {
      stop = true;
      clearTimeout(retry.current);
    };
  }, [userId, reload, sync]);

  // The network is back: send what waits.
  useEffect(() => {
    const back = () => syncLater.current();
    window.addEventListener("online", back);
    return () => window.removeEventListener("online", back);
  }, []);

  // Pages reached through the app's links load without a navigation the service worker sees.
  const pathname = usePathname();
  const search = useSearchParams().toString();
  useEffect(() => {
    if (online) void keepThisPage(search ? `${pathname}?${search}` : pathname);
  }, [pathname, search, online]);

  const listen = useCallback((key: string, listener: (event: DeviceEvent) => void) => {
    const set = listeners.current.get(key) ?? new Set();
    set.add(listener);
    listeners.current.set(key, set);
    return () => void set.delete(listener);
  }, []);

  const device = useMemo<Device>(
    () => ({
      online,
      connection: connectionState({ online, syncing, waiting: waiting.answers + waiting.files }),
      waiting,
      held,
      summary,
      dismissSummary: () => setSummary(null),
      loaded,
      queued: (key) => entries.current.get(key),
      queue: async (typed) => {
        const entry = await (await open()).queue(typed);
        // Asks the browser not to clear the device's storage under pressure while answers wait in it.
        void navigator.storage?.persist?.().catch(() => false);
        setEntries((all) => new Map(all).set(entry.key, entry));
        if (navigator.onLine) void sync();
      },
      drop: async (key) => {
        await (await open()).drop(key);
        setEntries((all) => {
          const next = new Map(all);
          next.delete(key);
          return next;
        });
      },
      remember: (assessmentId, view) => void open().then((s) => s.remember(assessmentId, view)).catch(() => undefined),
      known: async (assessmentId) => (await open()).known(assessmentId),
      forget: async () => {
        const opened = store.current;
        store.current = null;
        // An open connection would hold the database's deletion until the page goes.
        if (opened) (await opened.catch(() => null))?.close();
        await (await import("./device-store")).clearDevice(userId);
      },
      queuedFiles: (assessmentId, indicatorId) => files.current.filter((f) => f.assessmentId === assessmentId && f.indicatorId === indicatorId),
      queueFile: async (file) => {
        const { fit, file: kept } = await (await open()).queueFile(file);
        if (kept) {
          files.current = [...files.current, kept];
          counted();
          if (navigator.onLine) void sync();
        }
        return fit;
      },
      dropFile: async (key) => {
        await (await open()).dropFile(key);
        files.current = files.current.filter((f) => f.key !== key);
        counted();
      },
      listen,
    }),
    [online, syncing, waiting, held, summary, loaded, open, sync, userId, setEntries, listen, counted],
  );

  return <DeviceContext.Provider value={device}>{children}</DeviceContext.Provider>;
}

// A kept copy younger than this is fresh enough; an older one is fetched again when the page is opened.
const keptCopyFreshMs = 10 * 60 * 1000;

/**
 * Keeps the page in view for offline use (a checklist, the dashboard) when the service worker
 * could not: the first page of a visit loads before it is ready, and the app's own links load
 * pages without a navigation. Fetched only if the device has no copy, or an old one.
 */
async function keepThisPage(url: string) {
  if (!("caches" in window) || !("serviceWorker" in navigator) || !keptOffline(new URL(url, location.origin).pathname)) return;
  try {
    await navigator.serviceWorker.ready;
    const cache = await caches.open(offlineCaches.pages);
    const kept = await cache.match(url);
    const age = kept ? Date.now() - new Date(kept.headers.get("date") ?? 0).getTime() : Infinity;
    if (!(age < keptCopyFreshMs)) await cache.add(url);
    await keepBuildFiles();
  } catch {
    // No room, or no network after all: the next visit keeps it.
  }
}

/**
 * The build's scripts and styles this page loaded: fetched through the service worker they are
 * kept as they come, but those of the first page of a visit came before it was ready.
 */
async function keepBuildFiles() {
  const cache = await caches.open(offlineCaches.static);
  const loaded = performance.getEntriesByType("resource").map((entry) => entry.name);
  const urls = [...new Set(loaded)].filter((url) => {
    const parsed = new URL(url, location.origin);
    return parsed.origin === location.origin && parsed.pathname.startsWith("/_next/static/");
  });
  await Promise.all(urls.map(async (url) => (await cache.match(url)) ?? cache.add(url)));
}
