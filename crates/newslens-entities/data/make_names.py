#!/usr/bin/env python3
"""Builds first_names.tsv and last_names.txt from the PyPI package names==0.3.0 (MIT;
US Census 1990 name frequencies, public domain).

    pip download --no-deps names==0.3.0 && tar xzf names-0.3.0.tar.gz
    python3 make_names.py names-0.3.0/names

first_names.tsv: `name<TAB>gender` for every male first name and the female first names
covering the top 2,000 by frequency; gender m/f when one list's frequency is at least 10
times the other's, else u. last_names.txt: the 4,000 most frequent surnames. Names are
written capitalized, sorted by lower-cased form.
"""
import sys, os

def read(path):
    out = {}
    with open(path) as fh:
        for rank, line in enumerate(fh):
            cols = line.split()
            if cols:
                out[cols[0]] = (float(cols[1]), rank)
    return out

src = sys.argv[1]
male = read(os.path.join(src, "dist.male.first"))
female = read(os.path.join(src, "dist.female.first"))
female = {k: v for k, v in female.items() if v[1] < 2000}
names = set(male) | set(female)
rows = []
for n in names:
    m = male.get(n, (0.0, 0))[0] or 0.0005
    f = female.get(n, (0.0, 0))[0] or 0.0005
    g = "m" if m >= 10 * f else "f" if f >= 10 * m else "u"
    rows.append((n.capitalize(), g))
rows.sort(key=lambda r: r[0].lower())
with open("first_names.tsv", "w") as fh:
    for n, g in rows:
        fh.write(f"{n}\t{g}\n")
last = read(os.path.join(src, "dist.all.last"))
top = sorted((v[1], k) for k, v in last.items())[:4000]
with open("last_names.txt", "w") as fh:
    for n in sorted((k.capitalize() for _, k in top), key=str.lower):
        fh.write(n + "\n")
