// B2B stories: a deal lost to a competitor after a price objection, one lost on timing and
// reopened, one stuck at the proposal for lack of industry cases (rotting), and a quick win.
import { Story, type StoryContext } from "./story-kit";

const PROPOSAL_MAIL = { channel: "email", utmSource: "trigger", utmMedium: "email", utmCampaign: "proposal" };

export function b2bStories(ctx: StoryContext): void {
  new Story(ctx, {
    name: "Elena Sokolova", company: { name: "Northwind Logistics", domain: "northwind-logistics.ru" }, owner: "roman", segment: "b2b",
    firstTouch: "ads", startDaysAgo: 71, email: "e.sokolova@northwind-logistics.ru", phone: "+74951230045",
  })
    .event("ad_click", 71, { channel: "ads", utmSource: "yandex", utmMedium: "cpc", utmCampaign: "generic-search" }, { network: "yandex" })
    .event("page_view", 71, "direct", { url: "/pricing" })
    .event("form_submit", 70, "direct", { form: "demo-request", company: "Northwind Logistics" })
    .deal({
      pipeline: "b2b", title: "Northwind Logistics — Enterprise plan + implementation", amount: 1_450_000, source: "ads", createdDaysAgo: 70,
      steps: [[68, "qualified"], [63, "discovery"], [55, "demo"], [48, "proposal"], [40, "negotiation"],
        [33, { lost: "competitor", note: "Went with Bitrix24: first year free, and the CFO already uses their portal." }]],
    })
    .event("call", 68, "phone", { direction: "outbound", durationSec: 420, topic: "qualification" })
    .event("call", 63, "phone", { direction: "outbound", durationSec: 1980, topic: "discovery" })
    .note("MOTIVATION", 62.9, "Leads get lost between marketing and sales; CAC doubled this year. Elena wants to see the whole path from the first click to payment, not a list of leads.")
    .event("call", 55, "phone", { direction: "outbound", durationSec: 3300, topic: "demo" })
    .event("email_open", 47.9, PROPOSAL_MAIL, { subject: "Commercial proposal" })
    .event("email_open", 46, PROPOSAL_MAIL, { subject: "Commercial proposal" })
    .event("page_view", 46, "direct", { url: "/pricing" })
    .note("OBJECTION", 45, "Too expensive compared to what they'd pay for amoCRM; the 600k implementation scares the CFO.")
    .event("call", 40, "phone", { direction: "outbound", durationSec: 1500, topic: "terms" })
    .note("CALL", 38, "CFO joined the call and compared only the price per seat with Bitrix24. Elena was quiet. Tone cooled down a lot.", { tone: "negative" })
    .event("email_open", 35, PROPOSAL_MAIL, { subject: "Updated proposal: phased rollout" });

  new Story(ctx, {
    name: "Dmitry Kuznetsov", company: { name: "Arctic Foods", domain: "arcticfoods.ru" }, owner: "rita", segment: "b2b",
    firstTouch: "partner", startDaysAgo: 121, email: "d.kuznetsov@arcticfoods.ru", phone: "+78123450099", messenger: "telegram:@dkuznetsov", web: false,
  })
    .event("page_view", 121, { channel: "partner", utmSource: "integrator-alfa", utmMedium: "partner" }, { url: "/integrations/1c" })
    .event("call", 120, "phone", { direction: "inbound", durationSec: 540 })
    .deal({
      pipeline: "b2b", title: "Arctic Foods — CRM for 3 regional branches", amount: 2_400_000, source: "partner", createdDaysAgo: 120, expectedInDays: 12,
      steps: [[115, "qualified"], [108, "discovery"], [100, "demo"], [92, "proposal"],
        [85, { lost: "timing", note: "ERP migration until spring; asked us to come back in six weeks." }],
        [40, "REOPEN"], [20, "negotiation"]],
    })
    .note("MOTIVATION", 107.9, "Needs one funnel for three regional branches and a forecast the board trusts; today each branch reports in its own spreadsheet.")
    .note("GENERAL", 40, "They came back on their own: the ERP migration is done. Reopened the deal at the proposal.")
    .note("OBJECTION", 30, "1C integration: who maintains it after launch? Sent the integration spec and the support SLA; IT is satisfied.", { resolved: true })
    .event("email_open", 30, PROPOSAL_MAIL, { subject: "1C integration spec" })
    .event("call", 20, "phone", { direction: "outbound", durationSec: 2100, topic: "terms" })
    .event("call", 8, "phone", { direction: "outbound", durationSec: 1200, topic: "terms" })
    .event("message", 6, "messenger", { direction: "inbound", text: "Legal will review the contract this week" })
    .event("email_open", 4, PROPOSAL_MAIL, { subject: "Contract draft v2" })
    .event("email_click", 4, PROPOSAL_MAIL, { url: "/proposal" })
    .event("page_view", 4, "direct", { url: "/security" })
    .event("message", 2, "messenger", { direction: "inbound", text: "Can you hold the price till the end of the month?" })
    .event("call", 3, "phone", { direction: "outbound", durationSec: 900, topic: "terms" })
    .note("CALL", 3, "Good call with Dmitry and their lawyer: two redlines left (payment terms, SLA credits). Verbal yes on the price.", { tone: "positive" })
    .event("message", 1, "messenger", { direction: "inbound", text: "Sent the redlines" })
    .task(1, "Send the contract redlines", 2);

  new Story(ctx, {
    name: "Olga Petrova", company: { name: "Helios Clinic", domain: "helios-clinic.ru" }, owner: "roman", segment: "b2b",
    firstTouch: "organic", startDaysAgo: 50, email: "o.petrova@helios-clinic.ru", phone: "+74959870012",
  })
    .event("page_view", 50, "organic", { url: "/blog/sales-funnel-leaks" })
    .event("form_submit", 48, "direct", { form: "demo-request", company: "Helios Clinic" })
    .deal({
      pipeline: "b2b", title: "Helios Clinic — Annual licence, 25 seats", amount: 620_000, source: "organic", createdDaysAgo: 48, expectedInDays: -5,
      steps: [[47, "qualified"], [42, "discovery"], [35, "demo"], [33, "discovery"], [28, "demo"], [25, "proposal"]],
    })
    .note("CONTEXT", 33, "After the demo the chief doctor asked for a second discovery session: patients come from the call centre, not the website. Moved back to discovery.")
    .event("call", 33, "phone", { direction: "outbound", durationSec: 2400, topic: "discovery" })
    .event("email_open", 24.9, PROPOSAL_MAIL, { subject: "Commercial proposal" })
    .note("OBJECTION", 24, "No case studies from clinics — the chief doctor wants proof it works for a medical call centre before signing.")
    .event("page_view", 22, "direct", { url: "/cases" })
    .task(20, "Send case studies from a clinic", -8);

  new Story(ctx, {
    name: "Irina Morozova", company: { name: "Volga Retail", domain: "volga-retail.com" }, owner: "head", segment: "b2b",
    firstTouch: "referral", startDaysAgo: 64, email: "irina.morozova@volga-retail.com", phone: "+78432200311",
  })
    .event("page_view", 64, { channel: "referral", utmSource: "client-recommendation", utmMedium: "referral" }, { url: "/cases/retail" })
    .event("call", 63, "phone", { direction: "inbound", durationSec: 600 })
    .deal({
      pipeline: "b2b", title: "Volga Retail — Enterprise plan, 120 seats", amount: 2_950_000, source: "referral", createdDaysAgo: 63,
      steps: [[61, "qualified"], [57, "discovery"], [50, "proposal"], [44, "negotiation"], [38, "contract"], [31, "WON"]],
    })
    .note("MOTIVATION", 56.9, "Recommended by a client. New head of sales wants clean loss reasons and a forecast before the budget cycle; they already saw the demo at the client's office, so we skipped ours.")
    .event("email_open", 49.9, PROPOSAL_MAIL, { subject: "Commercial proposal" })
    .event("email_click", 49.8, PROPOSAL_MAIL, { url: "/proposal" })
    .note("CALL", 44, "Negotiation went smoothly: annual prepayment in exchange for onboarding included.", { tone: "positive" })
    .event("call", 44, "phone", { direction: "outbound", durationSec: 1700, topic: "terms" });
}
