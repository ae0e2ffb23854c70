import "server-only";
import { applicationFrameworkCode, membershipRequirements } from "@/lib/network/requirements";
import type { Db } from "../db";

const kflcCode = membershipRequirements.find((r) => r.key === "expertReview")!.frameworkCode;

/** The latest published versions of the frameworks the membership requirements point to, when published. */
export async function requirementFrameworks(db: Db) {
  const frameworks = await db.framework.findMany({
    where: { code: { in: [kflcCode, applicationFrameworkCode] }, status: "published" },
    orderBy: { version: "desc" },
    select: { id: true, code: true, titleVi: true, titleEn: true },
  });
  const latest = (code: string) => frameworks.find((f) => f.code === code) ?? null;
  return { kflc: latest(kflcCode), application: latest(applicationFrameworkCode) };
}
