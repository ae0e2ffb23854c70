/** Picks the Vietnamese or English version of a field stored as `<name>Vi` / `<name>En`. */
export function localized<T extends object, K extends string>(
  record: T & Record<`${K}Vi` | `${K}En`, string | null>,
  field: K,
  locale: string,
): string | null {
  const vi = record[`${field}Vi` as keyof T] as string | null;
  const en = record[`${field}En` as keyof T] as string | null;
  return locale === "en" ? (en ?? vi) : (vi ?? en);
}
