// Sales velocity: how much revenue the pipeline produces per day at its current pace.
//   velocity = open deals × win rate × average won value ÷ average cycle length (days)
export interface VelocityInputs {
  openDeals: number;
  won: number;
  lost: number;
  /** Won deals in the pipeline's currency, and the sum of their values (minor units). */
  wonInCurrency: number;
  wonValue: number;
  /** Sum of the won deals' cycle lengths (days from creation to win). */
  wonCycleDays: number;
}

export interface Velocity {
  openDeals: number;
  winRate: number | null;
  averageWon: number | null;
  cycleDays: number | null;
  /** Money per day; null when any factor is unknown (nothing won or lost in the period). */
  perDay: number | null;
}

export function salesVelocity(v: VelocityInputs): Velocity {
  const winRate = v.won + v.lost > 0 ? v.won / (v.won + v.lost) : null;
  const averageWon = v.wonInCurrency > 0 ? v.wonValue / v.wonInCurrency : null;
  const cycleDays = v.won > 0 ? Math.max(v.wonCycleDays / v.won, 1 / 24) : null;
  const perDay = winRate !== null && averageWon !== null && cycleDays !== null ? (v.openDeals * winRate * averageWon) / cycleDays : null;
  return { openDeals: v.openDeals, winRate, averageWon, cycleDays, perDay };
}
