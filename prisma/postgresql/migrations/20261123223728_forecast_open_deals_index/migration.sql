-- CreateIndex
CREATE INDEX "Deal_pipelineId_status_stageId_stageEnteredAt_value_currenc_idx" ON "Deal"("pipelineId", "status", "stageId", "stageEnteredAt", "value", "currency", "expectedCloseAt");

