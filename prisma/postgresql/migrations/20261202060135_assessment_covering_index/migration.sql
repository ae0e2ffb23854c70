-- DropIndex
DROP INDEX "Assessment_frameworkCode_year_status_idx";

-- CreateIndex
CREATE INDEX "Assessment_frameworkCode_year_status_fromPublications_cityI_idx" ON "Assessment"("frameworkCode", "year", "status", "fromPublications", "cityId");

