"""Reference values for Tests/ImpactTests/Reference/FormulaReferenceTests.swift.

Run from this folder with pyfixest 0.60.0 (see README.md):
    python make_data_wages.py && python make_data_houses.py && python make_expected.py
"""
import json, numpy as np, pandas as pd, pyfixest as pf

wages = pd.read_csv("wages.csv")
houses = pd.read_csv("houses.csv")
wages["w_inv_inc"] = 1.0 / wages["inc"]  # pyfixest takes weights as a column

def record(model, impact, impact_names, **extra):
    tidy = model.tidy()
    return dict(impact=impact, pyfixest=model._fml, vcov=str(model._vcov_type_detail),
                names=list(map(str, tidy.index)), impact_names=impact_names,
                coef=tidy["Estimate"].tolist(), se=tidy["Std. Error"].tolist(), nobs=int(model._N), **extra)

models = {}
m = pf.feols("y ~ I((age-25)**2) + age + np.log(inc)", data=wages, vcov="iid")
models["squared_iid"] = record(m, {"formula": "y ~ I((age-25)^2) + age + log(inc)", "vcov": "iid"},
                               ["Intercept", "I((age - 25) ** 2)", "age", "log(inc)"])
m = pf.feols("y ~ I((age-25)**2) + age + np.log(inc)", data=wages, vcov="hetero")
models["squared_hc1"] = record(m, {"formula": "y ~ I((age-25)^2) + age + log(inc)", "vcov": "hc1"},
                               ["Intercept", "I((age - 25) ** 2)", "age", "log(inc)"])
m = pf.feols("y ~ age + I(age**2)", data=wages, weights="w_inv_inc", vcov="hetero")
models["weights_inverse"] = record(m, {"formula": "y ~ age + I(age**2)", "weights": "I(1/inc)", "vcov": "hc1"},
                                   ["Intercept", "age", "I(age ** 2)"])
sub = wages.query("state == 'KY' & year >= 2015")
m = pf.feols("y ~ I((age-25)**2) + age + np.log(inc)", data=sub, vcov="hetero")
models["subset_ky"] = record(m, {"formula": "y ~ I((age-25)^2) + age + log(inc)", "vcov": "hc1",
                                  "subset": "state == 'KY' & year >= 2015"},
                             ["Intercept", "I((age - 25) ** 2)", "age", "log(inc)"], rows_kept=len(sub))
sub2 = wages.query("sector in ('manu', 'tech') & not (age < 30 | inc > 70)")
m = pf.feols("y ~ age + np.log(inc)", data=sub2, vcov="iid")
models["subset_in_not"] = record(m, {"formula": "y ~ age + log(inc)", "vcov": "iid",
                                     "subset": "sector in ('manu', 'tech') & !(age < 30 | inc > 70)"},
                                 ["Intercept", "age", "log(inc)"], rows_kept=len(sub2))
multi = pf.feols("y ~ age + np.sqrt(inc - 10)", data=wages, fsplit="sector", vcov="hetero")  # fsplit: full sample and each level
models["split_sector"] = {"impact": {"formula": "y ~ age + sqrt(inc - 10)", "vcov": "hc1", "split": "sector"},
                          "models": [record(mm, {}, ["Intercept", "age", "sqrt(inc - 10)"], sample=key)
                                     for key, mm in multi.all_fitted_models.items()]}
m = pf.feols("y ~ poly(age, 3, raw=True) + np.log(inc)", data=wages, vcov="iid")
models["poly_raw"] = record(m, {"formula": "y ~ poly(age, 3, raw=True) + log(inc)", "vcov": "iid"},
                            ["Intercept", "poly(age, 3, raw=True)[0]", "poly(age, 3, raw=True)[1]",
                             "poly(age, 3, raw=True)[2]", "log(inc)"])
m = pf.feols("y ~ I((age-25)**2) + np.log1p(inc) + np.exp(inc/100) + np.abs(age-40) | sector + year",
             data=wages, vcov={"CRV1": "year"})
models["functions_fe"] = record(m, {"formula": "y ~ I((age-25)^2) + log1p(inc) + exp(inc/100) + abs(age-40) | sector + year",
                                    "vcov": "cluster:year"},
                                ["I((age - 25) ** 2)", "log1p(inc)", "exp(inc / 100)", "abs(age - 40)"])
m = pf.feols("price ~ nearinc * y81", data=houses, vcov="hetero")
models["did_pooled_hc1"] = record(m, {"did": True, "vcov": "hc1"}, ["Intercept", "nearinc", "y81", "nearinc:y81"])
m = pf.feols("price ~ nearinc * y81", data=houses, vcov="iid")
models["did_pooled_iid"] = record(m, {"did": True, "vcov": "iid"}, ["Intercept", "nearinc", "y81", "nearinc:y81"])
m = pf.feols("np.log(price) ~ nearinc * y81 + age + I(age**2) + np.log(area) + rooms", data=houses, vcov="hetero")
models["did_log_controls"] = record(m, {"formula": "log(price) ~ nearinc*y81 + age + I(age^2) + log(area) + rooms",
                                        "vcov": "hc1"},
                                    ["Intercept", "nearinc", "y81", "age", "I(age ** 2)", "log(area)", "rooms", "nearinc:y81"])

with open("expected.json", "w") as f:
    json.dump({"case": "formulas", "software": f"pyfixest {pf.__version__}", "models": models}, f, indent=1)
print(json.dumps({k: (v.get("names"), v.get("nobs")) for k, v in models.items() if "names" in v}, indent=0)[:3000])
print([ (r["sample"], r["nobs"]) for r in models["split_sector"]["models"]])
