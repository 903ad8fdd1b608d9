import numpy as np, pandas as pd
rng=np.random.default_rng(81)
rows=[]
for year in (1978,1981):
    n=160 if year==1978 else 140
    nearinc=(rng.uniform(size=n)<0.3).astype(int)
    age=rng.integers(0,120,n).astype(float)
    rooms=rng.integers(4,10,n)
    area=np.round(rng.uniform(800,4000,n))
    lp=10.8+0.2*(year==1981)-0.3*nearinc-0.12*nearinc*(year==1981)-0.008*age+0.00004*age**2+0.05*rooms+0.0001*area+rng.normal(0,0.25,n)
    for i in range(n):
        rows.append(dict(price=round(float(np.exp(lp[i])),2),year=year,nearinc=int(nearinc[i]),y81=int(year==1981),age=age[i],rooms=int(rooms[i]),area=area[i],
                         cbd=rng.choice(["A","B","C","D"])))
pd.DataFrame(rows).to_csv("houses.csv",index=False)
