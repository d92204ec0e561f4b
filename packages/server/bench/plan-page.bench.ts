/**
 * `npm run bench:api`: p95 latency of the plan page API (plan + actions list) at 50 connections, measured with
 * autocannon against a real server (embedded PGlite, or DATABASE_URL) loaded with the demo and a 300-action plan.
 * Prints one JSON document. Loopback only; bounded duration.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { loadConfig, startServer } from '../src/index';
import { DEMO_PASSWORD } from '../src/demo';
import { demoAction } from '../src/demo/helpers';
import { plans } from '../src/plans/schema';
import { organisations } from '../src/organisations/schema';
import { eq } from 'drizzle-orm';

const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = 50;

const dataDir = await mkdtemp(path.join(tmpdir(), 'trj-bench-'));
const config = { ...loadConfig({ ...process.env, PORT: '0', TRAJECTOIRE_DATA_DIR: dataDir }), demo: true };
const t0 = performance.now();
const server = await startServer(config, () => {});
const coldStartMs = Math.round(performance.now() - t0);
const base = `http://127.0.0.1:${server.port}`;

const db = server.database.db;
const [mgp] = await db.select().from(organisations).where(eq(organisations.siren, '200054781'));
const [plan] = await db.select().from(plans).where(eq(plans.organisationId, mgp.id));
await db.transaction(async (tx) => {
  for (let i = 0; i < 300; i++)
    await demoAction(tx, mgp.id, plan.id, {
      title: `Action de charge n°${i + 1}`,
      status: (['idea', 'retained', 'in_progress', 'done'] as const)[i % 4],
      copLevers: ['decarbonised-heat-networks'],
      pilots: [{ name: `Pilote ${i % 7}` }],
      endDate: '2025-12-31',
    });
});

const login = await fetch(`${base}/api/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ email: 'lecteur.mgp@trajectoire.demo', password: DEMO_PASSWORD }),
});
const cookie = login.headers.get('set-cookie')!.split(';')[0];

async function run(url: string) {
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, headers: { cookie } });
  return {
    url: url.replace(base, ''),
    requests: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors,
    rps: Math.round(r.requests.average),
    latencyMs: { p50: r.latency.p50, p90: r.latency.p90, p97_5: r.latency.p97_5, p99: r.latency.p99, max: r.latency.max },
  };
}

// autocannon reports p97.5 and p99; p95 is interpolated between p90 and p97.5 and labelled as such.
const results = [await run(`${base}/api/plans/${plan.id}`), await run(`${base}/api/plans/${plan.id}/actions?limit=100`)];
const withP95 = results.map((r) => ({
  ...r,
  latencyMs: { ...r.latencyMs, p95_interpolated: +(r.latencyMs.p90 + ((r.latencyMs.p97_5 - r.latencyMs.p90) * 5) / 7.5).toFixed(1) },
}));
console.log(
  JSON.stringify(
    { bench: 'api-plan-page', driver: server.database.driver, connections: CONNECTIONS, durationS: DURATION_S, coldStartMs, results: withP95 },
    null,
    2,
  ),
);
await server.stop();
await rm(dataDir, { recursive: true, force: true });
