"""Draw the passages of set J that come from outside the bundled corpus (issue #15, session 7).

Set H's unseen draw (bench/draw_theme_coding_h_unseen.py: paragraphs of the project's own
segmentation test documents of issue #14, YAML files of ``pages`` → ``[style, text]``) on the
NEWEST folders, none used by an earlier set: rounds 17 and 18 written for the project (theses,
memoirs, articles, reports, press, transcripts and their "negatif" documents, on primary care)
and the real rounds 17 and 18 (uMap testimonies of public agents and beta.gouv product pages;
19th-century press interviews, court records, an e-mail interview and an Assemblée nationale
hearing on Covid-19: mostly NOT about health care, their READMEs say). Every file of each folder
is used: files are never chosen by their words.

Inside a document, consecutive paragraphs are joined to about 300 characters and cut at a
sentence end before 700; a short bold paragraph (a heading) closes a passage and is not kept
(set H's ``passages``). Passages are drawn with a fixed seed, a quota per folder (at most 50),
then numbered unseenJ001… Location: the file and the paragraph indices (0-based, counted over
all pages of the file). Prints CSV rows (doc_id, char_start, char_end, repository, commit,
licence, location, text); the coding is done afterwards by reading, against docs/CODEBOOK.md
only.

    PYTHONPATH=bench python bench/draw_theme_coding_j_unseen.py > /tmp/set_j_unseen.csv

Run from the repository root (it reads ``git show COMMIT:path``).
"""

from __future__ import annotations

import random

import draw_theme_coding_h_unseen as hu

SEED = 20261203_14
# The writers' branches when set J was drawn (segwrite9, segwrite10, segreal3, segreal4).
ROUND17 = "4b0c1b0ba07d68aafa68f75bfa2e197773d0e8fa"
ROUND18 = "bdeafe4e5285d993b62054b6053b4b919b1efec1"
REAL17 = "78c678661ad7c27a98e24519642fbc3c6f41f005"
REAL18 = "b45be4f82d0267541f084d3601e351938cc6e91f"
UMAP = "Licence Ouverte 2.0 (etalab-2.0; uMap agents publics, ANCT)"
BETA = "Licence Ouverte 2.0 (etalab-2.0; beta.gouv.fr, DINUM)"
WIKISOURCE = "public domain; Wikisource transcription CC BY-SA"
# Licences as tests/data/segment_real17/README.md and segment_real18/README.md give them.
LICENCES17 = {
    "temoignage_umap_subventions.yaml": UMAP,
    "temoignage_umap_mayotte.yaml": UMAP,
    "temoignage_umap_pedagogie.yaml": UMAP,
    "temoignage_umap_inondation.yaml": UMAP,
    "negatif_umap_tutoriel.yaml": UMAP,
    "negatif_umap_chiffres.yaml": UMAP,
    "fiche_beta_urgencevie.yaml": BETA,
    "fiche_beta_apprentissage.yaml": BETA,
    "fiche_beta_collectif_objets.yaml": BETA,
    "fiche_beta_emplois_inclusion.yaml": BETA,
    "fiche_beta_achats_durables.yaml": BETA,
    "fiche_beta_creche.yaml": BETA,
    "negatif_beta_bidonvilles.yaml": BETA,
}
LICENCES18 = {
    "huret_zola.yaml": WIKISOURCE,
    "huret_coppee.yaml": WIKISOURCE,
    "huret_mirbeau.yaml": WIKISOURCE,
    "proces_zola_assises.yaml": WIKISOURCE,
    "guillaume_proces_berne.yaml": WIKISOURCE,
    "gide_cour_assises.yaml": WIKISOURCE,
    "negatif_mirbeau_chronique.yaml": WIKISOURCE,
    "linuxfr_entretiens_visiteurs.yaml": "CC BY-SA (LinuxFr.org)",
    "audition_an_ordre_medecins.yaml": "Licence Ouverte / Open Licence (Assemblée nationale open data)",
    "negatif_arrete_commission.yaml": "official act; Légifrance data under the Licence Ouverte",
}
# (folder, commit, quota, {file: licence} or None for every file "written for the project").
FOLDERS = (
    ("segment_unseen17", ROUND17, 48, None),
    ("segment_unseen18", ROUND18, 48, None),
    ("segment_real17", REAL17, 26, LICENCES17),
    ("segment_real18", REAL18, 20, LICENCES18),
)


def draw() -> list[dict]:
    rng = random.Random(SEED)
    rows = [r for folder, commit, quota, lic in FOLDERS for r in hu.folder_rows(folder, commit, quota, lic, rng)]
    for i, row in enumerate(rows, 1):
        row.update(doc_id=f"unseenJ{i:03d}", char_start=0, char_end=len(row["text"]))
    return rows


if __name__ == "__main__":
    hu.draw = draw
    hu.main()
