-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Indicator" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "frameworkId" TEXT NOT NULL,
    "sectionId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "labelVi" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "helpVi" TEXT,
    "helpEn" TEXT,
    "type" TEXT NOT NULL,
    "unitVi" TEXT,
    "unitEn" TEXT,
    "numeratorLabelVi" TEXT,
    "numeratorLabelEn" TEXT,
    "denominatorLabelVi" TEXT,
    "denominatorLabelEn" TEXT,
    "direction" TEXT NOT NULL DEFAULT 'higher',
    "weight" REAL NOT NULL DEFAULT 1,
    "required" BOOLEAN NOT NULL DEFAULT true,
    "countsTowardsCompleteness" BOOLEAN NOT NULL DEFAULT true,
    "evidence" TEXT NOT NULL DEFAULT 'none',
    "asOfYear" BOOLEAN NOT NULL DEFAULT false,
    "softMin" REAL,
    "softMax" REAL,
    "maxYearChange" REAL,
    "levelScale" TEXT,
    "maxWords" INTEGER,
    "verified" BOOLEAN NOT NULL DEFAULT true,
    "verificationNoteVi" TEXT,
    "verificationNoteEn" TEXT,
    "sourceTitle" TEXT,
    "sourceUrl" TEXT,
    CONSTRAINT "Indicator_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "Framework" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Indicator_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "FrameworkSection" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Indicator" ("asOfYear", "code", "denominatorLabelEn", "denominatorLabelVi", "direction", "evidence", "frameworkId", "helpEn", "helpVi", "id", "labelEn", "labelVi", "levelScale", "maxWords", "maxYearChange", "numeratorLabelEn", "numeratorLabelVi", "position", "required", "sectionId", "softMax", "softMin", "sourceTitle", "sourceUrl", "type", "unitEn", "unitVi", "verificationNoteEn", "verificationNoteVi", "verified", "weight") SELECT "asOfYear", "code", "denominatorLabelEn", "denominatorLabelVi", "direction", "evidence", "frameworkId", "helpEn", "helpVi", "id", "labelEn", "labelVi", "levelScale", "maxWords", "maxYearChange", "numeratorLabelEn", "numeratorLabelVi", "position", "required", "sectionId", "softMax", "softMin", "sourceTitle", "sourceUrl", "type", "unitEn", "unitVi", "verificationNoteEn", "verificationNoteVi", "verified", "weight" FROM "Indicator";
DROP TABLE "Indicator";
ALTER TABLE "new_Indicator" RENAME TO "Indicator";
CREATE INDEX "Indicator_sectionId_idx" ON "Indicator"("sectionId");
CREATE UNIQUE INDEX "Indicator_frameworkId_code_key" ON "Indicator"("frameworkId", "code");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

