"""Pseudonyms made of a profession and a word, listed once in the methods ("je leur ai attribué une
couleur : IDE Jaune, IDE Orange et IDE Verte", segment/pseudonym_lists.py): their words after a dash
closing the quotation ("« … » – IDE Jaune"), after a lead-in naming them with a colon or a verb of
saying, are theirs, role the profession. Near-miss: a pseudonym named in a sentence that puts a
word in guillemets without anyone saying it."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.pseudonym_lists import profession_pseudonyms

CASE = [
    "Partie 3 – Analyse des entretiens",
    "J'ai rencontré trois infirmières libérales exerçant au Gosier et à Pointe-à-Pitre. Pour respecter leur "
    "anonymat, je leur ai attribué une couleur : IDE Jaune, IDE Orange et IDE Verte.",
    "« Le docteur, je l'ai au téléphone quand il a fini ses consultations, vers vingt et une heures. » – IDE Jaune",
    "IDE Orange, elle, s'appuie sur la CPTS créée en 2022 : « depuis qu'on a le groupe de la CPTS, je poste un "
    "message et j'ai une réponse dans l'heure ».",
    "IDE Verte me dit en riant que « la coordination, c'est nous, on fait le lien entre tout le monde »."
    " IDE Jaune organise aussi la « tournée du soir » avec sa remplaçante.",
]

# other profession, other pseudonyms (trees), another island; two listed, a lead-in with "explique"
VARIANT = [
    "Méthode",
    "Deux masseurs-kinésithérapeutes de Saint-Pierre (La Réunion) ont accepté l'entretien ; ils sont désignés "
    "ainsi : Kiné Tamarin et Kiné Filao.",
    "Kiné Filao explique que « sans ordonnance lisible, on rappelle le cabinet, et on attend ».",
    "« On se connaît tous, c'est un petit milieu, alors le téléphone suffit. » — Kiné Tamarin",
]


def test_listed_pseudonyms_speak(gazetteer):
    text, segs = _segment(CASE, gazetteer)
    for snippet, who in (("je l'ai au téléphone", "IDE Jaune"), ("je poste un message", "IDE Orange"),
                         ("on fait le lien", "IDE Verte")):
        seg = _at(text, segs, snippet)
        assert (seg.kind, seg.speaker, seg.role, seg.region) == ("verbatim", who, "infirmier", "Guadeloupe")


def test_unseen_variant(gazetteer):
    assert profession_pseudonyms(VARIANT) == {"Kiné Tamarin": "Kiné", "Kiné Filao": "Kiné"}
    text, segs = _segment(VARIANT, gazetteer)
    for snippet, who in (("sans ordonnance lisible", "Kiné Filao"), ("On se connaît tous", "Kiné Tamarin")):
        seg = _at(text, segs, snippet)
        assert (seg.kind, seg.speaker, seg.role) == ("verbatim", who, "kinesitherapeute")


def test_near_misses(gazetteer):
    # a word in guillemets in a sentence about a listed person: no one's words
    text, segs = _segment(CASE, gazetteer)
    assert _at(text, segs, "tournée du soir").speaker != "IDE Jaune"
    # names that share a first word but are no list after a colon, or whose first word is no profession
    assert profession_pseudonyms(["Nous avons lu Marie Curie, Marie Laurent et Marie Durand."]) == {}
    assert profession_pseudonyms(["Les rues : Rue Jaune, Rue Orange et Rue Verte."]) == {}
