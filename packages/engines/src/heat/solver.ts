import highsLoader, { type Highs, type ModelData } from 'highs';

let loading: Promise<Highs> | null = null;

/**
 * The HiGHS WebAssembly runtime, instantiated once per process: instantiation compiles a ~2.5 MB module. Each LP
 * then lives in its own native model, created and disposed around its solves, so sharing the runtime shares no
 * problem state.
 */
export function loadSolver(): Promise<Highs> {
  if (!loading) {
    loading = highsLoader().catch((err: unknown) => {
      loading = null; // let a later call retry instead of caching the failure
      throw err;
    });
  }
  return loading;
}

export type HighsModel = ReturnType<Highs['createModel']>;

/**
 * A silent persistent model, from sparse arrays (lp-model.ts) or CPLEX LP text (lp-text.ts). Persistent rather than
 * the one-shot `solve()` because stage 2 re-solves the same LP after small changes (a cost objective and a floor
 * row; bounds for the merit order), and HiGHS then restarts from the previous optimal basis instead of from
 * scratch. The caller must dispose it.
 */
export function openModel(highs: Highs, source: ModelData | string): HighsModel {
  const model = highs.createModel();
  try {
    model.options.set({ output_flag: false }); // default HiGHS tolerances: 1e-7 primal and dual feasibility
    if (typeof source === 'string') model.readModel({ format: 'lp', data: source });
    else model.passModel(source);
    return model;
  } catch (err) {
    model.dispose();
    throw err;
  }
}

const STATUS_NAMES = [
  'Not Set',
  'Load error',
  'Model error',
  'Presolve error',
  'Solve error',
  'Postsolve error',
  'Empty',
  'Optimal',
  'Infeasible',
  'Primal infeasible or unbounded',
  'Unbounded',
  'Bound on objective reached',
  'Target for objective reached',
  'Time limit reached',
  'Iteration limit reached',
];

export const OPTIMAL = 7;
/** Infeasible, or "infeasible or unbounded" (which, for this bounded LP, can only mean infeasible). */
export const isInfeasible = (code: number): boolean => code === 8 || code === 9;
export const statusName = (code: number): string => STATUS_NAMES[code] ?? 'Unknown';

/** Run and time a model; returns its HiGHS model status code. */
export function runModel(model: HighsModel, clock: { solves: number; solveMs: number }): number {
  const t0 = performance.now();
  try {
    model.run();
    return model.getModelStatus();
  } finally {
    clock.solveMs += performance.now() - t0;
    clock.solves += 1;
  }
}
