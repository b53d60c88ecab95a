// AUTH_SECRET values published in this repository (.env.example, older browser-test settings):
// never secrets. A production server refuses them (production-config.ts) and `npm run setup`
// replaces them in .env with a random one (lib/cli/ensure-auth-secret.mjs).
export const EXAMPLE_SECRET = "replace-with-the-output-of-openssl-rand-base64-32";

export const PUBLIC_SECRETS = new Set([EXAMPLE_SECRET, "e2e-secret-not-for-production-use-0123456789", "changeme", "change-me", "secret"]);
