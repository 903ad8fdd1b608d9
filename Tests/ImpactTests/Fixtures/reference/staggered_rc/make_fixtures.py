"""Generates Tests/ImpactTests/Fixtures/reference/staggered_rc/ (csdid 0.4.3, drdid 1.1.7):
repeated cross-sections (panel=False) and an unbalanced panel (allow_unbalanced_panel=True)."""
import json, sys, warnings
import numpy as np, pandas as pd
import csdid, drdid
from csdid.att_gt import ATTgt
warnings.filterwarnings('ignore')

def simulate_cross_sections():
    """Independent cross-sections of 250 firms a year, 2015-2020; cohort depends on x1, x2."""
    rng = np.random.default_rng(20261202)
    rows, rowid = [], 1
    for t in range(2015, 2021):
        m = 250
        x1 = rng.normal(0, 1, m)
        x2 = rng.uniform(0, 2, m)
        scores = np.column_stack([np.zeros(m), -0.5 + 0.8 * x1, -0.7 + 0.6 * x2, -0.9 + 0.4 * x1 + 0.4 * x2])
        prob = np.exp(scores); prob /= prob.sum(axis=1, keepdims=True)
        choice = np.array([rng.choice(4, p=p) for p in prob])
        cohort = np.array([0, 2017, 2018, 2019])[choice]
        for i in range(m):
            trend = 0.3 * x1[i] * (t - 2015) + 0.2 * x2[i] * (t - 2015)
            effect = 0.0 if cohort[i] == 0 or t < cohort[i] else 1.0 + 0.25 * (t - cohort[i])
            y = 10 + 0.5 * x1[i] + 0.1 * (t - 2015) + trend + effect + rng.normal(0, 1)
            rows.append((rowid, t, cohort[i], round(y, 6), round(x1[i], 6), round(x2[i], 6)))
            rowid += 1
    return pd.DataFrame(rows, columns=['firm', 'year', 'cohort', 'y', 'x1', 'x2'])

def run(data, spec, method, control, panel=True, unbalanced=False):
    fit = ATTgt(yname=spec['y'], gname=spec['g'], idname=spec['id'], tname=spec['t'], data=data,
                xformla=spec['xformla'], control_group=control, panel=panel, allow_unbalanced_panel=unbalanced)
    fit = fit.fit(est_method=method, bstrap=False)
    r = fit.results
    xf = 'None' if spec['xformla'] is None else f"'{spec['xformla']}'"
    case = {
        'call': (f"ATTgt(yname='{spec['y']}', tname='{spec['t']}', idname='{spec['id']}', gname='{spec['g']}', "
                 f"data=pd.read_csv('{spec['file']}'), xformla={xf}, control_group='{control}', "
                 f"panel={panel}, allow_unbalanced_panel={unbalanced}).fit(est_method='{method}', bstrap=False)"),
        'data': spec['file'], 'covariates': spec['covariates'], 'method': method, 'control_group': control,
        'panel': panel, 'allow_unbalanced_panel': unbalanced,
        'att_gt': [{'g': int(g), 't': int(t), 'att': float(a), 'se': float(s) if np.isfinite(s) else None}
                   for g, t, a, s in zip(r['group'], r['year'], r['att'], r['se'])],
        'aggte': {},
    }
    for typec in ['simple', 'dynamic', 'group', 'calendar']:
        fit.aggte(typec=typec, bstrap=False)
        a = fit.atte
        entry = {'overall_att': float(a['overall_att']), 'overall_se': float(a['overall_se'])}
        if typec != 'simple':
            entry['egt'] = [int(e) for e in a['egt']]
            entry['att_egt'] = [float(v) for v in a['att_egt']]
            entry['se_egt'] = [float(v) if np.isfinite(v) else None for v in a['se_egt']]
        case['aggte'][typec] = entry
    return case

out_dir = sys.argv[1]
mpdta = pd.read_csv(f'{out_dir}/../staggered_covariates/mpdta.csv')
rc = simulate_cross_sections()
rc.to_csv(f'{out_dir}/cross_sections.csv', index=False)
# mpdta with about 10 % of its county-years deleted at random: an unbalanced panel.
keep = np.random.default_rng(7).uniform(size=len(mpdta)) >= 0.10
unbalanced = mpdta[keep].reset_index(drop=True)
unbalanced.to_csv(f'{out_dir}/mpdta_unbalanced.csv', index=False)
cs = dict(file='cross_sections.csv', y='y', g='cohort', id='firm', t='year', xformla='y~x1+x2', covariates=['x1', 'x2'])
cs0 = dict(cs, xformla=None, covariates=[])
ub = dict(file='mpdta_unbalanced.csv', y='lemp', g='first.treat', id='countyreal', t='year', xformla='lemp~lpop',
          covariates=['lpop'])
ub0 = dict(ub, xformla=None, covariates=[])
cases = {}
for method in ['dr', 'ipw', 'reg']:
    for control in ['nevertreated', 'notyettreated']:
        cases[f'rc_{method}_{control}'] = run(rc, cs, method, control, panel=False)
        cases[f'unbalanced_{method}_{control}'] = run(unbalanced, ub, method, control, unbalanced=True)
cases['rc_dr_nevertreated_nocovariates'] = run(rc, cs0, 'dr', 'nevertreated', panel=False)
cases['unbalanced_dr_notyettreated_nocovariates'] = run(unbalanced, ub0, 'dr', 'notyettreated', unbalanced=True)
doc = {'software': f"csdid 0.4.3, drdid {drdid.__version__ if hasattr(drdid, '__version__') else '1.1.7'}, "
                   f"pandas {pd.__version__}, numpy {np.__version__}, Python {sys.version.split()[0]}",
       'generator': 'make_fixtures.py (in this folder): python make_fixtures.py <this folder>',
       'se_convention': ('analytic, bstrap=False: repeated cross-sections: IF per row scaled n/n_cell, n = all rows; '
                         'unbalanced panel: IF per row scaled n/n_cell_rows, summed by unit, n = units'),
       'cases': cases}
with open(f'{out_dir}/expected.json', 'w') as f:
    json.dump(doc, f, indent=1, allow_nan=False)
print(len(cases), 'cases')
