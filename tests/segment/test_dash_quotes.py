"""Paragraph-long quotations opened by a dash instead of guillemets (corpus/segment/dash_quotes.py):
"— … (I12, infirmière libérale)" or under "Une pharmacienne explique :". Session 8 (seggen4): the
perturbation benchmark set block quotations so (quotes_emdash): 21 items lost."""

from __future__ import annotations

from segment_text import segment_at, segment_lines, speech

from corpus.segment.dash_quotes import fold_dash_quotes


def test_a_dash_quotation_closed_by_its_source_is_read_in_guillemets_of_the_same_length():
    text = ("Les infirmières décrivent l'isolement.\n"
            "— On n'avait pas de masques, pas de consignes, rien. On s'est débrouillées entre nous. "
            "(I12, infirmière libérale, Gironde)")
    folded = fold_dash_quotes(text)
    assert folded.split("\n")[1].startswith("« On n'avait pas de masques")
    assert "entre nous.»(I12, infirmière libérale, Gironde)" in folded
    assert len(folded) == len(text)


def test_an_introduced_dash_quotation_and_its_source(gazetteer):
    lines = ["La pharmacienne de Casteljaloux le dit sans détour :",
             "— À la campagne, on n'a pas attendu la CPTS pour se parler, le médecin passe prendre son café "
             "à la pharmacie tous les matins.",
             "Les rôles, pourtant, ont changé avec la crise.",
             "— Avant le Covid, je ne connaissais le kiné de la vallée que de nom. Avec les visios du soir, on a "
             "fini par se tutoyer. (Mathilde, infirmière libérale, pays de Caux)"]
    text, segs = segment_lines(lines, gazetteer)
    first = segment_at(text, segs, "À la campagne, on n'a pas attendu")
    assert (first.kind, first.role) == ("verbatim", "pharmacien")
    second = segment_at(text, segs, "Avant le Covid, je ne connaissais")
    assert (second.kind, second.speaker, second.role, second.region) == ("verbatim", "Mathilde", "infirmier", "Normandie")
    assert second.text.startswith("— Avant le Covid")  # the document's own text


def test_a_novel_dialogue_and_a_dash_list_stay_narrative(gazetteer):
    # look-alikes: a dialogue of a novel under a line ending with a colon; a list of actions, one
    # closed by a parenthesis; a citation of a book closed by (Author, year)
    lines = ["Elle se retourna vers lui et dit enfin :",
             "— Tu reviendras quand la maison sera vendue et que plus personne ne nous attendra ici.",
             "— Je ne sais pas si je reviendrai un jour dans ce village où tout le monde se connaît.",
             "Le plan d'action de la communauté retient trois priorités :",
             "— Mettre à jour le répertoire des professionnels du territoire et le diffuser aux adhérents (action 3).",
             "— Organiser une réunion plénière par trimestre avec les établissements du secteur (action 4).",
             "— La coordination ne se décrète pas et suppose un travail d'articulation patient entre les "
             "professionnels (Bloch et Hénaut, 2014)."]
    _, segs = segment_lines(lines, gazetteer)
    assert not speech(segs)


def test_list_items_run_together_or_closed_by_an_acronym_are_no_quotations():
    # sfsp2023's list of a health centre's projects, which extraction runs onto one line
    text = ("Les projets de l'équipe :\n– pilotage des expérimentations Peps et Ipep (Ministère et Assurance "
            "maladie) – 5 maisons de santé (MSP)\n– un protocole de coopération entre médecins et infirmières "
            "pour le suivi des patients chroniques (ACI)")
    assert fold_dash_quotes(text) == text


def test_a_document_with_a_dash_dialogue_keeps_all_its_dashes():
    # real19's press conversation: an introduced dash answer sits among the dialogue's dashes
    text = ("— Et les rigueurs du règlement ?…\n— Oh ! les rigueurs du règlement !… J'ai horreur de toucher "
            "au règlement ! Cela m'arrive le moins possible.\nM. Deschanel laisse tomber ces paroles :\n"
            "— Il y a des jours où la Chambre devrait comprendre que je ne puis rien sans elle.\nLà-dessus nous "
            "revenons au leit-motiv.")
    assert fold_dash_quotes(text) == text


def test_a_dash_quotation_with_its_source_alone_on_the_line_below(gazetteer):
    # seggen9 (quotes_emdash): the parenthesis that names the speaker on a line of its own
    lines = ["Les médecins de Thiers décrivent une coopération plus tardive et plus encadrée.",
             "— Nous, on a attendu les consignes. Les réunions de la CPTS, je les ai découvertes à l'automne, "
             "quand il a fallu organiser le centre de vaccination.",
             "(médecin généraliste, groupe de Thiers)",
             "Le travail invisible de la coordination"]
    text, segs = segment_lines(lines, gazetteer)
    seg = segment_at(text, segs, "Nous, on a attendu les consignes")
    assert (seg.kind, seg.role) == ("verbatim", "medecin_generaliste")


def test_a_dash_item_above_an_action_number_or_a_reference_stays_narrative(gazetteer):
    # look-alikes: a list item above its action number; a sentence above a reference in parentheses
    lines = ["Le plan d'action de la communauté retient une priorité pour l'année à venir.",
             "— Mettre à jour le répertoire des professionnels du territoire et le diffuser aux adhérents.",
             "(action 3)",
             "— La coordination ne se décrète pas et suppose un travail d'articulation patient entre les "
             "professionnels.",
             "(Bloch et Hénaut, 2014)"]
    _, segs = segment_lines(lines, gazetteer)
    assert not speech(segs)


def test_a_dash_credit_that_withholds_the_profession_is_a_respondent(gazetteer):
    # a consultation's answers credited after a dash; one respondent gave no profession (s48)
    from segment_text import segment_at, segment_lines

    lines = ["Réponses à la question ouverte : « Quelle serait votre priorité pour la CPTS ? » (extraits)",
             "– « Un numéro unique pour joindre un médecin quand un patient sort de l'hôpital le vendredi. » – infirmière libérale, Yvetot",
             "– « Un annuaire à jour avec les numéros directs et pas ceux des standards, surtout. » – pharmacien, Fécamp",
             "– « Des réunions plus courtes et en fin de journée, pas à vingt heures trente. » – profession non renseignée"]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "rapport"})
    s = segment_at(text, segs, "Des réunions plus courtes")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "", "inconnu")
    assert segment_at(text, segs, "Un annuaire à jour").role == "pharmacien"
