-- AlterTable
ALTER TABLE "RateLimit" ADD COLUMN     "expiresAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "LoginBackoff" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL,
    "retryAt" TIMESTAMP(3) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LoginBackoff_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "LoginBackoff_expiresAt_idx" ON "LoginBackoff"("expiresAt");

-- CreateIndex
CREATE INDEX "RateLimit_expiresAt_idx" ON "RateLimit"("expiresAt");

