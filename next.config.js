const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Lets a second build (the benchmark, a parallel check) live beside the usual one.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // pdfkit reads its font metrics from its own folder at run time, so it must not be bundled.
  serverExternalPackages: ["pdfkit"],
  // Security headers (content security policy with a per-request nonce, frame denial, ...) are
  // set by proxy.ts from lib/security/headers.ts.
};

module.exports = withNextIntl(nextConfig);
