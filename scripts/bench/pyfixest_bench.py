"""Peer side of scripts/bench/run: times pandas read_csv + pyfixest feols on the benchmark
panel with each of pyfixest's CPU demeaning backends, and polars read_csv as a parse anchor.

Usage: pyfixest_bench.py CSV REPETITIONS OUTPUT_JSON

Fair protocol (issue 14): every timed run starts from freed memory, as a fresh analysis
would: the previous run's data frame and fit are deleted and the garbage collector runs
*before* the clock starts. Each backend gets one untimed warm-up first (imports, numba JIT,
caches), so the timed runs are those of a warm process, pyfixest's best case.

Backends (pyfixest 0.60.0, `feols(..., demeaner=...)`; the CPU ones):
- `map-rust`: `MapDemeaner(backend="rust")`, alternating projections in Rust, the default;
- `map-numba`: `MapDemeaner(backend="numba")`, the same algorithm compiled by numba
  (skipped when numba, pyfixest's optional extra, is not installed);
- `lsmr-within`: `LsmrDemeaner(backend="within")`, preconditioned LSMR in Rust.
(`jax` MAP is deprecated in 0.60 and needs jax; `cupy`/`torch` are GPU backends.)

The runs are paced by standard input so the caller can interleave them with Impact's (the
machine's load then affects both alike): after the warm-ups the script prints `ready`;
each line read from standard input starts one round (one timed run of every backend, then
one polars read), answered by one line `backend=seconds ...` on standard output.
"""
import gc
import json
import resource
import sys
import time

import pandas as pd
import pyfixest as pf
from pyfixest.demeaners import LsmrDemeaner, MapDemeaner

try:
    import polars as pl
except ImportError:  # polars is an optional anchor
    pl = None

FORMULA = "y ~ x1 + x2 + x3 + x4 + x5 + treated:post | firm_id + year"
COLUMNS = ["firm_id", "year", "treated", "post", "x1", "x2", "x3", "x4", "x5", "y"]
BACKENDS = {
    "map-rust": lambda: MapDemeaner(backend="rust"),
    "map-numba": lambda: MapDemeaner(backend="numba"),
    "lsmr-within": lambda: LsmrDemeaner(backend="within"),
}
try:
    import numba  # noqa: F401  (the numba backend is an optional extra of pyfixest)
except ImportError:
    del BACKENDS["map-numba"]


def timed_fit(path, backend):
    """One run from freed memory: (read seconds, total seconds, fit)."""
    gc.collect()
    start = time.perf_counter()
    data = pd.read_csv(path)
    read = time.perf_counter() - start
    fit = pf.feols(FORMULA, data=data, vcov={"CRV1": "firm_id"}, demeaner=BACKENDS[backend]())
    total = time.perf_counter() - start
    del data
    return read, total, fit


def timed_polars(path):
    gc.collect()
    start = time.perf_counter()
    frame = pl.read_csv(path, columns=COLUMNS)
    seconds = time.perf_counter() - start
    del frame
    return seconds


def summary(fit):
    return {
        "coefficients": {name: float(value) for name, value in fit.coef().items()},
        "std_errors": {name: float(value) for name, value in fit.se().items()},
        "nobs": int(fit._N),
    }


def main():
    path, repetitions, output = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    for backend in BACKENDS:  # warm-ups, untimed
        _, _, fit = timed_fit(path, backend)
        del fit
    if pl is not None:
        timed_polars(path)
    print("ready", flush=True)
    times = {backend: [] for backend in BACKENDS}
    reads = {backend: [] for backend in BACKENDS}
    polars_times = []
    fits = {}
    for _ in range(repetitions):
        sys.stdin.readline()
        answer = []
        for backend in BACKENDS:
            fits.pop(backend, None)  # free the previous fit before the clock starts
            read, total, fit = timed_fit(path, backend)
            fits[backend] = summary(fit)
            del fit
            times[backend].append(total)
            reads[backend].append(read)
            answer.append(f"{backend}={total:.3f}")
        if pl is not None:
            polars_times.append(timed_polars(path))
            answer.append(f"polars-read={polars_times[-1]:.3f}")
        print(" ".join(answer), flush=True)
    result = {
        "times": times,
        "read_times": reads,
        "polars_read_times": polars_times,
        "fits": fits,
        "peak_rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        "pyfixest": pf.__version__,
        "pandas": pd.__version__,
        "polars": pl.__version__ if pl is not None else None,
        "python": sys.version.split()[0],
    }
    with open(output, "w") as handle:
        json.dump(result, handle, indent=1)


if __name__ == "__main__":
    main()
