"""Contributions of a collaborative pad signed by their writers' initials in brackets at the end
of the line, the initials explained by a key at the top (segment/signed_initials.py): "… par la
famille [MT]", a contribution typed by two "[LG + PB]", two contributions run into one paragraph.
Look-alikes: brackets of initials nobody explained, and a report's numbered references "[12]"."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

SPEECH = ("verbatim", "turn", "moderator")


def test_a_pad_signed_by_initials_a_key_explains(gazetteer):
    lines = ["Atelier « Sortie d'hospitalisation » – pad du 21 novembre 2023",
             "Qui est là : MT = Marion Tissot (infirmière libérale, Saint-Vit) ; LG = Lucas Girardot (pharmacien, "
             "Besançon) ; PB = Pauline Boillot (kinésithérapeute, Besançon) ; FR = Dr François Racine (médecin "
             "généraliste, Ornans). Animation : Claire, coordinatrice.",
             "On apprend la sortie le vendredi soir par la famille, jamais par le service [MT] Les ordonnances de "
             "sortie arrivent avec des médicaments hospitaliers qu'on n'a pas en stock [LG + PB]",
             "Le courrier de sortie arrive trois semaines après, quand le patient a déjà été revu [FR]",
             "A faire : contacter la cadre de santé de médecine interne du CHU avant janvier."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "rapport"})
    first = _at(text, segs, "On apprend la sortie")
    assert (first.kind, first.speaker, first.role) == ("verbatim", "MT", "infirmier")
    assert "[MT]" not in first.text
    joint = _at(text, segs, "des médicaments hospitaliers")
    assert (joint.kind, joint.speaker, joint.role) == ("verbatim", "LG + PB", "pharmacien")
    assert (_at(text, segs, "Le courrier de sortie").speaker, _at(text, segs, "Le courrier de sortie").role) \
        == ("FR", "medecin_generaliste")
    assert _at(text, segs, "contacter la cadre").kind not in SPEECH


def test_an_unseen_pad_with_other_initials_and_joiner(gazetteer):
    lines = ["Brainstorming CPTS du Pays de Lorient – document partagé",
             "Participants : AH = Anne Hamon (sage-femme, Lorient) ; YK = Yann Kerbrat (pharmacien, Hennebont) ; "
             "SL = Sophie Le Roux (infirmière, Quimperlé).",
             "Les mamans sortent de la maternité au bout de deux jours et personne ne passe avant la semaine suivante [AH]",
             "On pourrait tenir une permanence d'allaitement à la pharmacie le mercredi [YK & SL]",
             "Relancer la maternité pour la liste des sorties précoces."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "rapport"})
    mums = _at(text, segs, "Les mamans sortent")
    assert (mums.kind, mums.speaker, mums.role) == ("verbatim", "AH", "sage_femme")
    joint = _at(text, segs, "une permanence d'allaitement")
    assert (joint.kind, joint.speaker, joint.role) == ("verbatim", "YK & SL", "pharmacien")
    assert _at(text, segs, "Relancer la maternité").kind not in SPEECH


def test_brackets_of_unexplained_initials_or_numbers_sign_nothing(gazetteer):
    lines = ["Synthèse de la littérature sur les sorties d'hospitalisation",
             "Les sorties du vendredi soir restent mal préparées dans la plupart des services [12]",
             "Le courrier de sortie arrive souvent après la première consultation de ville [HAS]",
             "La conciliation médicamenteuse réduit les réhospitalisations précoces [DREES]"]
    text, segs = _segment(lines, gazetteer, doc={"kind": "rapport"})
    assert all(s.kind not in SPEECH for s in segs)
