#!/usr/bin/env python3
"""Benchmark: doubly robust Callaway–Sant'Anna, `impact staggered` against csdid, on one file.

    python3 scripts/bench/staggered_cs.py [--firms 100000] [--draws 999] [--impact .build/release/impact]
                                          [--skip-csdid]

Writes bench-out/staggered-FIRMS.csv unless it exists: FIRMS firms × 10 years (2015–2024),
columns firm_id, year, cohort (2017/2019/2021/2023 or 0 = never), y, x1, x2; the cohort is
drawn from a multinomial logit in x1, x2 (covariates predict treatment), y has firm effects,
covariate-specific trends and effects 1 + 0.2·(t − g); numpy seed 20240611, so the same bytes
every time. Then, in one run:

1. `impact staggered --data CSV --id firm_id --time year --cohort cohort --outcome y
   --covariates x1,x2 --method dr --bootstrap DRAWS --format json` (all aggregations and the
   uniform bands are in its JSON), timed end to end with /usr/bin/time (wall, peak RSS);
2. csdid (pip install csdid; 0.4.3): read_csv + ATTgt(..., xformla='y~x1+x2').fit(est_method='dr',
   bstrap=True, biters=DRAWS) + aggte for simple, dynamic, group and calendar, timed in-process
   (peak RSS from getrusage, a separate process so the memory figures do not mix).

Prints both times and memory, and the largest difference of ATT(g,t) (should be < 1e-6).
Needs csdid in the running Python (use a venv); outputs stay in bench-out/.

Measured 2026-12-02 on the shared 2-core build machine (load average 17–19, so wall times are
inflated; CPU time is the fairer figure), 100,000 firms × 10 years (43 MB), 999 draws:
  impact (release build): 82.7 s wall, 3.07 s user + 0.85 s sys, peak 290 MB
    (OPENBLAS_NUM_THREADS=1 cut the wall time of the bootstrap-only run from 36 s to 16 s:
    BLAS threads wait badly on an oversubscribed machine);
  csdid 0.4.3: 464.6 s wall, 24.6 s user + 40.4 s sys, peak 2,110 MB;
  ATT(g,t) agree to 1.6e-14.
"""
import argparse, json, os, resource, subprocess, sys, time

def generate(path, firms):
    import numpy as np
    rng = np.random.default_rng(20240611)
    x1 = rng.normal(0, 1, firms)
    x2 = rng.uniform(0, 2, firms)
    scores = np.column_stack([np.zeros(firms), -1 + 0.6 * x1, -1 + 0.5 * x2, -1.2 + 0.4 * x1 + 0.3 * x2,
                              -1.5 + 0.3 * x1])
    prob = np.exp(scores); prob /= prob.sum(axis=1, keepdims=True)
    cumulative = prob.cumsum(axis=1)
    choice = (rng.uniform(size=(firms, 1)) > cumulative).sum(axis=1)
    cohort = np.array([0, 2017, 2019, 2021, 2023])[choice]
    alpha = rng.normal(0, 1, firms)
    years = np.arange(2015, 2025)
    t = np.tile(years, firms)
    unit = np.repeat(np.arange(1, firms + 1), len(years))
    g = np.repeat(cohort, len(years))
    e = t - g
    effect = np.where((g > 0) & (e >= 0), 1 + 0.2 * e, 0.0)
    y = (10 + np.repeat(alpha, len(years)) + 0.1 * (t - 2015) + 0.3 * np.repeat(x1, len(years)) * (t - 2015)
         + 0.2 * np.repeat(x2, len(years)) * (t - 2015) + effect + rng.normal(0, 0.5, len(t)))
    with open(path, 'w') as f:
        f.write('firm_id,year,cohort,y,x1,x2\n')
        for row in zip(unit, t, g, y, np.repeat(x1, len(years)), np.repeat(x2, len(years))):
            f.write('%d,%d,%d,%.6f,%.6f,%.6f\n' % row)

def run_impact(binary, path, draws):
    command = ['/usr/bin/time', '-f', '%e %M', binary, 'staggered', '--data', path, '--id', 'firm_id',
               '--time', 'year', '--cohort', 'cohort', '--outcome', 'y', '--covariates', 'x1,x2',
               '--method', 'dr', '--bootstrap', str(draws), '--seed', '1', '--format', 'json']
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    wall, peak_kb = done.stderr.strip().splitlines()[-1].split()
    return float(wall), int(peak_kb) / 1024, json.loads(done.stdout)

CSDID = r'''
import json, resource, sys, time, warnings
warnings.filterwarnings('ignore')
import pandas as pd
from csdid.att_gt import ATTgt
path, draws = sys.argv[1], int(sys.argv[2])
start = time.perf_counter()
data = pd.read_csv(path)
fit = ATTgt(yname='y', tname='year', idname='firm_id', gname='cohort', data=data, xformla='y~x1+x2',
            control_group='nevertreated', biters=draws, cband=True).fit(est_method='dr', bstrap=True)
import contextlib, io
with contextlib.redirect_stdout(io.StringIO()):
    for typec in ['simple', 'dynamic', 'group', 'calendar']:
        fit.aggte(typec=typec)
elapsed = time.perf_counter() - start
cells = [[int(g), int(t), float(a)] for g, t, a in zip(fit.results['group'], fit.results['year'], fit.results['att'])]
print(json.dumps({'seconds': elapsed, 'peak_mb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  'cells': cells}))
'''

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--firms', type=int, default=100_000)
    parser.add_argument('--draws', type=int, default=999)
    parser.add_argument('--impact', default='.build/release/impact')
    parser.add_argument('--skip-csdid', action='store_true')
    args = parser.parse_args()
    os.makedirs('bench-out', exist_ok=True)
    path = f'bench-out/staggered-{args.firms}.csv'
    if not os.path.exists(path):
        generate(path, args.firms)
    print(f'{path}: {os.path.getsize(path) / 1e6:.1f} MB, {args.firms} firms × 10 years, {args.draws} draws')
    wall, peak, result = run_impact(args.impact, path, args.draws)
    print(f'impact staggered --method dr: {wall:.2f} s, peak {peak:.0f} MB')
    if args.skip_csdid:
        return
    done = subprocess.run([sys.executable, '-c', CSDID, path, str(args.draws)], capture_output=True, text=True, check=True)
    reference = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"csdid 0.4.3 fit(est_method='dr', bstrap=True) + 4 aggte: {reference['seconds']:.2f} s, "
          f"peak {reference['peak_mb']:.0f} MB")
    ours = {(c['group'], c['time']): c['att'] for c in result['att_gt']}
    worst = max(abs(ours[(g, t)] - a) for g, t, a in reference['cells'])
    print(f'largest |ATT(g,t) difference|: {worst:.2e}')

if __name__ == '__main__':
    main()
