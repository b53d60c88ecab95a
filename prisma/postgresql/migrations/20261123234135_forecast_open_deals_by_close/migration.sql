-- CreateIndex
CREATE INDEX "Deal_pipelineId_status_stageId_expectedCloseAt_value_curren_idx" ON "Deal"("pipelineId", "status", "stageId", "expectedCloseAt", "value", "currency");

