-- CreateTable
CREATE TABLE "Assessment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "cityId" TEXT NOT NULL,
    "frameworkId" TEXT NOT NULL,
    "frameworkCode" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "fromPublications" BOOLEAN NOT NULL DEFAULT false,
    "sourceNote" TEXT,
    "completedAt" DATETIME,
    "completedById" TEXT,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Assessment_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Assessment_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "Framework" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Response" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assessmentId" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "numerator" REAL,
    "denominator" REAL,
    "value" REAL,
    "text" TEXT,
    "dataYear" INTEGER,
    "comment" TEXT,
    "evidenceNote" TEXT,
    "evidenceLinks" TEXT NOT NULL DEFAULT '[]',
    "revision" INTEGER NOT NULL DEFAULT 0,
    "updatedById" TEXT,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Response_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Response_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Assessment_frameworkId_idx" ON "Assessment"("frameworkId");

-- CreateIndex
CREATE UNIQUE INDEX "Assessment_cityId_frameworkCode_year_key" ON "Assessment"("cityId", "frameworkCode", "year");

-- CreateIndex
CREATE INDEX "Response_indicatorId_idx" ON "Response"("indicatorId");

-- CreateIndex
CREATE UNIQUE INDEX "Response_assessmentId_indicatorId_key" ON "Response"("assessmentId", "indicatorId");

