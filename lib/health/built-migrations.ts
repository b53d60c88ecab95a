// The migration names baked into this build by next.config.ts (see migration-names.ts). Kept
// apart from the folder reader so the route that uses it bundles no file-system code.
export type BuiltProvider = "sqlite" | "postgresql";

/** The build's list for a provider, or null outside a Next build (tests, scripts). */
export function builtMigrations(provider: BuiltProvider): string[] | null {
  const baked = process.env.VORONKA_BUILD_MIGRATIONS;
  if (!baked) return null;
  return (JSON.parse(baked) as Record<BuiltProvider, string[]>)[provider] ?? null;
}
