import { eq } from 'drizzle-orm';
import type { Operation } from '@trajectoire/domain';
import type { Context } from 'hono';
import type { AppEnv } from '../http/context';
import { authorize } from '../auth/access';
import { notFound } from '../http/problem';
import { heatLayers, heatStudies } from './schema';

// Load first, then authorise on the row's organisation: another tenant's id answers the same 404 as a missing one.

export async function loadLayer(c: Context<AppEnv>, id: string, op: Operation) {
  const [layer] = await c.get('db').select().from(heatLayers).where(eq(heatLayers.id, id));
  if (!layer) throw notFound('Couche');
  await authorize(c, layer.organisationId, op, undefined, 'Couche');
  return layer;
}

export async function loadStudy(c: Context<AppEnv>, id: string, op: Operation) {
  const [study] = await c.get('db').select().from(heatStudies).where(eq(heatStudies.id, id));
  if (!study) throw notFound('Étude');
  await authorize(c, study.organisationId, op, undefined, 'Étude');
  return study;
}
