-- DropIndex
DROP INDEX "IndicatorTarget_indicatorId_year_key";

-- AlterTable
ALTER TABLE "City" ADD COLUMN     "areaSource" TEXT,
ADD COLUMN     "areaYear" INTEGER,
ADD COLUMN     "kind" TEXT NOT NULL DEFAULT 'city',
ADD COLUMN     "populationSource" TEXT;

-- AlterTable
ALTER TABLE "IndicatorTarget" ADD COLUMN     "cityId" TEXT;

-- AlterTable
ALTER TABLE "ReferenceValue" ADD COLUMN     "asOf" TEXT,
ADD COLUMN     "basis" TEXT,
ADD COLUMN     "publishedOn" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorTarget_indicatorId_year_cityId_key" ON "IndicatorTarget"("indicatorId", "year", "cityId");

-- AddForeignKey
ALTER TABLE "IndicatorTarget" ADD CONSTRAINT "IndicatorTarget_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- The 2030 targets of Hà Nội's plan KH 291 were stored as everyone's: they become Hà Nội's own
UPDATE "IndicatorTarget" SET "cityId" = (SELECT "id" FROM "City" WHERE "slug" = 'ha-noi') WHERE "sourceTitle" LIKE '%291/KH-UBND%' AND EXISTS (SELECT 1 FROM "City" WHERE "slug" = 'ha-noi');

-- Figures recorded before the basis existed were shares of all households for rates
UPDATE "ReferenceValue" SET "basis" = 'share-of-households' WHERE "basis" IS NULL AND "indicatorCode" IN (SELECT "code" FROM "Indicator" WHERE "type" = 'rate');

-- Sources shown to users name publications, not the project's working notes
UPDATE "ReferenceValue" SET "sourceTitle" = REPLACE("sourceTitle", chr(59) || ' seed 001)', ')') WHERE "sourceTitle" LIKE '%seed 001%';
UPDATE "NetworkStat" SET "sourceTitle" = REPLACE("sourceTitle", ' (seed articles)', '') WHERE "sourceTitle" LIKE '% (seed articles)%';
UPDATE "NetworkStat" SET "sourceTitle" = REPLACE("sourceTitle", ' (seed articles 001, 002)', '') WHERE "sourceTitle" LIKE '% (seed articles 001, 002)%';
UPDATE "City" SET "sourceTitle" = 'Thông cáo báo chí của UIL ngày 23/9/2020' || chr(59) || ' VTV8 (vtv8.vtv.vn)' WHERE "sourceTitle" LIKE 'UIL press release of 23 Sep 2020%seed%';
UPDATE "City" SET "sourceTitle" = 'Báo chí Việt Nam về các đợt kết nạp vào Mạng lưới các thành phố học tập toàn cầu' WHERE "sourceTitle" LIKE 'Vietnamese press on GNLC admissions (seed%';
UPDATE "City" SET "sourceTitle" = 'VnExpress' || chr(59) || ' CafeF (12/2025)' WHERE "sourceTitle" LIKE 'Vietnamese press on the December 2025 admissions (seed%';
UPDATE "ActionPlan" SET "sourceTitle" = REPLACE("sourceTitle", '(seed article 003)', '(March–October 2024)') WHERE "sourceTitle" LIKE '%(seed article 003)%';
