// Money is stored in minor units (kopecks, cents); shown per locale: "1 234 567 ₽" / "$1,234,567".
const cache = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, currency: string, compact: boolean): Intl.NumberFormat {
  const key = `${locale}|${currency}|${compact}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale === "ru" ? "ru-RU" : "en-US", {
      style: "currency",
      currency,
      currencyDisplay: "narrowSymbol",
      maximumFractionDigits: compact ? 1 : 0,
      minimumFractionDigits: 0,
      ...(compact ? { notation: "compact" } : {}),
    });
    cache.set(key, f);
  }
  return f;
}

export function formatMoney(minor: number, currency: string, locale: string, options: { compact?: boolean } = {}): string {
  return formatter(locale, currency, Boolean(options.compact)).format(minor / 100);
}
