-- DropIndex
DROP INDEX "Assessment_frameworkCode_year_status_idx";

-- CreateIndex
CREATE INDEX "Assessment_frameworkCode_year_status_fromPublications_cityId_idx" ON "Assessment"("frameworkCode", "year", "status", "fromPublications", "cityId");

