"""Whom a quotation is credited to AFTER it, in the ways s49's rounds showed (segment/quotes.py):
the source cell of a "| Verbatim | Source |" row, a source line naming the interview by its number,
an endnote naming the person an incise only describes, a note call glued to the incise's name."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment


def test_the_source_cell_of_a_row_of_verbatims(gazetteer):
    lines = ["Méthodologie",
             "J'ai réalisé cinq entretiens au service de radiologie de Fécamp (entretiens 1 à 5) et deux avec des patients.",
             "Tableau 2 – Verbatims relatifs à l'attente",
             "| Verbatim | Source |",
             "| « Je vois tout de suite ceux qui ont peur, ils gardent leur manteau sur les genoux. » | Entretien 3 (MERM, 6 ans d'expérience) |",
             "| « Moi, le bruit, je ne m'y attendais pas, j'ai cru que la machine cassait. » | Patiente B (femme, 71 ans) |",
             "| « Dites, ça dure encore longtemps, ce truc ? » | Propos entendu dans le couloir, auteur non identifié |",
             "Ces verbatims ne sont qu'un échantillon."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "memoire"})
    s = _at(text, segs, "ils gardent leur manteau")
    assert (s.kind, s.role, s.region) == ("verbatim", "autre_paramedical", "Normandie")
    assert "3" in s.speaker
    s = _at(text, segs, "j'ai cru que la machine cassait")
    assert (s.kind, s.speaker) == ("verbatim", "Patiente B")
    s = _at(text, segs, "ça dure encore longtemps")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "", "inconnu")


def test_a_row_of_titles_and_channels_is_no_source(gazetteer):
    lines = ["Plan de communication",
             "| Mois | Message | Canal |",
             "| Juillet | « Canicule : on pense aux voisins isolés » | SMS aux adhérents, radio locale |",
             "| Août | « Le Rendez-vous des aidants » | Affiches, mairies |"]
    text, segs = _segment(lines, gazetteer, doc={"kind": "rapport"})
    assert all(s.kind not in ("verbatim", "turn") for s in segs)


def test_a_source_line_naming_the_interview_by_its_number(gazetteer):
    lines = ["Encadré 2 – Paroles d'acteurs",
             "« Sur la carte je suis en zone normale, mais l'hiver il me faut une heure pour monter au dernier village. »",
             "Source : entretien n° 6, infirmière libérale, Zicavo, avril 2023.",
             "« On a proposé l'aide à chaque nouvel installé, mais une aide ne remplace pas un logement à l'année. »",
             "Source : entretien n° 9, conseiller installation, caisse primaire d'assurance maladie, mai 2023."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "rapport"})
    s = _at(text, segs, "il me faut une heure pour monter")
    assert (s.kind, s.role, s.region) == ("verbatim", "infirmier", "Corse")
    assert "6" in s.speaker
    s = _at(text, segs, "une aide ne remplace pas un logement")
    assert s.kind == "verbatim" and "9" in s.speaker


def test_an_endnote_names_whom_the_incise_describes(gazetteer):
    lines = ["La fin du dispensaire minier",
             "Pour les anciens mineurs, le dispensaire était une institution. « On y allait comme on allait au puits, "
             "c'était à nous, on n'avait pas à prendre rendez-vous »¹, résume un ancien boiseur.",
             "L'infirmière qui y a travaillé le plus longtemps décrit la fermeture : « Le jour où ils ont fermé la "
             "mine, j'ai su que le dispensaire ne passerait pas l'hiver »².",
             "1. Entretien avec Marcel V., ancien boiseur, 84 ans, Carmaux, 3 mai 2022.",
             "2. Entretien avec Mme Denise Alibert, infirmière, 80 ans, Carmaux, 4 mai 2022."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "article"})
    s = _at(text, segs, "comme on allait au puits")
    assert (s.kind, s.speaker) == ("verbatim", "Marcel V.")
    s = _at(text, segs, "le dispensaire ne passerait pas l'hiver")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Mme Denise Alibert", "infirmier")


def test_a_note_call_glued_to_the_incises_name(gazetteer):
    lines = ["Le référent et les familles",
             "L'éducatrice occupe une place ambiguë. « Je passe une fois par mois, et chaque fois j'ai l'impression "
             "d'entrer chez quelqu'un, pas dans un lieu d'accueil », reconnaît Solène².",
             "² L'éducatrice référente suit la situation de l'enfant."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "article"})
    s = _at(text, segs, "l'impression d'entrer chez quelqu'un")
    assert (s.kind, s.speaker) == ("verbatim", "Solène")


def test_a_parenthesis_after_the_words_names_whom_the_lead_in_described(gazetteer):
    lines = ["Résultats",
             "Dix femmes (F1 à F10) ont été rencontrées avec, parfois, leur conjoint.",
             "Son compagnon, présent, a ajouté : « Moi, je ne savais même pas que j'avais le droit de venir aux "
             "rendez-vous, on ne me l'avait jamais dit. » (Kevin, conjoint de F3)",
             "Ces récits rejoignent ceux des sages-femmes."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "memoire"})
    s = _at(text, segs, "j'avais le droit de venir")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Kevin", "autre")


def test_a_joint_answer_credited_in_the_parenthesis(gazetteer):
    lines = ["Résultats",
             "Douze mères (M1 à M12) ont été interrogées à domicile dans les villages de Bandrélé et de Dembéni.",
             "« Le carnet est resté chez ma tante quand on a déménagé, alors on ne sait plus ce qui est fait. » "
             "(M7, 24 ans, deux enfants, Bandrélé)",
             "« Le taxi pour la PMI, on ne peut pas le prendre avec quatre enfants, alors on vient quand on peut. » "
             "(M2 et sa sœur, réponse commune, Dembéni)"]
    text, segs = _segment(lines, gazetteer, doc={"kind": "memoire"})
    s = _at(text, segs, "Le carnet est resté chez ma tante")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "M7", "autre")  # the mothers of the range
    s = _at(text, segs, "on ne peut pas le prendre avec quatre enfants")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "", "inconnu")
