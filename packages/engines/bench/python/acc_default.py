#!/usr/bin/env python3
"""Baseline for the ACC benchmark: the D315-6 default key with pandas and numpy, on canonical CSV files.

usage: acc_default.py participants.csv curves.csv allocations.csv

Same rule and rounding as the TypeScript engine (packages/engines/src/acc, README section 2): if the consumption
of a step is at most its production, everyone gets their consumption; otherwise A_i = floor(P*C_i/sum C), and the
P - sum A_i leftover Wh go one each to the largest remainders P*C_i mod sum C, ties to the earlier participant
(participants.csv order). Writes allocations.csv (timestamp,id,consumption_wh,allocated_wh,grid_wh) for every
non-producer, steps in time order, so that the file can be compared byte for byte with the CLI's.

A baseline, not a second implementation: it assumes a canonical, complete file (consumers and producers only,
one row per participant and step, every step present, timestamps spelled as the CLI writes them) and validates
nothing. Prints its phase timings in ms as JSON on stdout.
"""
import json
import sys
import time

import numpy as np
import pandas as pd

CHUNK = 2048  # steps per vectorised block: bounds the temporaries to CHUNK x consumers int64 arrays


def allocate_default(C: np.ndarray, P: np.ndarray) -> np.ndarray:
    """Default key for a block of steps. C: (steps, consumers) int64 Wh; P: (steps,) int64 Wh."""
    S = C.sum(axis=1)
    A = C.copy()
    short = S > P
    if not short.any():
        return A
    Cs = C[short]
    Ps = P[short][:, None]
    Ss = S[short][:, None]
    if int(Ps.max(initial=0)) * int(Cs.max(initial=0)) >= 2**63:
        raise OverflowError("P * C exceeds int64")
    prod = Cs * Ps
    q = prod // Ss
    r = prod - q * Ss
    left = Ps[:, 0] - q.sum(axis=1)
    # Rank by remainder, descending; a stable sort keeps participant order among equal remainders.
    order = np.argsort(-r, axis=1, kind="stable")
    rank = np.empty_like(order)
    np.put_along_axis(rank, order, np.broadcast_to(np.arange(Cs.shape[1]), order.shape), axis=1)
    A[short] = q + (rank < left[:, None])
    return A


def main(participants_path: str, curves_path: str, out_path: str) -> None:
    timings = {}
    t0 = time.perf_counter()
    parts = pd.read_csv(participants_path, dtype=str, keep_default_na=False)
    ids = parts["id"].to_numpy()
    consumers = np.flatnonzero(parts["role"].to_numpy() != "producer")
    producers = np.flatnonzero(parts["role"].to_numpy() == "producer")
    curves = pd.read_csv(
        curves_path,
        dtype={"id": "category", "timestamp": "category", "consumption_wh": np.int64, "production_wh": np.int64},
    )
    timings["readMs"] = round((time.perf_counter() - t0) * 1000)

    t1 = time.perf_counter()
    index = pd.Index(ids)
    pid = index.get_indexer(curves["id"].cat.categories)[curves["id"].cat.codes.to_numpy()]
    stamps = curves["timestamp"].cat.categories
    instants = pd.to_datetime(pd.Series(np.asarray(stamps)), utc=True).to_numpy()
    order = np.argsort(instants, kind="stable")
    step_of_category = np.empty(len(order), dtype=np.int64)
    step_of_category[order] = np.arange(len(order))
    step = step_of_category[curves["timestamp"].cat.codes.to_numpy()]
    steps, n = len(order), len(ids)
    Cfull = np.zeros((steps, n), dtype=np.int64)
    Pfull = np.zeros((steps, n), dtype=np.int64)
    Cfull[step, pid] = curves["consumption_wh"].to_numpy()
    Pfull[step, pid] = curves["production_wh"].to_numpy()
    del curves
    C = np.ascontiguousarray(Cfull[:, consumers])
    P = Pfull[:, producers].sum(axis=1)
    del Cfull, Pfull
    timings["pivotMs"] = round((time.perf_counter() - t1) * 1000)

    t2 = time.perf_counter()
    A = np.empty_like(C)
    for lo in range(0, steps, CHUNK):
        A[lo : lo + CHUNK] = allocate_default(C[lo : lo + CHUNK], P[lo : lo + CHUNK])
    timings["allocateMs"] = round((time.perf_counter() - t2) * 1000)

    t3 = time.perf_counter()
    text = np.asarray(stamps)[order]
    consumer_ids = ids[consumers]
    m = len(consumers)
    with open(out_path, "w", newline="") as f:
        f.write("timestamp,id,consumption_wh,allocated_wh,grid_wh\n")
        for lo in range(0, steps, CHUNK):
            hi = min(lo + CHUNK, steps)
            c = C[lo:hi].ravel()
            a = A[lo:hi].ravel()
            pd.DataFrame(
                {"t": np.repeat(text[lo:hi], m), "id": np.tile(consumer_ids, hi - lo), "c": c, "a": a, "g": c - a}
            ).to_csv(f, header=False, index=False, lineterminator="\n")
    timings["writeMs"] = round((time.perf_counter() - t3) * 1000)
    print(json.dumps(timings))


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
