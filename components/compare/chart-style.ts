// Colours and marks shared by the comparison charts. Each colour keeps at least 3:1 contrast with
// the white background (WCAG 1.4.11), and no chart tells its series apart by colour alone: the
// compared city's bars and lines are also bolder and named in bold, published figures are striped,
// and peers' lines differ in dash and marker.

export const ownColour = "#174c99"; // brand-700
export const peerColour = "#64748b"; // slate-500
export const inkColour = "#334155"; // slate-700, labels and outlines
export const gridColour = "#cbd5e1"; // slate-300, gridlines only (decorative)
export const targetColours = ["#b45309", "#9f1239"]; // amber-700, rose-800

/** A white outline drawn under a text's letters, so that a gridline or line behind it never runs through them. */
export const halo = { stroke: "white", strokeWidth: 3, strokeLinejoin: "round", paintOrder: "stroke" } as const;
