"""An organisation's or an event's motto set apart and signed by it (segment/mottos.py), on made-up
lines. Near misses that must not change: people's short quotations signed by a name or a
description, a long quotation signed by an organisation, a motto line signed by a name the masthead
does not open with."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.mottos import motto_line

BROCHURE = [
    "Maison de santé du Val d'Aure – Lettre aux patients n°4",
    "Cette année, l'équipe accueille deux nouvelles infirmières et une orthophoniste.",
    "« On a enfin un cabinet où l'on peut se parler entre deux patients, et ça change tout. » – Jeanne, "
    "infirmière libérale, Arreau",
    "Ce que nous avons entendu",
    "« Je fais trente visites par jour l'hiver, sur des routes où la voiture ne passe pas. »",
    "— infirmière libérale, Arreau",
    "« La santé au plus près de chez vous » – Association des amis du Val.",
    "Maison de santé du Val d'Aure – « Là où vous vivez, nous venons ».",
    "« Je ne lâche rien, jamais » – Paul, patient, Arreau",
]


def test_an_organisations_motto_is_narrative(gazetteer):
    text, segs = _segment(BROCHURE, gazetteer)
    assert _at(text, segs, "La santé au plus près de chez vous").kind not in ("verbatim", "turn")
    assert _at(text, segs, "Là où vous vivez, nous venons").kind not in ("verbatim", "turn")
    s = _at(text, segs, "un cabinet où l'on peut se parler")  # near miss: a nurse's words signed below
    assert (s.kind, s.role) == ("verbatim", "infirmier")


def test_motto_line():
    masthead = "Réseau Pyrène – Rapport d'activité 2023"
    assert motto_line("« Soigner ici, vivre ici » – Association des amis du Val.", masthead)
    assert motto_line("« La forme au naturel » – Thermes de Barbotan.", masthead)
    assert motto_line("Festival Santé Vive – « Bougez, respirez, vivez ! »", masthead)
    assert motto_line("Pyrène Santé – « Là où vous êtes, nous venons ».", "Pyrène Santé – Rapport de mission")
    assert motto_line("Pyrène Santé : « Là où vous êtes, nous venons ».", "Pyrène Santé – Rapport de mission")
    # near misses: people's short quotations, a long statement signed by an organisation
    assert not motto_line("« Je ne lâche rien, jamais » – Paul, patient, Arreau", masthead)
    assert not motto_line("« On ne lâche rien » – Marie Dupont.", masthead)
    assert not motto_line("Marie Dupont – « On ne lâche rien ».", masthead)
    assert not motto_line("« On ne lâche rien » – Marie Dupont.", "Marie Dupont – infirmière libérale, entretien")
    assert not motto_line("« Nous avons ouvert trois antennes cette année. Le bilan est bon. » – Association "
                          "des amis du Val.", masthead)
    assert not motto_line("« Soigner ici, vivre ici », explique l'association des amis du Val.", masthead)
    assert not motto_line("« Soigner ici, vivre ici »", masthead)  # nobody signs: left to the other rules


# s34-segr60b: a saying the community's impersonal voice says

def test_impersonal_saying_is_nobody_s_words(gazetteer):
    lines = ["Chroniques d'un pharmacien de montagne",
             "Dimanche, Mme Rey, 84 ans, est passée chercher ses gouttes. Elle m'a dit : « Vous savez, je descends "
             "encore au marché tous les jeudis. »",
             "Heureusement, Lucien Favre, l'un des deux ambulanciers du canton, a fait le tour des hameaux. « J'ai "
             "monté les traitements à tout le monde et j'ai laissé mon numéro sur les portes. »",
             "Lundi, la route a rouvert. On dit chez nous « Qui monte au col redescend plus sage » ; cette semaine "
             "je l'ai vérifié."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "autre"})
    assert _at(text, segs, "Qui monte au col").kind == "narrative"
    assert _at(text, segs, "je descends encore").kind == "verbatim"


def test_near_miss_someone_told_me_is_speech():
    from corpus.segment.mottos import common_saying

    assert common_saying("On dit ici ") and common_saying("Comme on dit chez nous : ")
    assert common_saying("", "», dit-on au village.")
    assert not common_saying("On m'a dit : ") and not common_saying("Elle dit ici : ")


# s34-segr60c: a tagline opening its paragraph and named after a colon ("« … » : notre signature …"), even
# when the extraction ran it onto the line of the person quoted above and a rule read it as that person's
# words continued; near misses: a person's words a sentence after the colon comments, the person quoted above.
def test_a_tagline_named_after_its_colon():
    from corpus.segment.base import Span, TextLine
    from corpus.segment.mottos import demote_named_mottos, named_motto

    assert named_motto("« Soigner près de chez vous » : telle est notre devise depuis 1998.")
    assert named_motto("« Marcher de nouveau, vivre enfin » : notre signature figurera sur la façade.")
    assert not named_motto("« Je ne remontais plus mes escaliers » : notre patiente le dit avec un sourire.")
    assert not named_motto("« Nous ouvrirons l'atelier le samedi, c'est promis à tous les patients. »")
    text = ("Anne Roux, ergothérapeute : « Nous ouvrirons l'atelier le samedi. » « Marcher de nouveau, vivre enfin » "
            ": notre devise figurera sur la façade.\n"
            "« Je ne remontais plus mes escaliers » : notre patiente le dit avec un grand sourire.")
    first = text.index("\n")
    lines = [TextLine(0, 0, first, text[:first]), TextLine(1, first + 1, len(text), text[first + 1:])]
    q1, q2, q3 = (text.index("« Nous"), text.index("« Marcher"), text.index("« Je ne"))
    spans = [Span(q1, text.index("»", q1) + 1, "verbatim"), Span(q2, text.index("»", q2) + 1, "verbatim"),
             Span(q3, text.index("»", q3) + 1, "verbatim")]
    out = demote_named_mottos(spans, lines, lambda at: 0 if at < first else 1)
    assert [s.kind for s in out] == ["verbatim", "narrative", "verbatim"]
