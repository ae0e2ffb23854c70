// Layout arithmetic for the charts drawn as SVG: how wide a label is, where it wraps, where a
// value label goes beside its bar, and how labels stack without covering each other. SVG text
// neither wraps nor moves out of the way by itself, so the charts place every label with these.

// Widths in ems, on the wide side of common sans-serif faces (DejaVu Sans, which Linux browsers
// fall back to, is among the widest), so that a label measured here fits wherever it is drawn.
const narrow = new Set("ijlI.,:;'!|()[]");
const slim = new Set("frt-/ ");
const wide = new Set("mwMW%–—@");

function graphemes(text: string): string[] {
  return Array.from(new Intl.Segmenter("vi", { granularity: "grapheme" }).segment(text.normalize("NFC")), (s) => s.segment);
}

/** Estimated width of `text` drawn at `fontSize` pixels; accents add no width. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const g of graphemes(text)) {
    // The base letter of a cluster decides its width ("ế" is as wide as "e").
    const base = g.normalize("NFD")[0];
    if (narrow.has(base)) ems += 0.32;
    else if (slim.has(base)) ems += 0.42;
    else if (wide.has(base)) ems += 0.96;
    else if (base >= "A" && base <= "Z") ems += 0.72;
    else if (base === "Đ") ems += 0.78;
    else ems += 0.62;
  }
  return ems * fontSize * (bold ? 1.1 : 1);
}

/**
 * `text` broken into lines no wider than `maxWidth`: at spaces where it can, inside a word only
 * when the word alone is wider than the line. Nothing is dropped; the lines joined by spaces
 * give the text back.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const fits = (line: string) => textWidth(line, fontSize, bold) <= maxWidth;
  const lines: string[] = [];
  let line = "";
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = "";
    if (fits(word)) {
      line = word;
      continue;
    }
    // A word longer than the line: as many characters on each line as fit, at least one.
    for (const g of graphemes(word)) {
      if (line && !fits(line + g)) {
        lines.push(line);
        line = "";
      }
      line += g;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export interface BarLabelPlace {
  /** Where the text is anchored, and on which side: "start" to the right of `x`, "end" to its left. */
  x: number;
  anchor: "start" | "end";
}

/**
 * Where a bar's value label goes: just past the bar's end if no line (a target) runs through
 * that spot; otherwise just past the first line beyond which it clears every line; otherwise
 * inside the bar, against its end. `lines` are the x positions of the vertical lines, `width`
 * the label's width, `gap` the room kept between the label and the bar end or any line; the
 * label stays left of `max`. Lines are never crossed by the label, whatever their number.
 */
export function placeBarLabel({ end, width, gap, lines, min, max }: { end: number; width: number; gap: number; lines: readonly number[]; min: number; max: number }): BarLabelPlace {
  const clear = (from: number, to: number) => lines.every((line) => line < from - gap / 2 || line > to + gap / 2);
  const right = [end, ...lines.filter((line) => line >= end).sort((a, b) => a - b)].map((x) => x + gap);
  for (const x of right) if (x + width <= max && clear(x, x + width)) return { x, anchor: "start" };
  const inside = end - gap;
  if (inside - width >= min && clear(inside - width, inside)) return { x: inside, anchor: "end" };
  // No room left anywhere: past the last line, which the caller leaves room for.
  return { x: Math.max(end, ...lines) + gap, anchor: "start" };
}

/**
 * Top edges for blocks of text (a wrapped label is one block) that should sit at `tops`, moved
 * apart just enough not to overlap, each as near its own place as the others allow, within
 * [min, max] where they fit there. Returned in the order given. When the blocks together are
 * taller than the room, they run on below `max` (the caller grows the drawing to fit).
 */
export function stackBlocks(tops: readonly number[], heights: readonly number[], min: number, max: number): number[] {
  const order = tops.map((top, index) => ({ top, index })).sort((a, b) => a.top - b.top || a.index - b.index);
  const h = (i: number) => heights[order[i].index];
  const placed = order.map((o) => Math.max(min, o.top));
  for (let i = 1; i < placed.length; i++) placed[i] = Math.max(placed[i], placed[i - 1] + h(i - 1));
  const last = placed.length - 1;
  // Pushed past the end: slide the tail back up, keeping the blocks apart, but not above `min`.
  if (last >= 0 && placed[last] + h(last) > max) {
    placed[last] = Math.max(max - h(last), min);
    for (let i = last - 1; i >= 0; i--) placed[i] = Math.min(placed[i], placed[i + 1] - h(i));
    if (placed[0] < min) {
      placed[0] = min;
      for (let i = 1; i < placed.length; i++) placed[i] = Math.max(placed[i], placed[i - 1] + h(i - 1));
    }
  }
  const result = new Array<number>(tops.length);
  order.forEach((o, i) => (result[o.index] = placed[i]));
  return result;
}

/** The height a block of `lines` lines takes at `lineHeight`. */
export function blockHeight(lines: number, lineHeight: number): number {
  return Math.max(1, lines) * lineHeight;
}
