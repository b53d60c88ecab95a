/** Loads the .env files of `dir` (default: the working directory) into process.env, as `next start` does. */
export function loadEnv(options?: { dir?: string }): string[];
