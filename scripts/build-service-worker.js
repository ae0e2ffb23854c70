// Bundles worker/service-worker.ts (with Serwist) into public/sw.js. next.config.js calls it for
// `next build` and `next dev`, so every build serves the worker of its own sources; public/sw.js
// is not committed. Run alone: node scripts/build-service-worker.js
const { createHash } = require("node:crypto");
const { readFileSync } = require("node:fs");
const path = require("node:path");

const root = path.join(__dirname, "..");

function buildServiceWorker({ minify = true } = {}) {
  const { buildSync } = require("esbuild");
  const offlinePage = readFileSync(path.join(root, "public/offline.html"));
  const revision = createHash("sha256").update(offlinePage).digest("hex").slice(0, 16);
  buildSync({
    entryPoints: [path.join(root, "worker/service-worker.ts")],
    outfile: path.join(root, "public/sw.js"),
    bundle: true,
    format: "iife",
    platform: "browser",
    target: ["chrome109", "firefox115", "safari16"],
    minify,
    sourcemap: false,
    legalComments: "none",
    alias: { "@": root },
    define: { OFFLINE_PAGE_REVISION: JSON.stringify(revision), "process.env.NODE_ENV": JSON.stringify("production") },
    logLevel: "warning",
  });
}

module.exports = { buildServiceWorker };

if (require.main === module) buildServiceWorker();
