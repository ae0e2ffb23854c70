-- CreateTable
CREATE TABLE "ReferenceValue" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "cityId" TEXT NOT NULL,
    "frameworkCode" TEXT NOT NULL,
    "indicatorCode" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "value" REAL NOT NULL,
    "count" REAL,
    "sourceTitle" TEXT NOT NULL,
    "sourceUrl" TEXT,
    "noteVi" TEXT,
    "noteEn" TEXT,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ReferenceValue_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "NetworkStat" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "asOf" TEXT NOT NULL,
    "newMembers" INTEGER,
    "newMemberCountries" INTEGER,
    "totalMembers" INTEGER NOT NULL,
    "countries" INTEGER NOT NULL,
    "citizensReached" INTEGER,
    "sourceTitle" TEXT NOT NULL,
    "sourceUrl" TEXT,
    "noteVi" TEXT,
    "noteEn" TEXT,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "ReferenceValue_frameworkCode_indicatorCode_idx" ON "ReferenceValue"("frameworkCode", "indicatorCode");

-- CreateIndex
CREATE UNIQUE INDEX "ReferenceValue_cityId_frameworkCode_indicatorCode_year_key" ON "ReferenceValue"("cityId", "frameworkCode", "indicatorCode", "year");

-- CreateIndex
CREATE UNIQUE INDEX "NetworkStat_asOf_key" ON "NetworkStat"("asOf");

