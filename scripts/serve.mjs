#!/usr/bin/env node
// The app's production server: Next.js's request handler behind a plain Node HTTP server, so that
// every request carries the TCP peer's address in a header the app can trust (Next.js itself only
// fills X-Forwarded-For when the client sent none, so the client decides what it says). Any value
// a client sends under that header's name is replaced. `npm start` runs this.
//   node scripts/serve.mjs [-p PORT] [-H HOSTNAME]      (PORT from the environment; every interface by default)
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";

// Must match lib/security/client-address.ts.
const peerAddressHeader = "x-learning-city-peer";
const peerHeaderFlag = "LEARNING_CITY_PEER_HEADER";

const args = process.argv.slice(2);
const option = (short, long) => {
  const i = args.findIndex((a) => a === short || a === long);
  return i >= 0 ? args[i + 1] : undefined;
};
const port = Number(option("-p", "--port") ?? process.env.PORT ?? 3000);
const hostname = option("-H", "--hostname");
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`serve: not a port: ${port}`);
  process.exit(2);
}

process.env.NODE_ENV = "production";
process.env[peerHeaderFlag] = "1";
const { default: next } = await import("next");
const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const app = next({ dev: false, dir, hostname: hostname ?? "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => {
  request.headers[peerAddressHeader] = request.socket.remoteAddress ?? "";
  handle(request, response).catch((error) => {
    console.error(error);
    if (!response.headersSent) response.writeHead(500);
    response.end();
  });
});
// As `next start` does: keep idle connections a little longer than common load balancers.
server.keepAliveTimeout = 65_000;
server.listen(port, hostname, () => console.log(`ready on http://${hostname ?? "localhost"}:${port}`));

for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
