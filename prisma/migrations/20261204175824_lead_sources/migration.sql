-- CreateTable
CREATE TABLE "LeadSource" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "labelRu" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "position" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "LeadSource_code_key" ON "LeadSource"("code");

-- CreateIndex
CREATE INDEX "LeadSource_active_position_idx" ON "LeadSource"("active", "position");


-- Existing codes become the list: the offered seven first, then every other code found on deals and
-- events, with a label for the well-known ones and the code itself otherwise (an admin renames them).
INSERT INTO "LeadSource" ("id", "code", "labelEn", "labelRu", "active", "position") VALUES
  ('src_ads', 'ads', 'Ads', 'Реклама', true, 0),
  ('src_organic', 'organic', 'Organic search', 'Органический поиск', true, 1),
  ('src_referral', 'referral', 'Referral', 'Рекомендация', true, 2),
  ('src_email', 'email', 'Email', 'Email-рассылка', true, 3),
  ('src_social', 'social', 'Social media', 'Соцсети', true, 4),
  ('src_direct', 'direct', 'Direct', 'Прямой заход', true, 5),
  ('src_partner', 'partner', 'Partner', 'Партнёр', true, 6);

INSERT INTO "LeadSource" ("id", "code", "labelEn", "labelRu", "active", "position")
SELECT 'src_' || "c", "c",
  CASE "c" WHEN 'phone' THEN 'Phone' WHEN 'messenger' THEN 'Messenger' WHEN 'web' THEN 'Website' WHEN 'yandex' THEN 'Yandex' WHEN 'google' THEN 'Google'
    WHEN 'vk' THEN 'VK' WHEN 'telegram' THEN 'Telegram' WHEN 'cpc' THEN 'Paid search' WHEN 'newsletter' THEN 'Newsletter' WHEN 'retargeting' THEN 'Retargeting' ELSE "c" END,
  CASE "c" WHEN 'phone' THEN 'Телефон' WHEN 'messenger' THEN 'Мессенджер' WHEN 'web' THEN 'Сайт' WHEN 'yandex' THEN 'Яндекс' WHEN 'google' THEN 'Google'
    WHEN 'vk' THEN 'ВКонтакте' WHEN 'telegram' THEN 'Telegram' WHEN 'cpc' THEN 'Платный поиск' WHEN 'newsletter' THEN 'Рассылка' WHEN 'retargeting' THEN 'Ретаргетинг' ELSE "c" END,
  true, 100
FROM (SELECT "source" AS "c" FROM "Deal" WHERE "source" IS NOT NULL UNION SELECT "channel" FROM "Event" WHERE "channel" IS NOT NULL) AS "found"
WHERE "c" NOT IN (SELECT "code" FROM "LeadSource");
