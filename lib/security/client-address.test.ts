import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clientAddress, trustedProxyHops, unknownAddress } from "./client-address";

describe("the client address the brake counts under", () => {
  it("is the TCP peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    fc.assert(
      fc.property(fc.string(), (forwardedFor) => {
        expect(clientAddress({ peer: "203.0.113.7", forwardedFor, trustedHops: 0 })).toBe("203.0.113.7");
      }),
    );
  });

  it("is taken that many hops from the right when proxies are trusted", () => {
    // Client-written entries on the left, then what each of two trusted proxies appended.
    const forwardedFor = "6.6.6.6, 1.1.1.1, 198.51.100.4";
    expect(clientAddress({ peer: "10.0.0.2", forwardedFor, trustedHops: 1 })).toBe("198.51.100.4");
    expect(clientAddress({ peer: "10.0.0.2", forwardedFor, trustedHops: 2 })).toBe("1.1.1.1");
    expect(clientAddress({ peer: "10.0.0.2", forwardedFor: null, trustedHops: 1 })).toBe("10.0.0.2");
    expect(clientAddress({ peer: "10.0.0.2", forwardedFor: "198.51.100.4", trustedHops: 5 })).toBe("198.51.100.4");
  });

  it("never lets the client's own entries decide when one proxy is trusted", () => {
    fc.assert(
      fc.property(fc.array(fc.ipV4()), fc.ipV4(), (forged, appended) => {
        const forwardedFor = [...forged, appended].join(", ");
        expect(clientAddress({ peer: "10.0.0.2", forwardedFor, trustedHops: 1 })).toBe(appended);
      }),
    );
  });

  it("keys one address one way: no IPv4-mapped prefix, no port, bounded length", () => {
    expect(clientAddress({ peer: "::ffff:127.0.0.1", forwardedFor: null, trustedHops: 0 })).toBe("127.0.0.1");
    expect(clientAddress({ peer: "10.0.0.2", forwardedFor: "[2001:DB8::1]:443", trustedHops: 1 })).toBe("2001:db8::1");
    expect(clientAddress({ peer: "10.0.0.2", forwardedFor: "192.0.2.1:8080", trustedHops: 1 })).toBe("192.0.2.1");
    expect(clientAddress({ peer: "x".repeat(500), forwardedFor: null, trustedHops: 0 })).toHaveLength(64);
    expect(clientAddress({ peer: "", forwardedFor: "192.0.2.1", trustedHops: 0 })).toBe(unknownAddress);
  });

  it("reads the hop count as a small whole number, anything else as none", () => {
    expect(trustedProxyHops(undefined)).toBe(0);
    expect(trustedProxyHops("1")).toBe(1);
    expect(trustedProxyHops(" 2 ")).toBe(2);
    for (const bad of ["-1", "1.5", "many", "11", "true"]) expect(trustedProxyHops(bad), bad).toBe(0);
  });
});
