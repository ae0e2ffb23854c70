// Colours and marks shared by the comparison charts. Each colour keeps at least 3:1 contrast with
// the white background (WCAG 1.4.11), and no chart tells its series apart by colour alone: the
// compared city's bars and lines are also bolder and named in bold, published figures are striped,
// and peers' lines differ in dash and marker.

export const ownColour = "#174c99"; // brand-700
export const peerColour = "#64748b"; // slate-500
export const inkColour = "#334155"; // slate-700, labels and outlines
export const gridColour = "#cbd5e1"; // slate-300, gridlines only (decorative)
export const targetColours = ["#b45309", "#9f1239"]; // amber-700, rose-800

/** Truncates a long city name for a chart label; the full name is in the table and the tooltip. */
export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
