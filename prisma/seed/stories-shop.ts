// Shop stories from the articles: Maxim's "third touch" purchase, a premium buyer who watched the
// brand for weeks, a multichannel shopper with a fresh abandoned cart, a checkout that lost a sale.
import { Story, type StoryContext } from "./story-kit";

const CART_MAIL = { channel: "email", utmSource: "trigger", utmMedium: "email", utmCampaign: "abandoned-cart" };

export function shopStories(ctx: StoryContext): void {
  // «Ты кликнул по рекламе — вернулся через пару часов — на третий раз добавил товар в корзину —
  // ушёл на другой сайт — вернулся — и заказал». The reminder chain made the third touch count.
  new Story(ctx, { name: "Maxim Orlov", owner: "rita", segment: "shop", firstTouch: "ads", startDaysAgo: 12, email: "maxim.orlov@yandex.ru", phone: "+79161234501" })
    .event("ad_click", 12, { channel: "ads", utmSource: "yandex", utmMedium: "cpc", utmCampaign: "generic-search" }, { network: "yandex", campaign: "generic-search" })
    .event("page_view", 12, "direct", { url: "/product/espresso-machine" })
    .deal({
      pipeline: "shop", title: "Espresso machine · Maxim Orlov", amount: 48_990, source: "ads", createdDaysAgo: 11.99, expectedInDays: null,
      steps: [[11.9, "returned"], [10.5, "cart"], [9.96, "checkout"], [9.95, "payment"], [9.94, "confirmed"], [8, "delivery"], [6, "WON"]],
    })
    .event("page_view", 11.9, "organic", { url: "/product/espresso-machine", visit: "return" })
    .event("page_view", 11.88, "direct", { url: "/reviews" })
    .event("cart_add", 10.5, "direct", { product: "Espresso machine", sku: "ESPRES-0451", price: 48990, qty: 1 })
    .event("page_view", 10.49, "direct", { url: "/delivery" })
    .event("cart_abandoned", 10.4, "direct", { product: "Espresso machine", cartTotal: 48990 })
    .event("email_open", 10.0, CART_MAIL, { subject: "You left something in your cart" })
    .event("email_click", 9.97, CART_MAIL, { url: "/cart" })
    .event("checkout_started", 9.96, "direct", { cartTotal: 48990, items: 1 })
    .event("order", 9.94, "direct", { orderId: "A-20451", total: 48990, currency: "RUB" })
    .event("email_open", 8, { channel: "email", utmSource: "trigger", utmMedium: "email", utmCampaign: "order-shipped" }, { subject: "Your order is on its way" })
    .note("CONTEXT", 9.9, "Third touch converted: ad → return visit → cart → left → reminder email → order. Keep the reminder chain; the email was the touch that worked.");

  // Premium segment: sat with the cart for weeks watching the brand; a generic promo did nothing,
  // a personal message that showed we understood what she was looking for closed it.
  new Story(ctx, { name: "Viktoria Lebedeva", owner: "rita", segment: "shop", firstTouch: "social", startDaysAgo: 40, email: "v.lebedeva@mail.ru", messenger: "telegram:@vika_lebedeva" })
    .event("page_view", 40, { channel: "social", utmSource: "telegram", utmMedium: "social" }, { url: "/product/espresso-machine-dual-boiler" })
    .deal({
      pipeline: "shop", title: "Dual-boiler espresso machine · Viktoria Lebedeva", amount: 189_900, source: "social", createdDaysAgo: 39.9,
      steps: [[39, "returned"], [38, "cart"], [21, "checkout"], [20.95, "payment"], [20.9, "confirmed"], [18, "delivery"], [15, "WON"]],
    })
    .event("page_view", 39, "direct", { url: "/product/espresso-machine-dual-boiler", visit: "return" })
    .event("cart_add", 38, "direct", { product: "Dual-boiler espresso machine", sku: "DUALBO-0001", price: 189900, qty: 1 })
    .event("cart_abandoned", 37.9, "direct", { product: "Dual-boiler espresso machine", cartTotal: 189900 })
    .event("page_view", 35, "direct", { url: "/reviews" })
    .event("page_view", 31, "direct", { url: "/product/espresso-machine-dual-boiler" })
    .event("email_open", 30, { channel: "email", utmSource: "newsletter", utmMedium: "email", utmCampaign: "seasonal-sale" }, { subject: "−10% on everything this weekend" })
    .note("CONTEXT", 29, "Has had the machine in the cart for over a week, keeps reading reviews and the warranty page. Opened the generic −10% promo and did nothing. Don't send another promo: write personally about what she's comparing.")
    .event("page_view", 28, "direct", { url: "/delivery" })
    .event("page_view", 25, "direct", { url: "/product/espresso-machine-dual-boiler" })
    .event("message", 22, "messenger", { direction: "inbound", text: "Yes, the barista session you mentioned sounds great. Does it come with the dual boiler?" })
    .note("CALL", 21.5, "Personal message about the dual boiler and the reviews she read worked: asked about the barista session, ready to buy this week.", { tone: "positive" })
    .event("checkout_started", 21, "direct", { cartTotal: 189900, items: 1 })
    .event("order", 20.9, "direct", { orderId: "A-20377", total: 189900, currency: "RUB" });

  // Multichannel: video in VK, a search ad, a question in Telegram, then a cart left yesterday.
  new Story(ctx, { name: "Artem Volkov", owner: "roman", segment: "shop", firstTouch: "social", startDaysAgo: 6, email: "artem.volkov@gmail.com", phone: "+79035550177", messenger: "telegram:@artem_v" })
    .event("page_view", 6, { channel: "social", utmSource: "vk", utmMedium: "social", utmCampaign: "video-robot-vacuum" }, { url: "/product/robot-vacuum" })
    .deal({ pipeline: "shop", title: "Robot vacuum · Artem Volkov", amount: 32_490, source: "social", createdDaysAgo: 5.99, expectedInDays: 3, steps: [[4, "returned"], [1, "cart"]] })
    .event("ad_click", 4, { channel: "ads", utmSource: "yandex", utmMedium: "cpc", utmCampaign: "generic-search" }, { network: "yandex" })
    .event("page_view", 4, "direct", { url: "/product/robot-vacuum", visit: "return" })
    .event("message", 2, "messenger", { direction: "inbound", text: "Does it handle carpets and pet hair?" })
    .event("cart_add", 1, "direct", { product: "Robot vacuum", sku: "ROBOTV-0007", price: 32490, qty: 1 })
    .event("cart_abandoned", 0.9, "direct", { product: "Robot vacuum", cartTotal: 32490 })
    .event("page_view", 0.99, "direct", { url: "/reviews" })
    .event("page_view", 0.98, "direct", { url: "/delivery" })
    .event("email_open", 0.5, CART_MAIL, { subject: "You left something in your cart" })
    .event("email_click", 0.49, CART_MAIL, { url: "/cart" })
    .event("cart_add", 0.48, "direct", { product: "Spare brush kit", sku: "BRUSHK-0003", price: 1490, qty: 1 })
    .event("message", 0.3, "messenger", { direction: "inbound", text: "Is there a promo code if I order today?" })
    .event("call", 0.2, "phone", { direction: "outbound", durationSec: 240, topic: "abandoned-cart" })
    .event("email_open", 0.19, CART_MAIL, { subject: "Your 5% code for the robot vacuum" })
    .event("email_click", 0.18, CART_MAIL, { url: "/cart" })
    .event("page_view", 0.18, "direct", { url: "/cart" })
    .event("page_view", 0.17, "direct", { url: "/product/robot-vacuum" })
    .note("CALL", 0.2, "Called about the cart: he wanted to know about pet hair and a promo. Sent a 5% code; says he'll order tonight.", { tone: "positive" })
    .task(0.9, "Call about the abandoned cart", 1, 0.2)
    .task(0.2, "Check that the order went through", 1);

  // The checkout itself lost the sale (the CJM explains the funnel's drop at "checkout started").
  new Story(ctx, { name: "Sergey Belov", owner: "roman", segment: "shop", firstTouch: "organic", startDaysAgo: 26, email: "s.belov@ya.ru" })
    .event("page_view", 26, "organic", { url: "/product/standing-desk" })
    .deal({
      pipeline: "shop", title: "Standing desk · Sergey Belov", amount: 58_990, source: "organic", createdDaysAgo: 25.9,
      steps: [[25, "cart"], [24.98, "checkout"], [23.5, { lost: "checkout", note: "Checkout asked to register an account — left at that step." }]],
    })
    .event("cart_add", 25, "direct", { product: "Standing desk", sku: "STANDI-0042", price: 58990, qty: 1 })
    .event("checkout_started", 24.98, "direct", { cartTotal: 58990, items: 1 })
    .note("CALL", 24, "Called after he dropped at checkout: the form wanted an account and 14 fields; he gave up. Worth raising with the web team.", { tone: "negative" });
}
