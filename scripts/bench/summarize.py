"""Prints the benchmark summary of scripts/bench/run from its JSON and timing files.

Usage: summarize.py OUT_DIR ROWS REPETITIONS CSV [--impact-only]

Also writes OUT_DIR/summary-ROWS.json (the figures scripts/bench/goals.py tabulates).

Every program is reported by its best (min) and median run; the ratio quoted is Impact's
median over the median of pyfixest's fastest backend (the one with the lowest median),
both from the same interleaved run.
"""
import json
import os
import re
import statistics
import sys


def timed_runs(out, repetitions, program="impact"):
    """Per run: (wall s, peak KiB, user s, system s) from /usr/bin/time -f "%e %M %U %S"
    (files OUT/PROGRAM-time-N.txt); `None` when a file is missing (the floor without cc)."""
    runs = []
    for index in range(1, repetitions + 1):
        path = os.path.join(out, f"{program}-time-{index}.txt")
        if not os.path.exists(path):
            return None
        with open(path) as handle:
            elapsed, peak, user, system = handle.read().split()[-4:]
        runs.append((float(elapsed), int(peak), float(user), float(system)))
    return runs


def floor_summary(out, repetitions):
    """Medians of the machine-floor probe (scripts/bench/floor.c) interleaved with Impact's
    runs, or `None` when it did not run."""
    runs = timed_runs(out, repetitions, "floor")
    if not runs:
        return None
    median = lambda index: statistics.median(run[index] for run in runs)
    return {"wall_median": median(0), "user_median": median(2), "sys_median": median(3),
            "cpu_median": statistics.median(run[2] + run[3] for run in runs),
            "peak_kib": max(run[1] for run in runs), "runs": len(runs)}


def impact_phases(out, repetitions):
    """Medians of each `--timings` phase over the runs, in the order printed:
    {phase: (wall seconds, process CPU seconds)}."""
    phases = {}
    for index in range(1, repetitions + 1):
        path = os.path.join(out, f"impact-timings-{index}.txt")
        if not os.path.exists(path):
            return {}
        with open(path) as handle:
            for line in handle:
                match = re.match(r"\s*(\w+)\s+([0-9.]+) s\s+cpu ([0-9.]+) s", line)
                if match and match.group(1) != "total":
                    phases.setdefault(match.group(1), []).append((float(match.group(2)), float(match.group(3))))
    return {name: (statistics.median(v[0] for v in values), statistics.median(v[1] for v in values))
            for name, values in phases.items()}


def spread(times):
    return f"median {statistics.median(times):.3f} s, best {min(times):.3f} s over {len(times)} runs"


def fread_runs(out):
    path = os.path.join(out, "fread.txt")
    if not os.path.exists(path):
        return None, {}
    runs, header = {}, None
    with open(path) as handle:
        for line in handle:
            if line.startswith("fread ready"):
                header = line.split("ready", 1)[1].strip()
                continue
            for item in line.split():
                name, value = item.split("=")
                runs.setdefault(name, []).append(float(value))
    return header, runs


def agreement(impact, fit):
    ours = {c["term"]: c for c in impact["coefficients"]}
    worst_coef = worst_se = 0.0
    for term, value in fit["coefficients"].items():
        mine = ours[term]
        worst_coef = max(worst_coef, abs(mine["estimate"] - value) / abs(value))
        se = fit["std_errors"][term]
        worst_se = max(worst_se, abs(mine["std_error"] - se) / abs(se))
    return worst_coef, worst_se


def main():
    out, rows, repetitions, csv = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    impact_only = "--impact-only" in sys.argv
    csv_bytes = os.path.getsize(csv)
    csv_mb = csv_bytes / 2**20
    runs = timed_runs(out, repetitions)
    times = [run[0] for run in runs]
    with open(os.path.join(out, "impact.json")) as handle:
        impact = json.load(handle)
    impact_median = statistics.median(times)
    impact_peak = max(run[1] for run in runs) / 1024
    print(f"rows                  {rows:,} ({impact['nobs']:,} used)")
    print(f"CSV size              {csv_mb:,.1f} MiB ({csv})")
    print(f"Impact  end to end    {spread(times)} (max {max(times):.3f})")
    print(f"Impact  CPU           user median {statistics.median(r[2] for r in runs):.3f} s, "
          f"system (kernel) median {statistics.median(r[3] for r in runs):.3f} s")
    print(f"Impact  peak memory   {impact_peak:,.1f} MiB ({impact_peak / csv_mb:.2f}× the CSV)")
    summary = {
        "rows": rows, "repetitions": repetitions, "csv": csv, "csv_bytes": csv_bytes,
        "impact": {"wall_median": impact_median, "wall_best": min(times),
                   "user_median": statistics.median(r[2] for r in runs),
                   "sys_median": statistics.median(r[3] for r in runs),
                   "peak_kib": max(run[1] for run in runs)},
    }
    summary_path = os.path.join(out, f"summary-{rows}.json")

    def save():
        with open(summary_path, "w") as handle:
            json.dump(summary, handle, indent=1)

    phases = impact_phases(out, repetitions)
    summary["impact"]["phases"] = {name: {"wall": wall, "cpu": cpu} for name, (wall, cpu) in phases.items()}
    if phases:
        listed = ", ".join(f"{name} {wall:.3f}" for name, (wall, _) in phases.items())
        print(f"Impact  phases        medians, wall s (--timings): {listed}")
        listed = ", ".join(f"{name} {cpu:.3f}" for name, (_, cpu) in phases.items())
        print(f"Impact  phases        medians, process CPU s:      {listed}")
        wall, cpu = phases.get("read", (0, 0))
        if wall > 0 and cpu > 0:
            print(f"Impact  CSV read      {csv_bytes / wall / 1e9:.2f} GB/s wall clock; "
                  f"{csv_bytes / cpu / 1e9:.2f} GB/s per core (file bytes / CPU seconds of the "
                  f"read phase, both threads)")
    cold = timed_runs(out, 3, "cold")
    if cold:
        summary["cold"] = {"wall_median": statistics.median(r[0] for r in cold), "wall_best": min(r[0] for r in cold),
                           "sys_median": statistics.median(r[3] for r in cold), "runs": len(cold)}
        print(f"Impact  after a pause {spread([r[0] for r in cold])} (each run after 2.5 s idle: memory "
              f"cold), system (kernel) median {summary['cold']['sys_median']:.3f} s")
    floor = floor_summary(out, repetitions)
    if floor:
        summary["floor"] = floor
        print(f"machine floor         C probe mapping the file and filling the ten needed columns (huge pages) without "
              f"parsing (scripts/bench/floor.c), medians of {floor['runs']} interleaved runs: system (kernel) "
              f"{floor['sys_median']:.3f} s, user {floor['user_median']:.3f} s, CPU {floor['cpu_median']:.3f} s "
              f"= {csv_bytes / floor['cpu_median'] / 1e9:.2f} GB/s per core with no parsing at all")
    if impact_only:
        save()
        return
    with open(os.path.join(out, "pyfixest.json")) as handle:
        peer = json.load(handle)
    print(f"pyfixest              {peer['pyfixest']}, pandas {peer['pandas']}, "
          f"polars {peer['polars']}, Python {peer['python']}; warm process, memory freed "
          f"before every run")
    medians = {}
    for backend, backend_times in peer["times"].items():
        medians[backend] = statistics.median(backend_times)
        reads = peer["read_times"][backend]
        print(f"  {backend:<12}        read_csv + feols {spread(backend_times)} "
              f"(read_csv median {statistics.median(reads):.3f} s)")
    peer_peak = peer["peak_rss_kb"] / 1024
    print(f"pyfixest peak memory  {peer_peak:,.1f} MiB ({peer_peak / csv_mb:.2f}× the CSV; "
          f"process peak over all runs)")
    if peer.get("polars_read_times"):
        print(f"polars read_csv       ten needed columns: {spread(peer['polars_read_times'])}")
    header, fread = fread_runs(out)
    if fread:
        print(f"data.table::fread     {header}; all columns: {spread(fread['fread-all'])}; "
              f"ten needed: {spread(fread['fread-needed'])}")
    fastest = min(medians, key=medians.get)
    ratio = impact_median / medians[fastest]
    summary["peers"] = {
        "pyfixest": peer["pyfixest"], "pandas": peer["pandas"], "polars": peer["polars"],
        "python": peer["python"], "fread": header,
        "medians": medians, "bests": {b: min(t) for b, t in peer["times"].items()},
        "fastest": fastest, "ratio": ratio, "peak_kib": peer["peak_rss_kb"],
        "polars_read_median": statistics.median(peer["polars_read_times"]) if peer.get("polars_read_times") else None,
        "fread_medians": {name: statistics.median(values) for name, values in fread.items()},
    }
    print(f"ratio                 Impact median / pyfixest ({fastest}, its fastest backend) "
          f"median = {ratio:.2f} ({1 / ratio:.2f}× faster)")
    worst = {backend: agreement(impact, fit) for backend, fit in peer["fits"].items()}
    default_coef, default_se = worst["map-rust"]
    agree = default_coef < 1e-6 and default_se < 1e-6 and impact["nobs"] == peer["fits"]["map-rust"]["nobs"]
    others = "; ".join(f"{b} {c:.1e}/{s:.1e}" for b, (c, s) in worst.items() if b != "map-rust")
    print(f"agreement             with map-rust (default): coefficients max rel. diff "
          f"{default_coef:.1e}, standard errors {default_se:.1e}, nobs {impact['nobs']:,}: "
          f"{'AGREE' if agree else 'DIFFER'} (other backends, coef/se: {others})")
    summary["agreement"] = {"coefficients": default_coef, "std_errors": default_se, "agree": agree}
    save()
    if not agree:
        sys.exit(1)


if __name__ == "__main__":
    main()
