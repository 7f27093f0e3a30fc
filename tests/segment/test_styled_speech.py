"""Interview extracts known by their presentation (segment/styled_speech.py): italic paragraphs
without guillemets under a line naming who speaks, over a credit line, or closed by a footnote
call crediting an interview; look-alikes the reader must leave alone: the author's italic
emphasis, a single stray italic block, italic paragraphs under lines that name no one."""

from __future__ import annotations

from segment_text import line_styles
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.base import StyleMap, TextLine, split_lines
from corpus.segment.styled_speech import interview_notes, settings, styled_part

# a general-practice thesis: each extract an italic block under its own line "who, ending with a colon"
THESIS = [
    "2.4 Le recours à l'hospitalisation à domicile",
    "L'HAD reste peu sollicitée par les médecins qui exercent seuls.",
    "Dr L., généraliste, 61 ans, exercice isolé, Vesoul :",
    "Je les ai appelés deux fois en dix ans, pour des fins de vie. Ils sont venus vite, mais je ne sais pas ce qu'ils peuvent faire d'autre pour mes patients.",
    "Les médecins des maisons de santé en ont une idée plus précise.",
    "Dr M., généraliste, 34 ans, MSP, Lure :",
    "Chez nous c'est l'infirmière coordinatrice qui les appelle, moi je signe la prescription et on fait le point ensemble le jeudi.",
    "Et quand ça se passe mal, on sait qui appeler, on a leur numéro direct.",
    "Ces deux positions opposent l'exercice isolé à l'exercice coordonné.",
]
THESIS_ITALIC = {3, 6, 7}


def test_italic_blocks_under_a_line_naming_the_speaker_are_verbatims(gazetteer):
    text, segs = _segment(THESIS, gazetteer, doc={"kind": "these"}, styles=line_styles(THESIS, THESIS_ITALIC))
    s = _at(text, segs, "Je les ai appelés deux fois")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Dr L.", "medecin_generaliste",
                                                      "Bourgogne-Franche-Comté")
    s = _at(text, segs, "Chez nous c'est l'infirmière coordinatrice")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Dr M.", "medecin_generaliste")
    # the next italic paragraph, with nothing between: the same person goes on
    assert _at(text, segs, "on sait qui appeler") is s
    for snippet in ("Dr L., généraliste, 61 ans", "Les médecins des maisons de santé", "Ces deux positions opposent"):
        assert _at(text, segs, snippet).kind == "narrative"


def test_a_single_italic_block_is_a_stray_not_a_convention(gazetteer):
    lines = THESIS[:4] + [THESIS[8]]
    text, segs = _segment(lines, gazetteer, doc={"kind": "these"}, styles=line_styles(lines, {3}))
    assert _at(text, segs, "Je les ai appelés deux fois").kind == "narrative"


# a methods chapter in the first person: the author's italic emphasis and inner questions, the
# author presented once, no one else named
EMPHASIS = [
    "3.1 Posture de recherche",
    "Infirmière de formation, j'ai exercé douze ans en soins à domicile avant de reprendre des études.",
    "Une question m'a accompagnée tout au long de ce travail.",
    "Comment puis-je interroger des collègues sans que ma fonction ne pèse sur ce qu'ils me disent ?",
    "J'en ai tiré une règle simple, que j'ai tenue du début à la fin du terrain.",
    "Je ne pose jamais une question dont je connais déjà la réponse, et je ne reformule pas ce que l'on me dit.",
    "Cette règle vaut aussi pour l'analyse.",
    "On coopère d'autant mieux que l'on se connaît, et nous pensons que la CPTS crée ces occasions.",
    "Ces principes ont guidé la rédaction des chapitres suivants.",
]


def test_the_authors_italic_emphasis_stays_narrative(gazetteer):
    text, segs = _segment(EMPHASIS, gazetteer, doc={"kind": "memoire"}, styles=line_styles(EMPHASIS, {3, 5, 7}))
    assert [s.kind for s in segs if s.kind not in ("narrative", "heading")] == []


# a management memoir: italic blocks closed by a superscript call, the interviews in the notes,
# which extraction ran into the last paragraph
MEMOIR = [
    "2.1 Un dispositif porté par l'hôpital",
    "Le dispositif s'est d'abord construit comme un relais du centre hospitalier.",
    "Au début, presque toutes les demandes venaient de l'hôpital, et les libéraux ne savaient pas que nous existions.¹",
    "Le point de vue hospitalier est le même.",
    "Pour nous, c'est la seule solution pour les patients qui n'ont personne à la maison, sinon ils restent chez nous des semaines.²"
    " ¹ Entretien avec la coordinatrice du dispositif d'appui, Cayenne, 12 mai 2023."
    " ² Entretien avec un médecin hospitalier, Saint-Laurent-du-Maroni, 15 mai 2023.",
]


def test_italic_blocks_closed_by_a_note_crediting_an_interview(gazetteer):
    first, second = MEMOIR[2], MEMOIR[4]
    styles = line_styles(MEMOIR, {2})
    start = sum(len(t) + 1 for t in MEMOIR[:4])
    styles.append({"char_start": start, "char_end": start + second.index("²"), "style": "italic"})
    text, segs = _segment(MEMOIR, gazetteer, doc={"kind": "memoire"}, styles=styles)
    s = _at(text, segs, "presque toutes les demandes")
    assert (s.kind, s.role, s.region) == ("verbatim", "coordinateur", "Guyane")
    assert not s.text.endswith("¹") and first.startswith(s.text)
    s = _at(text, segs, "la seule solution pour les patients")
    assert (s.kind, s.role, s.region) == ("verbatim", "hospitalier", "Guyane")
    assert _at(text, segs, "Entretien avec la coordinatrice").kind != "verbatim"


def test_styled_part_keeps_the_words_before_run_in_notes():
    text = "\n".join(MEMOIR) + "\n"
    lines = split_lines(text)
    ln = lines[4]
    styles = StyleMap([{"char_start": ln.start, "char_end": ln.start + ln.text.index("²"), "style": "italic"}])
    style, a, b = styled_part(ln, text, styles, settings())
    assert (style, a) == ("italic", ln.start) and text[a:b].endswith("semaines.²")
    # a plain sentence after the italic run: the line is no italic paragraph
    plain = TextLine(0, 0, 40, "Vraiment, on ne savait pas. Il conclut.")
    assert styled_part(plain, plain.text, StyleMap([{"char_start": 0, "char_end": 27, "style": "italic"}]),
                       settings()) is None


def test_interview_notes_read_only_notes_crediting_an_interview():
    notes = interview_notes(split_lines("… des semaines.² ¹ Entretien avec une infirmière, Vesoul, 2023. ² Voir Dupont (2019), p. 12.\n"))
    assert list(notes) == ["1"]


# an evaluation report's table of verbatims, one quotation per cell closed by a code whose prefix
# the key explains ("PH = pharmacienne"); each code used once (no series to learn it from)
TABLE = [
    "4. Leviers et freins",
    "Douze professionnels de Lorient ont été interrogés. Codes : IDE = infirmière libérale, MK = masseur-kinésithérapeute, PH = pharmacienne, suivis du numéro d'entretien.",
    "Ce qui aide | Ce qui freine",
    "« La messagerie sécurisée, enfin un outil commun » (PH2) | « On n'est jamais payés pour le temps de coordination » (MK4)",
    "Les freins financiers sont cités par neuf professionnels.",
]


def test_a_code_whose_prefix_the_key_explains_is_known(gazetteer):
    text, segs = _segment(TABLE, gazetteer, doc={"kind": "rapport"})
    s = _at(text, segs, "La messagerie sécurisée")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "PH2", "pharmacien", "Bretagne")
    s = _at(text, segs, "jamais payés")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "MK4", "kinesitherapeute")


# a press article's pull quotes in bold, each over the person's name and, in italics, their function
PULL_QUOTES = [
    "Santé : à Dole, les officines en première ligne",
    "La communauté compte trente adhérents, dont neuf officines, et a ouvert un accueil commun l'an dernier.",
    "« On nous demandait un médecin. On a appris à répondre autre chose que je ne sais pas. »",
    "Julien Perrin",
    "pharmacien adjoint à Dole",
    "« Le pharmacien voit le patient trois fois plus souvent que moi, c'est lui qui m'alerte maintenant. »",
    "Claire Mougin",
    "médecin généraliste à Dole",
    "Repères",
]


def test_pull_quotes_over_a_name_and_a_function(gazetteer):
    styles = line_styles(PULL_QUOTES, {2, 5}, "bold") + line_styles(PULL_QUOTES, {4, 7}, "italic")
    text, segs = _segment(PULL_QUOTES, gazetteer, doc={"kind": "presse"}, styles=styles)
    s = _at(text, segs, "On nous demandait un médecin")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Julien Perrin", "pharmacien", "Bourgogne-Franche-Comté")
    s = _at(text, segs, "Le pharmacien voit le patient")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Claire Mougin", "medecin_generaliste")
    assert _at(text, segs, "Julien Perrin").kind != "verbatim"


# an evaluation report's box of italic quotes, each signed on the next line by a short description
SIGNED = [
    "Paroles d'acteurs",
    "On ne sait toujours pas ce qu'on touche ni pourquoi, le forfait arrive en juin et on découvre le montant.",
    "Un médecin de la maison de santé de Gray",
    "Pour la première fois on est payées pour se réunir, avant les réunions c'était sur notre temps personnel.",
    "Une infirmière libérale, Vesoul",
    "Mon rôle c'est de traduire : expliquer aux médecins ce que veut la caisse, et à la caisse ce que font les médecins.",
    "La coordinatrice du dispositif",
    "Ces constats rejoignent ceux de l'évaluation nationale.",
]


def test_italic_quotes_signed_by_a_short_description_below(gazetteer):
    text, segs = _segment(SIGNED, gazetteer, doc={"kind": "rapport"}, styles=line_styles(SIGNED, {1, 3, 5}))
    assert [(s.kind, s.role) for s in segs if s.kind == "verbatim"] == [
        ("verbatim", "medecin_generaliste"), ("verbatim", "infirmier"), ("verbatim", "coordinateur")]
    assert _at(text, segs, "La coordinatrice du dispositif").kind != "verbatim"
    assert _at(text, segs, "Ces constats rejoignent").kind == "narrative"


def test_a_credits_name_keeps_the_particles_of_the_language_data():
    # attributions.yaml name_particles: « Van », « Des » as well as « Le », « De »
    from corpus.segment.styled_speech import name_lead

    assert name_lead("Anne Le Gall, infirmière à Brest").group("name") == "Anne Le Gall"
    assert name_lead("Marie Van Damme, infirmière libérale à Lille").group("name") == "Marie Van Damme"
    assert name_lead("Paul Des Roches pharmacien à Niort").group("name") == "Paul Des Roches"
    assert name_lead("un médecin de la MSP de Clamecy") is None


def test_a_source_line_naming_an_interview_gives_its_number_as_speaker(gazetteer):
    # round 33's ORS report: italic blocks each over "Source : entretien n° 7, infirmière Asalée,
    # Pontivy (56)": interview 7 speaks, the rest describes her (segroles7)
    lines = [
        "3.1. Le suivi des patients insuffisants cardiaques",
        "Les professionnels décrivent un suivi partagé entre le cabinet et la pharmacie.",
        "Je pèse les patients à chaque passage et j'appelle le médecin dès qu'ils prennent deux kilos en trois jours.",
        "Source : entretien n° 3, infirmière libérale, Quimperlé (29)",
        "On voit le patient plus souvent que le médecin, alors on vérifie les boîtes et on pose la question de l'essoufflement.",
        "Source : entretien n° 9, pharmacien, Guingamp (22)",
        "Ce partage suppose un temps que les professionnels ne comptent pas.",
    ]
    text, segs = _segment(lines, gazetteer, doc={"kind": "rapport"}, styles=line_styles(lines, {2, 4}))
    s = _at(text, segs, "Je pèse les patients")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Entretien n°3", "infirmier", "Bretagne")
    s = _at(text, segs, "On voit le patient plus souvent")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Entretien n°9", "pharmacien", "Bretagne")
    assert _at(text, segs, "Source : entretien n° 3").kind == "narrative"


def _structure(text, headings):
    starts = [text.index(h) for h in headings] + [len(text)]
    return [{"char_start": a, "char_end": b, "kind": "body", "heading": h}
            for h, a, b in zip(headings, starts, starts[1:])]


def test_recorded_diaries_under_their_headers_are_the_participants(gazetteer):
    """s25-segr44a (round 44's midwifery thesis): "Journal audio, semaine 3 – F2 (primipare, 29 ans,
    Vendôme)" over italic paragraphs without guillemets: F2's words, two paragraphs one verbatim."""
    heads = ["Journal audio, semaine 3 – F2 (primipare, 29 ans, Vendôme)",
             "Journal audio, semaine 5 – F5 (deuxième enfant, 35 ans, Blois)"]
    lines = ["Les participantes enregistraient chaque semaine un message libre que nous avons transcrit.",
             heads[0],
             "Bon, cette semaine j'ai enfin eu le rendez-vous avec la sage-femme libérale, c'est à vingt minutes.",
             "Elle a pris le temps, on a parlé de l'allaitement, j'avais plein de questions à poser.",
             "Le contraste entre le libéral et l'hôpital revient chez la plupart des participantes.",
             heads[1],
             "Là je suis un peu énervée, l'échographie a encore été décalée, on m'a dit trois semaines."]
    text = "\n".join(lines) + "\n"
    _, segs = _segment(lines, gazetteer, doc={"kind": "these"}, structure=_structure(text, heads),
                       styles=line_styles(lines, {2, 3, 6}))
    s = _at(text, segs, "j'ai enfin eu le rendez-vous")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "F2", "autre", "Centre-Val de Loire")
    assert _at(text, segs, "on a parlé de l'allaitement") is s
    assert _at(text, segs, "l'échographie a encore été décalée").speaker == "F5"
    assert _at(text, segs, "Le contraste entre le libéral").kind == "narrative"


def test_an_unseen_voice_diary_of_carers(gazetteer):
    """Unseen: another medium, other people (carers) and places."""
    lines = ["Carnet vocal, jour 4 – A3 (fille aidante, 41 ans, Mende)",
             "Aujourd'hui j'ai fait quarante patients, je n'ai pas vu passer la matinée et je suis rentrée à 14 h.",
             "Carnet vocal, jour 9 – A1 (conjoint aidant, 72 ans, Marvejols)",
             "On a encore eu une sortie d'hôpital sans ordonnance, j'ai passé une heure au téléphone pour rien."]
    text = "\n".join(lines) + "\n"
    _, segs = _segment(lines, gazetteer, doc={"kind": "memoire"}, structure=_structure(text, lines[0::2]),
                       styles=line_styles(lines, {1, 3}))
    s = _at(text, segs, "j'ai fait quarante patients")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "A3", "autre", "Occitanie")
    assert _at(text, segs, "une sortie d'hôpital sans ordonnance").speaker == "A1"


def test_headers_that_are_no_diaries(gazetteer):
    """Near-miss: a header that goes on after the parenthesis, another kind of header, no code."""
    from corpus.segment.styled_speech import diary_anchor

    assert diary_anchor("Journal audio, semaine 3 – F2 (primipare, 29 ans, Vendôme)", gazetteer)["speaker"] == "F2"
    assert diary_anchor("Journal audio, semaine 3 – F2 (primipare, 29 ans) : voir l'annexe 4", gazetteer) is None
    assert diary_anchor("Tableau 2 – P3 (médecin généraliste, 58 ans, Vesoul)", gazetteer) is None
    assert diary_anchor("Journal audio de la maternité (2022)", gazetteer) is None


def test_a_roman_comment_under_a_diary_header_stays_the_authors(gazetteer):
    """Near-miss: under a diary's header, the author's comment in roman (no transcription) is no one's
    words; only the italic transcriptions of the document are."""
    heads = ["Journal audio, semaine 2 – F7 (primipare, 31 ans, Blois)", "Journal audio, semaine 4 – F7 (primipare, 31 ans, Blois)",
             "Journal audio, semaine 6 – F7 (primipare, 31 ans, Blois)"]
    lines = [heads[0], "Cette semaine-là, la participante n'a pas enregistré de message ; nous le signalons ici.",
             heads[1], "Je suis allée aux urgences de Blois pour des contractions, on m'a renvoyée chez moi au bout d'une heure.",
             heads[2], "J'ai enfin trouvé une sage-femme qui vient à la maison, ça change tout pour moi cette fois."]
    text = "\n".join(lines) + "\n"
    _, segs = _segment(lines, gazetteer, doc={"kind": "these"}, structure=_structure(text, heads),
                       styles=line_styles(lines, {3, 5}))
    assert _at(text, segs, "n'a pas enregistré de message").kind == "narrative"
    assert _at(text, segs, "on m'a renvoyée chez moi").speaker == "F7"


# ---- a written notebook's day-labelled entries (s27-segr46c) ----------------------------------

def test_a_notebooks_day_entries_are_the_keepers_words(gazetteer):
    """Unseen variant of round 46's nursing memoir: a father's notebook, weeks instead of days, another
    place; an analysis paragraph between two entries."""
    lines = ["M. Hervé L., 48 ans, éleveur à Saint-Flour, a tenu un journal de bord pendant la rééducation de son fils "
             "et nous en a confié des extraits.",
             "Semaine 1 : On a fait trois fois l'aller-retour à Clermont, je ne sais pas combien de temps on tiendra.",
             "Semaine 3 : Le kiné de Saint-Flour a pris le relais, je respire un peu, on gagne deux heures par jour.",
             "Ce relais de proximité conditionne la poursuite des soins.",
             "Semaine 6 : Il remarche sans la canne, je n'y croyais plus et je l'ai noté deux fois pour y croire."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "memoire"}, styles=line_styles(lines, {1, 2, 4}))
    for snippet in ("On a fait trois fois", "Le kiné de Saint-Flour", "Il remarche sans la canne"):
        s = _at(text, segs, snippet)
        assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Hervé L.", "autre", "Auvergne-Rhône-Alpes")
        assert "Semaine" not in s.text  # the day label is no part of the words
    assert _at(text, segs, "Ce relais de proximité").kind == "narrative"
    assert _at(text, segs, "a tenu un journal de bord").kind == "narrative"


def test_day_labelled_italics_without_a_notebook_keeper_stay_narrative(gazetteer):
    """Near-misses: an italic day-by-day programme under a paragraph naming its organiser (no notebook),
    and a notebook presented without anyone named."""
    lines = ["Mme Odile R., 52 ans, cadre de santé à Aurillac, a conçu le programme de la semaine d'intégration.",
             "Jour 1 : accueil des nouveaux internes, présentation des services et visite de l'hôpital.",
             "Jour 2 : nous vous présentons les équipes de nuit et vous suivez une garde complète.",
             "Le carnet de liaison du service est tenu à jour par l'équipe de jour.",
             "Jour 3 : je vérifie les chariots d'urgence avec la pharmacie et on relit les protocoles ensemble."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "memoire"}, styles=line_styles(lines, {1, 2, 4}))
    for snippet in ("accueil des nouveaux internes", "nous vous présentons les équipes", "je vérifie les chariots"):
        assert _at(text, segs, snippet).kind == "narrative", snippet


def test_italic_blocks_closed_by_a_dash_and_a_coded_credit(gazetteer):
    """s28-segr48a (round 48's midwifery thesis): italic block quotes without guillemets, "… la maman.
    – SF4, libérale, 12 ans d'exercice, Saint-Pierre" closing the paragraph, or split onto the line below
    by extraction (in italics too). Unseen: a physiotherapy memoir, other codes and places. Near-miss:
    an italic paragraph closed by a dash and words (no code) stays narrative."""
    lines = [
        "3.2 La rééducation au domicile",
        "Les kinésithérapeutes interrogés décrivent le domicile comme un lieu d'observation.",
        "Je vois tout de suite si le tapis va faire tomber la dame, si les escaliers sont éclairés, si le fils passe le soir.",
        "– MK3, libéral, 9 ans d'exercice, Pontarlier",
        "Avec la neige, je fais trois patients le matin au lieu de six, alors je garde les visites pour ceux qui ne conduisent plus. – MK6, libérale, 20 ans d'exercice, Morteau",
        "Ces observations rejoignent celles des ergothérapeutes.",
        "On ne voit bien que ce qu'on a appris à regarder, et nous regardons encore trop peu les escaliers. – voilà notre limite",
    ]
    text, segs = _segment(lines, gazetteer, doc={"kind": "these"}, styles=line_styles(lines, {2, 3, 4, 6}))
    s = _at(text, segs, "si le tapis va faire tomber")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "MK3", "kinesitherapeute")
    s = _at(text, segs, "je fais trois patients le matin")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "MK6", "kinesitherapeute", "Bourgogne-Franche-Comté")
    assert "MK6" not in text[s.char_start:s.char_end]  # the credit is no part of the words
    assert _at(text, segs, "nous regardons encore trop peu").kind == "narrative"
