"""Error classes of the default coder on set U (session 18, themes18), read passage by passage against
docs/CODEBOOK.md: checks that every disagreement is classed once, prints each theme's F1 if a class were fixed, writes
the CSV (tests/data/THEME_SCORES.md, "Session 18 (themes18)").

    U_DECISIONS=/tmp/u_decisions.json python bench/themes_u_classes.py bench/themes_u_classes.csv
"""
import csv
import json
import os
import sys

C = {
 "coordination": {
  "FP": {
   "out-of-context sense or who": ["gautier2019:255542-256212","gautier2019:311413-311965","gautier2019:689783-689828","gautier2019:978659-979046","gautier2019:389396-389948","unseenU001:0-382","unseenU031:0-299","unseenU060:0-155","unseenU093:0-500"],
   "codebook read differently": ["gautier2019:749989-750146","gautier2019:935102-935739","gautier2019:1049374-1049833","unseenU068:0-242","unseenU079:0-522","unseenU086:0-396"],
   "classifier flip, no entry": ["gautier2019:519605-520231","gautier2019:1104920-1105170","gautier2019:1286479-1287153","unseenU010:0-100","unseenU058:0-203"],
   "passage type": ["unseenU056:0-213"]},
  "FN": {
   "passage type: field gate on a passage coded alone": ["unseenU002:0-246","unseenU025:0-319","unseenU051:0-95","unseenU064:0-120","unseenU066:0-136","unseenU071:0-99","unseenU074:0-117","unseenU099:0-208"],
   "classifier flip down": ["gautier2019:131572-132221","gautier2019:933102-933390","gautier2019:1066320-1066652","unseenU022:0-343"],
   "lexicon gap": ["gautier2019:700767-700844","gautier2019:865400-865592","gautier2019:279716-280024","unseenU014:0-344","unseenU027:0-129","unseenU032:0-363","unseenU089:0-342","unseenU101:0-310"],
   "implicit (no theme words)": ["gautier2019:1088477-1089040","gautier2019:1357005-1357315","unseenU082:0-104","unseenU065:0-412","unseenU090:0-282"]}},
 "liberal": {
  "FP": {
   "codebook read differently: job title or group as who": ["gautier2019:193267-193339","gautier2019:519605-520231","gautier2019:697661-697733","gautier2019:803913-804206","gautier2019:858652-859100","gautier2019:1088477-1089040","gautier2019:1421961-1422609","gautier2019:534217-534353","unseenU007:0-379","unseenU011:0-384","unseenU031:0-299","unseenU037:0-376","unseenU047:0-406","unseenU079:0-522"],
   "codebook read differently: coder's doubt": ["gautier2019:941914-942037","unseenU021:0-346"],
   "out-of-context sense or who": ["gautier2019:252744-253329"]},
  "FN": {
   "lexicon gap": ["unseenU025:0-319","unseenU035:0-329"],
   "passage type: field gate on a passage coded alone": ["unseenU103:0-72"]}},
 "territoire": {
  "FP": {
   "codebook read differently": ["unseenU001:0-382","unseenU041:0-589","unseenU092:0-418","unseenU072:0-390","gautier2019:1386385-1386588","gautier2019:612956-613647","gautier2019:548737-548983"],
   "out-of-context sense or who": ["unseenU090:0-282","unseenU053:0-424","gautier2019:311413-311965","gautier2019:663871-664317","unseenU105:0-223","unseenU005:0-448","gautier2019:662942-663444"],
   "passage type": ["gautier2019:292638-292838"],
   "classifier flip, no entry": ["gautier2019:267170-267302"]},
  "FN": {
   "lexicon gap": ["unseenU083:0-350","unseenU031:0-299"],
   "passage type: study-context sentence": ["gautier2019:738641-738710"],
   "context below threshold": ["gautier2019:975868-976456"],
   "implicit (no theme words)": ["unseenU059:0-308"]}},
 "reunionite": {
  "FP": {
   "codebook read differently: meeting as setting": ["unseenU011:0-384","unseenU021:0-346","unseenU058:0-203","unseenU072:0-390","unseenU086:0-396","unseenU087:0-246","unseenU091:0-257"],
   "out-of-context sense or who": ["unseenU028:0-207","unseenU071:0-99","unseenU098:0-380","gautier2019:623148-623810","gautier2019:612956-613647"],
   "codebook read differently: coder's doubt": ["unseenU022:0-343","unseenU053:0-424"]},
  "FN": {
   "lexicon gap": ["gautier2019:935102-935739","gautier2019:1326284-1326665"],
   "implicit (no theme words)": ["gautier2019:677177-677833","unseenU032:0-363"]}},
}
out = json.load(open(os.environ.get("U_DECISIONS", "/tmp/u_decisions.json")))
byid = {o["id"]: o for o in out}
def f1(t, fix=()):
    tp=fp=fn=0
    for o in out:
        h, d = o["human"][t], o["default"][t]
        if o["id"] in fix:
            d = h
        tp += h and d
        fp += (not h) and d
        fn += h and (not d)
    return 2*tp/(2*tp+fp+fn)
rows = []
for t, kinds in C.items():
    for kind, classes in kinds.items():
        ids = [i for v in classes.values() for i in v]
        want = [o["id"] for o in out if o["human"][t] == (kind == "FN") and o["default"][t] != o["human"][t]]
        assert sorted(ids) == sorted(want), (t, kind, set(ids) ^ set(want))
        for c, v in classes.items():
            for i in v:
                rows.append((t, kind, c, i, byid[i]["rule"][t]))
base = {t: f1(t) for t in C}
print("base F1", {t: round(v, 3) for t, v in base.items()}, "macro", round(sum(base.values())/4, 3))
for t, kinds in C.items():
    for kind, classes in kinds.items():
        for c, v in classes.items():
            new = f1(t, set(v))
            print(f"{t:12} {kind} {len(v):2} {c:55} F1 {base[t]:.3f} -> {new:.3f}  macro +{(new-base[t])/4:.3f}")
with open(sys.argv[1] if len(sys.argv) > 1 else "bench/themes_u_classes.csv", "w", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(["theme", "error", "class", "passage_id", "rule_coded"])
    w.writerows(rows)

def group(c):
    if c.startswith("codebook"):
        return "codebook read differently"
    if c.startswith("passage type"):
        return "passage type"
    return c
agg = {}
for t, kinds in C.items():
    for kind, classes in kinds.items():
        for c, v in classes.items():
            agg.setdefault(group(c), {}).setdefault(t, set()).update(v)
for g, per in agg.items():
    n = sum(len(v) for v in per.values())
    m = sum(f1(t, per.get(t, set())) for t in C) / 4
    print(f"ALL {g:30} n {n:3}  ({', '.join(f'{t[:5]} {len(v)}' for t, v in per.items())})  macro 0.613 -> {m:.3f}")
