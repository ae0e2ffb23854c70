// The browser tests' servers: the main one, and a second on its own database for the specs that
// lock the test machine's own address (e2e/sign-in-brake.spec.ts), so that lock never reaches the
// other specs' sign-ins.
export const mainServerPort = Number(process.env.E2E_PORT ?? 3100);
export const lockableServerPort = mainServerPort + 1;
