// A key for a name whose plain order, letter by letter, is the name's alphabetical order for a
// reader of the language: Vietnamese letters in their own alphabet (a < ă < â < b … đ after d,
// ô and ơ after o, ư after u) with tones deciding only between otherwise equal names; English
// reads every mark, and đ, as an accent on the base letter. The database sorts and pages by the key
// (City.sortKeyVi / sortKeyEn) without knowing any collation.
//
// Each unit of the key is two lowercase ASCII letters, so every database collation, binary or
// linguistic, orders keys the same way. "aa" ends the letters, so a name sorts before any longer
// name it begins; the marks follow, one unit per letter.

export type SortKeyLocale = "vi" | "en";

const endOfLetters = 0;
const space = 1;
const punctuation = 2;
const firstDigit = 3;
const firstLetter = firstDigit + 10;
const otherScript = 26 * 26 - 1;

const latin = [..."abcdefghijklmnopqrstuvwxyz"];
const alphabets: Record<SortKeyLocale, string[]> = {
  // Letters of the Vietnamese alphabet that are letters of their own come right after their base.
  vi: latin.flatMap((l) => (l === "a" ? ["a", "ă", "â"] : l === "d" ? ["d", "đ"] : l === "e" ? ["e", "ê"] : l === "o" ? ["o", "ô", "ơ"] : l === "u" ? ["u", "ư"] : [l])),
  en: latin,
};
const letterMarks = /[\u0306\u0302\u031b]/gu; // breve, circumflex, horn
// No mark first, then huyền, hỏi, ngã, sắc, nặng, the order of Vietnamese dictionaries.
const tones = ["\u0300", "\u0309", "\u0303", "\u0301", "\u0323"];

const unit = (n: number) => latin[Math.floor(n / 26)] + latin[n % 26];

function markCode(marks: string): number {
  if (!marks) return 0;
  const tone = tones.findIndex((t) => marks.includes(t));
  return tone >= 0 ? tone + 1 : tones.length + 1;
}

/** The sort key of `name` for readers of `locale`. */
export function sortKey(name: string, locale: SortKeyLocale): string {
  const alphabet = alphabets[locale];
  const primary: number[] = [];
  const secondary: number[] = [];
  for (const char of name.trim().toLowerCase().normalize("NFC")) {
    if (/\s/u.test(char)) {
      // A run of spaces counts once.
      if (primary.at(-1) !== space) {
        primary.push(space);
        secondary.push(0);
      }
      continue;
    }
    const [base, ...rest] = char.normalize("NFD");
    let marks = rest.join("");
    let letter = base;
    // English reads đ as d with a mark, as it reads the other marks.
    if (locale === "en" && base === "đ") {
      letter = "d";
      marks += "\u0335";
    }
    if (locale === "vi") {
      // ă, â, ê, ô, ơ, ư are letters; only the tone is a mark.
      const own = (base + (marks.match(letterMarks) ?? []).join("")).normalize("NFC");
      if (alphabet.includes(own)) {
        letter = own;
        marks = marks.replace(letterMarks, "");
      }
    }
    const digit = "0123456789".indexOf(letter);
    const index = alphabet.indexOf(letter);
    primary.push(digit >= 0 && letter.length === 1 ? firstDigit + digit : index >= 0 ? firstLetter + index : /[\p{L}\p{N}]/u.test(letter) ? otherScript : punctuation);
    secondary.push(markCode(marks));
  }
  return [...primary, endOfLetters, ...secondary].map(unit).join("");
}
