-- AlterTable
ALTER TABLE "Deal" ADD COLUMN     "closeDatePushes" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "DealFieldChange" (
    "id" TEXT NOT NULL,
    "dealId" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "oldValue" TEXT,
    "newValue" TEXT,
    "version" INTEGER NOT NULL,
    "byUserId" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DealFieldChange_pkey" PRIMARY KEY ("id")
);

-- AlterTable
ALTER TABLE "Task" ADD COLUMN "closedWithDeal" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "DealFieldChange_dealId_at_idx" ON "DealFieldChange"("dealId", "at");

-- CreateIndex
CREATE INDEX "DealFieldChange_dealId_version_idx" ON "DealFieldChange"("dealId", "version");

-- AddForeignKey
ALTER TABLE "DealFieldChange" ADD CONSTRAINT "DealFieldChange_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DealFieldChange" ADD CONSTRAINT "DealFieldChange_byUserId_fkey" FOREIGN KEY ("byUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

