"""Reference numbers for the imputation estimator (Borusyak-Jaravel-Spiess 2024).

Run from this folder with a venv holding numpy, pandas and pyfixest:
    python make_reference.py
Writes unbalanced/data.csv (simulated, seed 20240612) and expected.json.

Two independent computations:
  * dense: a direct numpy transcription of BJS (2024) -- OLS of y on firm and period
    dummies (and covariates) on the untreated rows, tau = y - yhat(0) on treated rows,
    implied weights v0 = -Z0 (Z0'Z0)^+ Z1' w1 (dense pseudo-inverse), and the conservative
    variance of Theorem 3: sum over firms of (sum_t v_it e_it)^2 with e = first-stage
    residual on untreated rows and tau - mean(tau | cohort, period) on treated rows
    (the basic auxiliary estimate of eq. 8, no leave-out).
  * pyfixest did2s (Gardner two-stage), whose point estimates equal the imputation ones.
"""
import json
import numpy as np
import pandas as pd


def simulate():
    rng = np.random.default_rng(20240612)
    rows = []
    cohorts = [2017] * 14 + [2019] * 14 + [2021] * 12 + [0] * 20
    for i, g in enumerate(cohorts):
        firm = f"企业{i + 1:03d}" if i % 3 == 0 else f"F{i + 1:03d}"
        alpha = rng.normal(0, 1)
        for t in range(2015, 2023):
            if rng.random() < 0.12 or (i == 1 and t < 2017):
                continue  # unbalanced: about 12% of firm-years missing; F002 starts treated
            x = rng.normal(0, 1) + 0.1 * (t - 2015)
            effect = 0.0 if g == 0 or t < g else 0.6 + 0.25 * (t - g) + 0.2 * (g == 2019)
            y = 2 + alpha + 0.15 * (t - 2015) + 0.05 * (t == 2018) + 0.7 * x + effect + rng.normal(0, 0.5)
            rows.append((firm, t, g, round(x, 6), round(y, 6)))
    return pd.DataFrame(rows, columns=["firm", "year", "first_year", "x", "y"])


def dense(df, unit, time, cohort, outcome, covariates):
    df = df.reset_index(drop=True)
    g = df[cohort].to_numpy()
    t = df[time].to_numpy()
    treated = (g > 0) & (t >= g)
    units = pd.factorize(df[unit])[0]
    periods = pd.factorize(df[time], sort=True)[0]
    n_u, n_t = units.max() + 1, periods.max() + 1
    Z = np.zeros((len(df), n_u + n_t + len(covariates)))
    Z[np.arange(len(df)), units] = 1
    Z[np.arange(len(df)), n_u + periods] = 1
    for j, c in enumerate(covariates):
        Z[:, n_u + n_t + j] = df[c].to_numpy()
    y = df[outcome].to_numpy(float)
    # treated rows whose firm or period has no untreated row cannot be imputed: left out
    seen_u, seen_t = set(units[~treated]), set(periods[~treated])
    imputable = np.array([u in seen_u and p in seen_t for u, p in zip(units, periods)])
    use = ~treated | imputable
    Z, y, g, t, units, treated = Z[use], y[use], g[use], t[use], units[use], treated[use]
    Z0, Z1, y0 = Z[~treated], Z[treated], y[~treated]
    keep = np.abs(Z0).sum(axis=0) > 0  # levels absent from the untreated rows
    Z0, Z1 = Z0[:, keep], Z1[:, keep]
    pinv = np.linalg.pinv(Z0.T @ Z0)
    theta = pinv @ Z0.T @ y0
    resid0 = y0 - Z0 @ theta
    tau = y[treated] - Z1 @ theta
    h = (t - g)[treated]
    cell = pd.Series(list(zip(g[treated], t[treated])))
    estimands = {"overall": np.full(treated.sum(), 1 / treated.sum())}
    for e in sorted(set(h)):
        estimands[int(e)] = np.where(h == e, 1 / (h == e).sum(), 0.0)
    out = {}
    for name, w in estimands.items():
        v0 = -Z0 @ pinv @ Z1.T @ w
        # auxiliary tau-tilde (BJS eq. 8, one row per firm and cell): sum w^2 tau / sum w^2
        # within cohort x period cells
        frame = pd.DataFrame({"cell": cell, "w": w ** 2, "wt": w ** 2 * tau})
        sums = frame.groupby("cell").agg(w=("w", "sum"), wt=("wt", "sum"))
        mean = np.array([sums.wt[c] / sums.w[c] if sums.w[c] != 0 else 0.0 for c in cell])
        contrib = np.zeros(len(y))
        contrib[~treated] = v0 * resid0
        contrib[treated] = w * (tau - mean)
        cluster = pd.Series(contrib).groupby(units).sum().to_numpy()
        out[name] = {"estimate": float(w @ tau), "std_error": float(np.sqrt((cluster ** 2).sum())),
                     "n_treated": int((w != 0).sum())}
    beta = theta[-len(covariates):].tolist() if covariates else []
    return out, beta


def did2s(df, unit, time, cohort, outcome, covariates):
    """Gardner's two-stage point estimates with pyfixest: pf.did2s where it runs (balanced
    panels), else its two stages by hand (pf.feols on the untreated rows with
    fixef_rm='none', predict on all rows, mean of y - yhat by horizon): pf.did2s's first
    stage drops singleton firms and its variance step fails on unbalanced panels."""
    import pyfixest as pf
    d = df.copy()
    d["treat"] = ((d[cohort] > 0) & (d[time] >= d[cohort])).astype(int)
    d["rel"] = np.where(d["treat"] == 1, d[time] - d[cohort], -1).astype(int)
    # firms without an untreated row cannot be imputed: left out before the call
    d = d[d.groupby(unit)["treat"].transform("min") == 0].reset_index(drop=True)
    cov = " + " + " + ".join(covariates) if covariates else ""
    first = f"~ 0{cov} | {unit} + {time}"
    try:
        overall = pf.did2s(d, yname=outcome, first_stage=first, second_stage="~ 0 + treat",
                           treatment="treat", cluster=unit)
        dyn = pf.did2s(d, yname=outcome, first_stage=first, second_stage="~ i(rel, ref=-1.0)",
                       treatment="treat", cluster=unit)
        return {"call": "pf.did2s", "overall": float(overall.coef()["treat"]),
                "event_study": {k: float(v) for k, v in dyn.coef().items()}}
    except ValueError:
        fit = pf.feols(f"{outcome} {first}", data=d[d["treat"] == 0], fixef_rm="none")
        d["tau"] = d[outcome] - fit.predict(newdata=d)
        treated = d[d["treat"] == 1]
        return {"call": "pf.feols(first stage, fixef_rm='none').predict",
                "overall": float(treated["tau"].mean()),
                "event_study": {f"rel::{h}": float(v) for h, v in treated.groupby("rel")["tau"].mean().items()}}


def diffdiff(df, unit, time, cohort, outcome, covariates):
    from diff_diff import ImputationDiD
    est = ImputationDiD(aux_partition="cohort_horizon", leave_one_out=False)
    res = est.fit(df, outcome=outcome, unit=unit, time=time, first_treat=cohort,
                  covariates=covariates or None, aggregate="event_study")
    out = {"overall": {"estimate": float(res.overall_att), "std_error": float(res.overall_se)}}
    for h, entry in sorted(res.event_study_effects.items()):
        if h >= 0 and entry.get("n_obs", 1) > 0:
            out[int(h)] = {"estimate": float(entry["effect"]), "std_error": float(entry["se"])}
    return out


def didimp(df, unit, time, cohort, outcome, covariates):
    """did_imputation 0.1.0 (a port of Stata's did_imputation; iterations stop at 1e-6)."""
    from did_imputation import did_imputation
    d = df.copy()
    d["Ei"] = d[cohort].replace(0, np.nan)
    overall = did_imputation(d, outcome, unit, time, "Ei", controls=covariates, minn=0)
    dyn = did_imputation(d, outcome, unit, time, "Ei", controls=covariates, allhorizons=True, minn=0)
    out = {"overall": {"estimate": float(overall.estimates["tau_ate"]),
                       "std_error": float(overall.std_errors["tau_ate"])}}
    for key, value in dyn.estimates.items():
        out[int(key[3:])] = {"estimate": float(value), "std_error": float(dyn.std_errors[key])}
    return out


def pretrend(df, unit, time, cohort, outcome, covariates):
    """BJS Test 1 on the untreated rows: leads 1{t - g = h} for h <= -2 of treated firms,
    firm and period effects, CRV1 by firm (pyfixest feols defaults otherwise), and the
    joint Wald F test with G - 1 denominator degrees of freedom."""
    import pyfixest as pf
    from scipy import stats
    d = df[~((df[cohort] > 0) & (df[time] >= df[cohort]))].copy()
    rel = np.where(d[cohort] > 0, d[time] - d[cohort], 0)
    leads = sorted(int(h) for h in set(rel[(d[cohort] > 0).to_numpy()]) if h <= -2)
    names = []
    for h in leads:
        name = f"lead_m{-h}"
        d[name] = (rel == h).astype(float)
        names.append(name)
    formula = f"{outcome} ~ {' + '.join(names + covariates)} | {unit} + {time}"
    fit = pf.feols(formula, data=d, vcov={"CRV1": unit})
    b = fit.coef()[names].to_numpy()
    V = fit._vcov[: len(names), : len(names)]
    wald = float(b @ np.linalg.solve(V, b))
    groups = d[unit].nunique() if True else None
    q = len(names)
    dof = int(fit._G[0]) - 1
    return {"call": f"pf.feols('{formula}', data=untreated rows, vcov={{'CRV1': '{unit}'}})",
            "leads": [{"event_time": h, "estimate": float(fit.coef()[n]), "std_error": float(fit.se()[n])}
                      for h, n in zip(leads, names)],
            "f_statistic": wald / q, "df1": q, "df2": dof,
            "p_value": float(stats.f.sf(wald / q, q, dof))}


CASES = {
    "event_study_staggered": ("../event_study_staggered/data.csv", "firm_id", "year", "cohort", "y", []),
    "unbalanced": ("data.csv", "firm", "year", "first_year", "y", []),
    "unbalanced_covariate": ("data.csv", "firm", "year", "first_year", "y", ["x"]),
}


if __name__ == "__main__":
    import warnings
    import importlib.metadata as md
    warnings.filterwarnings("ignore")
    simulate().to_csv("data.csv", index=False)
    cases = {}
    for name, (path, unit, time, cohort, outcome, covariates) in CASES.items():
        df = pd.read_csv(path)
        exact, beta = dense(df, unit, time, cohort, outcome, covariates)
        peer = diffdiff(df, unit, time, cohort, outcome, covariates)
        two_stage = did2s(df, unit, time, cohort, outcome, covariates)
        try:
            port = didimp(df, unit, time, cohort, outcome, covariates)
            worst_port = max(max(abs(port[k]["estimate"] - exact[k]["estimate"]) / abs(exact[k]["estimate"]),
                                 abs(port[k]["std_error"] - exact[k]["std_error"]) / exact[k]["std_error"])
                             for k in exact)
        except Exception as error:  # noqa: BLE001 -- recorded, not fatal
            port, worst_port = {"error": repr(error)}, None
        horizons = [h for h in exact if h != "overall"]
        worst_se = max(abs(peer[k]["std_error"] - exact[k]["std_error"]) / exact[k]["std_error"] for k in exact)
        worst_est = max(abs(peer[k]["estimate"] - exact[k]["estimate"]) / abs(exact[k]["estimate"]) for k in exact)
        worst_did2s = max([abs(two_stage["overall"] - exact["overall"]["estimate"]) / abs(exact["overall"]["estimate"])]
                          + [abs(two_stage["event_study"][f"rel::{h}"] - exact[h]["estimate"]) / abs(exact[h]["estimate"])
                             for h in horizons])
        cases[name] = {
            "data": path, "unit": unit, "time": time, "cohort": cohort, "outcome": outcome,
            "covariates": covariates,
            "calls": {
                "diff_diff": f"ImputationDiD(aux_partition='cohort_horizon', leave_one_out=False).fit(df, outcome='{outcome}', "
                             f"unit='{unit}', time='{time}', first_treat='{cohort}', covariates={covariates or None}, aggregate='event_study')",
                "pyfixest": two_stage["call"] + f" -- pf.did2s(d, yname='{outcome}', first_stage='~ 0{' + ' + ' + '.join(covariates) if covariates else ''} | {unit} + {time}', "
                            "second_stage='~ 0 + treat' and '~ i(rel, ref=-1.0)', treatment='treat', cluster='{unit}')",
                "dense": "dense() in make_reference.py (numpy pinv of Z0'Z0)",
            },
            "overall": {"estimate": peer["overall"]["estimate"], "std_error": peer["overall"]["std_error"],
                        "n_treated": exact["overall"]["n_treated"]},
            "event_study": [{"event_time": h, "estimate": peer[h]["estimate"], "std_error": peer[h]["std_error"],
                             "n_treated": exact[h]["n_treated"]} for h in horizons],
            "covariate_coefficients": beta,
            "dense": {"overall": exact["overall"], "event_study": [dict(event_time=h, **exact[h]) for h in horizons]},
            "did2s_point_estimates": two_stage,
            "pretrend": pretrend(df, unit, time, cohort, outcome, covariates),
            "did_imputation_0_1_0": {"call": f"did_imputation(d, '{outcome}', '{unit}', '{time}', 'Ei', controls={covariates}"
                                             ", minn=0[, allhorizons=True]) with Ei = cohort, 0 as NaN",
                                     "overall": port.get("overall"),
                                     "event_study": [dict(event_time=h, **port[h]) for h in horizons if h in port]},
            "agreement": {"diff_diff_vs_dense_max_relative_estimate": worst_est,
                          "diff_diff_vs_dense_max_relative_std_error": worst_se,
                          "did2s_vs_dense_max_relative_estimate": worst_did2s,
                          "did_imputation_vs_dense_max_relative": worst_port},
        }
    doc = {"description": "Borusyak-Jaravel-Spiess (2024) imputation estimator: overall ATT (equal weights over "
                          "treated rows) and event-time effects h >= 0, conservative Theorem-3 standard errors "
                          "clustered by firm, cohort x period auxiliary means (eq. 8), no leave-out.",
           "generator": "make_reference.py",
           "peer_versions": {k: md.version(k) for k in ["diff-diff", "pyfixest", "did_imputation", "numpy", "pandas"]},
           "expected_values_from": "diff-diff ImputationDiD (estimates and standard errors)",
           "tolerance": {"relative": 1e-6},
           "cases": cases}
    with open("expected.json", "w") as f:
        json.dump(doc, f, indent=1, ensure_ascii=False)
        f.write("\n")
    for name, case in cases.items():
        print(name, case["overall"], case["agreement"])
