"""Solve the waste-heat allocation LP written by heat.bench.ts with scipy.optimize.linprog (method='highs').

Same model as packages/engines/src/heat/lp.ts, solved as one LP (no component split):
  phase 1: maximise sum f  s.t.  sum_k source_coef_k f_k <= S_i,  sum_k gain_k f_k <= D_j,  0 <= f_k <= cap_k
  phase 2: minimise sum cost_k f_k  s.t. the same rows and  sum f >= max * (1 - eps)
Usage: python3 heat_linprog.py lp_arcs.csv [eps]. Prints JSON with timings and optima.
"""
import csv
import json
import sys
import time

import numpy as np
from scipy.optimize import linprog
from scipy.sparse import coo_matrix, vstack


def main() -> None:
    path = sys.argv[1]
    eps = float(sys.argv[2]) if len(sys.argv) > 2 else 1e-9
    t0 = time.perf_counter()
    src_row, snk_row, rhs = {}, {}, []
    rows, cols, vals, caps, costs = [], [], [], [], []
    with open(path, newline="") as f:
        for k, r in enumerate(csv.DictReader(f)):
            i = src_row.get(r["source_id"])
            if i is None:
                i = src_row[r["source_id"]] = len(rhs)
                rhs.append(float(r["source_mwh"]))
            j = snk_row.get(r["sink_id"])
            if j is None:
                j = snk_row[r["sink_id"]] = len(rhs)
                rhs.append(float(r["sink_mwh"]))
            rows += [i, j]
            cols += [k, k]
            vals += [float(r["source_coef"]), float(r["gain"])]
            caps.append(float(r["capacity_mwh"]))
            costs.append(float(r["cost_eur_per_mwh"]))
    n = len(caps)
    a_ub = coo_matrix((vals, (rows, cols)), shape=(len(rhs), n)).tocsr()
    b_ub = np.array(rhs)
    bounds = np.column_stack([np.zeros(n), np.array(caps)])
    build_ms = (time.perf_counter() - t0) * 1000
    if n == 0:
        print(json.dumps({"arcs": 0, "buildMs": build_ms, "solveMs": 0, "maxRecoveredMwh": 0, "annualCostEur": 0}))
        return

    t1 = time.perf_counter()
    p1 = linprog(-np.ones(n), A_ub=a_ub, b_ub=b_ub, bounds=bounds, method="highs")
    if p1.status != 0:
        raise SystemExit(f"phase 1: {p1.message}")
    best = -p1.fun
    a2 = vstack([a_ub, coo_matrix(-np.ones((1, n)))]).tocsr()
    b2 = np.append(b_ub, -best * (1 - eps))
    p2 = linprog(np.array(costs), A_ub=a2, b_ub=b2, bounds=bounds, method="highs")
    if p2.status != 0:
        raise SystemExit(f"phase 2: {p2.message}")
    solve_ms = (time.perf_counter() - t1) * 1000
    print(json.dumps({
        "arcs": n,
        "rows": len(rhs),
        "buildMs": round(build_ms, 1),
        "solveMs": round(solve_ms, 1),
        "maxRecoveredMwh": best,
        "annualCostEur": float(p2.fun),
    }))


if __name__ == "__main__":
    main()
