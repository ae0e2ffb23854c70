-- CreateTable
CREATE TABLE "ChecklistTally" (
    "frameworkCode" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "count" INTEGER NOT NULL,

    PRIMARY KEY ("frameworkCode", "year")
);


-- The checklists made before this migration.
INSERT INTO "ChecklistTally" ("frameworkCode", "year", "count")
SELECT "frameworkCode", "year", COUNT(*) FROM "Assessment" GROUP BY "frameworkCode", "year";

-- Kept by the database from here on, whichever statement makes, removes or moves a checklist.
CREATE TRIGGER "Assessment_tallied_on_insert" AFTER INSERT ON "Assessment"
BEGIN
  INSERT INTO "ChecklistTally" ("frameworkCode", "year", "count") VALUES (NEW."frameworkCode", NEW."year", 1)
  ON CONFLICT ("frameworkCode", "year") DO UPDATE SET "count" = "count" + 1;
END;

CREATE TRIGGER "Assessment_tallied_on_delete" AFTER DELETE ON "Assessment"
BEGIN
  UPDATE "ChecklistTally" SET "count" = "count" - 1 WHERE "frameworkCode" = OLD."frameworkCode" AND "year" = OLD."year";
END;

CREATE TRIGGER "Assessment_tallied_on_move" AFTER UPDATE OF "frameworkCode", "year" ON "Assessment"
WHEN OLD."frameworkCode" <> NEW."frameworkCode" OR OLD."year" <> NEW."year"
BEGIN
  UPDATE "ChecklistTally" SET "count" = "count" - 1 WHERE "frameworkCode" = OLD."frameworkCode" AND "year" = OLD."year";
  INSERT INTO "ChecklistTally" ("frameworkCode", "year", "count") VALUES (NEW."frameworkCode", NEW."year", 1)
  ON CONFLICT ("frameworkCode", "year") DO UPDATE SET "count" = "count" + 1;
END;
