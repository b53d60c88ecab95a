import next from "eslint-config-next";

const config = [
  ...next,
  { ignores: ["lib/generated/**", ".next/**", "node_modules/**", "test-results/**", "playwright-report/**"] },
];

export default config;
