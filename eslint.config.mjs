import next from "eslint-config-next";

const config = [
  ...next,
  { ignores: ["lib/generated/**", "**/*.d.mts", ".next/**", ".next-*/**", "node_modules/**", "test-results/**", "playwright-report/**", "data/**"] },
  // Playwright fixtures call a `use` callback that is not React's hook.
  { files: ["e2e/**"], rules: { "react-hooks/rules-of-hooks": "off" } },
];

export default config;
