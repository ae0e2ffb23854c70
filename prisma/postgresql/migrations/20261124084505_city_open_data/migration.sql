-- AlterTable
ALTER TABLE "City" ADD COLUMN     "publishesOpenData" BOOLEAN NOT NULL DEFAULT false;

