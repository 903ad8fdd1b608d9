"""Prints the benchmark summary of scripts/bench/run from its JSON and timing files.

Usage: summarize.py OUT_DIR ROWS REPETITIONS CSV [--impact-only]
"""
import json
import os
import statistics
import sys


def impact_runs(out, repetitions):
    times, peaks = [], []
    for index in range(1, repetitions + 1):
        with open(os.path.join(out, f"impact-time-{index}.txt")) as handle:
            elapsed, peak = handle.read().split()[-2:]
        times.append(float(elapsed))
        peaks.append(int(peak))
    return times, peaks


def main():
    out, rows, repetitions, csv = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    impact_only = "--impact-only" in sys.argv
    csv_mb = os.path.getsize(csv) / 2**20
    times, peaks = impact_runs(out, repetitions)
    with open(os.path.join(out, "impact.json")) as handle:
        impact = json.load(handle)
    impact_median = statistics.median(times)
    impact_peak = max(peaks) / 1024
    print(f"rows                  {rows:,} ({impact['nobs']:,} used)")
    print(f"CSV size              {csv_mb:,.1f} MiB ({csv})")
    print(f"Impact  end to end    median {impact_median:.3f} s over {repetitions} runs "
          f"(min {min(times):.3f}, max {max(times):.3f})")
    print(f"Impact  peak memory   {impact_peak:,.1f} MiB ({impact_peak / csv_mb:.2f}× the CSV)")
    if impact_only:
        return
    with open(os.path.join(out, "pyfixest.json")) as handle:
        peer = json.load(handle)
    peer_median = statistics.median(peer["times"])
    peer_peak = peer["peak_rss_kb"] / 1024
    print(f"pyfixest read+fit     median {peer_median:.3f} s over {len(peer['times'])} runs "
          f"(min {min(peer['times']):.3f}, max {max(peer['times']):.3f}; "
          f"pyfixest {peer['pyfixest']}, pandas {peer['pandas']}, warmed up)")
    print(f"pyfixest peak memory  {peer_peak:,.1f} MiB ({peer_peak / csv_mb:.2f}× the CSV)")
    print(f"ratio                 Impact takes {impact_median / peer_median:.2f}× pyfixest's time "
          f"({peer_median / impact_median:.2f}× faster)")
    ours = {c["term"]: c for c in impact["coefficients"]}
    worst_coef = worst_se = 0.0
    for term, value in peer["coefficients"].items():
        mine = ours[term]
        worst_coef = max(worst_coef, abs(mine["estimate"] - value) / abs(value))
        se = peer["std_errors"][term]
        worst_se = max(worst_se, abs(mine["std_error"] - se) / abs(se))
    agree = worst_coef < 1e-6 and worst_se < 1e-6 and impact["nobs"] == peer["nobs"]
    print(f"agreement             coefficients max rel. diff {worst_coef:.1e}, "
          f"standard errors {worst_se:.1e}, nobs {impact['nobs']:,} vs {peer['nobs']:,}: "
          f"{'AGREE' if agree else 'DIFFER'}")
    if not agree:
        sys.exit(1)


if __name__ == "__main__":
    main()
