# Independent transcription of the documented update formulas (plain Python, no dependencies):
# recomputes every trajectory of Properties/Approved/preset-trajectories.approved.txt and reports the largest
# difference. Run: python3 tools/check-preset-snapshot.py [FILE]
import math,re
x0=[1.5,-2,0.5,3,-0.75]
def grad(x): return [2*v/(1+v*v) for v in x]
def f(x): return sum(math.log(1+v*v) for v in x)
def adam(b1=0.9,b2=0.999,eps=1e-8,bc=True,place='out',ams=None,wd=0,mode='coupled',lr=0.1):
    x=list(x0); m=[0]*5; v=[0]*5; vm=[0]*5; out=[]
    for t in range(1,11):
        g=grad(x)
        if wd and mode=='coupled': g=[gi+wd*xi for gi,xi in zip(g,x)]
        c1=1-b1**t if bc else 1; c2=1-b2**t if bc else 1
        for i in range(5):
            m[i]=b1*m[i]+(1-b1)*g[i]; v[i]=b2*v[i]+(1-b2)*g[i]**2
            s=v[i]; cc2=c2
            if ams=='v': vm[i]=max(vm[i],v[i]); s=vm[i]
            if ams=='vhat': vm[i]=max(vm[i],v[i]/c2); s=vm[i]; cc2=1
            if place=='out': u=(m[i]/c1)/(math.sqrt(s/cc2)+eps)
            elif place=='hat': u=math.sqrt(c2)/c1*m[i]/(math.sqrt(s)+eps)
            else: u=(m[i]/c1)/math.sqrt(s/cc2+eps)
            if wd and mode=='decoupled': x[i]=x[i]-lr*(u+wd*x[i])
            else: x[i]=x[i]-lr*u
        out.append(list(x))
    return out
def sgd():
    x=list(x0); out=[]
    for t in range(10):
        g=grad(x); x=[a-0.1*b for a,b in zip(x,g)]; out.append(list(x))
    return out
def hb():
    x=list(x0); b=[0]*5; out=[]
    for t in range(10):
        g=grad(x); b=[gi if t==0 else 0.9*bi+gi for bi,gi in zip(b,g)]; x=[a-0.1*c for a,c in zip(x,b)]; out.append(list(x))
    return out
ref={'kingma-ba':adam(),'pytorch-adam':adam(),'epsilon-hat':adam(place='hat'),'constant-step-alg1':adam(bc=False),
 'reddi-adam':adam(bc=False,place='in'),'amsgrad-pytorch':adam(ams='v'),'amsgrad-optax':adam(ams='vhat'),
 'amsgrad-reddi':adam(bc=False,place='in',ams='v'),'adamw':adam(wd=0.01,mode='decoupled'),'rmsprop':adam(b1=0,bc=False),'sgd':sgd(),'heavy-ball':hb()}
import sys,os
text=open(sys.argv[1] if len(sys.argv)>1 else os.path.join(os.path.dirname(__file__),'..','Properties','Approved','preset-trajectories.approved.txt')).read()
blocks=text.split('## ')[1:]
worst=0
for bl in blocks:
    name=re.split(r'[:\s]',bl)[0]
    rows=re.findall(r'f=(\S+) x=\(([^)]*)\)',bl)
    r=ref[name]
    for t,(fv,xs) in enumerate(rows):
        xs=[float(s) for s in xs.split(',')]
        d=max(abs(a-b) for a,b in zip(xs,r[t])); worst=max(worst,d)
        assert abs(float(fv)-f(r[t]))<1e-11, (name,t)
    print(f"{name:20s} max |x - ref| = {max(max(abs(a-b) for a,b in zip([float(s) for s in xs.split(',')],r[t])) for t,(fv,xs) in enumerate(rows)):.2e}")
print("worst",worst)
