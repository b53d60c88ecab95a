// Generates the whole demo in memory, in dependency order. Deterministic for a given "now":
// every random choice comes from the seeded faker in random.ts.
import { planDeals, groupByPerson } from "./deal-plans";
import { addDealEvents } from "./deal-events";
import { buildDeals } from "./deals";
import { EventLog } from "./event-log";
import { finalizeTouches } from "./finalize";
import { buildLossReasons } from "./loss-reasons";
import { addDealNotes } from "./notes";
import { PeopleBuilder } from "./people";
import { seedRandom } from "./random";
import { buildPipelines } from "./pipelines";
import { assignRanks } from "./ranks";
import { addSettings } from "./settings";
import { addStories } from "./stories";
import { addDealTasks } from "./tasks";
import { type SeedData, emptySeedData } from "./types";
import { buildUsers } from "./users";
import { addVisitors } from "./visitors";
import { addIngestSetup } from "./ingest-setup";
import { addLeadSources } from "./sources";

/** Two-deal people per pipeline (repeat orders, upsells) and deal-less web visitors. */
const PAIRS = { b2b: 18, shop: 27 };
const VISITORS = 20;

export async function buildSeedData(now: Date): Promise<SeedData> {
  seedRandom();
  const data = emptySeedData();
  const users = await buildUsers(now);
  data.users.push(...users.rows);
  const pipelines = buildPipelines(now);
  data.pipelines.push(...pipelines.pipelines);
  data.stages.push(...pipelines.stages);
  const lossReasons = buildLossReasons();
  data.lossReasons.push(...lossReasons.rows);
  addSettings(data, users.ids, pipelines.pipelines.map((p) => p.id!), now);

  const people = new PeopleBuilder(data);
  const log = new EventLog(data, now);
  addStories({ data, people, log, pipelines: pipelines.refs, users: users.ids, lossReasons: lossReasons.ids, now });

  const plans = planDeals(pipelines.refs, now);
  const groups = groupByPerson(plans, PAIRS);
  const deals = buildDeals({ data, people, groups, users: users.ids, lossReasons: lossReasons.ids, now });
  for (const seeded of deals) {
    addDealEvents(log, seeded);
    addDealNotes(data, seeded, lossReasons.ids);
    addDealTasks(data, seeded, users.ids, now);
  }
  addVisitors({ people, log, now, count: VISITORS });

  // After every random choice above, so the extra rows leave the rest of the demo unchanged.
  addIngestSetup(data, users.ids, now);
  finalizeTouches(data, now);
  addLeadSources(data);
  assignRanks(data.deals);
  return data;
}
