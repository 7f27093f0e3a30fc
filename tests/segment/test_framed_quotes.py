"""A paragraph-long quotation without quotation marks (italics, or a dash) framed by who speaks:
a box title above it or a source / signature line below it (corpus/segment/framed_quotes.py).
Session 10 (seggen10): the perturbation benchmark's quotes_block_italic and quotes_emdash rows
lost the quotes of report boxes once their « » became italics or a dash."""

from __future__ import annotations

import pytest
from segment_text import line_styles, segment_at, segment_lines

from corpus.segment.dash_quotes import fold_dash_quotes
from corpus.segment.framed_quotes import credit_below, title_description


@pytest.mark.parametrize("line, desc", [
    ("Verbatim n°17 — infirmière libérale, Bretagne", "infirmière libérale, Bretagne"),
    ("Témoignage 3 : Claire, sage-femme, Vesoul", "Claire, sage-femme, Vesoul"),
    ("Extrait 4 – pharmacien titulaire, Ardennes", "pharmacien titulaire, Ardennes"),
])
def test_a_box_title_names_a_person(line, desc):
    found = title_description(line)
    assert found is not None and found[1] == desc and line[found[0]:found[0] + len(desc)] == desc


@pytest.mark.parametrize("line", [
    "Encadré 4 – Ce qu'en disent les acteurs rencontrés",  # a box about people, no one named
    "Chapitre 2 — Le temps des moissons, la fin de l'été",
    "Les tournées ont doublé : on passait chez des patients, le soir",  # a sentence and a clause
    "Tableau 3 : Répartition des répondants, par région",
])
def test_look_alike_titles_name_no_one(line):
    assert title_description(line) is None


@pytest.mark.parametrize("line, credits", [
    ("Source : entretien de la mission avec une pharmacienne titulaire, porteuse de projet (Ardennes).", True),
    ("– Patiente, 67 ans, diabétique, Basse-Terre", True),
    ("Martine, 67 ans, aidante de son mari, près d'Albi", True),
    ("Source : INSEE, recensement de la population 2020.", False),  # a statistic's source names no one
    ("Le week-end, je n'avais ni infirmière ni pharmacie de garde.", False),
])
def test_credit_below(line, credits):
    assert credit_below(line) is credits


BOX = ["Les entretiens ont été conduits dans quatre régions ; chaque encadré indique la profession de la personne.",
       "Verbatim n°17 — infirmière libérale, Bretagne",
       "Les tournées ont doublé. On passait chez des patients que personne d'autre ne voyait plus.",
       "Verbatim n°21 — coordinatrice de CPTS, Occitanie",
       "Mon rôle, c'était d'abord de faire circuler l'information, et de vérifier qu'elle arrivait bien à tout le monde."]


def test_italic_words_under_a_box_title_are_its_persons(gazetteer):
    text, segs = segment_lines(BOX, gazetteer, styles=line_styles(BOX, {2, 4}))
    seg = segment_at(text, segs, "Les tournées ont doublé")
    assert (seg.kind, seg.role, seg.region) == ("verbatim", "infirmier", "Bretagne")
    seg = segment_at(text, segs, "Mon rôle, c'était")
    assert (seg.kind, seg.role, seg.region) == ("verbatim", "coordinateur", "Occitanie")


def test_the_same_words_in_roman_under_the_title_are_not_read_as_italics(gazetteer):
    # look-alike: the same box with its words in roman (a caption, not a quotation set apart)
    text, segs = segment_lines(BOX, gazetteer)
    assert segment_at(text, segs, "Les tournées ont doublé").kind == "narrative"


def test_an_italic_paragraph_under_a_chapter_title_stays_narrative(gazetteer):
    # look-alike: a novel's italic epigraph under a chapter title that names no person
    lines = ["Chapitre 2 — Le temps des moissons, la fin de l'été",
             "On partait avant l'aube, et l'on rentrait quand la lune était déjà haute sur les champs.",
             "Le village vivait alors au rythme des battages."]
    text, segs = segment_lines(lines, gazetteer, styles=line_styles(lines, {1}))
    assert segment_at(text, segs, "On partait avant l'aube").kind == "narrative"


def test_an_italic_paragraph_above_a_source_line(gazetteer):
    lines = ["Encadré 4 – Ce qu'en disent les acteurs rencontrés",
             "L'agence nous a envoyé un modèle de lettre d'intention et un tableau à remplir. Pour le reste, on a "
             "tout appris d'une CPTS voisine.",
             "Source : entretien de la mission avec une pharmacienne titulaire, porteuse de projet (Ardennes)."]
    text, segs = segment_lines(lines, gazetteer, styles=line_styles(lines, {1}))
    seg = segment_at(text, segs, "L'agence nous a envoyé")
    assert (seg.kind, seg.role) == ("verbatim", "pharmacien")


def test_dash_quotations_framed_by_a_title_or_a_signature_are_folded():
    text = ("Verbatim n°17 — infirmière libérale, Bretagne\n"
            "— Les tournées ont doublé. On passait chez des patients que personne d'autre ne voyait plus.\n"
            "Les patients, eux, décrivent la même période.\n"
            "— Pendant le confinement, c'est l'infirmière qui m'apportait tout, même le pain.\n"
            "– Patiente, 67 ans, diabétique, Basse-Terre\n")
    folded = fold_dash_quotes(text).split("\n")
    assert folded[1].startswith("« Les tournées") and folded[1].endswith("plus»")
    assert folded[3].startswith("« Pendant") and folded[3].endswith("pain»")
    assert len(fold_dash_quotes(text)) == len(text)


def test_a_dash_dialogue_stays_a_dialogue():
    # look-alike: a novel's dialogue in dashes; the last line names someone but answers, it credits no one
    text = ("— Tu viens ce soir à la réunion de la maison de santé avec les autres ?\n"
            "— Non, je suis de garde jusqu'à vingt heures, et je dois encore passer chez Mme Roux.\n"
            "— Dommage, on aurait parlé du planning des vacances de printemps.\n")
    assert fold_dash_quotes(text) == text


def test_a_first_name_and_a_profile_in_parentheses_below_an_italic_quote(gazetteer):
    """segfix32: a sociology memoir sets a long quote in italics, then on its own line the
    interviewee's first name and profile in parentheses."""
    lines = ["Les auxiliaires de vie passent chaque jour chez les personnes âgées, sans que ce rôle soit reconnu.",
             "Je vois tout, moi. Je vois quand elle ne mange plus, quand les médicaments restent dans le pilulier. "
             "Mais personne ne me demande jamais rien.",
             "(Joséphine, 54 ans, auxiliaire de vie, Lens)",
             "Cette position d'intermédiaire rejoint ce que décrivait la littérature."]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "memoire"}, styles=line_styles(lines, {1}))
    s = segment_at(text, segs, "Je vois tout, moi")
    assert (s.kind, s.speaker, s.region) == ("verbatim", "Joséphine", "Hauts-de-France")
    # a parenthesis of references under an italic epigraph: no one's words
    other = ["Le soin est d'abord une attention portée à autrui, une disponibilité de chaque instant.",
             "(Tronto, 2009, p. 143)",
             "Nous reprenons cette définition."]
    text2, segs2 = segment_lines(other, gazetteer, doc={"kind": "memoire"}, styles=line_styles(other, {0}))
    assert not [x for x in segs2 if x.kind in ("verbatim", "turn")]


def test_as_said_by_a_named_interviewee_further_in_the_interview(gazetteer):
    """segfix32: 'Comme le dit Joséphine un peu plus loin dans l'entretien, « … »': a name right after
    the verb, then words naming the interview (attributions.py as_said_speaker)."""
    from corpus.segment.attributions import as_said_speaker
    assert as_said_speaker("Comme le dit Joséphine un peu plus loin dans l'entretien, ") == ("Joséphine", "")
    # an author quoted with a date, no interview named: not an interviewee
    assert as_said_speaker("Comme le dit Bourdieu dans La Misère du monde, ") is None
    lines = ["Les auxiliaires de vie passent chaque jour chez les personnes âgées, sans que ce rôle soit reconnu.",
             "Je vois tout, moi. Je vois quand elle ne mange plus, quand les médicaments restent dans le pilulier. "
             "Mais personne ne me demande jamais rien.",
             "(Joséphine, 54 ans, auxiliaire de vie, Lens)",
             "Comme le dit Joséphine un peu plus loin dans l'entretien, « on est les yeux du médecin, mais on n'est "
             "pas sur la liste »."]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "memoire"}, styles=line_styles(lines, {1}))
    s = segment_at(text, segs, "on est les yeux du médecin")
    assert (s.kind, s.speaker) == ("verbatim", "Joséphine")


# session 17 (segroles10): a committee's minutes tag quotes "Verbatim (Dr Lenoir) :"; the attendance
# list says who the person is (segment/attendance_lists.py)
MINUTES = [
    "CPTS de la Déodatie – Comité de pilotage du 14 mars – compte rendu",
    "Présents : Dr Lenoir, médecin généraliste, président ; Mme Perrin, pharmacienne titulaire à Saint-Dié ; "
    "M. Gérard, infirmier libéral ; Mme Kieffer, coordinatrice.",
    "1. Soins non programmés. Le président rappelle que la plateforme a reçu 212 demandes en février.",
    "Verbatim (Dr Lenoir) : « Si l'infirmier voit que ça ne va pas, il doit pouvoir réserver le créneau lui-même. »",
    "2. Officines. Mme Perrin demande que les pharmacies soient mieux associées au protocole cystite.",
    "Verbatim (Mme Perrin) : « On fait le test au comptoir, on délivre, et le médecin l'apprend après. »",
]


def test_a_box_tag_names_the_speaker_of_the_quote(gazetteer):
    text, segs = segment_lines(MINUTES, gazetteer)
    for snippet, who, role in (("réserver le créneau", "Dr Lenoir", "medecin_generaliste"),
                               ("On fait le test au comptoir", "Mme Perrin", "pharmacien")):
        s = segment_at(text, segs, snippet)
        assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", who, role, "Grand Est")


def test_box_tags_that_name_no_one():
    from corpus.segment.framed_quotes import box_tag

    assert box_tag("Verbatim (Dr Lenoir) : ") == "Dr Lenoir"
    assert box_tag("Extrait (Mme Perrin) :") == "Mme Perrin"
    assert box_tag("Le président (Dr Lenoir) rappelle : ") == ""  # a sentence, not a box's title
    assert box_tag("Verbatim (Dr Lenoir) ") == ""  # no colon


# s28-segr47c: a written text's header giving its writer's code and profile, age first ("Projet P4 –
# 31 ans, primipare, Avallon" over a birth plan copied in italics, round 47): the code's words
PROFILED = ["Nous recopions les lettres adressées au service, sans en corriger l'orthographe.",
            "Lettre L7 – femme, 44 ans, Guéret",
            "Je vous écris parce que ma mère attend depuis trois mois une place en soins de suite, et on ne sait plus à qui demander.",
            "Lettre L12 – 71 ans, veuf, Aubusson",
            "Depuis que le cabinet a fermé je fais quarante kilomètres pour mon renouvellement, je n'en peux plus.",
            # near miss: a clinical vignette under a case's profile, told in the third person
            "Cas n° 3 – 58 ans, diabétique, Cholet",
            "Patiente adressée par son médecin traitant pour un déséquilibre glycémique, hospitalisée trois jours.",
            "Verbatim n°17 — infirmière libérale, Bretagne",
            "Les tournées ont doublé. On passait chez des patients que personne d'autre ne voyait plus."]


def test_italic_words_under_a_profiled_header_are_the_writers(gazetteer):
    text, segs = segment_lines(PROFILED, gazetteer, styles=line_styles(PROFILED, {2, 4, 6, 8}))
    seg = segment_at(text, segs, "ma mère attend depuis trois mois")
    assert (seg.kind, seg.speaker, seg.region) == ("verbatim", "L7", "Nouvelle-Aquitaine")
    seg = segment_at(text, segs, "je fais quarante kilomètres")
    assert (seg.kind, seg.speaker, seg.region) == ("verbatim", "L12", "Nouvelle-Aquitaine")
    assert segment_at(text, segs, "Patiente adressée par son médecin").kind not in ("verbatim", "turn")
    # a title numbering its box names no code: the words have no speaker
    seg = segment_at(text, segs, "Les tournées ont doublé")
    assert (seg.kind, seg.speaker, seg.role) == ("verbatim", "", "infirmier")


def test_a_box_title_that_opens_on_a_code_names_who_speaks(gazetteer):
    # (s55) "Encadré 4 – MED-C1, médecin régulateur …": the code speaks; a trade outside the vocabulary
    # ("Agent de santé communautaire") is a person's too, role autre
    from segment_text import heading_structure

    lines = ["4. Les voix du terrain",
             "Les personnes interrogées sont désignées par un code qui associe la fonction et le lieu.",
             "Encadré 3 – IDE-O2, infirmière du centre de santé de Camopi",
             "« Quand la connexion tient, je montre la plaie au médecin et le patient reste au village. »",
             "Encadré 4 – MED-C1, médecin régulateur de télémédecine, centre hospitalier de Cayenne",
             "« Sur un écran, avec une infirmière expérimentée, je peux éviter une évacuation sur deux. »",
             "Encadré 5 – Agent de santé communautaire, Camopi",
             "« Les gens ont confiance parce que c'est quelqu'un d'ici qui allume l'ordinateur. »"]
    text, segs = segment_lines(lines, gazetteer, structure=heading_structure(lines, [0, 2, 4, 6]),
                               styles=line_styles(lines, {3, 5, 7}))
    doctor = segment_at(text, segs, "éviter une évacuation sur deux")
    agent = segment_at(text, segs, "quelqu'un d'ici qui allume")
    assert (doctor.kind, doctor.speaker, doctor.role) == ("verbatim", "MED-C1", "hospitalier")
    assert (agent.kind, agent.speaker, agent.role) == ("verbatim", "", "autre")
