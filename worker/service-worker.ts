/// <reference lib="webworker" />
import { CacheableResponsePlugin, CacheFirst, ExpirationPlugin, NetworkFirst, NetworkOnly, Serwist, StaleWhileRevalidate } from "serwist";
import { keptOffline, keptPagesLimit, offlineCaches, offlinePagePath } from "@/lib/offline/cache-names";

/** The offline page's content hash, put in by scripts/build-service-worker.js. */
declare const OFFLINE_PAGE_REVISION: string;

/**
 * The app's service worker, built into public/sw.js by scripts/build-service-worker.js on every
 * `next build`. It keeps what a checklist needs to open without a network: the build's hashed
 * files (kept once fetched), the icons and manifest, and the pages of lib/offline/cache-names.ts
 * as they last loaded (the network first, the kept copy when there is none). Answers typed
 * offline are not its business: the page keeps them in IndexedDB (components/offline/) and sends
 * them through the usual save, so the server's revision check decides as it does online.
 *
 * Only GET requests are handled; server actions, uploads and downloads go to the network as if
 * there were no worker. A kept page is sent back with the headers it came with, so its content
 * security policy and its nonce still match.
 */
const onlyOk = new CacheableResponsePlugin({ statuses: [200] });

const serwist = new Serwist({
  precacheEntries: [{ url: offlinePagePath, revision: OFFLINE_PAGE_REVISION }],
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: false,
  disableDevLogs: true,
  runtimeCaching: [
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith("/_next/static/"),
      handler: new CacheFirst({ cacheName: offlineCaches.static, plugins: [onlyOk, new ExpirationPlugin({ maxEntries: 300, maxAgeSeconds: 60 * 60 * 24 * 60 })] }),
    },
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && (url.pathname.startsWith("/icons/") || url.pathname === "/icon.svg" || url.pathname === "/manifest.webmanifest"),
      handler: new StaleWhileRevalidate({ cacheName: offlineCaches.assets, plugins: [onlyOk] }),
    },
    {
      matcher: ({ request, url, sameOrigin }) => sameOrigin && request.mode === "navigate" && keptOffline(url.pathname),
      handler: new NetworkFirst({ cacheName: offlineCaches.pages, plugins: [onlyOk, new ExpirationPlugin({ maxEntries: keptPagesLimit })] }),
    },
    {
      // Any other page: the network, or the offline page saying what still works.
      matcher: ({ request, sameOrigin }) => sameOrigin && request.mode === "navigate",
      handler: new NetworkOnly(),
    },
  ],
  fallbacks: { entries: [{ url: offlinePagePath, matcher: ({ request }) => request.mode === "navigate" }] },
});

serwist.addEventListeners();
