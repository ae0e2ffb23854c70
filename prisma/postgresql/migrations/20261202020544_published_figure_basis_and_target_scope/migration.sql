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
ADD COLUMN     "basis" TEXT NOT NULL DEFAULT 'share-of-households',
ADD COLUMN     "publishedOn" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorTarget_indicatorId_year_cityId_key" ON "IndicatorTarget"("indicatorId", "year", "cityId");

-- AddForeignKey
ALTER TABLE "IndicatorTarget" ADD CONSTRAINT "IndicatorTarget_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- The 2030 targets of Hà Nội's plan KH 291 were stored as everyone's: they become Hà Nội's own
UPDATE "IndicatorTarget" SET "cityId" = (SELECT "id" FROM "City" WHERE "slug" = 'ha-noi') WHERE "sourceTitle" LIKE '%291/KH-UBND%' AND EXISTS (SELECT 1 FROM "City" WHERE "slug" = 'ha-noi');
