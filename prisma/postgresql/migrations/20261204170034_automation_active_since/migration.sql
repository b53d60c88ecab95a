-- AlterTable
ALTER TABLE "Automation" ADD COLUMN     "activeSince" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;


-- Existing rules keep acting from their creation, as the scheduler already did (its watermarks
-- are past those facts, so a deploy replays nothing). Switching one on later resets it to then.
UPDATE "Automation" SET "activeSince" = "createdAt";
