// Stands in for the "server-only" package under Vitest: the real one throws outside a React
// server build. Tests import the domain layer directly, which is exactly what it guards against.
export {};
