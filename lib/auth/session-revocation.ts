/** What decides what a user may see and do: a change to any of it ends their sessions. */
export interface Placement {
  role: string;
  cityId: string | null;
  coversAllCities: boolean;
  assignedCityIds: readonly string[];
  active: boolean;
}

/**
 * Whether a change to a user ends every session they have open, so that nobody keeps working
 * under a role, a city or an account they no longer have: a new role, another city, other
 * covered cities, or deactivation. A new name or language changes nothing they may do.
 */
export function changeEndsSessions(before: Placement, after: Placement): boolean {
  if (before.role !== after.role || before.cityId !== after.cityId || before.coversAllCities !== after.coversAllCities) return true;
  if (before.active && !after.active) return true;
  const covered = new Set(before.assignedCityIds);
  return covered.size !== new Set(after.assignedCityIds).size || after.assignedCityIds.some((id) => !covered.has(id));
}
