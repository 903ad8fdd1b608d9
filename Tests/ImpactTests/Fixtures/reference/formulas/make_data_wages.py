import numpy as np, pandas as pd
rng=np.random.default_rng(13)
n=300
age=rng.integers(18,65,n).astype(float)
inc=np.round(rng.uniform(5,80,n),2)
state=rng.choice(["KY","MI","OH"],n)
year=rng.integers(2010,2021,n)
sector=rng.choice(["manu","serv","tech"],n)
y=1+0.05*age-0.002*(age-25)**2+0.3*np.log(inc)+rng.normal(0,1,n)*np.sqrt(inc/20)
df=pd.DataFrame(dict(y=np.round(y,6),age=age,inc=inc,state=state,year=year,sector=sector))
df.to_csv("wages.csv",index=False)
