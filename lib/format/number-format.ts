// Building an Intl.NumberFormat costs far more than using one: a checklist formats three boxes of
// every answer on each render, a report hundreds of figures. One is kept per language and options.
const formats = new Map<string, Intl.NumberFormat>();

/** The number format of `locale` with `options`, made once and kept. */
export function cachedNumberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}
