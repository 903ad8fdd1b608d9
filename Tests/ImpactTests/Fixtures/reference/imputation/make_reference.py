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
            if rng.random() < 0.12:
                continue  # unbalanced: about 12% of firm-years missing
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
        contrib = np.zeros(len(df))
        contrib[~treated] = v0 * resid0
        contrib[treated] = w * (tau - mean)
        cluster = pd.Series(contrib).groupby(units).sum().to_numpy()
        out[name] = {"estimate": float(w @ tau), "std_error": float(np.sqrt((cluster ** 2).sum())),
                     "n_treated": int((w != 0).sum())}
    beta = theta[-len(covariates):].tolist() if covariates else []
    return out, beta


def did2s(df, unit, time, cohort, outcome, covariates):
    import pyfixest as pf
    d = df.copy()
    d["treat"] = ((d[cohort] > 0) & (d[time] >= d[cohort])).astype(int)
    d["rel"] = np.where(d["treat"] == 1, d[time] - d[cohort], -1).astype(int)
    cov = " + " + " + ".join(covariates) if covariates else ""
    first = f"~ 0{cov} | {unit} + {time}"
    overall = pf.did2s(d, yname=outcome, first_stage=first, second_stage="~ 0 + treat",
                       treatment="treat", cluster=unit)
    dyn = pf.did2s(d, yname=outcome, first_stage=first, second_stage="~ i(rel, ref=-1.0)",
                   treatment="treat", cluster=unit)
    coefs = dyn.coef()
    return {"overall": float(overall.coef()["treat"]),
            "event_study": {k: float(v) for k, v in coefs.items()}}


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


if __name__ == "__main__":
    import sys
    print(sys.argv)
