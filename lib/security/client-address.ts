// Which address a request came from, for the per-address sign-in brake. A header anyone can send
// (X-Forwarded-For) is believed only as far as the operator says proxies stand in front of the app:
// with no trusted proxy the address is the TCP peer's, which the app's server (scripts/serve.mjs)
// stamps on every request in its own header, replacing whatever the client sent under that name.

/** The header scripts/serve.mjs sets to the socket's remote address. */
export const peerAddressHeader = "x-learning-city-peer";

/** Set by scripts/serve.mjs, so that the peer header is believed only when that server wrote it. */
export const peerHeaderFlag = "LEARNING_CITY_PEER_HEADER";

/** What the brake uses when the address cannot be told (the app was started without its server). */
export const unknownAddress = "unknown";

const maxAddressLength = 64;

/**
 * How many reverse proxies in front of the app append to X-Forwarded-For (TRUSTED_PROXY_HOPS):
 * 0 unless set to a whole number from 0 to 10.
 */
export function trustedProxyHops(setting: string | undefined): number {
  if (setting === undefined || setting.trim() === "") return 0;
  const hops = Number(setting);
  return Number.isInteger(hops) && hops >= 0 && hops <= 10 ? hops : 0;
}

/**
 * The client's address: the TCP peer's when no proxy is trusted; otherwise the address `hops`
 * places from the right of the chain X-Forwarded-For + peer, where each trusted proxy appended the
 * address it received from (the leftmost one if the chain is shorter). Entries further left were
 * written by the client and never decide.
 */
export function clientAddress(input: { peer: string | null | undefined; forwardedFor: string | null | undefined; trustedHops: number }): string {
  const peer = normalise(input.peer);
  if (!peer) return unknownAddress;
  if (input.trustedHops === 0) return peer;
  const forwarded = (input.forwardedFor ?? "").split(",").map(normalise).filter((entry): entry is string => entry !== null);
  const chain = [...forwarded, peer];
  return chain[Math.max(chain.length - 1 - input.trustedHops, 0)];
}

/** One address as the brake keys it: no IPv4-mapped IPv6 prefix, no port, bounded length. */
function normalise(value: string | null | undefined): string | null {
  let address = (value ?? "").trim().toLowerCase();
  if (!address) return null;
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  if (address.startsWith("::ffff:") && /^[\d.]+$/.test(address.slice(7))) address = address.slice(7);
  return address.slice(0, maxAddressLength);
}
