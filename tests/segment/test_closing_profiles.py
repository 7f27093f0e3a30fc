"""Roman paragraphs of unquoted words closed by the informant's profile in parentheses, "… qui
d'autre viendrait ? (Joël, 46 ans, maçon)", or by a name such a profile gave, "(Laurent)"
(segment/closing_profiles.py); look-alikes: a literature reference, a single closed paragraph, the
author's prose."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.closing_profiles import closing_name, settings

CHAPTER = [
    "Chapitre 3. Soigner sans cabinet",
    "Les trajectoires observées rejoignent ce que Ferrand décrivait comme une « médecine de passage » (Ferrand, 2016, p. 41).",
    "On vient pour trois mois, on reste trois ans. Au début je pensais repartir, et puis les patients vous attachent, c'est comme ça ici. (Yannick, 44 ans, médecin généraliste, Langogne)",
    "Ce sentiment d'attachement revient chez les soignants comme chez les élus.",
    "Le matin je fais les piluliers, l'après-midi je fais le taxi pour les rendez-vous à Mende, personne d'autre ne le fait. (Odile, 58 ans, infirmière libérale, couvreur de formation)",
    "Les élus, eux, parlent surtout de logement.",
    "Je lui ai trouvé une maison en quinze jours, je ne sais pas si on aurait pu faire plus vite, franchement. (Yannick)",
]


def test_closed_paragraphs_are_the_profiled_persons_words(gazetteer):
    text, segs = _segment(CHAPTER, gazetteer)
    s = _at(text, segs, "les patients vous attachent")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Yannick", "medecin_generaliste", "Occitanie")
    s = _at(text, segs, "je fais le taxi pour les rendez-vous")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Odile", "infirmier")
    # (a trade typed in lower case is no commune: "couvreur" names no place, the town does)
    assert s.region == "Occitanie"
    assert _at(text, segs, "Ce sentiment d'attachement").kind == "narrative"


def test_a_name_alone_is_the_person_a_profile_described(gazetteer):
    text, segs = _segment(CHAPTER, gazetteer)
    s = _at(text, segs, "Je lui ai trouvé une maison")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Yannick", "medecin_generaliste")


def test_the_words_may_open_in_the_paragraph_above(gazetteer):
    lines = CHAPTER[:5] + [
        "Ce qui me fatigue, ce ne sont pas les visites. C'est la route, l'hiver, quand je rentre à la nuit.",
        "Un jour il faudra bien que quelqu'un reprenne, mais je ne vois personne venir. (Yannick, 44 ans, médecin généraliste, Langogne)",
    ]
    text, segs = _segment(lines, gazetteer)
    first = _at(text, segs, "ce ne sont pas les visites")
    assert first.kind == "verbatim" and first is _at(text, segs, "je ne vois personne venir")


def test_look_alikes_stay_prose(gazetteer):
    single = CHAPTER[:4]  # one closed paragraph: no convention
    text, segs = _segment(single, gazetteer)
    assert _at(text, segs, "les patients vous attachent").kind != "verbatim"
    text, segs = _segment(CHAPTER, gazetteer)
    assert _at(text, segs, "Les trajectoires observées rejoignent").kind == "narrative"  # a reference closes it


def test_closing_name_shapes():
    s = settings()
    assert closing_name("Joël, 46 ans, sapeur-pompier volontaire depuis 1998, maçon", s) == "Joël"
    assert closing_name("E7, infirmière, 12 ans d'exercice", s) == "E7"
    assert closing_name("Vidal, 2015, p. 88", s) is None  # a literature reference
    assert closing_name("voir tableau 3", s) is None


def test_bracketed_codes_of_the_participants_table_close_the_words(gazetteer):
    lines = ["Tableau 1. Participants",
             "| Code | Fonction | Structure |",
             "| P2 | Infirmière coordinatrice | SSIAD de Ploërmel |",
             "| P6 | Infirmière libérale | Cabinet de Josselin |",
             "| P7 | Infirmière libérale | Cabinet de Josselin |",
             "Résultats",
             "On reçoit l'appel la veille au soir, il faut trouver une aide-soignante, vérifier le lit, et c'est souvent moi qui rappelle la pharmacie. [P2]",
             "Les deux infirmières de Josselin, rencontrées ensemble, ont répondu d'une seule voix :",
             "Le téléphone, rien que le téléphone. La messagerie, on l'a, mais personne ne nous écrit dessus, alors on ne la regarde plus. [P6 et P7]",
             "Ces pratiques restent informelles."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "article"})
    s = _at(text, segs, "c'est souvent moi qui rappelle")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "P2", "coordinateur")
    s = _at(text, segs, "personne ne nous écrit dessus")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "", "inconnu")  # a joint answer
    assert _at(text, segs, "Ces pratiques restent informelles").kind == "narrative"


# s51: the profile on the line BELOW the words, after a dash (a memoir's indented extracts whose
# indentation the extraction lost)
SIGNED_BELOW = [
    "Partie 2 – Ce que disent les soignantes",
    "J'ai rencontré trois soignantes et le fils d'un patient. Chaque extrait est suivi de la fonction de la personne.",
    "Le soir, je repars avec la tournée dans la tête, je refais les trajets, je me demande si j'ai bien fermé la porte chez Mme R.",
    "— Aide-soignante de SSIAD, 44 ans, Rostrenen",
    "Cette charge mentale revient dans tous les entretiens.",
    "On n'a jamais le compte rendu de sortie le jour même, alors on appelle l'hôpital et on attend qu'on nous rappelle.",
    "— Infirmière libérale, 52 ans, Callac",
    "Papa voulait finir chez lui, dans la maison qu'il avait construite. Les infirmières l'appelaient par son prénom, ça comptait.",
    "— Fils d'un patient accompagné à domicile, 58 ans, Maël-Carhaix",
    "Lui, il n'a jamais voulu de l'hôpital, c'est tout, le reste c'est des papiers et des horaires.",
    "— Voix féminine depuis le couloir, personne non présentée",
]


def test_roman_extracts_signed_below_after_a_dash(gazetteer):
    text, segs = _segment(SIGNED_BELOW, gazetteer)
    s = _at(text, segs, "je refais les trajets")
    assert (s.kind, s.role, s.region) == ("verbatim", "autre_paramedical", "Bretagne")
    s = _at(text, segs, "On n'a jamais le compte rendu de sortie")
    assert (s.kind, s.role) == ("verbatim", "infirmier")
    # in a document that signs its extracts so, a signature by age alone, in the third person too
    s = _at(text, segs, "Papa voulait finir chez lui")
    assert (s.kind, s.role) == ("verbatim", "autre")
    # and a voice nobody presented: someone's words, role unknown
    s = _at(text, segs, "il n'a jamais voulu de l'hôpital")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "", "inconnu")
    assert _at(text, segs, "Cette charge mentale revient").kind == "narrative"


def test_one_paragraph_signed_below_stays_prose(gazetteer):
    lines = ["Éditorial", "Nous avons ouvert la maison de santé en mars et nous remercions tous ceux qui nous ont aidés à la faire vivre.",
             "— Anne Le Gall, coordinatrice de la MSP"]
    text, segs = _segment(lines, gazetteer)
    assert _at(text, segs, "Nous avons ouvert la maison de santé").kind == "narrative"


# s51: a bracket of a code the key defines closing words a transcript leaves unpunctuated, or with
# where in the recording they are
KEYED = [
    "2. Conventions",
    "Les personnes citées sont désignées ainsi : TUT1, TUT2, infirmières tutrices ; ESI3, étudiant de troisième année ; "
    "CADRE, cadre de santé de l'EHPAD ; ENQ, l'enquêtrice.",
    "(21) euh le premier jour je lui montre / il regarde / et le lendemain c'est lui qui fait avec moi à côté [TUT1]",
    "Les étudiants décrivent la même progression, avec plus d'impatience :",
    "(22) on m'a dit regarde / j'ai regardé / au bout d'une semaine je me suis dit mais QUAND est-ce que je touche [ESI3]",
    "Le cadre inscrit ces pratiques dans le recrutement :",
    "On forme nos futurs collègues, alors on ne va pas les dégoûter dès la première semaine, ça se saurait vite. [CADRE, 00:14:52]",
]


def test_bracket_codes_close_unpunctuated_words_and_carry_a_locator(gazetteer):
    text, segs = _segment(KEYED, gazetteer)
    s = _at(text, segs, "le premier jour je lui montre")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "TUT1", "infirmier")
    s = _at(text, segs, "au bout d'une semaine je me suis dit")
    assert (s.kind, s.speaker) == ("verbatim", "ESI3")
    s = _at(text, segs, "On forme nos futurs collègues")
    assert (s.kind, s.speaker) == ("verbatim", "CADRE")
    assert _at(text, segs, "Les étudiants décrivent").kind == "narrative"


def test_a_short_phrase_reported_inside_closed_words_and_a_profile_set_in_a_note_once(gazetteer):
    # s52: the informant reports a short phrase in guillemets inside her words; another extract of
    # the same convention gives its profile in a footnote, once
    memoir = [
        "3.2. Les échelles de douleur au domicile",
        "Moi je le vois à la toilette : le jour où il ne lève plus le bras, je sais qu'il a mal, je n'ai pas besoin de lui demander. (IDE 4, 50 ans, rural)",
        "L'Algoplus, je l'ai dans la voiture et je le remplis quand j'appelle le médecin, parce qu'avec un chiffre il m'écoute mieux qu'avec « elle n'est pas bien ». (IDE 3, 31 ans, rural)",
        "Elle gémissait tout le temps, même endormie, et je ne savais pas si c'était de la douleur ou de l'angoisse, ni à qui poser la question.²",
        "² IDE 2, 43 ans, rural, installée depuis 2012.",
        "Ces extraits montrent la place de l'observation avant toute échelle.",
    ]
    text, segs = _segment(memoir, gazetteer)
    s = _at(text, segs, "avec un chiffre il m'écoute mieux")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "IDE 3", "infirmier")
    assert _at(text, segs, "elle n'est pas bien").segment_id == s.segment_id  # no quotation of its own
    s = _at(text, segs, "Elle gémissait tout le temps")
    assert (s.kind, s.role) == ("verbatim", "infirmier")
    assert _at(text, segs, "Ces extraits montrent la place").kind == "narrative"
