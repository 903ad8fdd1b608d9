"""Generates Tests/ImpactTests/Fixtures/reference/staggered_covariates/ (csdid 0.4.3, drdid 1.1.7)."""
import json, sys, warnings
import numpy as np, pandas as pd
import csdid, drdid
from csdid.att_gt import ATTgt
warnings.filterwarnings('ignore')

def simulate():
    rng = np.random.default_rng(20240611)
    n, years = 400, list(range(2015, 2022))
    x1 = rng.normal(0, 1, n)
    x2 = rng.uniform(0, 2, n)
    # Cohort choice depends on the covariates (multinomial logit): never, 2017, 2019, 2020.
    scores = np.column_stack([np.zeros(n), -0.6 + 0.9 * x1, -0.8 + 0.6 * x2, -1.0 + 0.5 * x1 + 0.4 * x2])
    prob = np.exp(scores); prob /= prob.sum(axis=1, keepdims=True)
    choice = np.array([rng.choice(4, p=p) for p in prob])
    cohort = np.array([0, 2017, 2019, 2020])[choice]
    alpha = rng.normal(0, 1, n) + 0.5 * x1
    rows = []
    for i in range(n):
        for t in years:
            trend = 0.3 * x1[i] * (t - 2015) + 0.2 * x2[i] * (t - 2015)   # covariate-specific trends
            effect = 0.0 if cohort[i] == 0 or t < cohort[i] else 1.0 + 0.25 * (t - cohort[i])
            y = 10 + alpha[i] + 0.1 * (t - 2015) + trend + effect + rng.normal(0, 0.5)
            rows.append((1001 + i, t, cohort[i], round(y, 6), round(x1[i], 6), round(x2[i], 6)))
    return pd.DataFrame(rows, columns=['firm', 'year', 'cohort', 'y', 'x1', 'x2'])

def run(data, spec, method, control, base='varying', anticipation=0):
    fit = ATTgt(yname=spec['y'], gname=spec['g'], idname=spec['id'], tname=spec['t'], data=data,
                xformla=spec['xformla'], control_group=control, anticipation=anticipation)
    fit = fit.fit(est_method=method, base_period=base, bstrap=False)
    r = fit.results
    case = {
        'call': (f"ATTgt(yname='{spec['y']}', tname='{spec['t']}', idname='{spec['id']}', gname='{spec['g']}', "
                 f"data=pd.read_csv('{spec['file']}'), xformla='{spec['xformla']}', control_group='{control}', "
                 f"anticipation={anticipation}).fit(est_method='{method}', base_period='{base}', bstrap=False)"),
        'data': spec['file'], 'covariates': spec['covariates'], 'method': method, 'control_group': control,
        'base_period': base, 'anticipation': anticipation,
        # The universal base-period cell has se NaN in csdid: written as null.
        'att_gt': [{'g': int(g), 't': int(t), 'att': float(a), 'se': float(s) if np.isfinite(s) else None}
                   for g, t, a, s in zip(r['group'], r['year'], r['att'], r['se'])],
        'pretest': None if fit.MP['W'] is None else {'W': float(fit.MP['W']), 'Wpval_rounded': float(fit.MP['Wpval'])},
        'aggte': {},
    }
    for typec in ['simple', 'dynamic', 'group', 'calendar']:
        fit.aggte(typec=typec, bstrap=False)
        a = fit.atte
        entry = {'overall_att': float(a['overall_att']), 'overall_se': float(a['overall_se'])}
        if typec != 'simple':
            entry['egt'] = [int(e) for e in a['egt']]
            entry['att_egt'] = [float(v) for v in a['att_egt']]
            # The universal base-period event time has se NaN in csdid: written as null.
            entry['se_egt'] = [float(v) if np.isfinite(v) else None for v in a['se_egt']]
        case['aggte'][typec] = entry
    return case

out_dir = sys.argv[1]
mpdta = pd.read_csv('mpdta.csv')
mpdta.to_csv(f'{out_dir}/mpdta.csv', index=False)
sim = simulate()
sim.to_csv(f'{out_dir}/simulated.csv', index=False)
mp = dict(file='mpdta.csv', y='lemp', g='first.treat', id='countyreal', t='year', xformla='lemp~lpop', covariates=['lpop'])
sm = dict(file='simulated.csv', y='y', g='cohort', id='firm', t='year', xformla='y~x1+x2', covariates=['x1', 'x2'])
cases = {}
for method in ['dr', 'ipw', 'reg']:
    for control in ['nevertreated', 'notyettreated']:
        cases[f'mpdta_{method}_{control}'] = run(mpdta, mp, method, control)
        cases[f'simulated_{method}_{control}'] = run(sim, sm, method, control)
cases['mpdta_dr_nevertreated_universal'] = run(mpdta, mp, 'dr', 'nevertreated', base='universal')
cases['simulated_dr_notyettreated_universal'] = run(sim, sm, 'dr', 'notyettreated', base='universal')
cases['simulated_dr_nevertreated_anticipation1'] = run(sim, sm, 'dr', 'nevertreated', anticipation=1)
cases['simulated_ipw_notyettreated_anticipation1'] = run(sim, sm, 'ipw', 'notyettreated', anticipation=1)
doc = {'software': f"csdid {csdid.__version__ if hasattr(csdid, '__version__') else '0.4.3'}, drdid 1.1.7, "
                   f"pandas {pd.__version__}, numpy {np.__version__}, Python {sys.version.split()[0]}",
       'generator': 'make_fixtures.py (in this folder): python make_fixtures.py <this folder>',
       'se_convention': 'analytic: sqrt(mean(IF^2)/n) over all n units, IF scaled n/n_cell (bstrap=False)',
       'cases': cases}
with open(f'{out_dir}/expected.json', 'w') as f:
    json.dump(doc, f, indent=1, allow_nan=False)
print(len(cases), 'cases')
