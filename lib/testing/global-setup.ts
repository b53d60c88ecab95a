// Vitest global setup: one migrated template database for the whole run.
import type { TestProject } from "vitest/node";
import { createTemplate, dropTemplate, type TestDbTemplate } from "./test-db";

declare module "vitest" {
  export interface ProvidedContext {
    voronkaTestDb: TestDbTemplate;
  }
}

export default async function setup(project: TestProject) {
  const template = await createTemplate();
  project.provide("voronkaTestDb", template);
  return () => dropTemplate(template);
}
