import { createRoute, z } from '@hono/zod-openapi';
import { can, ORGANISATION_KINDS, OPERATIONS } from '@trajectoire/domain';
import type { App } from '../http/context';
import { AppError, badRequest, forbidden, jsonContent as json, notFound, problems as pick } from '../http/problem';
import { decodeCursor, encodeCursor, pageOf, paginationQuery } from '../http/pagination';
import { authorize, requireAuth } from '../auth/access';
import { audit } from '../audit/audit';
import { updateVersioned } from '../db/versioned';
import { organisations } from './schema';
import { organisationDetailSchema, organisationListItemSchema, organisationSchema } from './presenter';
import { checkTerritory, isUniqueViolation, listOrganisations, loadOrganisation, sirenTaken } from './store';
import { registerMembers } from './members-routes';
import { registerInvitations } from './invitations-routes';
import { registerInvitationAcceptance } from './acceptance-routes';

const tags = ['organisations'];
export const orgParam = z.object({ id: z.uuid() });
const siren = z.string().regex(/^\d{9}$/, 'Le numéro SIREN compte exactement 9 chiffres.');
const fields = {
  name: z.string().trim().min(1).max(200),
  kind: z.enum(ORGANISATION_KINDS),
  siren: siren.nullable(),
  territoryId: z.string().max(30).nullable().openapi({ example: 'epci:200069854' }),
  description: z.string().max(5000),
};
// Identity fields (what the organisation is) are set by superadmins; an admin edits how it presents itself.
const IDENTITY_FIELDS = ['kind', 'siren', 'territoryId'] as const;

const list = createRoute({
  method: 'get',
  path: '/api/organisations',
  operationId: 'listOrganisations',
  tags,
  description: 'Organisations I am a member of (every organisation for a superadmin), by name.',
  request: { query: paginationQuery },
  responses: { 200: json(pageOf(organisationListItemSchema), 'One page of organisations'), ...pick(400, 401) },
});
const create = createRoute({
  method: 'post',
  path: '/api/organisations',
  operationId: 'createOrganisation',
  tags,
  description: 'Superadmin only. Add its first admin with an invitation.',
  request: {
    body: {
      content: {
        'application/json': {
          schema: z.object({
            name: fields.name,
            kind: fields.kind,
            siren: fields.siren.optional(),
            territoryId: fields.territoryId.optional(),
            description: fields.description.optional(),
          }),
        },
      },
    },
  },
  responses: { 201: json(organisationSchema, 'Created'), ...pick(400, 401, 403, 409) },
});
const get = createRoute({
  method: 'get',
  path: '/api/organisations/{id}',
  operationId: 'getOrganisation',
  tags,
  request: { params: orgParam },
  responses: { 200: json(organisationDetailSchema, 'The organisation and what I may do in it'), ...pick(400, 401, 404) },
});
const update = createRoute({
  method: 'patch',
  path: '/api/organisations/{id}',
  operationId: 'updateOrganisation',
  tags,
  description: 'Admins edit name and description; kind, SIREN and territory are for superadmins.',
  request: {
    params: orgParam,
    body: {
      content: {
        'application/json': {
          schema: z.object({
            version: z.number().int(),
            name: fields.name.optional(),
            description: fields.description.optional(),
            kind: fields.kind.optional(),
            siren: fields.siren.optional(),
            territoryId: fields.territoryId.optional(),
          }),
        },
      },
    },
  },
  responses: { 200: json(organisationSchema, 'Updated'), ...pick(400, 401, 403, 404, 409) },
});

export function registerOrganisations(app: App) {
  app.openapi(list, async (c) => {
    const auth = requireAuth(c);
    const { cursor, limit } = c.req.valid('query');
    const after = decodeCursor(cursor, 2) as [string, string] | null;
    if (after && !after.every((k) => typeof k === 'string')) throw badRequest('invalid_cursor', 'Curseur de pagination invalide.');
    const rows = await listOrganisations(c.get('db'), { viewerId: auth.userId, all: auth.isSuperadmin, after, limit: limit + 1 });
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return c.json({ items: page, nextCursor: rows.length > limit ? encodeCursor([last.name, last.id]) : null }, 200);
  });

  app.openapi(create, async (c) => {
    const auth = requireAuth(c);
    if (!auth.isSuperadmin) throw forbidden();
    const body = c.req.valid('json');
    const created = await c
      .get('db')
      .transaction(async (tx) => {
        await checkTerritory(tx, body.territoryId);
        const [row] = await tx
          .insert(organisations)
          .values({ ...body, siren: body.siren ?? null, territoryId: body.territoryId ?? null })
          .returning({ id: organisations.id });
        const after = (await loadOrganisation(tx, row.id))!;
        await audit(tx, c, { organisationId: row.id, entityType: 'organisation', entityId: row.id, action: 'create', after });
        return after;
      })
      .catch(rethrowSiren);
    return c.json(created, 201);
  });

  app.openapi(get, async (c) => {
    const { id } = c.req.valid('param');
    const actor = await authorize(c, id, 'organisation.read', undefined, 'Organisation');
    const org = await loadOrganisation(c.get('db'), id);
    if (!org) throw notFound('Organisation');
    // Passing the actor as pilot lists action.update for restricted editors: they may update the actions they pilot.
    const permissions = OPERATIONS.filter((op) => can(actor, op, { pilotUserIds: [actor.userId] }));
    const my = { role: actor.role, pilotedOnly: actor.pilotedOnly, isSuperadmin: actor.isSuperadmin, permissions };
    return c.json({ ...org, my }, 200);
  });

  app.openapi(update, async (c) => {
    const { id } = c.req.valid('param');
    const { version, ...values } = c.req.valid('json');
    const actor = await authorize(c, id, 'organisation.update', undefined, 'Organisation');
    if (!actor.isSuperadmin && IDENTITY_FIELDS.some((f) => values[f] !== undefined))
      throw new AppError(403, 'forbidden', 'Seul un super-administrateur modifie la nature, le SIREN ou le territoire.');
    const updated = await c
      .get('db')
      .transaction(async (tx) => {
        const before = await loadOrganisation(tx, id);
        if (!before) throw notFound('Organisation');
        await checkTerritory(tx, values.territoryId);
        await updateVersioned(tx, organisations, id, version, values);
        const after = (await loadOrganisation(tx, id))!;
        await audit(tx, c, { organisationId: id, entityType: 'organisation', entityId: id, action: 'update', before, after });
        return after;
      })
      .catch(rethrowSiren);
    return c.json(updated, 200);
  });

  registerMembers(app);
  registerInvitations(app);
  registerInvitationAcceptance(app);
}

function rethrowSiren(err: unknown): never {
  throw isUniqueViolation(err) ? sirenTaken() : err;
}
