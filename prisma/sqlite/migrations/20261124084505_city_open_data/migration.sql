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
    "noteVi" TEXT,
    "noteEn" TEXT,
    "sourceTitle" TEXT,
    "sourceUrl" TEXT,
    "publishesOpenData" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_City" ("areaKm2", "country", "createdAt", "gnlcAdmittedOn", "gnlcAdmittedYear", "gnlcStatus", "id", "isReference", "nameEn", "nameVi", "noteEn", "noteVi", "population", "populationYear", "provinceEn", "provinceVi", "slug", "sourceTitle", "sourceUrl", "updatedAt") SELECT "areaKm2", "country", "createdAt", "gnlcAdmittedOn", "gnlcAdmittedYear", "gnlcStatus", "id", "isReference", "nameEn", "nameVi", "noteEn", "noteVi", "population", "populationYear", "provinceEn", "provinceVi", "slug", "sourceTitle", "sourceUrl", "updatedAt" FROM "City";
DROP TABLE "City";
ALTER TABLE "new_City" RENAME TO "City";
CREATE UNIQUE INDEX "City_slug_key" ON "City"("slug");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

