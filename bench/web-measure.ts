// The browser half of `npm run bench:web`: headless Chromium against the running app, LCP from a
// `largest-contentful-paint` PerformanceObserver on a fresh page load, INP from `event` timing
// entries (the longest interaction, as web-vitals reports INP for one interaction), and the number
// of mounted cards on the board views.
import { chromium, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { TIMELINE_PERSON, WEB_USER } from "./web-seed";

const CARD = '[data-testid="deal-card"]';
const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

// Runs in the page before any of its scripts: collects LCP and event-timing entries.
const OBSERVERS = `
  window.__lcp = 0; window.__events = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__lcp = e.renderTime || e.startTime; })
    .observe({ type: "largest-contentful-paint", buffered: true });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (e.interactionId) window.__events.push(e.duration); })
    .observe({ type: "event", durationThreshold: 16, buffered: true });
`;

export interface WebFigures {
  lcp: Record<"board" | "person" | "analytics" | "forecast", number>;
  inp: Record<"cardDrop" | "loseDialog" | "search", number>;
  mountedCardsMax: number;
  mountedCards: Record<string, number>;
}

async function signIn(context: BrowserContext): Promise<void> {
  const csrf = (await (await context.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await context.request.post("/api/auth/callback/credentials", {
    form: { csrfToken: csrf.csrfToken, email: WEB_USER.email, password: WEB_USER.password, callbackUrl: "/" },
    maxRedirects: 0,
  });
  const session = (await (await context.request.get("/api/auth/session")).json()) as { user?: { email?: string } } | null;
  if (session?.user?.email !== WEB_USER.email) throw new Error("bench:web could not sign in as the benchmark user");
}

/** LCP of a fresh load of `url` (a new tab, warm server and HTTP cache, as a returning user). */
async function lcpOf(context: BrowserContext, url: string, ready: (page: Page) => Promise<unknown>): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: "load" });
    await ready(page);
    await page.waitForTimeout(1000);
    return Math.round(await page.evaluate(() => (window as unknown as { __lcp: number }).__lcp));
  } finally {
    await page.close();
  }
}

/** The longest interaction caused by `act` (event timing duration: input delay + handlers + next paint). */
async function inpOf(page: Page, act: () => Promise<void>): Promise<number> {
  await page.evaluate(() => ((window as unknown as { __events: number[] }).__events = []));
  await act();
  await page.waitForTimeout(800);
  const durations = await page.evaluate(() => (window as unknown as { __events: number[] }).__events);
  return durations.length ? Math.max(...durations) : 0;
}

const countCards = (page: Page) => page.locator(CARD).count();

export async function measureWeb(baseURL: string, executablePath: string | undefined, repeats: number): Promise<WebFigures> {
  const browser: Browser = await chromium.launch({ executablePath, args: ARGS });
  try {
    const context = await browser.newContext({ baseURL, viewport: { width: 1440, height: 900 }, locale: "en-US" });
    await context.addInitScript(OBSERVERS);
    await signIn(context);
    const median = async (f: () => Promise<number>) => {
      const values: number[] = [];
      for (let i = 0; i < repeats; i++) values.push(await f());
      return values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
    };
    // One untimed load of each page first: the server's first render compiles nothing, but fills caches.
    for (const url of ["/", `/people/${TIMELINE_PERSON}`, "/analytics", "/forecast"]) await lcpOf(context, url, async () => undefined);
    const lcp = {
      board: await median(() => lcpOf(context, "/", (p) => p.locator(CARD).first().waitFor())),
      person: await median(() => lcpOf(context, `/people/${TIMELINE_PERSON}`, (p) => p.locator("main").waitFor())),
      analytics: await median(() => lcpOf(context, "/analytics", (p) => p.locator("main").waitFor())),
      forecast: await median(() => lcpOf(context, "/forecast", (p) => p.locator("main").waitFor())),
    };

    const page = await context.newPage();
    await page.goto("/", { waitUntil: "load" });
    await page.locator(CARD).first().waitFor();
    const mountedCards: Record<string, number> = { board: await countCards(page) };
    // Scroll every column to its end: virtualized columns must keep the mounted count bounded.
    await page.evaluate(() => document.querySelectorAll('[data-testid="board"] *').forEach((el) => {
      if (el.scrollHeight > el.clientHeight + 10 && getComputedStyle(el).overflowY !== "visible") el.scrollTop = el.scrollHeight;
    }));
    await page.waitForTimeout(500);
    mountedCards.boardScrolled = await countCards(page);

    const cardDrop = await median(async () => {
      const card = page.locator('[data-testid="board"] [role="group"]').first();
      await card.focus();
      await page.keyboard.press("Space");
      await page.waitForTimeout(150);
      await page.keyboard.press("ArrowRight");
      await page.waitForTimeout(250);
      const value = await inpOf(page, () => page.keyboard.press("Space"));
      await page.waitForTimeout(700); // the move's server action settles before the next drag
      return value;
    });
    const loseDialog = await median(async () => {
      const card = page.locator(CARD).nth(1);
      await card.hover();
      const value = await inpOf(page, () => card.getByRole("button", { name: /lost/i }).click());
      await page.getByRole("dialog").waitFor();
      await page.keyboard.press("Escape");
      await page.getByRole("dialog").waitFor({ state: "hidden" });
      return value;
    });
    const searchBox = page.getByRole("searchbox").or(page.getByLabel("Search deals")).first();
    const search = await median(async () => {
      await searchBox.fill("");
      await searchBox.click();
      return inpOf(page, () => searchBox.pressSequentially("Иван", { delay: 120 }));
    });
    await page.waitForTimeout(1500); // the search reaches the URL and the server: the filtered board
    mountedCards.searched = await countCards(page);
    const mountedCardsMax = Math.max(...Object.values(mountedCards));
    return { lcp, inp: { cardDrop, loseDialog, search }, mountedCardsMax, mountedCards };
  } finally {
    await browser.close();
  }
}
