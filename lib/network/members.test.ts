import { describe, expect, it } from "vitest";
import { byAdmission } from "./members";

const city = (nameVi: string, gnlcAdmittedYear: number | null, on?: string) => ({ nameVi, gnlcAdmittedYear, gnlcAdmittedOn: on ? new Date(`${on}T00:00:00Z`) : null });

describe("members in the order they joined", () => {
  it("orders by date, a year-only admission at the start of its year, same-day admissions by name", () => {
    const ordered = byAdmission([
      city("Hà Nội", 2025, "2025-12-04"),
      city("Thành phố Hồ Chí Minh", 2024, "2024-02-14"),
      city("Vinh", 2020, "2020-09-23"),
      city("Cao Lãnh", 2022),
      city("Sơn La", 2024, "2024-02-14"),
      city("Sa Đéc", 2020, "2020-09-23"),
    ]);
    expect(ordered.map((c) => c.nameVi)).toEqual(["Sa Đéc", "Vinh", "Cao Lãnh", "Sơn La", "Thành phố Hồ Chí Minh", "Hà Nội"]);
  });

  it("puts a member with no known date last", () => {
    expect(byAdmission([city("A", null), city("B", 2030)]).map((c) => c.nameVi)).toEqual(["B", "A"]);
  });
});
