-- DropIndex
DROP INDEX "Deal_pipelineId_status_stageId_stageEnteredAt_value_currenc_idx";

-- DropIndex
DROP INDEX "Deal_pipelineId_status_stageId_expectedCloseAt_value_curren_idx";

-- CreateIndex
CREATE INDEX "Deal_open_by_stage_entered_idx" ON "Deal"("pipelineId", "status", "stageId", "stageEnteredAt", "value", "currency", "expectedCloseAt", "ownerId", "source");

-- CreateIndex
CREATE INDEX "Deal_open_by_expected_close_idx" ON "Deal"("pipelineId", "status", "stageId", "expectedCloseAt", "value", "currency", "ownerId", "source");

-- DropIndex
DROP INDEX "StageTransition_dealId_at_idx";

-- CreateIndex
CREATE INDEX "StageTransition_deal_at_idx" ON "StageTransition"("dealId", "at", "fromStageId", "toStageId", "fromStatus", "toStatus");
