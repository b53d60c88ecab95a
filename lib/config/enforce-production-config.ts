// Called by instrumentation.ts when a server starts: logs the configuration's warnings, and with
// an unsafe production configuration (production-config.ts) one fatal line and exit code 1.
// In its own module so the edge build of instrumentation.ts never sees process.exit.
import { logger } from "@/lib/log/logger";
import { checkProductionConfig } from "./production-config";

export function enforceProductionConfig(env: NodeJS.ProcessEnv = process.env): void {
  const config = checkProductionConfig(env);
  for (const warning of config.warnings) logger.warn(warning);
  if (config.problems.length === 0) return;
  logger.fatal({ problems: config.problems }, `Refusing to start: ${config.problems.join(" ")}`);
  process.exit(1);
}
