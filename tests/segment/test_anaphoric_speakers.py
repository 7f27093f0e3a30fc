"""A quotation given to a definite or demonstrative description of a person the text named before
(segment/anaphoric_speakers.py): "« … », poursuit l'élue" after "Marie-Josée Barthélémy, adjointe
au maire …"; "Cette retraitée … se souvient : « … »" after "Josiane, elle, …". Look-alikes: a
description whose role nobody named before holds, an indefinite description."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.anaphoric_speakers import role_named_before, subject_before


def test_the_person_named_with_that_role(gazetteer):
    before = ("Le bus santé est porté par Marie-Josée Barthélémy, adjointe au maire chargée de la santé. "
              "À bord, Nadia Ursulet, pharmacienne à Ducos, fait des tests. ")
    assert role_named_before(before, "elu", gazetteer)["speaker"] == "Marie-Josée Barthélémy"
    assert role_named_before(before, "pharmacien", gazetteer)["speaker"] == "Nadia Ursulet"
    assert role_named_before(before, "infirmier", gazetteer) is None


def test_the_subject_of_the_sentence_before(gazetteer):
    before = "Josiane, elle, a retrouvé un médecin. Cette retraitée de 71 ans se souvient : "
    assert subject_before(before, "Cette retraitée de 71 ans se", gazetteer) == "Josiane"
    # a definite article is no demonstrative: the sentence before says nothing of who "la retraitée" is
    assert subject_before("Josiane, elle, a retrouvé un médecin. La retraitée se souvient : ",
                          "La retraitée", gazetteer) is None


# an unseen variant: an elected member named in a standfirst, quoted by her function two paragraphs on;
# a pensioner named by first name, then by a demonstrative
PORTRAIT = [
    "Le centre de santé rouvre à Murat",
    "Le projet est porté par Anne Vidal, conseillère départementale du canton de Murat.",
    "Les travaux ont duré huit mois et coûté 400 000 euros.",
    "« Il fallait un lieu où les jeunes médecins aient envie de s'installer », résume l'élue.",
    "« Sans elle, mes patients ne remarcheraient jamais après une fracture », glisse une infirmière du secteur.",
    "Raymond, lui, attendait depuis deux ans un médecin traitant. Ce retraité de 80 ans raconte : « Je faisais "
    "quarante kilomètres pour une ordonnance. »",
]


def test_a_description_after_the_quote_points_back(gazetteer):
    text, segs = _segment(PORTRAIT, gazetteer)
    elected = _at(text, segs, "les jeunes médecins aient envie")
    assert (elected.kind, elected.speaker, elected.role) == ("verbatim", "Anne Vidal", "elu")
    widower = _at(text, segs, "quarante kilomètres pour une ordonnance")
    assert (widower.kind, widower.speaker) == ("verbatim", "Raymond")
    # near miss: an indefinite description names someone else
    other = _at(text, segs, "mes patients ne remarcheraient")
    assert other.kind == "verbatim" and other.speaker == ""


def test_a_generic_noun_of_care_points_back(gazetteer):
    before = ("Le projet est porté par Paul Girard, maire de Lormes. Martine Roux, infirmière libérale à Lormes, "
              "fait sa tournée depuis 1995. ")
    found = role_named_before(before, lambda r: r not in ("", "autre", "inconnu", "elu"), gazetteer)
    assert (found["speaker"], found["role"]) == ("Martine Roux", "infirmier")
    # unseen variant: "la soignante" after a nurse and a mayor, in a page
    lines = ["À Lormes, la tournée du matin",
             "Martine Roux, infirmière libérale à Lormes, fait sa tournée depuis 1995. Le maire, Paul Girard, la "
             "soutient.",
             "« Sans voiture, ici, on ne soigne personne », résume la soignante."]
    text, segs = _segment(lines, gazetteer)
    seg = _at(text, segs, "Sans voiture, ici")
    assert (seg.kind, seg.speaker, seg.role) == ("verbatim", "Martine Roux", "infirmier")


# s25-segattr6: a function no role of its own ("la présidente") points back to the person named
# before with that function in her description; an old person's noun ("la vieille dame") to the
# person named before with an age alone.
def test_a_function_points_back_to_the_one_who_holds_it(gazetteer):
    lines = ["La parole des porteurs de projet",
             "La vidéo donne la parole au Dr Josiane Rosine, médecin généraliste au Lamentin et présidente de la "
             "CPTS. Je reproduis la transcription.",
             "Reformulée, la présidente insiste sur le volume : « On a eu plus de deux mille appels la première "
             "année, c'est la preuve que le besoin était là. »"]
    text, segs = _segment(lines, gazetteer, doc={"kind": "memoire"})
    seg = _at(text, segs, "la preuve que le besoin était là")
    assert (seg.kind, seg.speaker, seg.role) == ("verbatim", "Josiane Rosine", "medecin_generaliste")


def test_unseen_president_and_a_near_miss_of_another_gender(gazetteer):
    # an unseen variant: a pharmacist presiding an association, named in a press article, quoted
    # in an incise after the quotation
    lines = ["Une association pour garder la pharmacie",
             "L'association est animée par Gilles Fabre, pharmacien à Saint-Flour et président du comité de "
             "défense. Elle compte deux cents membres.",
             "« Sans officine, le bourg perd ses derniers commerces », prévient le président."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "presse"})
    seg = _at(text, segs, "le bourg perd ses derniers commerces")
    assert (seg.kind, seg.speaker, seg.role) == ("verbatim", "Gilles Fabre", "pharmacien")
    # near miss: "la présidente" is not the word of his description: nobody named holds it
    before = "L'association est animée par Gilles Fabre, pharmacien à Saint-Flour et président du comité. "
    from corpus.segment.anaphoric_speakers import function_named_before
    assert function_named_before(before, "présidente", gazetteer) is None
    assert function_named_before(before, "président", gazetteer)["speaker"] == "Gilles Fabre"


def test_an_old_persons_noun_points_back_to_the_person_with_an_age(gazetteer):
    lines = ["Les soins en breton",
             "Il est 7 h 30 quand la voiture se gare devant la maison de Maï Le Gall, 91 ans. Le pilulier est "
             "ouvert. « Mont a ra mat ar galon », annonce la vieille dame, avant de traduire : « Le cœur va "
             "bien. »"]
    text, segs = _segment(lines, gazetteer, doc={"kind": "presse"})
    seg = _at(text, segs, "Mont a ra mat ar galon")
    assert (seg.kind, seg.speaker) == ("verbatim", "Maï Le Gall")


def test_unseen_old_man_and_a_near_miss_with_a_profession(gazetteer):
    # an unseen variant: an old man in a village of the Cantal; the near miss: the person named
    # nearest has a profession, not an age alone, and is no "vieux monsieur"
    before = "Dans la cuisine d'Émile Chazal, 88 ans, la radio joue. Martine Roux, infirmière à Murat, arrive. "
    from corpus.segment.anaphoric_speakers import role_named_before
    from corpus.segment.attributions import age_only
    found = role_named_before(before, None, gazetteer, desc_test=lambda d: age_only(d, gazetteer))
    assert found["speaker"] == "Émile Chazal"
    lines = ["Au village",
             "Martine Roux, infirmière à Murat, passe chaque matin. « Je viens pour la piqûre », annonce le vieil "
             "homme."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "presse"})
    assert _at(text, segs, "Je viens pour la piqûre").speaker != "Martine Roux"


def test_a_person_named_after_an_opening_phrase_or_by_a_trade_title(gazetteer):
    """s26-segr45b: round 45's live blog ("Premier à prendre la parole, le maire de Vire Normandie,
    Jean-Yves Hamelin, lance : « … »") and farewell booklet ("le Dr Yann Le Goff a cessé son activité"
    then "le médecin répond … : « … »"); unseen: another town, another physician; near misses: a
    pharmacist's title says no physician, a place after the opening phrase is no name."""
    before = "Dernière à intervenir, la maire de Condé-sur-Noireau, Sylvie Lechevallier, prévient : "
    assert role_named_before(before, "elu", gazetteer)["speaker"] == "Sylvie Lechevallier"
    assert role_named_before("En fin de séance, à Falaise, Caen Est reste fermée. ", "elu", gazetteer) is None
    before = "Quand le Docteur Alain Kerbrat a fermé son cabinet de Pleyben, ses patients ont écrit. "
    assert role_named_before(before, "medecin_generaliste", gazetteer)["speaker"] == "Alain Kerbrat"
    assert role_named_before("La pharmacienne Anne Riou a fermé son officine. ", "medecin_generaliste", gazetteer) is None
    lines = ["Le départ d'un médecin de campagne",
             "Quand le Dr Alain Kerbrat a quitté Pleyben en 2022, ses patients lui ont offert un album.",
             "Dans la presse locale, le médecin répond par une lettre : « Je n'oublierai aucune de vos visites "
             "du mardi soir, ni vos tartes aux pommes. »"]
    text, segs = _segment(lines, gazetteer)
    s = _at(text, segs, "Je n'oublierai aucune")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Alain Kerbrat", "medecin_generaliste")


# s31-segr54b: an audit report names the people heard once, in its procedure, then quotes them
# sections later by their function alone; a function nobody was named with keeps no speaker
AUDIT = [
    "Déroulement du contrôle",
    "Les échanges ont eu lieu avec M. Yannick Le Bihan, directeur général du groupement, et Mme Odile Ferrand, "
    "adjointe au maire de Morlaix, vice-présidente du conseil d'administration.",
    "2. La gestion des lits",
    "La chambre constate que le taux d'occupation a dépassé 98 % trois hivers de suite.",
    "En réponse, le directeur général estime que « nous avons ouvert douze lits d'aval dès novembre, "
    "sans attendre la tutelle ».",
    "La vice-présidente du conseil d'administration souligne pour sa part que « la commune a mis deux "
    "logements à disposition des infirmières recrutées ».",
    "Le trésorier affirme que « les comptes seront certifiés avant la fin de l'exercice prochain ».",
]


def test_a_function_named_sections_before(gazetteer):
    text = "\n".join(AUDIT) + "\n"
    heads = [0, 2]
    starts = [text.index(AUDIT[h]) for h in heads] + [len(text)]
    structure = [{"char_start": a, "char_end": b, "kind": "body", "heading": AUDIT[h]}
                 for h, a, b in zip(heads, starts, starts[1:])]
    text, segs = _segment(AUDIT, gazetteer, doc={"kind": "rapport"}, structure=structure)
    s = _at(text, segs, "nous avons ouvert douze lits")
    assert (s.kind, s.speaker) == ("verbatim", "Yannick Le Bihan")
    s = _at(text, segs, "la commune a mis deux logements")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Odile Ferrand", "elu")
    # near miss: no one was named treasurer
    assert _at(text, segs, "les comptes seront certifiés").speaker == ""


# s44: "l'adjoint" points back to the deputy mayor the piece presented ("Jean Lagarde, adjoint au maire
# chargé de la santé, …" then "« … », a rappelé l'adjoint"); a pronoun opening the piece's first quotation
# ("« … », explique-t-elle") stands for the one person its standfirst presents
PRESS = [
    "Le centre de vaccination ferme ses portes",
    "Ouvert en 2021 dans la salle des fêtes, le centre a réalisé 30 000 injections. Le Dr Sophie Darrieux, "
    "médecin généraliste à Dax qui en assurait la coordination, dresse le bilan.",
    "Sur la banderole, le slogan « Tous protégés » a pâli.",
    "« On a connu des journées à huit cents personnes, avec la file jusqu'au parking », explique-t-elle.",
    "Présent pour la fermeture, Jean Lagarde, adjoint au maire chargé de la santé, a salué les volontaires. "
    "« La ville a prêté la salle, mais ce sont les soignants qui ont tenu la maison », a rappelé l'adjoint.",
]


def test_the_deputy_and_the_pronoun_of_the_first_quotation(gazetteer):
    text, segs = _segment(PRESS, gazetteer)
    doctor = _at(text, segs, "journées à huit cents personnes")
    assert (doctor.kind, doctor.speaker, doctor.role) == ("verbatim", "Sophie Darrieux", "medecin_generaliste")
    deputy = _at(text, segs, "ce sont les soignants qui ont tenu")
    assert (deputy.kind, deputy.speaker, deputy.role) == ("verbatim", "Jean Lagarde", "elu")



def test_a_title_naming_another_trade_than_the_running_speakers(gazetteer):
    # s49: after the doctor's words, "soupire l'élue" is the mayor the text named, not the doctor;
    # and the doctor keeps his trade
    lines = ["Le dernier médecin du canton",
             "À Olargues, le Dr Alain Ferrières, médecin généraliste de 64 ans, reçoit encore trente patients par "
             "jour. Son cabinet ne désemplit pas depuis le départ de son confrère.",
             "« Je ne prends plus de nouveaux patients, mais je ne peux pas refuser les enfants de mes anciens "
             "patients », sourit le médecin généraliste.",
             "La maire, Sylvie Carrère, cherche un successeur depuis deux ans.",
             "« On a tout proposé, le logement, le cabinet, rien n'y fait », soupire l'élue.",
             "« Il faudra bien que quelqu'un vienne, sinon je ferai comme lui », conclut le généraliste."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "presse"})
    s = _at(text, segs, "je ne peux pas refuser les enfants")
    assert (s.speaker, s.role) == ("Alain Ferrières", "medecin_generaliste")
    s = _at(text, segs, "rien n'y fait")
    assert (s.speaker, s.role) == ("Sylvie Carrère", "elu")
    assert _at(text, segs, "sinon je ferai comme lui").speaker == "Alain Ferrières"


# s50: a departmental magazine names people once, then quotes them as "la jeune femme", "l'ancien
# mineur", "la syndicaliste"; a patient presented on the line above a quotation opening its paragraph.
MAGAZINE = [
    "Dossier santé",
    "Le Dr Inès Boukhris a quitté un cabinet lyonnais pour rejoindre le centre de santé. À 33 ans, elle voulait "
    "exercer sans les contraintes de l'installation.",
    "« Ici, je soigne, et je rentre chez moi le soir sans trois heures de paperasse », sourit la jeune femme.",
    "Dans la salle d'attente, René Castagné, 74 ans, ancien mineur de Decazeville, attend son rendez-vous de "
    "suivi avec le médecin traitant qu'il a retrouvé.",
    "« Pendant deux ans, je renouvelais mes ordonnances à la pharmacie, je n'avais plus personne », raconte "
    "l'ancien mineur.",
    "Sylvie Marty, secrétaire départementale du syndicat Soignants unis 12, réclame des postes. « Sans rattrapage "
    "des salaires, il n'y aura plus personne dans cinq ans », martèle la syndicaliste.",
]


def test_a_description_that_points_back_at_the_person_presented(gazetteer):
    text, segs = _segment(MAGAZINE, gazetteer, doc={"kind": "communication"})
    s = _at(text, segs, "Ici, je soigne")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Inès Boukhris", "medecin_generaliste")
    s = _at(text, segs, "je renouvelais mes ordonnances")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "René Castagné", "autre")  # no doctor: the verb ends his apposition
    s = _at(text, segs, "Sans rattrapage des salaires")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Sylvie Marty", "institutionnel_autre")


# s50: a memoir presents its people once in its fieldwork chapter, then quotes them chapters later
# by their post only.
PRESENTED_ONCE = [
    "3. Le terrain",
    "Les personnes citées ont accepté d'être nommées. Mme Nadège Vallet est coordinatrice de la maison de santé "
    "depuis 2019. M. Hugo Servais, masseur-kinésithérapeute à Segré, en est le gérant.",
    "Mémoire – 14",
    "4. Analyse : qui décide ?",
    "Le projet de santé est discuté chaque trimestre en assemblée générale, selon un calendrier fixé par les statuts "
    "de la société, et les décisions y sont prises à la majorité des associés présents.",
    "La coordinatrice résume son rôle : « Officiellement, je n'ai pas de voix, mais c'est moi qui écris l'ordre du "
    "jour. »",
    "Le gérant nuance ce tableau : « On vit des financements de l'assurance maladie, tant que les indicateurs "
    "sont atteints tout le monde est content. »",
]


def test_a_post_named_chapters_after_the_presentation_points_back_at_its_holder(gazetteer):
    text, segs = _segment(PRESENTED_ONCE, gazetteer, doc={"kind": "memoire"})
    s = _at(text, segs, "je n'ai pas de voix")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Nadège Vallet", "coordinateur")
    s = _at(text, segs, "tant que les indicateurs sont atteints")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Hugo Servais", "kinesitherapeute")

