"""pyfixest side of scripts/bench/run: times read_csv + feols on the benchmark panel.

Usage: pyfixest_bench.py CSV REPETITIONS OUTPUT_JSON

One warm-up (read_csv + fit, untimed: imports, JIT compilation and caches), then
REPETITIONS timed runs of read_csv + feols. Writes the times (seconds), the coefficients,
standard errors and nobs of the last fit, and the process's peak resident memory.

The runs are paced by standard input so the caller can interleave them with Impact's
(the machine's load then affects both alike): after the warm-up the script prints
`ready`; each line read from standard input starts one timed run, answered by its time
in seconds on standard output.
"""
import json
import resource
import sys
import time

import pandas as pd
import pyfixest as pf

FORMULA = "y ~ x1 + x2 + x3 + x4 + x5 + treated:post | firm_id + year"


def run(path):
    data = pd.read_csv(path)
    return pf.feols(FORMULA, data=data, vcov={"CRV1": "firm_id"})


def main():
    path, repetitions, output = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    run(path)  # warm-up
    print("ready", flush=True)
    times = []
    fit = None
    for _ in range(repetitions):
        sys.stdin.readline()
        start = time.perf_counter()
        fit = run(path)
        times.append(time.perf_counter() - start)
        print(f"{times[-1]:.6f}", flush=True)
    result = {
        "times": times,
        "coefficients": {name: float(value) for name, value in fit.coef().items()},
        "std_errors": {name: float(value) for name, value in fit.se().items()},
        "nobs": int(fit._N),
        "peak_rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        "pyfixest": pf.__version__,
        "pandas": pd.__version__,
    }
    with open(output, "w") as handle:
        json.dump(result, handle, indent=1)


if __name__ == "__main__":
    main()
