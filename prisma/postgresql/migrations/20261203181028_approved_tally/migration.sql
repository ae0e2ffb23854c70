-- CreateTable
CREATE TABLE "ApprovedTally" (
    "frameworkCode" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "ApprovedTally_pkey" PRIMARY KEY ("frameworkCode","year")
);


-- The checklists approved before this migration.
INSERT INTO "ApprovedTally" ("frameworkCode", "year", "count")
SELECT "frameworkCode", "year", COUNT(*) FROM "Assessment" WHERE "status" = 'approved' AND "fromPublications" = false GROUP BY "frameworkCode", "year";
