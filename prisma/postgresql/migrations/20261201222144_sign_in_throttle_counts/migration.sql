-- The counts change shape (attempts in the window instead of failures), so the old rows are dropped,
-- which at worst ends a running lock early.
DELETE FROM "SignInThrottle";

-- AlterTable
ALTER TABLE "SignInThrottle" DROP COLUMN "failures",
DROP COLUMN "lockedUntil",
DROP COLUMN "windowStartedAt",
ADD COLUMN     "expire" TIMESTAMP(3),
ADD COLUMN     "points" INTEGER NOT NULL;

-- CreateIndex
CREATE INDEX "SignInThrottle_expire_idx" ON "SignInThrottle"("expire");

