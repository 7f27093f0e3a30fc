"""Speaker labels keyed by a table's first column (segment/keyed_labels.py): badge colours
"Vert | Infirmière libérale | Fourmies" then "VERT : …" (also with the rows run together on one
line); look-alikes: a table of figures whose first column opens a line ("Total : …"), and labels
the table does not list."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.base import split_lines
from corpus.segment.keyed_labels import keyed_label_speakers

TABLE = ["Badge | Profession | Commune", "Jaune | Pharmacienne | Morlaix", "Rouge | Médecin généraliste | Lannion",
         "Gris | Kinésithérapeute | Morlaix"]
TURNS = [
    "ANIMATION : Qu'est-ce qui a changé pour vous depuis la création de la CPTS ?",
    "ROUGE : Pour moi, les soins non programmés. Avant je refusais, maintenant je sais vers qui renvoyer.",
    "JAUNE : Moi c'est le lien avec les infirmières, je ne les connaissais pas.",
    "ANIMATION : Et les kinés ?",
    "GRIS : On a suivi, on n'avait pas le choix.",
]


def test_a_tables_first_column_keys_the_labels(gazetteer):
    text, segs = _segment(["Annexe 4 – Groupe focalisé du Trégor, 2 mars 2023"] + TABLE + TURNS, gazetteer)
    rouge = _at(text, segs, "les soins non programmés")
    assert (rouge.kind, rouge.speaker, rouge.role, rouge.region) == ("turn", "ROUGE", "medecin_generaliste", "Bretagne")
    assert _at(text, segs, "le lien avec les infirmières").role == "pharmacien"
    assert _at(text, segs, "Et les kinés ?").kind == "moderator"


def test_rows_run_together_still_key_the_labels(gazetteer):
    lines = split_lines(" ".join(TABLE) + "\n" + "\n".join(TURNS) + "\n")
    found = keyed_label_speakers(lines, gazetteer)
    assert {k: v["role"] for k, v in found.items()} == {"ROUGE": "medecin_generaliste", "JAUNE": "pharmacien",
                                                       "GRIS": "kinesitherapeute"}


def test_a_table_of_figures_keys_nothing(gazetteer):
    lines = split_lines("Région | Adhérents | Part\nBretagne | 120 | 40 %\nNormandie | 180 | 60 %\n"
                        "Normandie : les adhérents ont doublé en deux ans.\nBretagne : la CPTS du Trégor est la plus ancienne.\n")
    assert keyed_label_speakers(lines, gazetteer) == {}


def test_labels_the_table_does_not_list_are_not_keyed(gazetteer):
    lines = split_lines("\n".join(TABLE) + "\nBLEU : Pour moi rien n'a changé.\nVIOLET : Pour moi non plus.\n")
    assert keyed_label_speakers(lines, gazetteer) == {}


def test_a_table_s_status_column_names_the_moderator_and_a_voice_nobody_attributed(gazetteer):
    # a spoken corpus's documentation: the speakers' table gives each code's status; "L? :" is the
    # transcript's mark for a voice it could not attribute (s48)
    lines = ["Code | Sexe | Âge | Situation | Statut",
             "L1 | F | 50 à 59 | aidante de sa mère, commerçante | participante",
             "L2 | F | 40 à 49 | infirmière du service de soins à domicile | invitée",
             "ANIM | H | 30 à 39 | psychologue de l'association | animateur",
             "ANIM : et vous / comment ça se passe le soir",
             "L1 : le soir c'est le plus dur / elle m'appelle dix fois",
             "L2 : c'est pour ça qu'on passe à dix-neuf heures maintenant",
             "L? : <nous aussi on a demandé le passage du soir>",
             "L1 : et on vous a répondu quoi",
             "ANIM : on va s'arrêter là pour aujourd'hui"]
    text, segs = _segment(lines, gazetteer, doc={"kind": "rapport"})
    assert _at(text, segs, "comment ça se passe le soir").kind == "moderator"
    s = _at(text, segs, "on passe à dix-neuf heures")
    assert (s.speaker, s.role) == ("L2", "infirmier")
    s = _at(text, segs, "nous aussi on a demandé")
    assert (s.kind, s.speaker, s.role) == ("turn", "", "inconnu")
