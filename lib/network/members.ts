// A country's network members in the order they joined.

export interface AdmittedCity {
  nameVi: string;
  gnlcAdmittedYear: number | null;
  gnlcAdmittedOn: Date | null;
}

/** When the city joined, as precisely as it is known; null when not even the year is. */
export function admittedAt(city: AdmittedCity): Date | null {
  if (city.gnlcAdmittedOn) return city.gnlcAdmittedOn;
  return city.gnlcAdmittedYear === null ? null : new Date(Date.UTC(city.gnlcAdmittedYear, 0, 1));
}

/**
 * Earliest first. A city known only by its year sorts at the start of that year; one with no
 * date at all goes last. Cities admitted together are in alphabetical order.
 */
export function byAdmission<T extends AdmittedCity>(cities: readonly T[]): T[] {
  const time = (city: T) => admittedAt(city)?.getTime() ?? Number.POSITIVE_INFINITY;
  return [...cities].sort((a, b) => time(a) - time(b) || a.nameVi.localeCompare(b.nameVi, "vi"));
}
