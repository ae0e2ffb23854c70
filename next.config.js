const { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } = require("next/constants");
const createNextIntlPlugin = require("next-intl/plugin");
const { buildServiceWorker } = require("./scripts/build-service-worker");

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

// proxy.ts answers the requests it refuses before any page runs, in the caller's language. It
// needs only the `errors` messages, so only those are put into its bundle (as a build-time
// constant), not both catalogues.
const refusalMessages = JSON.stringify({ vi: require("./messages/vi.json").errors, en: require("./messages/en.json").errors });

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Lets a second build (the benchmark, a parallel check) live beside the usual one.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // pdfkit reads its font metrics from its own folder at run time, so it must not be bundled.
  serverExternalPackages: ["pdfkit"],
  env: { REFUSAL_MESSAGES: refusalMessages },
  // Security headers (content security policy with a per-request nonce, frame denial, ...) are
  // set by proxy.ts from lib/security/headers.ts.
};

// Every build and dev server serves the service worker of its own sources (public/sw.js, not committed).
module.exports = (phase) => {
  if (phase === PHASE_PRODUCTION_BUILD || phase === PHASE_DEVELOPMENT_SERVER) buildServiceWorker({ minify: phase === PHASE_PRODUCTION_BUILD });
  return withNextIntl(nextConfig);
};
