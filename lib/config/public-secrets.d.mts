export const EXAMPLE_SECRET: string;
export const PUBLIC_SECRETS: Set<string>;
