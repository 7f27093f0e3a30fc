"""A formula before a person DESCRIBED, not named, then their words (segment/attributions.py
introduced_described): "Pour reprendre les mots d'un vice-président de l'intercommunalité, maire
d'une commune près de Gisors, « … »" -- read in any document, since no author is named; a text
introduced so ("les mots d'un rapport …") stays narrative. And the other attributions without a
speech verb of segment/attributions.py: "Son credo : « … »" (possessive_call), a pronoun's quote
after a sentence closing on a presented person (presented_before_pronoun), a described person's
sentence ending on a colon (described_colon_subject)."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.attributions import introduced_described


def test_the_description_after_the_formula():
    assert introduced_described("Sur ce point, pour reprendre les mots d'une infirmière libérale installée à "
                                "Millau, ") == "infirmière libérale installée à Millau"
    assert introduced_described("Selon l'expression d'un pharmacien titulaire, ") == "pharmacien titulaire"
    assert introduced_described("Pour reprendre les mots d'un rapport de l'inspection générale, ") is None
    assert introduced_described("Pour reprendre les mots de Karim, pharmacien, ") is None  # named: introduced_speaker
    assert introduced_described("Une infirmière libérale, ") is None  # no formula


def test_a_described_persons_words_in_a_chapter(gazetteer):
    lines = ["Chapitre 3. Des communes qui financent sans décider",
             "Dans l'Aveyron, les communes ont acheté les murs des maisons de santé.",
             "Pour reprendre les mots d'une adjointe au maire d'une commune de 1 200 habitants près de Millau, "
             "« on paie les travaux, et après on nous explique que ce n'est pas notre affaire ».",
             "Pour reprendre les mots d'un rapport de l'inspection générale, « la gouvernance reste à construire ».",
             "Ce décalage nourrit une frustration durable."]
    text, segs = _segment(lines, gazetteer)
    s = _at(text, segs, "on paie les travaux")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "", "elu", "Occitanie")
    assert _at(text, segs, "la gouvernance reste à construire").kind not in ("verbatim", "turn")


def test_a_possessive_saying_noun_gives_the_words_of_the_person_presented_before(gazetteer):
    """"Son credo : « … »" after "Nadia Benali est coordinatrice …" (the paragraph before) or after
    "Le docteur Thomas Girard, généraliste …," (the same paragraph): their words; without a person
    presented before, or with a possessive noun that names no saying ("Son adresse :"), nothing."""
    lines = ["La lettre de la CPTS – Portrait",
             "Sophie Lemaire est infirmière coordinatrice à la maison de santé de Vierzon depuis 2019.",
             "Son credo : « on ne soigne pas des dossiers, on soigne des gens qui ne se parlent pas encore ».",
             "Le docteur Paul Renaud, généraliste à Vierzon, l'a rencontrée dès son arrivée. Son souvenir : "
             "« elle a trouvé une infirmière pour ma patiente en une soirée, moi j'y aurais passé la semaine ».",
             "Le centre de santé a ouvert en mars. Son adresse : « 12, rue des Tanneurs, au premier étage ».",
             "Sa devise : « un patient, un coordinateur, un numéro »."]
    text, segs = _segment(lines, gazetteer)
    s = _at(text, segs, "on ne soigne pas des dossiers")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Sophie Lemaire", "coordinateur", "Centre-Val de Loire")
    s = _at(text, segs, "elle a trouvé une infirmière pour ma patiente")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Paul Renaud", "medecin_generaliste")
    assert _at(text, segs, "12, rue des Tanneurs").kind not in ("verbatim", "turn")
    assert _at(text, segs, "un patient, un coordinateur").kind not in ("verbatim", "turn")  # no one presented before


def test_his_words_translated_after_a_person_named_by_a_title(gazetteer):
    """s29-segr50b (round 50's Maroni mission log): "Ses propos, traduits par le médiateur : « … »" after
    "Réunion avec le capitaine Amoedang …"; unseen: a mission log in the Pacific, "Ses paroles :" after a
    village chief named mid-sentence; near misses: a plural possessive of a thing ("Ses horaires :") and
    "Ses propos :" with nobody named or titled before."""
    lines = ["Journal de la tournée sanitaire – Wallis",
             "Étape 2 – Alele – 9 mai",
             "Accueil par le chef Takasi devant la fale communautaire. Ses paroles, traduites par l'infirmière : "
             "« Nous attendons le médecin depuis l'hiver, les vieux ne peuvent plus prendre le bateau. »",
             "Le dispensaire ouvre deux jours par semaine. Ses horaires : « 8 h – 12 h, mardi et vendredi ».",
             "Plusieurs familles sont venues. Ses propos : « Le vaccin est arrivé trop tard pour la saison ». "]
    text, segs = _segment(lines, gazetteer)
    s = _at(text, segs, "Nous attendons le médecin depuis")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Takasi", "autre")
    assert _at(text, segs, "mardi et vendredi").kind not in ("verbatim", "turn")
    assert _at(text, segs, "Le vaccin est arrivé trop tard").speaker == ""
    from corpus.segment.attributions import _titled_person
    assert _titled_person().search("Réunion avec le capitaine Amoedang avant l'ouverture").group("name") == "Amoedang"
    assert _titled_person().search("Réunion avec le maire de Grand-Santi") is None


def test_a_pronouns_quote_after_a_sentence_closing_on_a_presented_person(gazetteer):
    """"… partagé par Sabrina Hoarau, 34 ans, infirmière libérale. Elle … « … », explique-t-elle":
    the person that sentence presents, not the previous paragraph's speaker."""
    from corpus.segment.attributions import presented_before_pronoun

    found = presented_before_pronoun("Le constat est partagé par Lucie Morel, 41 ans, sage-femme libérale. "
                                     "Elle a rejoint la CPTS en 2021 ", gazetteer)
    assert (found["speaker"], found["role"]) == ("Lucie Morel", "sage_femme")
    # the next sentence not opened by a pronoun, or no role in the apposition: nothing
    assert presented_before_pronoun("Le constat est partagé par Lucie Morel, 41 ans, sage-femme libérale. "
                                    "La CPTS a été créée en 2021 ", gazetteer) is None
    assert presented_before_pronoun("Nous avons rencontré Lucie Morel, en mars. Elle a rejoint la CPTS ", gazetteer) is None
    lines = ["« Ici, personne ne montera à ta place. » La phrase est de Jean Hoarau, médecin généraliste à Cilaos.",
             "Le constat est partagé par Lucie Morel, 41 ans, sage-femme libérale. Elle a rejoint la CPTS en 2021 "
             "« pour ne plus être seule quand une patiente saigne un dimanche », explique-t-elle."]
    text, segs = _segment(lines, gazetteer)
    s = _at(text, segs, "pour ne plus être seule quand une patiente")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Lucie Morel", "sage_femme")


def test_a_described_person_whose_sentence_ends_on_a_colon(gazetteer):
    """"La déléguée départementale de l'ARS, que nous avons rencontrée aux Andelys, assume … :
    « … »": her words whatever the verb; not a sentence naming a text, nor a noun phrase without
    the commas that set it off."""
    from corpus.segment.attributions import described_colon_subject

    found = described_colon_subject("La directrice de la CPAM, que nous avons rencontrée à Évreux, défend ce "
                                    "choix : ", gazetteer)
    assert (found["speaker"], found["role"], found["region"]) == ("", "institutionnel_cpam", "Normandie")
    assert described_colon_subject("Le médecin coordinateur résume les objectifs : ", gazetteer) is None
    assert described_colon_subject("La coordinatrice, arrivée en mars, a fixé une affiche au mur : ", gazetteer) is None
    assert described_colon_subject("Le rapport, publié en mars, conclut : ", gazetteer) is None  # no person
    lines = ["Chapitre 2. Une caisse qui finance",
             "La directrice de la CPAM, que nous avons rencontrée à Évreux, défend ce choix : « on ne peut pas "
             "financer des projets que personne n'évalue »."]
    text, segs = _segment(lines, gazetteer)
    s = _at(text, segs, "on ne peut pas financer des projets")
    assert (s.kind, s.role) == ("verbatim", "institutionnel_cpam")
