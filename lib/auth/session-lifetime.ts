/** A session cookie lapses after this long without a request (next-auth renews it on each one). */
export const sessionIdleSeconds = 8 * 60 * 60;

/** However active, a session ends this long after signing in: then the user signs in again. */
export const sessionLifetimeMs = 7 * 24 * 60 * 60 * 1000;

export const sessionExpiry = (signedInAt: Date) => new Date(signedInAt.getTime() + sessionLifetimeMs);
