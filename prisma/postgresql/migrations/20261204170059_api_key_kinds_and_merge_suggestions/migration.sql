-- CreateEnum
CREATE TYPE "ApiKeyKind" AS ENUM ('PUBLIC', 'SECRET');

-- CreateEnum
CREATE TYPE "MergeSuggestionStatus" AS ENUM ('OPEN', 'CONFIRMED', 'DISMISSED');

-- AlterTable
ALTER TABLE "ApiKey" ADD COLUMN     "kind" "ApiKeyKind" NOT NULL DEFAULT 'PUBLIC',
ADD COLUMN     "mergesKnownPeople" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "MergeSuggestion" (
    "id" TEXT NOT NULL,
    "personAId" TEXT NOT NULL,
    "personBId" TEXT NOT NULL,
    "identityKind" "IdentityKind" NOT NULL,
    "identityValue" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "apiKeyId" TEXT,
    "status" "MergeSuggestionStatus" NOT NULL DEFAULT 'OPEN',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),
    "decidedById" TEXT,

    CONSTRAINT "MergeSuggestion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MergeSuggestion_personBId_idx" ON "MergeSuggestion"("personBId");

-- CreateIndex
CREATE INDEX "MergeSuggestion_status_createdAt_idx" ON "MergeSuggestion"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "MergeSuggestion_personAId_personBId_key" ON "MergeSuggestion"("personAId", "personBId");

-- AddForeignKey
ALTER TABLE "MergeSuggestion" ADD CONSTRAINT "MergeSuggestion_personAId_fkey" FOREIGN KEY ("personAId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MergeSuggestion" ADD CONSTRAINT "MergeSuggestion_personBId_fkey" FOREIGN KEY ("personBId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MergeSuggestion" ADD CONSTRAINT "MergeSuggestion_apiKeyId_fkey" FOREIGN KEY ("apiKeyId") REFERENCES "ApiKey"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MergeSuggestion" ADD CONSTRAINT "MergeSuggestion_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

