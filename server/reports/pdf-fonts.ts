import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { PdfFonts } from "@/lib/reports/pdf/document";

const fontDir = () => path.join(process.cwd(), "node_modules/dejavu-fonts-ttf/ttf");
let fonts: PdfFonts | null = null;

/**
 * DejaVu Sans, which covers every Vietnamese letter (pdfkit's built-in fonts do not). Read once
 * per process: the regular face alone is 750 kB, and pdfkit embeds only the glyphs used.
 */
export function pdfFonts(): PdfFonts {
  fonts ??= { regular: readFileSync(path.join(fontDir(), "DejaVuSans.ttf")), bold: readFileSync(path.join(fontDir(), "DejaVuSans-Bold.ttf")) };
  return fonts;
}
