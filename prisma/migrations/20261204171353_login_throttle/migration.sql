-- AlterTable
ALTER TABLE "RateLimit" ADD COLUMN "expiresAt" DATETIME;

-- CreateTable
CREATE TABLE "LoginBackoff" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "failures" INTEGER NOT NULL,
    "retryAt" DATETIME NOT NULL,
    "expiresAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "LoginBackoff_expiresAt_idx" ON "LoginBackoff"("expiresAt");

-- CreateIndex
CREATE INDEX "RateLimit_expiresAt_idx" ON "RateLimit"("expiresAt");

