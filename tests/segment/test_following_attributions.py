"""Attributions after a quotation in a sentence of their own or in a relative clause
(segment/following_attributions.py). Look-alikes: a sentence after a quotation that points back at
it but names no person, a relative clause after a name that says nothing of a role, a
demonstrative that is no speech verb's subject."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.following_attributions import continues_speaker, following_speaker, relative_description

ARTICLE = [
    "3. Une coordination sous contrainte",
    "Le projet de santé parle d'une « responsabilité populationnelle » (Bourgueil, 2020), notion reprise par les "
    "trois communautés enquêtées.",
    "« On a monté le projet en six mois, sans un euro, et tout le monde nous a dit que c'était impossible. » Ce "
    "sont les propos d'une infirmière libérale de Quimperlé, présidente de l'association.",
    "Les élus sont plus réservés. « Nous finançons le local, mais nous ne savons pas ce qui s'y décide. » La "
    "remarque revient à un adjoint au maire de Morlaix chargé des solidarités.",
    "« Je n'ai jamais autant téléphoné qu'en avril 2020, et jamais aussi peu soigné. » Le constat est celui d'un "
    "médecin généraliste installé à Brest.",
    "« Le premier qui arrive ouvre la salle. » Ainsi parle Marc Le Gall, pharmacien à Landerneau.",
    "« Agir ensemble au plus près des patients du territoire. » Ce sont les mots du projet de santé signé en "
    "2021, repris dans chaque réunion.",
]


def test_the_sentence_after_a_quotation_names_its_speaker(gazetteer):
    text, segs = _segment(ARTICLE, gazetteer, doc={"kind": "article"})
    s = _at(text, segs, "On a monté le projet en six mois")
    assert (s.kind, s.role, s.region) == ("verbatim", "infirmier", "Bretagne")
    s = _at(text, segs, "Nous finançons le local")
    assert (s.kind, s.role, s.region) == ("verbatim", "elu", "Bretagne")
    s = _at(text, segs, "Je n'ai jamais autant téléphoné")
    assert (s.kind, s.role, s.region) == ("verbatim", "medecin_generaliste", "Bretagne")
    s = _at(text, segs, "Le premier qui arrive ouvre la salle")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Marc Le Gall", "pharmacien")
    assert _at(text, segs, "Ce sont les propos d'une infirmière").kind == "attribution"


def test_a_sentence_pointing_back_at_a_slogan_or_a_text_is_no_attribution(gazetteer):
    text, segs = _segment(ARTICLE, gazetteer, doc={"kind": "article"})
    assert _at(text, segs, "Agir ensemble au plus près").kind != "verbatim"
    assert _at(text, segs, "responsabilité populationnelle").kind != "verbatim"


def test_following_speaker_reads_frames_not_any_sentence(gazetteer):
    attrs, span = following_speaker(" L'aveu est celui d'une sage-femme de Lorient. Puis elle repart.", gazetteer)
    assert (attrs["role"], attrs["region"]) == ("sage_femme", "Bretagne")
    assert " L'aveu est celui d'une sage-femme de Lorient. Puis"[span[0]:span[1]].startswith("L'aveu")
    assert following_speaker(" Ainsi s'exprime la présidente de la CPTS, Anne Roux.", gazetteer) is not None
    assert following_speaker(" Ce sont les mots de la loi de 2016.", gazetteer) is None  # a text, no person
    assert following_speaker(" La formule a fait florès dans les réunions.", gazetteer) is None  # no frame
    assert following_speaker(" Une infirmière de Lorient le confirme.", gazetteer) is None
    assert following_speaker(", ce sont les mots d'une infirmière.", gazetteer) is None  # no new sentence


PRESS = [
    "Santé. Dans le Finistère, les soignants s'organisent",
    "« Quand un patient sort de l'hôpital de Brest, on est prévenu le jour même », explique Julie Marec, qui "
    "exerce comme sage-femme libérale à Landerneau.",
    "« On a écrit le protocole à dix, le soir, après les consultations », poursuit celle qui a coordonné le "
    "groupe de travail.",
    "« Il faudra du temps pour convaincre les collègues », reconnaît Yann Kerbrat, qui a rejoint l'équipe en 2019.",
]


def test_a_relative_clause_after_the_name_gives_the_role(gazetteer):
    text, segs = _segment(PRESS, gazetteer, doc={"kind": "presse"})
    s = _at(text, segs, "Quand un patient sort de l'hôpital")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Julie Marec", "sage_femme", "Bretagne")
    s = _at(text, segs, "On a écrit le protocole à dix")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Julie Marec", "sage_femme")
    s = _at(text, segs, "Il faudra du temps pour convaincre")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Yann Kerbrat", "inconnu")  # "qui a rejoint": no role


def test_relative_description_and_demonstratives():
    assert relative_description(", qui préside la CPTS et tient une officine à Quimper") != ""
    assert relative_description(", qui a participé à la rédaction du protocole") == ""
    assert relative_description(" et qui exerce comme infirmière") == ""  # not right after the name
    assert relative_description(", qui est arrivée en 2019") == ""  # "est" without a role
    assert continues_speaker("celle qui a coordonné le groupe")
    assert continues_speaker("celui qu'on appelle le doyen")
    assert not continues_speaker("la coordinatrice qui a rédigé le texte")


CODED = [
    "Six infirmières libérales du Morbihan ont été interrogées (E1 à E6).",
    "« On a monté la tournée de nuit à trois cabinets, et personne ne nous a aidées au début. » Ce sont les "
    "propos d'E4, infirmière libérale à Vannes.",
]


def test_a_code_after_the_frame_is_the_speaker(gazetteer):
    text, segs = _segment(CODED, gazetteer, doc={"kind": "these"})
    s = _at(text, segs, "On a monté la tournée de nuit")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "E4", "infirmier", "Bretagne")


def test_a_quotation_set_as_an_aside_in_parentheses_is_the_described_person_s(gazetteer):
    # segfix34: "(« … », résume un X de Y)", "(« … », selon une X de Y)"
    from segment_text import segment_at, segment_lines
    lines = ["4. Le comptoir comme lieu de premier recours",
             "Les demandes de conseil ont doublé le dimanche (« on fait le travail du médecin de garde sans le "
             "titre », résume un adjoint d'une pharmacie de Chambéry), sans moyens supplémentaires.",
             "Les préparateurs arbitrent seuls (« je ne sais jamais si je dois envoyer aux urgences », selon une "
             "préparatrice d'une officine d'Aix-les-Bains), ce qui pèse sur eux.",
             "Le dispositif reste fragile (« une offre de soins à réinventer », selon un rapport de l'ARS)."]
    text, segs = segment_lines(lines, gazetteer)
    seg = segment_at(text, segs, "on fait le travail du médecin de garde")
    assert (seg.kind, seg.region) == ("verbatim", "Auvergne-Rhône-Alpes")
    seg = segment_at(text, segs, "je ne sais jamais si je dois envoyer")
    assert (seg.kind, seg.region) == ("verbatim", "Auvergne-Rhône-Alpes")
    assert segment_at(text, segs, "une offre de soins à réinventer").kind == "narrative"  # a report's words


def test_an_inverted_speech_verb_before_the_colon_names_who_speaks(gazetteer):
    # segfix34: "Ainsi témoigne une habitante de X, 58 ans, … : « … »"
    from segment_text import segment_at, segment_lines
    lines = ["3. Des distances vécues",
             "Ainsi témoigne un retraité de Baie-Mahault, 71 ans, qui ne conduit plus : « Pour voir le dentiste, "
             "il faut prendre deux bus et perdre la journée entière. »",
             "Ainsi résume le rapport de la mission : « une offre dispersée et mal connue des habitants »."]
    text, segs = segment_lines(lines, gazetteer)
    seg = segment_at(text, segs, "Pour voir le dentiste")
    assert (seg.kind, seg.region) == ("verbatim", "Guadeloupe")
    assert segment_at(text, segs, "une offre dispersée et mal connue").kind == "narrative"


def test_italic_extracts_credited_respectively(gazetteer):
    """following_attributions.respective_calls (segfix35): two italic paragraphs credited in order by
    "respectivement … E2, …, et E7, …"; the crediting sentence and the prose after it stay prose."""
    from segment_text import line_styles, segment_at, segment_lines
    lines = ["3.2 Le retour à domicile",
             "Le retour au domicile reste mal préparé selon les professionnels rencontrés.",
             "On me faxe l'ordonnance le vendredi soir, et le lundi il faut tout recommencer avec le médecin.",
             "Je découvre le pansement à la première visite, personne ne m'a dit comment il fallait le refaire.",
             "Ces propos émanent respectivement des entretiens E2, pharmacien titulaire à Quimperlé, et E7, "
             "infirmière libérale à Concarneau. Ils se rejoignent sur un point.",
             "Les patients sortent souvent sans ordonnance de soins infirmiers et sans matériel commandé.",
             "Ce constat rejoint celui d'autres études régionales."]
    styles = line_styles(lines, {2, 3})
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "these"}, styles=styles)
    first = segment_at(text, segs, "On me faxe l'ordonnance")
    assert (first.kind, first.speaker, first.role) == ("verbatim", "E2", "pharmacien")
    second = segment_at(text, segs, "Je découvre le pansement")
    assert (second.kind, second.speaker, second.role) == ("verbatim", "E7", "infirmier")
    assert segment_at(text, segs, "Ces propos émanent").kind == "narrative"
    assert segment_at(text, segs, "Les patients sortent souvent").kind == "narrative"


# segfix40: the sentence pointing back at the quotation opens the NEXT paragraph
def test_the_next_paragraph_names_the_speaker_of_a_quotation_alone(gazetteer):
    lines = ["Chapitre 2 – Une CPTS sous le regard de l'hôpital",
             "« La CPTS, on l'a poussée parce qu'il fallait un interlocuteur libéral face au centre hospitalier. "
             "Sans elle, l'hôpital parlait tout seul. »",
             "Ces mots sont ceux d'un chargé de mission de la délégation départementale de l'ARS, rencontré en avril. "
             "Ils disent bien la fonction d'équilibre assignée à la communauté.",
             "« Agir ensemble au plus près des patients du territoire, dans le respect de chacun. »",
             "Ces mots sont ceux du projet de santé signé en 2021, repris dans chaque réunion."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "memoire"})
    s = _at(text, segs, "on l'a poussée parce qu'il fallait")
    assert (s.kind, s.role) == ("verbatim", "institutionnel_ars")
    assert _at(text, segs, "Ces mots sont ceux d'un chargé").kind == "narrative"
    # the words of a project, not of a person
    assert _at(text, segs, "Agir ensemble au plus près").kind == "narrative"


# s49: a series of quotations each followed by "pour" and the speaker's full name
def test_quotations_credited_one_by_one_after_them(gazetteer):
    lines = ["2. Ce que le contrat veut dire",
             "Les acteurs en donnent des définitions concurrentes. Le contrat est tour à tour « un dossier de plus à "
             "remplir chaque printemps » pour Hervé Castagné, maire de Saint-Affrique, « une promesse que personne ne "
             "tiendra sans médecins » pour Lucie Fabre, infirmière libérale à Millau, et « le seul endroit où l'on se "
             "parle entre métiers » pour Damien Roques, qui en assure la coordination depuis 2019.",
             "Pour Hervé Castagné, le contrat reste une affaire d'État."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "article"})
    s = _at(text, segs, "un dossier de plus à remplir")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Hervé Castagné", "elu")
    s = _at(text, segs, "une promesse que personne")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Lucie Fabre", "infirmier")
    s = _at(text, segs, "le seul endroit où l'on se parle")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Damien Roques", "coordinateur")


def test_the_words_the_sentence_after_says_someone_used(gazetteer):
    # s50: "C'est par ces mots qu'…", a press formula naming who said the quotation before it
    lines = ["Hommage", "« Le bourg perd une figure, un médecin qui tenait la commune debout. » C'est par ces mots "
             "qu'Agnès Lafarge, maire de Buzançais, a salué sa mémoire lors du conseil municipal."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "presse"})
    s = _at(text, segs, "Le bourg perd une figure")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Agnès Lafarge", "elu", "Centre-Val de Loire")
