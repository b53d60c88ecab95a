// The commands read DATABASE_URL (and the rest) from `.env` as the app does; variables already in
// the environment win. (Replace with the project's one loader where it has one.)
import fs from "node:fs";

export function loadDotEnv(file = ".env"): void {
  if (fs.existsSync(file)) process.loadEnvFile(file);
}
