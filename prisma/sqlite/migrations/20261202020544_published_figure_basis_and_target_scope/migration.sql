-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_City" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "nameVi" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "provinceVi" TEXT NOT NULL,
    "provinceEn" TEXT NOT NULL,
    "country" TEXT NOT NULL DEFAULT 'VN',
    "population" INTEGER,
    "populationYear" INTEGER,
    "areaKm2" REAL,
    "gnlcStatus" TEXT NOT NULL DEFAULT 'none',
    "gnlcAdmittedYear" INTEGER,
    "gnlcAdmittedOn" DATETIME,
    "isReference" BOOLEAN NOT NULL DEFAULT false,
    "kind" TEXT NOT NULL DEFAULT 'city',
    "populationSource" TEXT,
    "areaYear" INTEGER,
    "areaSource" TEXT,
    "noteVi" TEXT,
    "noteEn" TEXT,
    "sourceTitle" TEXT,
    "sourceUrl" TEXT,
    "publishesOpenData" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_City" ("areaKm2", "country", "createdAt", "gnlcAdmittedOn", "gnlcAdmittedYear", "gnlcStatus", "id", "isReference", "nameEn", "nameVi", "noteEn", "noteVi", "population", "populationYear", "provinceEn", "provinceVi", "publishesOpenData", "slug", "sourceTitle", "sourceUrl", "updatedAt") SELECT "areaKm2", "country", "createdAt", "gnlcAdmittedOn", "gnlcAdmittedYear", "gnlcStatus", "id", "isReference", "nameEn", "nameVi", "noteEn", "noteVi", "population", "populationYear", "provinceEn", "provinceVi", "publishesOpenData", "slug", "sourceTitle", "sourceUrl", "updatedAt" FROM "City";
DROP TABLE "City";
ALTER TABLE "new_City" RENAME TO "City";
CREATE UNIQUE INDEX "City_slug_key" ON "City"("slug");
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
CREATE TABLE "new_ReferenceValue" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "cityId" TEXT NOT NULL,
    "frameworkCode" TEXT NOT NULL,
    "indicatorCode" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "value" REAL NOT NULL,
    "count" REAL,
    "basis" TEXT NOT NULL DEFAULT 'share-of-households',
    "asOf" TEXT,
    "publishedOn" TEXT,
    "sourceTitle" TEXT NOT NULL,
    "sourceUrl" TEXT,
    "noteVi" TEXT,
    "noteEn" TEXT,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ReferenceValue_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ReferenceValue" ("cityId", "count", "createdAt", "createdById", "frameworkCode", "id", "indicatorCode", "noteEn", "noteVi", "sourceTitle", "sourceUrl", "updatedAt", "value", "year") SELECT "cityId", "count", "createdAt", "createdById", "frameworkCode", "id", "indicatorCode", "noteEn", "noteVi", "sourceTitle", "sourceUrl", "updatedAt", "value", "year" FROM "ReferenceValue";
DROP TABLE "ReferenceValue";
ALTER TABLE "new_ReferenceValue" RENAME TO "ReferenceValue";
CREATE INDEX "ReferenceValue_frameworkCode_indicatorCode_idx" ON "ReferenceValue"("frameworkCode", "indicatorCode");
CREATE UNIQUE INDEX "ReferenceValue_cityId_frameworkCode_indicatorCode_year_key" ON "ReferenceValue"("cityId", "frameworkCode", "indicatorCode", "year");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


-- The 2030 targets of Hà Nội's plan KH 291 were stored as everyone's: they become Hà Nội's own
UPDATE "IndicatorTarget" SET "cityId" = (SELECT "id" FROM "City" WHERE "slug" = 'ha-noi') WHERE "sourceTitle" LIKE '%291/KH-UBND%' AND EXISTS (SELECT 1 FROM "City" WHERE "slug" = 'ha-noi');
