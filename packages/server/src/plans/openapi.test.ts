import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

describe('OpenAPI document', () => {
  it('describes every plan and lever operation, with the recursive axis tree as a component', async () => {
    const doc = await (await t.app.request('/api/openapi.json')).json();
    const ids = Object.values(doc.paths as Record<string, Record<string, { operationId?: string }>>).flatMap((p) => Object.values(p).map((o) => o.operationId));
    for (const id of [
      'listPlans', 'createPlan', 'getPlan', 'updatePlan', 'deletePlan',
      'createAxis', 'updateAxis', 'deleteAxis',
      'listActions', 'createAction', 'getAction', 'updateAction', 'deleteAction', 'moveAction',
      'listSavedViews', 'createSavedView', 'deleteSavedView',
      'getCopLevers', 'getPlanLeverMatrix',
    ])
      expect(ids).toContain(id);
    expect(JSON.stringify(doc.components.schemas.AxisNode)).toContain('"children":{"type":"array","items":{"$ref":"#/components/schemas/AxisNode"}}');
    expect(doc.paths['/api/levers'].get.security).toEqual([]);
  });
});
