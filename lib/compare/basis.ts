// What a published figure is measured against. Hà Nội's 67% of all households and its
// association's 89.06% of registered households are different measures, and a count of
// registered models is no share at all: figures are ranked only against figures of the same
// basis, and the others are shown apart with the reason.

export const bases = ["share-of-households", "share-of-registered-households", "count-of-registered-models", "count-of-recognised-titles"] as const;
export type Basis = (typeof bases)[number];

export function isBasis(value: unknown): value is Basis {
  return typeof value === "string" && (bases as readonly string[]).includes(value);
}

/** Whether a figure of this basis is a count (formatted as a number, not against a rate's targets). */
export function isCountBasis(basis: Basis | null): boolean {
  return basis === "count-of-registered-models" || basis === "count-of-recognised-titles";
}

/**
 * The basis an indicator's own definition gives its figures, which is what a checklist answer is:
 * a rate is the recognised count over the total count (share of all households, clans, ...);
 * other types have no basis to tell apart (null).
 */
export function definedBasis(indicatorType: string): Basis | null {
  return indicatorType === "rate" ? "share-of-households" : null;
}

/** A stored basis, read leniently: anything unknown is the indicator's own definition. */
export function readBasis(stored: string | null | undefined, indicatorType: string): Basis | null {
  return isBasis(stored) ? stored : definedBasis(indicatorType);
}

/**
 * Splits figures into those of `basis` (ranked together) and the rest, grouped by their basis in
 * the order first met, each group to be shown apart.
 */
export function splitByBasis<T extends { basis: Basis | null }>(basis: Basis | null, figures: readonly T[]): { same: T[]; apart: { basis: Basis | null; figures: T[] }[] } {
  const same: T[] = [];
  const apart = new Map<Basis | null, T[]>();
  for (const figure of figures) {
    if (figure.basis === basis) same.push(figure);
    else {
      const group = apart.get(figure.basis);
      if (group) group.push(figure);
      else apart.set(figure.basis, [figure]);
    }
  }
  return { same, apart: [...apart].map(([b, group]) => ({ basis: b, figures: group })) };
}
