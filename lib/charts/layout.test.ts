import { describe, expect, it } from "vitest";
import { placeBarLabel, stackBlocks, textWidth, wrapText } from "./layout";

const dalat = "Thành phố Đà Lạt thử nghiệm (Măng Đen – Xuân Hương)";

describe("textWidth", () => {
  it("grows with the text, gives accents no width, and makes bold wider", () => {
    expect(textWidth("Ha Noi", 12)).toBeCloseTo(textWidth("Hà Nội", 12));
    expect(textWidth("Hà Nội", 12)).toBeLessThan(textWidth("Thành phố Hồ Chí Minh", 12));
    expect(textWidth("Hà Nội", 12, true)).toBeGreaterThan(textWidth("Hà Nội", 12));
    expect(textWidth("", 12)).toBe(0);
  });
});

describe("wrapText", () => {
  it("wraps a 60-character name onto lines that fit the width, dropping nothing", () => {
    const name = `${dalat} – Lâm Đồng`;
    expect(name.length).toBeGreaterThanOrEqual(60);
    const lines = wrapText(name, 180, 12, true);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 12, true)).toBeLessThanOrEqual(180);
    expect(lines.join(" ")).toBe(name);
  });

  it("keeps a name that fits on one line", () => {
    expect(wrapText("Hà Nội", 180, 12)).toEqual(["Hà Nội"]);
  });

  it("breaks a word longer than the line inside it, never past the width", () => {
    const lines = wrapText("Mộtchữrấtdàikhôngcókhoảngtrắngnàocả", 60, 12);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(60);
    expect(lines.join("")).toBe("Mộtchữrấtdàikhôngcókhoảngtrắngnàocả");
  });
});

describe("placeBarLabel", () => {
  const base = { width: 40, gap: 6, min: 200, max: 640 };
  const covers = (place: { x: number; anchor: "start" | "end" }, line: number) => {
    const [from, to] = place.anchor === "start" ? [place.x, place.x + base.width] : [place.x - base.width, place.x];
    return line >= from - base.gap / 2 && line <= to + base.gap / 2;
  };

  it("sits just past the bar when no target line is near", () => {
    expect(placeBarLabel({ ...base, end: 300, lines: [500] })).toEqual({ x: 306, anchor: "start" });
  });

  it("moves past a target line that runs through its place", () => {
    // The bar ends at 62%, the target at 65%: the label goes to the right of the target line.
    const place = placeBarLabel({ ...base, end: 450, lines: [470] });
    expect(place).toEqual({ x: 476, anchor: "start" });
    expect(covers(place, 470)).toBe(false);
  });

  it("goes inside the bar when there is no room to the right of the lines", () => {
    const place = placeBarLabel({ ...base, end: 630, lines: [500] });
    expect(place).toEqual({ x: 624, anchor: "end" });
    expect(covers(place, 500)).toBe(false);
  });

  it("never sits on a target line, wherever the bar ends and the targets stand", () => {
    for (let end = 200; end <= 600; end += 7) {
      for (let a = 200; a <= 600; a += 13) {
        for (const lines of [[a], [a, a + 30], [a, Math.min(600, a + 8)]]) {
          const place = placeBarLabel({ ...base, end, lines });
          for (const line of lines) expect(covers(place, line), `bar ${end}, lines ${lines}`).toBe(false);
        }
      }
    }
  });
});

describe("stackBlocks", () => {
  it("leaves blocks that do not overlap where they are", () => {
    expect(stackBlocks([10, 100], [14, 28], 0, 300)).toEqual([10, 100]);
  });

  it("moves overlapping blocks apart by the height of the one above, in the order given", () => {
    const tops = stackBlocks([50, 40], [14, 28], 0, 300);
    expect(tops).toEqual([68, 40]);
  });

  it("keeps the blocks within the room when they fit, and apart always", () => {
    const heights = [28, 14, 28, 14];
    const tops = stackBlocks([290, 292, 295, 299], heights, 0, 300);
    const sorted = tops.map((top, i) => ({ top, h: heights[i] })).sort((a, b) => a.top - b.top);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i].top).toBeGreaterThanOrEqual(sorted[i - 1].top + sorted[i - 1].h);
    expect(sorted[0].top).toBeGreaterThanOrEqual(0);
    expect(sorted[sorted.length - 1].top + sorted[sorted.length - 1].h).toBeLessThanOrEqual(300);
  });

  it("runs on below the room rather than above it when the blocks do not fit", () => {
    const tops = stackBlocks([0, 0, 0], [20, 20, 20], 0, 30);
    expect(tops).toEqual([0, 20, 40]);
  });
});
