-- CreateTable
CREATE TABLE "ChecklistTally" (
    "frameworkCode" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "ChecklistTally_pkey" PRIMARY KEY ("frameworkCode","year")
);


-- The checklists made before this migration.
INSERT INTO "ChecklistTally" ("frameworkCode", "year", "count")
SELECT "frameworkCode", "year", COUNT(*) FROM "Assessment" GROUP BY "frameworkCode", "year";

-- Kept by the database from here on, whichever statement makes, removes or moves a checklist. The
-- upsert adds to the stored count under its row lock, so checklists made at the same time each count.
-- Prisma's PostgreSQL adapter runs a migration as the statements between its semicolons, so the
-- function's own semicolons are written \073 inside an escaped string.
CREATE FUNCTION "tally_checklists"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP IN (''DELETE'', ''UPDATE'') THEN
    UPDATE "ChecklistTally" SET "count" = "count" - 1 WHERE "frameworkCode" = OLD."frameworkCode" AND "year" = OLD."year"\073
  END IF\073
  IF TG_OP IN (''INSERT'', ''UPDATE'') THEN
    INSERT INTO "ChecklistTally" ("frameworkCode", "year", "count") VALUES (NEW."frameworkCode", NEW."year", 1)
    ON CONFLICT ("frameworkCode", "year") DO UPDATE SET "count" = "ChecklistTally"."count" + 1\073
  END IF\073
  RETURN NULL\073
END
';

CREATE TRIGGER "Assessment_tallied" AFTER INSERT OR DELETE ON "Assessment"
FOR EACH ROW EXECUTE FUNCTION "tally_checklists"();

CREATE TRIGGER "Assessment_tallied_on_move" AFTER UPDATE OF "frameworkCode", "year" ON "Assessment"
FOR EACH ROW WHEN (OLD."frameworkCode" IS DISTINCT FROM NEW."frameworkCode" OR OLD."year" IS DISTINCT FROM NEW."year")
EXECUTE FUNCTION "tally_checklists"();
