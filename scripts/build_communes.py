"""Build src/corpus/lang/fr/communes.csv.gz from the INSEE COG copy in etalab/decoupage-administratif.

    python scripts/build_communes.py SOURCES_DIR [OUT]

SOURCES_DIR holds ``communes.csv`` and ``regions.csv`` (INSEE COG, Licence Ouverte; the
``sources/`` folder of github.com/etalab/decoupage-administratif), and ``donnees_communes.csv`` /
``donnees_communes_mayotte.csv`` (INSEE populations légales 2021, same folder). Rows: communes (COM),
communes déléguées and associées (COMD, COMA: old names people still use, with the département
of their parent commune). Columns: name (the INSEE label with its article, "Le Mans"), dept,
region (2016 name), word (1 when the lower-case name is one of the spaCy model's 20,000 most
frequent forms, without its article: "Sens", "Vue", "Marie", "Le Plan": such a name is a place only with its département),
population (INSEE municipal population of a commune, 0 for a commune déléguée or associée or when INSEE gives none).
Rows are sorted by name then dept, so a rebuild is byte-identical.
"""

from __future__ import annotations

import csv
import gzip
import io
import re
import sys
from pathlib import Path


def frequent_forms():
    """Predicate: a form among the model's most frequent (the keys that own a vector row: the
    vector table keeps its keys in frequency order and its first rows are theirs)."""
    import importlib.util

    import srsly

    from corpus import speedups
    from corpus.lang import MODEL

    spec = importlib.util.find_spec(MODEL)
    root = Path(list(spec.submodule_search_locations)[0])
    key2row = srsly.read_msgpack(next(root.glob(f"{MODEL}-*/vocab/key2row")))
    n_rows = len(set(key2row.values()))
    top = {key for rank, key in enumerate(key2row) if rank < n_rows and key2row[key] == rank}
    hash_word = speedups.spacy_string_hash()
    return lambda w: hash_word(w) in top


def populations(src: Path) -> dict[str, int]:
    """INSEE code -> municipal population (PMUN) of the communes of ``donnees_communes*.csv``."""
    out = {}
    with open(src / "donnees_communes.csv", encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh, delimiter=";"):
            out[r["COM"]] = int(r["PMUN"].replace(" ", ""))
    mayotte = src / "donnees_communes_mayotte.csv"
    if mayotte.exists():  # Mayotte's file gives the département and the commune's number apart
        with open(mayotte, encoding="utf-8", newline="") as fh:
            for r in csv.DictReader(fh, delimiter=";"):
                out[r["DEP"][:2] + r["CODCOM"]] = int(r["PMUN"].replace(" ", ""))
    return out


def main(src: Path, out: Path) -> None:
    with open(src / "regions.csv", encoding="utf-8") as fh:
        regions = {r["REG"]: r["LIBELLE"] for r in csv.DictReader(fh)}
    with open(src / "communes.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    dept_of = {r["COM"]: (r["DEP"], r["REG"]) for r in rows if r["TYPECOM"] == "COM"}
    frequent = frequent_forms()
    population = populations(src)
    out_rows: dict[tuple, int] = {}
    for r in rows:
        if r["TYPECOM"] == "COM":
            dep, reg = r["DEP"], r["REG"]
        elif r["TYPECOM"] in ("COMD", "COMA") and r["COMPARENT"] in dept_of:
            dep, reg = dept_of[r["COMPARENT"]]
        else:
            continue  # municipal arrondissements ("Paris 13e Arrondissement")
        name = r["LIBELLE"]
        bare = re.sub(r"^(?:Le |La |Les |L['’])", "", name)  # "Le Plan", "Le Parc": "plan", "parc"
        row = (name, dep, regions[reg], "1" if frequent(bare.lower()) else "0")
        pop = population.get(r["COM"], 0) if r["TYPECOM"] == "COM" else 0
        out_rows[row] = max(out_rows.get(row, 0), pop)  # a commune déléguée of its parent's name: one row
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["name", "dept", "region", "word", "population"])
    w.writerows(row + (str(pop),) for row, pop in sorted(out_rows.items()))
    # mtime=0: the same bytes on every rebuild
    with gzip.GzipFile(out, "wb", mtime=0) as fh:
        fh.write(buf.getvalue().encode("utf-8"))
    print(f"{out}: {len(out_rows)} rows")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]) if len(sys.argv) > 2 else
         Path(__file__).resolve().parent.parent / "src/corpus/lang/fr/communes.csv.gz")
