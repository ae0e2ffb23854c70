-- CreateTable
CREATE TABLE "ReferenceValue" (
    "id" TEXT NOT NULL,
    "cityId" TEXT NOT NULL,
    "frameworkCode" TEXT NOT NULL,
    "indicatorCode" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "count" DOUBLE PRECISION,
    "sourceTitle" TEXT NOT NULL,
    "sourceUrl" TEXT,
    "noteVi" TEXT,
    "noteEn" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReferenceValue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NetworkStat" (
    "id" TEXT NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NetworkStat_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReferenceValue_frameworkCode_indicatorCode_idx" ON "ReferenceValue"("frameworkCode", "indicatorCode");

-- CreateIndex
CREATE UNIQUE INDEX "ReferenceValue_cityId_frameworkCode_indicatorCode_year_key" ON "ReferenceValue"("cityId", "frameworkCode", "indicatorCode", "year");

-- CreateIndex
CREATE UNIQUE INDEX "NetworkStat_asOf_key" ON "NetworkStat"("asOf");

-- AddForeignKey
ALTER TABLE "ReferenceValue" ADD CONSTRAINT "ReferenceValue_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE CASCADE ON UPDATE CASCADE;

