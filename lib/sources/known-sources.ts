// Labels for the source codes Voronka's forms, tracker and demo have always used. The migration
// that introduced Settings → Sources wrote the same labels into existing databases; the demo seed
// uses this list. Codes outside it get their code as label until an admin names them.
export const KNOWN_SOURCES: { code: string; labelEn: string; labelRu: string; offered?: boolean }[] = [
  { code: "ads", labelEn: "Ads", labelRu: "Реклама", offered: true },
  { code: "organic", labelEn: "Organic search", labelRu: "Органический поиск", offered: true },
  { code: "referral", labelEn: "Referral", labelRu: "Рекомендация", offered: true },
  { code: "email", labelEn: "Email", labelRu: "Email-рассылка", offered: true },
  { code: "social", labelEn: "Social media", labelRu: "Соцсети", offered: true },
  { code: "direct", labelEn: "Direct", labelRu: "Прямой заход", offered: true },
  { code: "partner", labelEn: "Partner", labelRu: "Партнёр", offered: true },
  { code: "phone", labelEn: "Phone", labelRu: "Телефон" },
  { code: "messenger", labelEn: "Messenger", labelRu: "Мессенджер" },
  { code: "web", labelEn: "Website", labelRu: "Сайт" },
  { code: "yandex", labelEn: "Yandex", labelRu: "Яндекс" },
  { code: "google", labelEn: "Google", labelRu: "Google" },
  { code: "vk", labelEn: "VK", labelRu: "ВКонтакте" },
  { code: "telegram", labelEn: "Telegram", labelRu: "Telegram" },
  { code: "cpc", labelEn: "Paid search", labelRu: "Платный поиск" },
  { code: "newsletter", labelEn: "Newsletter", labelRu: "Рассылка" },
  { code: "retargeting", labelEn: "Retargeting", labelRu: "Ретаргетинг" },
];
