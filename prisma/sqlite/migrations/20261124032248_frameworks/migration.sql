-- CreateTable
CREATE TABLE "Framework" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "titleVi" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "descriptionVi" TEXT,
    "descriptionEn" TEXT,
    "sourceTitle" TEXT NOT NULL,
    "sourceUrl" TEXT,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "verified" BOOLEAN NOT NULL DEFAULT false,
    "noteVi" TEXT,
    "noteEn" TEXT,
    "levelScales" TEXT NOT NULL DEFAULT '{}',
    "publishedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "FrameworkSection" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "frameworkId" TEXT NOT NULL,
    "parentId" TEXT,
    "code" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "titleVi" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "descriptionVi" TEXT,
    "descriptionEn" TEXT,
    "weight" REAL NOT NULL DEFAULT 1,
    "position" INTEGER NOT NULL,
    CONSTRAINT "FrameworkSection_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "Framework" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FrameworkSection_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "FrameworkSection" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "frameworkId" TEXT NOT NULL,
    "sectionId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "labelVi" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "helpVi" TEXT,
    "helpEn" TEXT,
    "type" TEXT NOT NULL,
    "unitVi" TEXT,
    "unitEn" TEXT,
    "numeratorLabelVi" TEXT,
    "numeratorLabelEn" TEXT,
    "denominatorLabelVi" TEXT,
    "denominatorLabelEn" TEXT,
    "direction" TEXT NOT NULL DEFAULT 'higher',
    "weight" REAL NOT NULL DEFAULT 1,
    "required" BOOLEAN NOT NULL DEFAULT true,
    "evidence" TEXT NOT NULL DEFAULT 'none',
    "asOfYear" BOOLEAN NOT NULL DEFAULT false,
    "softMin" REAL,
    "softMax" REAL,
    "maxYearChange" REAL,
    "levelScale" TEXT,
    "maxWords" INTEGER,
    "verified" BOOLEAN NOT NULL DEFAULT true,
    "verificationNoteVi" TEXT,
    "verificationNoteEn" TEXT,
    "sourceTitle" TEXT,
    "sourceUrl" TEXT,
    CONSTRAINT "Indicator_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "Framework" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Indicator_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "FrameworkSection" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "IndicatorTarget" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "indicatorId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "value" REAL NOT NULL,
    "sourceTitle" TEXT NOT NULL,
    "sourceUrl" TEXT,
    "noteVi" TEXT,
    "noteEn" TEXT,
    CONSTRAINT "IndicatorTarget_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Framework_code_version_key" ON "Framework"("code", "version");

-- CreateIndex
CREATE INDEX "FrameworkSection_parentId_idx" ON "FrameworkSection"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "FrameworkSection_frameworkId_path_key" ON "FrameworkSection"("frameworkId", "path");

-- CreateIndex
CREATE INDEX "Indicator_sectionId_idx" ON "Indicator"("sectionId");

-- CreateIndex
CREATE UNIQUE INDEX "Indicator_frameworkId_code_key" ON "Indicator"("frameworkId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorTarget_indicatorId_year_key" ON "IndicatorTarget"("indicatorId", "year");

