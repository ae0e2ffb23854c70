-- The counts change shape (attempts in the window instead of failures), so the old rows are dropped,
-- which at worst ends a running lock early.
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_SignInThrottle" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "points" INTEGER NOT NULL,
    "expire" DATETIME
);
DROP TABLE "SignInThrottle";
ALTER TABLE "new_SignInThrottle" RENAME TO "SignInThrottle";
CREATE INDEX "SignInThrottle_expire_idx" ON "SignInThrottle"("expire");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

