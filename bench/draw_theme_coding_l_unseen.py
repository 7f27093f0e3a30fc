"""Draw the passages of set L that come from outside the bundled corpus (issue #15, session 8).

Set H's unseen draw (bench/draw_theme_coding_h_unseen.py: paragraphs of the project's own
segmentation test documents of issue #14, YAML files of ``pages`` → ``[style, text]``) on the
folders no earlier set (C–K) used: round 20 written for the project (theses, memoirs, articles,
press, radio, reports and their "negatif" documents, on health care), the real round 20
(Assemblée nationale and Sénat records on Covid-19 and primary care: interventions, a round table
of Île-de-France libéraux, a commission of inquiry) and the real round 21 (early-20th-century
reports on care settings: a nursing school diary, London hospitals, Lourdes' medical bureau, an
asylum; a 19th-century court; a CC0 master's memoir), and the segmentation development
folder segment_dev11 (written for the project; no set used it either). Every file of each folder is used: files
are never chosen by their words.

Inside a document, consecutive paragraphs are joined to about 300 characters and cut at a
sentence end before 700; a short bold paragraph (a heading) closes a passage and is not kept
(set H's ``passages``). Passages are drawn with a fixed seed, a quota per folder (at most 50),
then numbered unseenL001… (a text drawn twice kept once) Location: the file and the paragraph indices (0-based, counted over
all pages of the file). Prints CSV rows (doc_id, char_start, char_end, repository, commit,
licence, location, text); the coding is done afterwards by reading, against docs/CODEBOOK.md
only.

    PYTHONPATH=bench python bench/draw_theme_coding_l_unseen.py > /tmp/set_l_unseen.csv

Run from the repository root (it reads ``git show COMMIT:path``).
"""

from __future__ import annotations

import random

import draw_theme_coding_h_unseen as hu

SEED = 20261130_93
# main when set L was drawn (rounds 20, real 20 and real 21 merged).
MAIN = "3c3b5433f64a0a5f47b955f0a644acdce89810f5"
NOSDEPUTES = "Licence Ouverte (Assemblée nationale) as republished by NosDéputés.fr (Regards Citoyens, CC BY-SA / ODbL)"
NOSSENATEURS = "Licence Ouverte (Sénat, data.senat.fr) as republished by NosSénateurs.fr (Regards Citoyens, CC BY-SA / ODbL)"
WIKISOURCE = "public domain; Wikisource transcription CC BY-SA"
# Licences as tests/data/segment_real20/README.md and segment_real21/README.md give them.
LICENCES20 = {
    "nosdeputes_interventions_giannotti.yaml": NOSDEPUTES,
    "nosdeputes_interventions_sante.yaml": NOSDEPUTES,
    "nossenateurs_table_ronde_liberaux_idf.yaml": NOSSENATEURS,
    "senat_commission_enquete_constitutive.yaml": "Licence Ouverte / Open Licence (Sénat open data)",
    "negatif_rapport_an_commission_enquete.yaml": "Licence Ouverte / Open Licence (Assemblée nationale open data)",
}
LICENCES21 = {
    "huysmans_bureau_constatations.yaml": WIKISOURCE,
    "huysmans_miracules.yaml": WIKISOURCE,
    "londres_chez_les_fous.yaml": WIKISOURCE,
    "journal_eleve_infirmiere_1903.yaml": WIKISOURCE,
    "visite_hopitaux_londres_1905.yaml": WIKISOURCE,
    "negatif_memoire_socface.yaml": "CC0 1.0 (maximerollandsauvage/Memoire-TNAH-2024)",
    "negatif_du_camp_cour_assises.yaml": WIKISOURCE,
}
# (folder, commit, quota, {file: licence} or None for every file "written for the project").
FOLDERS = (
    ("segment_unseen20", MAIN, 50, None),
    ("segment_real20", MAIN, 50, LICENCES20),
    ("segment_real21", MAIN, 50, LICENCES21),
    # The development documents of session 11 (written for the project, no earlier set used them).
    ("segment_dev11", MAIN, 25, None),
)


def draw() -> list[dict]:
    return numbered_draw("unseenL", SEED, FOLDERS)


def numbered_draw(prefix: str, seed: int, folders) -> list[dict]:
    """The unseen draw shared by sets N and O: a seeded sample per folder of ``folders`` ((folder,
    commit, quota, None or {file: licence}), set H's ``folder_rows``), numbered ``prefix``001…, a
    text drawn twice kept once."""
    rng = random.Random(seed)
    rows = [r for folder, commit, quota, lic in folders for r in hu.folder_rows(folder, commit, quota, lic, rng)]
    for i, row in enumerate(rows, 1):
        row.update(doc_id=f"{prefix}{i:03d}", char_start=0, char_end=len(row["text"]))
    return first_of_each_text(rows)


def first_of_each_text(rows: list[dict]) -> list[dict]:
    """Drop a passage whose text an earlier drawn passage already has (the republished records'
    page boilerplate, "Aucun commentaire n'a encore été formulé…"): a blind set codes a text once.
    The numbers stay those of the draw, so unseenL066 and unseenL070 are absent."""
    seen: set[str] = set()
    kept = []
    for row in rows:
        if row["text"] not in seen:
            seen.add(row["text"])
            kept.append(row)
    return kept


if __name__ == "__main__":
    hu.draw = draw
    hu.main()
