import { webLink } from "@/lib/format/web-link";
import { colors, contentWidth, ensureSpace, fonts, type Pdf } from "./document";

// Text blocks of a report: headings that never sit alone at the foot of a page, paragraphs,
// label–value lines, bullet lists and the approval stamp.

const headingSizes = { 1: 16, 2: 13, 3: 11 } as const;

export function heading(doc: Pdf, text: string, level: 1 | 2 | 3 = 1) {
  const size = headingSizes[level];
  // Room for the heading and a few lines of what follows it.
  ensureSpace(doc, size * 2 + 48);
  if (level === 1) doc.moveDown(0.6);
  doc.font(fonts.bold).fontSize(size).fillColor(level === 1 ? colors.brand : colors.text);
  doc.text(text, doc.page.margins.left, doc.y, { width: contentWidth(doc) });
  doc.moveDown(level === 1 ? 0.4 : 0.25);
  doc.font(fonts.regular).fontSize(10).fillColor(colors.text);
}

export function paragraph(doc: Pdf, text: string, options: { muted?: boolean; size?: number; bold?: boolean } = {}) {
  doc.font(options.bold ? fonts.bold : fonts.regular).fontSize(options.size ?? 10).fillColor(options.muted ? colors.muted : colors.text);
  doc.text(text, doc.page.margins.left, doc.y, { width: contentWidth(doc), lineGap: 1.5 });
  doc.font(fonts.regular).fontSize(10).fillColor(colors.text);
}

/** "Label: value" lines with the labels in bold; a web link value is clickable, any other address stays text. */
export function labelled(doc: Pdf, rows: readonly { label: string; value: string; link?: string }[]) {
  const left = doc.page.margins.left;
  for (const row of rows) {
    doc.font(fonts.bold).fontSize(10).fillColor(colors.text).text(`${row.label}: `, left, doc.y, { width: contentWidth(doc), continued: true, lineGap: 1.5 });
    const link = webLink(row.link);
    doc.font(fonts.regular).fillColor(link ? colors.brand : colors.text).text(row.value, { link, underline: !!link, lineGap: 1.5 });
  }
  doc.fillColor(colors.text);
}

export function bullets(doc: Pdf, items: readonly { text: string; link?: string }[], indent = 12) {
  const left = doc.page.margins.left;
  doc.font(fonts.regular).fontSize(10);
  for (const item of items) {
    const y = doc.y;
    doc.fillColor(colors.text).text("•", left + indent - 9, y, { lineBreak: false });
    const link = webLink(item.link);
    doc.fillColor(link ? colors.brand : colors.text).text(item.text, left + indent, y, { width: contentWidth(doc) - indent, link, underline: !!link, lineGap: 1.5 });
  }
  doc.fillColor(colors.text);
}

/**
 * A bordered box like an office stamp: a title in capitals and the lines under it. Green for a
 * decision made, grey while it is still to come.
 */
export function stamp(doc: Pdf, box: { title: string; lines: readonly string[]; done: boolean; width?: number; x?: number }) {
  const width = box.width ?? 220;
  const x = box.x ?? doc.page.width - doc.page.margins.right - width;
  const padding = 10;
  doc.font(fonts.bold).fontSize(12);
  const titleHeight = doc.heightOfString(box.title.toUpperCase(), { width: width - 2 * padding });
  doc.font(fonts.regular).fontSize(10);
  const linesHeight = box.lines.reduce((sum, line) => sum + doc.heightOfString(line, { width: width - 2 * padding }) + 2, 0);
  const height = titleHeight + linesHeight + 2 * padding + 4;
  ensureSpace(doc, height + 8);
  const y = doc.y;
  const tone = box.done ? colors.good : colors.muted;
  doc.save().lineWidth(2).strokeColor(tone).roundedRect(x, y, width, height, 6).stroke().restore();
  doc.font(fonts.bold).fontSize(12).fillColor(tone).text(box.title.toUpperCase(), x + padding, y + padding, { width: width - 2 * padding, align: "center" });
  doc.moveDown(0.2);
  doc.font(fonts.regular).fontSize(10).fillColor(colors.text);
  for (const line of box.lines) doc.text(line, x + padding, doc.y, { width: width - 2 * padding, align: "center" }).moveDown(0.1);
  doc.x = doc.page.margins.left;
  doc.y = y + height + 8;
}

/**
 * A blank block for a hand to finish: each line a label followed by a dotted rule to write on,
 * then room for a signature and a seal.
 */
export function signatureBlock(doc: Pdf, block: { title: string; lines: readonly string[]; signatureSpace?: number }) {
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  const space = block.signatureSpace ?? 80;
  ensureSpace(doc, 40 + block.lines.length * 24 + space);
  doc.font(fonts.bold).fontSize(11).fillColor(colors.text).text(block.title, left, doc.y, { width });
  doc.moveDown(0.6);
  doc.font(fonts.regular).fontSize(10);
  for (const line of block.lines) {
    const y = doc.y;
    doc.text(line, left, y, { lineBreak: false });
    const start = left + doc.widthOfString(line) + 6;
    doc.save().dash(1, { space: 2 }).lineWidth(0.6).strokeColor(colors.muted).moveTo(start, y + 11).lineTo(left + width, y + 11).stroke().restore();
    doc.x = left;
    doc.y = y + 24;
  }
  const y = doc.y;
  doc.save().lineWidth(0.8).strokeColor(colors.rule).rect(left + width / 2, y, width / 2, space).stroke().restore();
  doc.y = y + space + 8;
}
