-- AlterTable
ALTER TABLE "ReferenceValue" ADD COLUMN "asOf" TEXT;
ALTER TABLE "ReferenceValue" ADD COLUMN "basis" TEXT;
ALTER TABLE "ReferenceValue" ADD COLUMN "publishedOn" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
-- City gains columns in place: rebuilding the table would drop the sort keys of the migration before.
ALTER TABLE "City" ADD COLUMN "kind" TEXT NOT NULL DEFAULT 'city';
ALTER TABLE "City" ADD COLUMN "populationSource" TEXT;
ALTER TABLE "City" ADD COLUMN "areaYear" INTEGER;
ALTER TABLE "City" ADD COLUMN "areaSource" TEXT;
CREATE TABLE "new_IndicatorTarget" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "indicatorId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "value" REAL NOT NULL,
    "sourceTitle" TEXT NOT NULL,
    "sourceUrl" TEXT,
    "noteVi" TEXT,
    "noteEn" TEXT,
    "cityId" TEXT,
    CONSTRAINT "IndicatorTarget_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "IndicatorTarget_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_IndicatorTarget" ("id", "indicatorId", "noteEn", "noteVi", "sourceTitle", "sourceUrl", "value", "year") SELECT "id", "indicatorId", "noteEn", "noteVi", "sourceTitle", "sourceUrl", "value", "year" FROM "IndicatorTarget";
DROP TABLE "IndicatorTarget";
ALTER TABLE "new_IndicatorTarget" RENAME TO "IndicatorTarget";
CREATE UNIQUE INDEX "IndicatorTarget_indicatorId_year_cityId_key" ON "IndicatorTarget"("indicatorId", "year", "cityId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


-- The 2030 targets of Hà Nội's plan KH 291 were stored as everyone's: they become Hà Nội's own
UPDATE "IndicatorTarget" SET "cityId" = (SELECT "id" FROM "City" WHERE "slug" = 'ha-noi') WHERE "sourceTitle" LIKE '%291/KH-UBND%' AND EXISTS (SELECT 1 FROM "City" WHERE "slug" = 'ha-noi');

-- Figures recorded before the basis existed were shares of all households for rates
UPDATE "ReferenceValue" SET "basis" = 'share-of-households' WHERE "basis" IS NULL AND "indicatorCode" IN (SELECT "code" FROM "Indicator" WHERE "type" = 'rate');

-- Sources shown to users name publications, not the project's working notes
UPDATE "ReferenceValue" SET "sourceTitle" = REPLACE("sourceTitle", char(59) || ' seed 001)', ')') WHERE "sourceTitle" LIKE '%seed 001%';
UPDATE "NetworkStat" SET "sourceTitle" = REPLACE("sourceTitle", ' (seed articles)', '') WHERE "sourceTitle" LIKE '% (seed articles)%';
UPDATE "NetworkStat" SET "sourceTitle" = REPLACE("sourceTitle", ' (seed articles 001, 002)', '') WHERE "sourceTitle" LIKE '% (seed articles 001, 002)%';
UPDATE "City" SET "sourceTitle" = 'Thông cáo báo chí của UIL ngày 23/9/2020' || char(59) || ' VTV8 (vtv8.vtv.vn)' WHERE "sourceTitle" LIKE 'UIL press release of 23 Sep 2020%seed%';
UPDATE "City" SET "sourceTitle" = 'Báo chí Việt Nam về các đợt kết nạp vào Mạng lưới các thành phố học tập toàn cầu' WHERE "sourceTitle" LIKE 'Vietnamese press on GNLC admissions (seed%';
UPDATE "City" SET "sourceTitle" = 'VnExpress' || char(59) || ' CafeF (12/2025)' WHERE "sourceTitle" LIKE 'Vietnamese press on the December 2025 admissions (seed%';
UPDATE "ActionPlan" SET "sourceTitle" = REPLACE("sourceTitle", '(seed article 003)', '(March–October 2024)') WHERE "sourceTitle" LIKE '%(seed article 003)%';
