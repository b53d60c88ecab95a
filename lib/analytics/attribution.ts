// Revenue attribution models: how a won deal's value is shared among its person's touches before
// the win (touch k of n, in time order, k from 1). Each model's weights add up to 1.
//   first touch: all to touch 1; last touch: all to touch n; linear: 1/n each;
//   U-shaped (40/20/40): 40% to the first, 40% to the last, 20% shared by the touches between
//   (one touch: 100%; two touches: 50% each).
// get-channels.ts computes the same weights in SQL.
export const MODELS = ["first", "last", "linear", "ushaped"] as const;
export type Model = (typeof MODELS)[number];

export function weight(model: Model, k: number, n: number): number {
  if (n <= 0 || k < 1 || k > n) return 0;
  switch (model) {
    case "first":
      return k === 1 ? 1 : 0;
    case "last":
      return k === n ? 1 : 0;
    case "linear":
      return 1 / n;
    case "ushaped":
      if (n === 1) return 1;
      if (n === 2) return 0.5;
      return k === 1 || k === n ? 0.4 : 0.2 / (n - 2);
  }
}

/** Credit per channel of one model for deals given as (value, channels of their touches in order). */
export function attribute(model: Model, deals: readonly { value: number; touches: readonly string[] }[]): Map<string, number> {
  const credit = new Map<string, number>();
  for (const deal of deals) {
    deal.touches.forEach((channel, i) => {
      credit.set(channel, (credit.get(channel) ?? 0) + deal.value * weight(model, i + 1, deal.touches.length));
    });
  }
  return credit;
}

/** Touch counts grouped for the "touches to win" chart, in order: 1 … 5 one by one, then wider bands. */
export const TOUCH_BANDS = ["1", "2", "3", "4", "5", "6–10", "11–20", "21–50", "51+"] as const;

export type TouchBand = (typeof TOUCH_BANDS)[number];

/** The touch counts a band holds: "6–10" → 6..10, "51+" → 51 and more (max null). */
export function touchBandRange(band: TouchBand): { min: number; max: number | null } {
  const [min, max] = band.replace("+", "").split("–").map(Number);
  return { min, max: band.endsWith("+") ? null : (max ?? min) };
}

export function touchBand(n: number): TouchBand {
  if (n <= 5) return String(Math.max(1, n)) as TouchBand;
  if (n <= 10) return "6–10";
  if (n <= 20) return "11–20";
  if (n <= 50) return "21–50";
  return "51+";
}
