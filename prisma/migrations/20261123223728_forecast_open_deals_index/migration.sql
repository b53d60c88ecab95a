-- CreateIndex
CREATE INDEX "Deal_pipelineId_status_stageId_stageEnteredAt_value_currency_expectedCloseAt_idx" ON "Deal"("pipelineId", "status", "stageId", "stageEnteredAt", "value", "currency", "expectedCloseAt");

