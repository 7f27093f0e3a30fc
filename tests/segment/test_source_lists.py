"""Sources given by a numbered call after the quotation and resolved in a list elsewhere
(corpus/segment/source_lists.py): "« … » [3]" and the line "[3] E4, infirmière libérale,
Lorient.". Session 8 (seggen4): the perturbation benchmark moved the parenthesised attribution
after each quotation to a numbered list at the end of the page (attr_note_list): 47 items lost."""

from __future__ import annotations

from segment_text import segment_at, segment_lines, speech

from corpus.segment.source_lists import source_lists


def test_called_quotations_take_the_person_of_their_list_line(gazetteer):
    lines = ["Les infirmières décrivent d'abord l'isolement des premières semaines.",
             "« On n'avait pas de masques, pas de consignes, rien. On s'est débrouillées entre nous. » [1]",
             "Les pharmaciens, eux, parlent d'un comptoir devenu guichet de tout : « les gens venaient pour les "
             "masques, pour les attestations, pour parler » [2].",
             "[1] I12, infirmière libérale, Lorient.",
             "[2] Pharmacien titulaire, Aubenas."]
    text, segs = segment_lines(lines, gazetteer)
    first = segment_at(text, segs, "On n'avait pas de masques")
    assert (first.kind, first.speaker, first.role, first.region) == ("verbatim", "I12", "infirmier", "Bretagne")
    second = segment_at(text, segs, "les gens venaient pour les masques")
    assert (second.kind, second.role, second.region) == ("verbatim", "pharmacien", "Auvergne-Rhône-Alpes")
    assert not [s for s in speech(segs) if s.text.lstrip().startswith("[")]  # the list lines are no one's words


def test_a_list_extraction_ran_onto_the_paragraph_before_still_resolves():
    text = ("Verbatim 3 : « C'est moi qui prenais les appels des infirmières. » [3] Ces verbatims montrent "
            "des acteurs peu visibles. [3] Secrétaire médicale en cabinet de groupe, 20 ans d'expérience.")
    assert source_lists(text) == {(0, "3"): "Secrétaire médicale en cabinet de groupe, 20 ans d'expérience"}


def test_numbered_references_to_the_literature_stay_references(gazetteer):
    # look-alike: a thesis numbers its references like sources; an author's words are no verbatim
    lines = ["La coordination, rappellent les auteurs, « ne se décrète pas et suppose un travail "
             "d'articulation entre des professionnels qui ne se connaissent pas » [1].",
             "La Haute Autorité de santé recommandait que la téléconsultation reste « exceptionnelle et "
             "réservée aux patients déjà connus du médecin » [2].",
             "[1] Bloch MA, Hénaut L. Coordination et parcours. Paris : Dunod ; 2014.",
             "[2] Haute Autorité de santé. Réponses rapides dans le cadre du Covid-19. 2020."]
    _, segs = segment_lines(lines, gazetteer)
    assert not speech(segs)


def test_a_number_nobody_calls_after_a_quotation_is_no_source():
    # a numbered list of steps, and a quotation with no call
    text = ("Le protocole tient en deux temps. [1] Appeler le patient la veille. [2] Noter l'heure.\n"
            "Le message dit « rappelez demain » à chaque fois.")
    assert source_lists(text) == {}


def test_a_list_line_that_points_to_a_figure_legend_takes_the_person_of_the_legend(gazetteer):
    lines = ["Figure 2 – Localisation des enquêtés. 1 : infirmière libérale, Lormes (Nièvre) ; 2 : médecin "
             "généraliste, Quarré-les-Tombes (Yonne) ; 3 : pharmacienne, Saulieu (Côte-d'Or).",
             "Dans le Morvan, la distance se compte en minutes : « une tournée dans le Morvan, c'est cent vingt "
             "kilomètres pour huit patients » [1].",
             "[1] Enquêtée 1, fig. 2."]
    text, segs = segment_lines(lines, gazetteer)
    seg = segment_at(text, segs, "une tournée dans le Morvan")
    assert (seg.kind, seg.role, seg.region) == ("verbatim", "infirmier", "Bourgogne-Franche-Comté")
    assert seg.speaker.lower().replace(" ", "") == "enquêtée1"


def test_a_list_whose_items_extraction_ran_together_resolves_each_call():
    # session 9 (segfix23, round 21): "[3] Infirmière libérale, Calvi [4] Président …" on one line
    text = ("« On décide à Bastia pour tout le département. » [7]\n"
            "« Le bureau, c'est une affaire de médecins. » [3]\n"
            "Entretiens cités\n"
            "[3] Infirmière libérale, Calvi [4] Président de la CPTS, médecin généraliste, Bastia "
            "[7] Pharmacien titulaire, Rogliano\n")
    assert source_lists(text) == {(0, "3"): "Infirmière libérale, Calvi",
                                  (0, "7"): "Pharmacien titulaire, Rogliano"}


def test_an_interviews_list_names_each_called_quotation_by_its_interview(gazetteer):
    lines = ["La CPTS étudiée n'y échappe pas (Mintzberg, 1982).",
             "« On décide à Bastia pour tout le département, mais les routes ne sont pas les mêmes. » [7]",
             "Le président reconnaît lui-même que la CPTS « a grandi trop vite pendant le covid, sans règles "
             "écrites » [4].",
             "Entretiens cités",
             "[4] Président de la CPTS, médecin généraliste, Bastia",
             "[7] Pharmacien titulaire, Rogliano"]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "article"})
    first = segment_at(text, segs, "On décide à Bastia")
    assert (first.kind, first.speaker, first.role, first.region) == ("verbatim", "Entretien n°7", "pharmacien", "Corse")
    second = segment_at(text, segs, "a grandi trop vite")
    assert (second.kind, second.speaker, second.role) == ("verbatim", "Entretien n°4", "medecin_generaliste")


def test_a_list_of_sources_under_another_heading_names_no_interview(gazetteer):
    lines = ["« On n'avait pas de masques, pas de consignes, rien. On s'est débrouillées entre nous. » [1]",
             "Sources des citations",
             "[1] Infirmière libérale, Lorient."]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "article"})
    s = segment_at(text, segs, "On n'avait pas de masques")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "", "infirmier")


def test_a_list_line_opening_with_the_interview_word_names_nobody(gazetteer):
    lines = ["Les sages-femmes libérales décrivent un suivi à domicile devenu la règle après la sortie : "
             "« on passe le lendemain, parfois le jour même, parce que la maternité ne garde plus personne » [4].",
             "[4] Entretien, sage-femme libérale, Pontivy, juin 2022."]
    text, segs = segment_lines(lines, gazetteer)
    seg = segment_at(text, segs, "on passe le lendemain")
    assert (seg.kind, seg.speaker, seg.role, seg.region) == ("verbatim", "", "sage_femme", "Bretagne")


# segroles13: a typographic sign as the call ("« … » †") and the note line at the end of the
# section that opens with the same sign (round 37's Mayenne memoir, reworded)
def test_a_dagger_call_takes_the_person_of_its_note_line(gazetteer):
    lines = ["Cinq coordinatrices de CPTS ont été interrogées en 2023.",
             "La fiche de poste reste floue : « On m'a dit de faire le lien, mais le lien entre qui et qui, "
             "personne ne savait vraiment » †.",
             "L'isolement revient souvent : « Je suis seule dans un bureau prêté par la mairie, on s'appelle "
             "entre coordinatrices tous les vendredis » ‡.",
             "† Coordinatrice de CPTS, nord Mayenne, entretien du 3 mai 2023.",
             "‡ Infirmière libérale, sud Mayenne, entretien du 22 mai 2023."]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "memoire"})
    first = segment_at(text, segs, "personne ne savait vraiment")
    assert (first.kind, first.role, first.region) == ("verbatim", "coordinateur", "Pays de la Loire")
    assert segment_at(text, segs, "Je suis seule dans un bureau").role == "infirmier"


def test_an_asterisk_call_resolved_by_its_note_line(gazetteer):
    # an unseen variant: an asterisk as the call, the note line under the paragraph
    lines = ["Les gardes du week-end pèsent sur les officines : « le samedi, on est devenus le cabinet médical "
             "du canton, faute de médecin » *.",
             "* Pharmacien titulaire, Saint-Flour, entretien de mars 2022."]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "memoire"})
    seg = segment_at(text, segs, "on est devenus le cabinet médical")
    assert (seg.kind, seg.role, seg.region) == ("verbatim", "pharmacien", "Auvergne-Rhône-Alpes")


def test_a_sign_no_line_resolves_describes_nobody(gazetteer):
    # near miss: the dagger is called but no note line opens with it; nothing is invented
    lines = ["La fiche de poste reste floue : « On m'a dit de faire le lien, mais le lien entre qui et qui, "
             "personne ne savait vraiment » †.",
             "Ces représentations divergentes alimentent des tensions sur le périmètre des missions."]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "memoire"})
    assert segment_at(text, segs, "personne ne savait vraiment").role in ("", "inconnu")


def test_a_correspondence_table_gives_each_numbered_quotation_its_interview(gazetteer):
    # session 22 (segspeak17, round 40): quotes carry only "[C3]"; the annex table maps each citation
    # number to an interview, its profession and its commune (rows run onto one line by extraction)
    lines = ["« Les gens viennent chez nous avant d'aller chez le médecin, parce qu'on est ouverts le samedi. » [C3]",
             "Du côté des médecins : « S'ils peuvent gérer les cystites, c'est du temps de gagné. » [C11]",
             "Annexe 3 – Correspondance des citations",
             "Citation | Entretien | Profession | Commune",
             "C3 | E2 | Pharmacienne titulaire | Gaillac C11 | E1 | Médecin généraliste | Albi"]
    text, segs = segment_lines(lines, gazetteer)
    first = segment_at(text, segs, "Les gens viennent chez nous")
    assert (first.kind, first.speaker, first.role, first.region) == ("verbatim", "E2", "pharmacien", "Occitanie")
    second = segment_at(text, segs, "S'ils peuvent gérer")
    assert (second.kind, second.speaker, second.role) == ("verbatim", "E1", "medecin_generaliste")


def test_a_correspondence_table_of_another_layout_resolves_its_calls(gazetteer):
    # unseen variant: other letters, a tab-separated table, one row per line, a pseudonymous code
    lines = ["Une aide-soignante le résume : « Le matin on court, l'après-midi on rattrape les transmissions. » [V12]",
             "« Je n'ai jamais vu le médecin coordonnateur dans le service, pas une fois. » [V4]",
             "Tableau 5. Origine des verbatims",
             "V4\tP7\tInfirmière coordinatrice\tVannes",
             "V12\tP2\tAide-soignante\tPontivy"]
    text, segs = segment_lines(lines, gazetteer)
    first = segment_at(text, segs, "Le matin on court")
    assert (first.kind, first.speaker, first.role, first.region) == ("verbatim", "P2", "autre_paramedical", "Bretagne")
    second = segment_at(text, segs, "Je n'ai jamais vu le médecin")
    assert (second.kind, second.speaker, second.region) == ("verbatim", "P7", "Bretagne")


def test_a_lettered_reference_key_resolved_by_a_bibliography_table_stays_a_reference(gazetteer):
    # near-miss: a thesis keys its references "[BH14]"; the table under it lists authors and years
    lines = ["La coordination, rappellent les auteurs, « ne se décrète pas et suppose un travail "
             "d'articulation entre des professionnels » [BH14].",
             "Références | Auteurs | Année",
             "BH14 | Bloch MA, Hénaut L. | 2014"]
    _, segs = segment_lines(lines, gazetteer)
    assert not speech(segs)


def test_a_listed_code_whose_row_opens_on_a_sex_speaks_by_its_code(gazetteer):
    # "« … » [MG03]" and the participants' row "MG03 | Femme | 44 ans | …": the code speaks, "Femme" is
    # no pseudonym (s48)
    from segment_text import segment_at, segment_lines

    lines = ["Tableau 1 – Caractéristiques des médecins interrogés",
             "MG02 | Homme | 61 ans | Cabinet seul | Desvres",
             "MG03 | Femme | 44 ans | Maison de santé | Samer",
             "Les médecins généralistes interrogés décrivent la pression des patients sur la durée des arrêts.",
             "« Il arrive avec sa durée en tête, et si je dis non il ira ailleurs, je le sais très bien. » [MG02]",
             "« Depuis le contrôle de la caisse, je relis chaque arrêt le soir avant de dormir. » [MG03]"]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "these"})
    s = segment_at(text, segs, "il ira ailleurs")
    assert (s.kind, s.speaker) == ("verbatim", "MG02")
    assert segment_at(text, segs, "je relis chaque arrêt").speaker == "MG03"
