-- CreateTable
CREATE TABLE "PersonSignal" (
    "personId" TEXT NOT NULL,
    "ruleId" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "events" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PersonSignal_pkey" PRIMARY KEY ("personId","ruleId")
);

-- CreateIndex
CREATE INDEX "PersonSignal_ruleId_idx" ON "PersonSignal"("ruleId");

-- CreateIndex
CREATE INDEX "Person_lastTouchAt_idx" ON "Person"("lastTouchAt");

-- CreateIndex
CREATE INDEX "Task_personId_createdAt_idx" ON "Task"("personId", "createdAt");

-- AddForeignKey
ALTER TABLE "PersonSignal" ADD CONSTRAINT "PersonSignal_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonSignal" ADD CONSTRAINT "PersonSignal_ruleId_fkey" FOREIGN KEY ("ruleId") REFERENCES "ScoringRule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

