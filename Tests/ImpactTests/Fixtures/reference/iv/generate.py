"""Generates the instrumental-variables fixture (data.csv, expected.json).

Run with pyfixest 0.60.0 and linearmodels 7.1 installed:
    python generate.py
Every expected number is written with the exact call that produced it (see README.md).
"""
import json
import warnings

import numpy as np
import pandas as pd
import pyfixest as pf
import linearmodels
from linearmodels.iv import IV2SLS

warnings.simplefilter("ignore")
rng = np.random.default_rng(1313)
firms, years = 40, 6
n = firms * years
firm = np.repeat(np.arange(1, firms + 1), years)
year = np.tile(np.arange(2018, 2018 + years), firms)
firm_effect = rng.normal(size=firms)[firm - 1]
year_effect = rng.normal(scale=0.5, size=years)[year - 2018]
x1 = rng.normal(size=n) + 0.3 * firm_effect
z1 = rng.normal(size=n)
z2 = rng.normal(size=n)
z3 = rng.normal(size=n)
zw = rng.normal(size=n)
u = rng.normal(size=n)
x2 = 0.8 * z1 + 0.5 * z2 + 0.3 * x1 + 0.6 * u + 0.5 * firm_effect + rng.normal(size=n)
x3 = 0.6 * z3 - 0.4 * z1 + 0.5 * u + rng.normal(size=n)
xw = 0.12 * zw + 0.6 * u + rng.normal(size=n)
y = (1.0 + 0.5 * x1 + 1.5 * x2 - 0.7 * x3 + 1.2 * xw + firm_effect + year_effect
     + u * (1 + 0.5 * np.abs(z1)) + rng.normal(size=n))
w = rng.uniform(0.5, 3.0, size=n)
data = pd.DataFrame({"firm": firm, "year": year, "w": w, "y": y, "x1": x1, "x2": x2, "x3": x3, "xw": xw,
                     "z1": z1, "z2": z2, "z3": z3, "zw": zw})
data.to_csv("data.csv", index=False, float_format="%.17g")
data = pd.read_csv("data.csv")

VCOVS = {"iid": "iid", "hc1": "hetero", "cluster:firm": {"CRV1": "firm"},
         "cluster:firm,year": {"CRV1": "firm+year"}}
LM_COV = {"iid": dict(cov_type="unadjusted", debiased=True), "hc1": dict(cov_type="robust", debiased=True),
          "cluster:firm": dict(cov_type="clustered", clusters=data["firm"], debiased=True)}


def pyfixest_case(formula, vcov, weights=None):
    fit = pf.feols(formula, data, vcov=VCOVS[vcov], weights=weights)
    fit.first_stage()
    first = fit._model_1st_stage
    # Read before IV_Diag(): under iid, eff_F() switches the first stage to "hetero".
    first_coefficients = {k: float(v) for k, v in first.coef().items()}
    first_std_errors = {k: float(v) for k, v in first.se().items()}
    first_f = float(fit._f_stat_1st_stage)
    fit.IV_Diag()
    return {"coefficients": {k: float(v) for k, v in fit.coef().items()},
            "std_errors": {k: float(v) for k, v in fit.se().items()},
            "first_stage_f": first_f,
            "effective_f": float(fit._eff_F),
            "first_stage_coefficients": first_coefficients,
            "first_stage_std_errors": first_std_errors,
            "call": f"pf.feols({formula!r}, data, vcov={VCOVS[vcov]!r}, weights={weights!r}); fit.first_stage(); fit.IV_Diag()"}


def linearmodels_case(formula, vcov, weights=None):
    model = IV2SLS.from_formula(formula, data, weights=None if weights is None else data[weights])
    res = model.fit(**LM_COV[vcov])
    wh = res.wu_hausman()
    first = res.first_stage
    out = {"coefficients": {k: float(v) for k, v in res.params.items()},
           "std_errors": {k: float(v) for k, v in res.std_errors.items()},
           "wu_hausman": {"statistic": float(wh.stat), "df": list(map(int, wh.df)) if hasattr(wh.df, "__len__") else int(wh.df),
                          "df_denom": int(wh.df_denom), "p_value": float(wh.pval)},
           "first_stage_partial_f": {},
           "call": f"IV2SLS.from_formula({formula!r}, data{'' if weights is None else f', weights=data[{weights!r}]'}).fit({', '.join(f'{k}={v!r}' for k, v in LM_COV[vcov].items() if k != 'clusters')}"
                   + (", clusters=data['firm'])" if vcov == "cluster:firm" else ")") + ".wu_hausman()"}
    diag = first.diagnostics
    for endog in diag.index:
        # f.stat: the classical F under "unadjusted", the Wald chi2 (q times the F) otherwise.
        out["first_stage_partial_f"][endog] = {"f_stat": float(diag.loc[endog, "f.stat"]),
                                              "f_dist": str(diag.loc[endog, "f.dist"]),
                                              "partial_r2": float(diag.loc[endog, "partial.rsquared"])}
    return out


cases = {
    "strong_just_identified": ("y ~ x1 | x2 ~ z1", "y ~ 1 + x1 + [x2 ~ z1]", ["iid", "hc1", "cluster:firm"]),
    "over_identified": ("y ~ x1 | x2 ~ z1 + z2", "y ~ 1 + x1 + [x2 ~ z1 + z2]", ["iid", "hc1", "cluster:firm"]),
    "weak": ("y ~ x1 | xw ~ zw", "y ~ 1 + x1 + [xw ~ zw]", ["iid", "hc1"]),
    "fixed_effects": ("y ~ x1 | firm + year | x2 ~ z1 + z2",
                      "y ~ 1 + x1 + C(firm) + C(year) + [x2 ~ z1 + z2]", ["iid", "hc1", "cluster:firm", "cluster:firm,year"]),
    "weighted": ("y ~ x1 | x2 ~ z1 + z2", "y ~ 1 + x1 + [x2 ~ z1 + z2]", ["iid", "hc1", "cluster:firm"]),
    "two_endogenous": (None, "y ~ 1 + x1 + [x2 + x3 ~ z1 + z2 + z3]", ["iid", "hc1", "cluster:firm"]),
}
expected = {"software": {"pyfixest": pf.__version__, "linearmodels": linearmodels.__version__,
                         "numpy": np.__version__, "pandas": pd.__version__},
            "data_file": "data.csv", "cases": {}}
for name, (pf_formula, lm_formula, vcovs) in cases.items():
    weights = "w" if name == "weighted" else None
    case = {"weights": weights, "formula": pf_formula or lm_formula.replace("1 + ", "").replace("[", "| ").replace("]", ""),
            "linearmodels_formula": lm_formula, "vcov": {}}
    if name == "two_endogenous":
        case["formula"] = "y ~ x1 | x2 + x3 ~ z1 + z2 + z3"
    for vcov in vcovs:
        entry = {}
        if pf_formula is not None:
            entry["pyfixest"] = pyfixest_case(pf_formula, vcov, weights)
        if vcov in LM_COV:
            entry["linearmodels"] = linearmodels_case(lm_formula, vcov, weights)
        case["vcov"][vcov] = entry
    expected["cases"][name] = case
with open("expected.json", "w") as f:
    json.dump(expected, f, indent=1)
print("ok")
