"""Press attributions of round 46 (s27-segr46b), in segment/quotes.py and conventions VERB_AFTER /
NAMED_BEFORE: an addressee between an incise's verb and its subject ("», a déclaré à l'AFP Stéphane
Bourdin, …"), a function with a possessive then the name in apposition ("», a assuré son directeur
général, Yann Le Meur", the body of the sentence before giving the role), a court report's
"La procureure, Claire Méhaut, a requis : « … »" and a lawyer's civility ("Me Hugo Bertin a plaidé").
Each with an unseen variant and a near-miss."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines

from corpus.segment.court_records import lawyer_civility
from corpus.segment.quotes import _possessor_role

TITLE = "Les urgences du Nord-Cotentin sous tension"
FACTS = ("Le service des urgences de Valognes ferme ses portes la nuit depuis le début du mois, faute de "
         "médecins disponibles pour assurer les gardes.")


def _who(lines, gazetteer, snippet):
    text, segs = segment_lines(lines, gazetteer, structure=[{"char_start": 0, "char_end": len(lines[0]),
                                                             "kind": "heading", "heading": lines[0]}])
    s = _at(text, segs, snippet)
    return s.kind, s.speaker, s.role


def test_an_addressee_between_the_verb_and_its_subject_is_passed_over(gazetteer):
    # the case: an agency named after "a déclaré"
    lines = [TITLE, FACTS,
             "« Nous n'avons plus qu'un urgentiste pour tout le secteur, nous orientons les patients vers Cherbourg », "
             "a déclaré à l'AFP Hervé Lemaître, directeur du centre hospitalier de Valognes."]
    assert _who(lines, gazetteer, "Nous n'avons plus qu'un urgentiste") == ("verbatim", "Hervé Lemaître", "hospitalier")
    # unseen: a newspaper, another verb, a pharmacist
    lines[2] = ("« Les patients viennent chez nous à minuit parce que tout le reste est fermé », a confié "
                "à Ouest-France Martine Lecoq, pharmacienne à Valognes.")
    assert _who(lines, gazetteer, "Les patients viennent chez nous") == ("verbatim", "Martine Lecoq", "pharmacien")


def test_a_lower_case_addressee_after_the_verb_is_passed_over():
    # s50: "à la patiente", "à la délégation" are who the words were said to, the subject comes after
    # them (until s49 only a capitalised agency was); with nothing after, the complement stays
    from corpus.segment import conventions as cv

    va = cv.VERB_AFTER.match(", répond à la patiente l'infirmière de nuit.")
    assert va is not None and va.group("who") == "l'infirmière de nuit"
    va = cv.VERB_AFTER.match(", répond à la patiente.")
    assert va is not None and va.group("who") == "à la patiente"
    va = cv.VERB_AFTER.match(", a déclaré à l'AFP Stéphane Bourdin, directeur.")
    assert va is not None and va.group("who").startswith("Stéphane Bourdin")


def test_a_possessive_function_then_a_name_gives_the_name_and_the_body_before(gazetteer):
    lines = [TITLE, FACTS,
             "L'agence régionale de santé assure qu'un renfort arrivera d'ici la fin du mois. « La continuité des "
             "soins est notre priorité absolue et un contrat a été signé mercredi », a assuré son directeur "
             "général, Yann Le Meur."]
    assert _who(lines, gazetteer, "La continuité des soins") == ("verbatim", "Yann Le Meur", "institutionnel_ars")
    # unseen: a hospital's director, another verb
    lines[2] = ("Le centre hospitalier de Valognes indique que la réouverture de nuit est prévue en juin. « Deux médecins ont signé "
                "leur contrat hier soir et un troisième nous rejoindra », a précisé sa directrice, Anne Rouxel.")
    assert _who(lines, gazetteer, "Deux médecins ont signé") == ("verbatim", "Anne Rouxel", "hospitalier")


def test_a_person_subject_gives_no_body_to_a_possessive():
    # near-miss: "son mari" after a sentence about a nurse is not of a body
    assert _possessor_role("Une infirmière explique qu'elle travaille seule la nuit. ") == ""
    assert _possessor_role("L'agence régionale de santé assure qu'un renfort arrivera. ") == "institutionnel_ars"
    assert _possessor_role("Le renfort arrivera d'ici la fin du mois. ") == ""  # no speech verb, no subject


def test_a_court_report_s_prosecutor_and_lawyer(gazetteer):
    lines = ["Tribunal correctionnel : un an avec sursis pour des violences à la pharmacie",
             "Julien M., 31 ans, comparaissait jeudi devant le tribunal correctionnel de Rennes pour avoir menacé "
             "une pharmacienne de garde.",
             "Partie civile, Léa Morvan, pharmacienne à Rennes, explique qu'elle a fermé deux jours. « Depuis ce soir-là, "
             "je n'ouvre plus le guichet de nuit sans appeler la police. »",
             "Le substitut du procureur, Arnaud Kerhervé, a requis huit mois avec sursis : « Une pharmacie de garde "
             "n'est pas un distributeur, ces menaces doivent cesser. »",
             "Pour la défense, Me Solène Kerjean a plaidé l'épuisement : « Mon client n'avait pas dormi depuis "
             "deux nuits, il regrette chaque mot. »"]
    assert _who(lines, gazetteer, "Une pharmacie de garde n'est pas") == ("verbatim", "Arnaud Kerhervé",
                                                                         "institutionnel_autre")
    kind, speaker, role = _who(lines, gazetteer, "Mon client n'avait pas dormi")
    assert (kind, speaker, role) == ("verbatim", "Solène Kerjean", "autre")


def test_a_lawyer_s_civility_only_right_before_the_name():
    assert lawyer_civility("Pour la défense, Me ") == "Me"
    assert lawyer_civility("Pour la défense, Maître ") == "Maître"
    assert lawyer_civility("Elle me ") == ""  # the pronoun "me" is no civility (case kept)
    assert lawyer_civility("Pour la défense, M. ") == ""


def test_an_age_before_the_trade_in_a_press_apposition_keeps_the_trade(gazetteer):
    # s29-segr51a: "« … », raconte NAME, AGE ans, TRADE à PLACE": the role is the trade, not the age
    lines = [TITLE, FACTS,
             "« Je fais les prises de sang de tout le canton, parfois avant six heures », raconte Sylvie Hamel, "
             "51 ans, infirmière libérale à Bricquebec depuis 2004. « Le week-end, il n'y a plus personne "
             "derrière moi », ajoute-t-elle."]
    assert _who(lines, gazetteer, "Je fais les prises de sang") == ("verbatim", "Sylvie Hamel", "infirmier")
    assert _who(lines, gazetteer, "Le week-end, il n'y a plus") == ("verbatim", "Sylvie Hamel", "infirmier")
    # unseen: another trade, another place, a man
    lines[2] = ("« On me demande de rester ouvert jusqu'à vingt heures, je ne peux pas tout faire », "
                "explique Bertrand Lesage, 47 ans, pharmacien à Saint-Vaast-la-Hougue depuis vingt ans.")
    assert _who(lines, gazetteer, "On me demande de rester ouvert") == ("verbatim", "Bertrand Lesage", "pharmacien")
    # near-miss: a patient presented by name and age, then what they do that day, no trade
    lines[2] = ("Dans sa cuisine de Quettehou, Raymond Lebas, 86 ans, attend la visite du matin. "
                "« Sans elle, je serais parti en maison de retraite depuis longtemps. »")
    assert _who(lines, gazetteer, "je serais parti en maison de retraite") == ("verbatim", "Raymond Lebas", "autre")


# s38 (round 72): a public meeting's report, the running speaker the mayor, then others speak
MEETING = [
    "Gardes du soir : la salle était pleine",
    "Plus de deux cents personnes ont assisté jeudi soir à la réunion publique sur les soins non programmés.",
    "Une décision « subie », selon le maire, Gilles Ravon, qui avait souhaité cette réunion. « On ne va pas se "
    "mentir : il manque des médecins, et ceux qui sont là sont épuisés », explique le maire.",
    "La déléguée départementale de l'ARS, Claire Dubreuil, a répondu aux inquiétudes sur la régulation : « Le 15 "
    "reste joignable à toute heure. Un médecin régulateur décide s'il faut envoyer quelqu'un. »",
    "Installé depuis vingt ans à Challans, le Dr Thomas Billaud fait partie des six généralistes qui assuraient "
    "encore les gardes. « J'ai soixante et un ans. Je veux bien continuer, mais pas seul. »",
    "« Et quand le 15 ne répond pas au bout de vingt minutes, on fait quoi ? », lance une voix dans la salle. "
    "Applaudissements.",
]


def test_a_function_then_a_name_in_apposition_before_the_verb(gazetteer):
    assert _who(MEETING, gazetteer, "Le 15 reste joignable") == ("verbatim", "Claire Dubreuil", "institutionnel_ars")
    # unseen: a compound past of another verb, a union's delegate
    lines = [*MEETING[:3], "Le délégué de l'URPS infirmiers, Marc Le Gall, a reconnu devant la salle : « On ne "
             "pourra pas tout absorber. Nous sommes déjà à cinquante patients par tournée. »"]
    kind, speaker, _ = _who(lines, gazetteer, "On ne pourra pas tout absorber")
    assert (kind, speaker) == ("verbatim", "Marc Le Gall")


def test_a_newcomer_named_in_the_sentence_before_the_quote(gazetteer):
    kind, speaker, role = _who(MEETING, gazetteer, "Je veux bien continuer, mais pas seul")
    assert kind == "verbatim" and speaker.endswith("Thomas Billaud") and role == "medecin_generaliste"
    # near miss: the sentence before names the running speaker beside someone else; not the other one's
    lines = [*MEETING[:3], "Aux côtés de Claire Dubreuil, le maire Gilles Ravon a présenté le calendrier des "
             "travaux. « Les locaux seront prêts à l'automne, nous avons déjà deux candidats. »"]
    assert _who(lines, gazetteer, "Les locaux seront prêts")[1] != "Claire Dubreuil"


def test_an_anonymous_voice_speaks_with_no_role(gazetteer):
    assert _who(MEETING, gazetteer, "on fait quoi ?") == ("verbatim", "", "inconnu")
    # unseen: someone in a queue, a question asked with a compound past
    lines = [*MEETING[:3], "Dans la file, l'attente commence à peser. « Et ceux qui travaillent, ils viennent "
             "quand ? », a demandé quelqu'un dans la file d'attente."]
    assert _who(lines, gazetteer, "ils viennent quand")[0::2] == ("verbatim", "inconnu")
    # unseen: a voice in a march, no comma after the guillemet; spectators crying out before the words
    lines = [*MEETING[:3], "« Et les urgences, ce sera pour quand ? » a crié une voix dans le cortège, provoquant "
             "des applaudissements.", "Autour de lui, des spectateurs crient : « Il est tombé tout seul, personne ne "
             "l'a poussé, laissez passer les secours ! »"]
    assert _who(lines, gazetteer, "ce sera pour quand")[0::2] == ("verbatim", "inconnu")
    assert _who(lines, gazetteer, "laissez passer les secours")[0::2] == ("verbatim", "inconnu")
    # near miss: a poster in a room, not a voice
    lines = [*MEETING[:3], "Dans la salle de code, une affiche rappelle la règle apprise par tous les élèves : "
             "« Rétroviseur, clignotant, angle mort »."]
    assert _who(lines, gazetteer, "Rétroviseur, clignotant")[0] != "verbatim"


# s44: after the running speaker's quotation, a first name presented by where she comes from and a
# speech verb ("Virginie, venue de Varades avec sa fille, se dit soulagée :") leads the next one; a
# sentence opening on a determiner of time ("Quelques semaines plus tard, il précise :") names no one
PRESS_NEWCOMER = [
    "Les ados ont désormais une porte où frapper",
    "Françoise Guérin, adjointe au maire chargée des solidarités, a inauguré l'antenne mardi à Ancenis.",
    "« Jusqu'ici, une famille devait aller à Nantes, et pour un collégien c'est une demi-journée perdue », "
    "souligne l'adjointe.",
    "Virginie, venue de Varades avec sa fille de 14 ans, se dit soulagée : « On a attendu huit mois pour un "
    "premier rendez-vous au CMP. »",
    "Quelques semaines plus tard, il précise en riant : « Ce n'est pas de la sorcellerie, ce sont les mains. »",
]


def test_a_first_name_presented_by_her_origin_takes_over_from_the_running_speaker(gazetteer):
    text, segs = segment_lines(PRESS_NEWCOMER, gazetteer)
    assert _at(text, segs, "une demi-journée perdue").speaker == "Françoise Guérin"
    mother = _at(text, segs, "huit mois pour un premier rendez-vous")
    assert (mother.kind, mother.speaker, mother.role) == ("verbatim", "Virginie", "autre")
    assert _at(text, segs, "ce sont les mains").speaker != "Quelques"


# s50: a local page's brèves: a function then the name after a compound past; a voice of the audience
# behind an impersonal "on"; a patient presented on the line above, against the running speaker.
BREVES = [
    "Vie locale",
    "Lucie Ferron, coordinatrice du pôle de santé, a présenté le calendrier. « Le bâtiment, c'est facile, le "
    "projet de santé prend des années », a prévenu la coordinatrice.",
    "« Si on ne les aide pas, nos infirmières partiront à Saumur et le village perdra ses soins », a justifié le "
    "maire délégué, Yves Gohier.",
    "« Et les ambulances, elles se garent où quand il y a le marché ? », a-t-on entendu dans l'assistance.",
    "Dans la salle, Paulette Brémond, 86 ans, suivie par le Dr Aubin depuis 1980, n'a pas caché son inquiétude :",
    "« Je n'ai pas de voiture, et le bus ne passe plus que le mardi. Qui va venir maintenant ? »",
]


def test_a_local_page_gives_each_quotation_its_own_speaker(gazetteer):
    text, segs = segment_lines(BREVES, gazetteer, doc={"kind": "presse"})
    assert _at(text, segs, "Le bâtiment, c'est facile").speaker == "Lucie Ferron"
    s = _at(text, segs, "nos infirmières partiront à Saumur")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Yves Gohier", "elu")
    s = _at(text, segs, "les ambulances, elles se garent où")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "", "inconnu")
    s = _at(text, segs, "Je n'ai pas de voiture")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Paulette Brémond", "autre")  # not "suivie par le Dr …"


def test_a_front_page_teaser_signed_after_the_quotation(gazetteer):
    # s50: a daily's front page quotes someone, then names them to the end of the line with a page
    # reference; a teaser with no one named after it stays narrative
    lines = ["La Voix du Pays-Haut – samedi 3 février",
             "« Là-bas, on me paie enfin pour ce que je fais, et j'ai le temps de parler aux patients. » Nadège, "
             "infirmière frontalière – page 3",
             "« Là-bas, tout le monde y pense et personne ne le dit à voix haute. » Lire page 5",
             "Sport : le FC Longwy tient tête au leader."]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "presse"})
    s = _at(text, segs, "on me paie enfin")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Nadège", "infirmier")
    assert _at(text, segs, "tout le monde y pense").kind != "verbatim"


def test_one_of_several_is_no_anaphor_of_the_running_speaker(gazetteer):
    # s50: "a objecté l'un des participants" after a named doctor's quotations: someone of the meeting
    lines = ["Reportage",
             "Le Dr Élise Mourot, généraliste à Poligny, a porté le projet. « J'avais peur de devenir gestionnaire, "
             "et finalement tout va bien », confie-t-elle.",
             "Lors de la réunion d'équipe, les avis restaient partagés.",
             "« Qui fait l'éducation du patient diabétique, au final ? Si c'est l'assistante, il faut le dire », a "
             "objecté l'un des participants, sans que la discussion ne tranche.",
             "« On n'a pas de modèle, on avance et on corrige », conclut le médecin."]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "presse"})
    s = _at(text, segs, "Qui fait l'éducation")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "", "inconnu")
    assert _at(text, segs, "On n'a pas de modèle").speaker == "Élise Mourot"
