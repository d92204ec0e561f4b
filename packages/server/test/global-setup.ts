import type { TestProject } from 'vitest/node';
import { buildTemplate } from './template';

/**
 * Builds one migrated database holding the reference data (territories, levers) and shares it with every test file:
 * PGlite gets a dumped data dir to load, PostgreSQL a template database to copy. Each file then owns a fresh copy.
 */
export default async function setup(project: TestProject) {
  const template = await buildTemplate(process.env.TEST_DATABASE_URL);
  project.provide('dbTemplate', template.descriptor);
  return template.teardown;
}

declare module 'vitest' {
  export interface ProvidedContext {
    dbTemplate: string;
  }
}
