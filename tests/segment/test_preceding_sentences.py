"""A quotation's speaker presented in the sentence just before it by a name and an apposition
(segment/preceding_sentences.py). Look-alikes: a vox pop's signature "Name, age, job, Town."
before the words, a name with no apposition, an apposition that describes no person."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.preceding_sentences import presented_above, presented_before

PAGE = [
    "Dans le Finistère, la CPTS organise les retours à domicile",
    "« On est prévenus la veille de chaque sortie, et on passe le soir même », explique Anne Le Floch, "
    "infirmière libérale à Quimperlé.",
    "Au bout de sa rue, Marcel, 88 ans, attend la visite du soir. « Avant, je restais trois jours sans "
    "savoir qui viendrait me faire mes piqûres. »",
]


def test_the_person_the_sentence_before_presents_speaks(gazetteer):
    text, segs = _segment(PAGE, gazetteer, doc={"kind": "presse"})
    s = _at(text, segs, "Avant, je restais trois jours")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Marcel", "autre")  # not Anne Le Floch


def test_presented_before_look_alikes(gazetteer):
    found = presented_before("Dans son officine de Brest, Sophie, pharmacienne, range les commandes. ", gazetteer)
    assert (found["speaker"], found["role"]) == ("Sophie", "pharmacien")
    assert presented_before("Yannick, 71 ans, retraité, Quimper. ", gazetteer) is None  # a vox pop's signature
    assert presented_before("Marcel attend la visite du soir. ", gazetteer) is None  # no apposition
    assert presented_before("À Brest, Lorient, Quimper, rien ne change. ", gazetteer) is None  # places, no person
    assert presented_before("Marcel, 88 ans, attend. Puis il ajoute", gazetteer) is None  # not the last sentence


# segfix40: the paragraph above a quotation filling its own paragraph presents the speaker by a
# civility and an initial, what they do after "comme"
def test_the_paragraph_above_presents_the_speaker_by_a_civility(gazetteer):
    lines = ["2.3. Les aides à domicile, premières témoins de la dégradation",
             "Mme T. intervient depuis neuf ans comme aide à domicile auprès de personnes âgées des hauts de "
             "Saint-Benoît. Elle est souvent la seule à passer chaque jour.",
             "« Je vois quand la dame ne mange plus, quand les cachets restent dans le pilulier. Mais moi je n'ai "
             "pas le droit d'appeler le docteur. »",
             "Mme R. dirige le service depuis 2015 et a rédigé sa charte, affichée dans chaque bureau.",
             "« Les intervenants signalent sans délai toute dégradation de l'état de la personne aidée. »"]
    text, segs = _segment(lines, gazetteer, doc={"kind": "memoire"})
    t = _at(text, segs, "Je vois quand la dame")
    assert (t.kind, t.speaker, t.role, t.role_raw) == ("verbatim", "Mme T.", "autre",
                                                       "aide à domicile auprès de personnes âgées des hauts de Saint-Benoît")
    # the charter's words under the director's paragraph: no one speaks in them
    assert _at(text, segs, "Les intervenants signalent").kind == "narrative"


def test_presented_above_look_alikes(gazetteer):
    found = presented_above("M. H., responsable de secteur, reçoit les appels des familles.", gazetteer)
    assert (found["speaker"], found["role_raw"]) == ("M. H.", "responsable de secteur")
    # the paragraph quotes someone else: the quotation below is not the person's
    assert presented_above("Mme T. lit l'article : « la coordination est un métier ».", gazetteer) is None
    # the paragraph opens on a place, not on the person
    assert presented_above("À Saint-Benoît, Mme T. intervient chaque jour.", gazetteer) is None


# s28-segr49b: the sentence the quotation ends, after a colon, presents its speaker by a first name and
# an age after a clause setting the scene ("Dans la salle d'attente, Jeannine, 78 ans, est déjà là : « … »"),
# and wins over the speaker of the paragraph before ("…, ajoute le maire."). An unseen variant (a market,
# another verb) and near-misses: a quotation that does not speak (a sign shown), no person presented.
def test_a_person_presented_before_a_colon_speaks_after_another_speaker(gazetteer):
    mayor = ("Le maire, Paul Ropars, suit le chantier de près. « La commune a payé les murs, les soignants ont "
             "choisi les plans », ajoute le maire.")
    lines = [mayor, "Au marché du samedi, Odette, 81 ans, fait ses courses : « Depuis que mon docteur est parti, "
             "je n'ai plus personne, j'attends qu'ils me prennent »."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "presse"})
    s = _at(text, segs, "Depuis que mon docteur est parti")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Odette", "autre")
    assert presented_before("Dans la salle d'attente, Jeannine, 78 ans, est déjà là : ", gazetteer, True)["speaker"] \
        == "Jeannine"
    # the quotation does not speak: a sign, not the person's words
    assert presented_before("Sur la place, Gérard, 52 ans, a affiché sur sa vitrine : ", gazetteer, False) is None
    # no person presented in the sentence before the colon
    assert presented_before("Dans la salle d'attente, la télévision annonce : ", gazetteer, True) is None
    # the person of an earlier sentence is not this sentence's subject
    assert presented_before("Odette, 81 ans, fait ses courses. La radio annonce : ", gazetteer, True) is None


# s31-segr54a: a live blog's entries present the person its newsroom reached as the OBJECT of the
# sentence's verb ("Notre correspondant a rencontré X, job à Town, qui …") or as a subject whose verb
# is an auxiliary of one letter ("X, apposition, a passé …"); the quotation after is theirs; the
# possessive after a spokesperson's name points back to the body the sentence before has for
# subject (made-up lines, not round 54's)
LIVE = [
    "EN DIRECT – Crue de la Garonne : les secours mobilisés",
    "11 h 20",
    "Notre correspondante a pu rencontrer Lucie Ferrand, infirmière libérale à Marmande, dont le cabinet "
    "est inondé. « Je fais mes tournées en bottes, les patients du bas de la ville sont coupés de tout. »",
    "10 h 55",
    "À Tonneins, Gilbert, père de trois enfants, a passé la nuit au gymnase : « L'eau est montée d'un coup, "
    "on a juste pris les papiers et le chien. »",
    "10 h 30",
    "Sollicitée, l'agence régionale de santé réfute tout retard. « Nos équipes sont sur place depuis hier "
    "soir, avec deux médecins de plus », affirme Nadia Roussel, sa porte-parole.",
]


def test_a_live_blogs_people_presented_as_object_or_subject(gazetteer):
    text, segs = _segment(LIVE, gazetteer, doc={"kind": "presse"})
    nurse = _at(text, segs, "mes tournées en bottes")
    assert (nurse.kind, nurse.speaker, nurse.role) == ("verbatim", "Lucie Ferrand", "infirmier")
    father = _at(text, segs, "on a juste pris les papiers")
    assert (father.kind, father.speaker, father.role) == ("verbatim", "Gilbert", "autre")
    spokeswoman = _at(text, segs, "avec deux médecins de plus")
    assert (spokeswoman.speaker, spokeswoman.role) == ("Nadia Roussel", "institutionnel_ars")


def test_presented_as_object_look_alikes(gazetteer):
    # near misses: a place after the verb, an apposition that describes no one
    assert presented_before("Les secours ont rejoint Tonneins, commune du Lot-et-Garonne, dont la digue a cédé. ",
                            gazetteer) is None
    assert presented_before("Le préfet a rencontré Marmande, hier soir, sans annonce. ", gazetteer) is None
    # nor a person named after a title (a lead-in's subject, or the object of another's visit)
    assert presented_before("Le docteur Paul Vidal, généraliste à Guéret, en témoigne : ", gazetteer, True) is None
    assert presented_before("Nous avons vu le docteur Paul Vidal, généraliste à Guéret, qui consulte le samedi. ",
                            gazetteer) is None
    # nor a name whose apposition is a time, before a colon (its description is elsewhere)
    assert presented_before("Josette, le matin, au marché : ", gazetteer, True) is None


def test_a_person_presented_by_sex_and_age_without_a_name(gazetteer):
    """Session 31: outreach or case notes open on the person's sex and an age, exact or
    approximate, then quote them in the first person: their words, no speaker, a lay person. Near
    misses: a quotation in the third person (the author's source), a paragraph opening on no person."""
    lines = ["Compte rendu des tournées de nuit du SAMU social de Nîmes, hiver 2023.",
             "Femme, la soixantaine, assise devant la gare depuis le début de la soirée. « Je ne veux pas aller "
             "au foyer, on m'a volé mes affaires la dernière fois. » Couverture donnée.",
             "Homme d'environ quarante ans, plaie au pied. « Les soignants ont été très corrects avec lui », "
             "rapporte le bénévole.",
             "Nuit calme, température de deux degrés. « Tout le monde a été mis à l'abri avant minuit, sauf deux personnes. »"]
    text, segs = _segment(lines, gazetteer)
    first = _at(text, segs, "Je ne veux pas aller")
    assert (first.kind, first.speaker, first.role) == ("verbatim", "", "autre")
    assert _at(text, segs, "Les soignants ont été très corrects").role_raw == "le bénévole"  # the incise's
    assert _at(text, segs, "Tout le monde a été mis").kind == "narrative"


def test_a_portrait_that_presents_by_name_and_function_then_quotes(gazetteer):
    # s33-segr57b: a newsletter's portrait, "Prénom Nom <verb> … comme <function>, …." then the person's
    # words in the same paragraph; near misses: "comme" before no function, and words that do not speak
    lines = ["Une nouvelle tête à l'accueil",
             "Margaux Lefèvre a pris ses fonctions en janvier comme secrétaire médicale, après dix ans en clinique. "
             "« Ce qui me plaît ici, c'est qu'on connaît chaque patient par son prénom, et ça change tout. »",
             "Les nouveautés",
             "Julien Caradec a ouvert la réunion comme chaque année, à la salle des fêtes. "
             "« Ce qui me plaît ici, c'est qu'on connaît tout le monde et qu'on se parle franchement. »",
             "Armelle Guégan a rejoint le cabinet comme infirmière libérale. « Horaires des permanences du "
             "lundi au vendredi de 8 h à 12 h »"]
    text, segs = _segment(lines, gazetteer)
    s = _at(text, segs, "on connaît chaque patient")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Margaux Lefèvre", "secretaire")
    assert _at(text, segs, "on connaît tout le monde").speaker != "Julien Caradec"
    assert _at(text, segs, "Horaires des permanences").kind not in ("verbatim", "turn")


# s34-segr59a: the apposition in parentheses ("Gisèle (77 ans, ancienne institutrice, Murat) descend …");
# the person a paragraph above presents so, over a quotation filling its own paragraph; a person the author
# names by a pseudonym ("…, que j'appellerai le Dr Morel, …"). Near misses: a reference "Goffman (1968)
# décrit …", a place "Murat (Cantal) compte …", a relative clause that names no one ("…, que j'ai
# rencontré deux fois, …").
def test_parenthesised_apposition_in_the_sentence_before(gazetteer):
    found = presented_before("Gisèle (77 ans, ancienne institutrice, Murat) descend au bourg le mardi. ", gazetteer)
    assert (found["speaker"], found["role"], found["region"]) == ("Gisèle", "autre", "Auvergne-Rhône-Alpes")
    assert presented_before("Goffman (1968) décrit ces institutions comme totales. ", gazetteer) is None
    assert presented_before("Murat (Cantal) compte deux médecins pour six villages. ", gazetteer) is None


def test_parenthesised_apposition_in_the_paragraph_above(gazetteer):
    found = presented_above("Gisèle (77 ans, ancienne institutrice, Murat) vit seule depuis l'hiver. Elle me sert le café.",
                            gazetteer)
    assert (found["speaker"], found["role"]) == ("Gisèle", "autre")
    assert presented_above("Goffman (1968) décrit ces institutions comme totales. Le terme a fait date.", gazetteer) is None
    lines = ["Gisèle (77 ans, ancienne institutrice, Murat) vit seule depuis l'hiver. Elle me sert le café.",
             "« Tant que je peux aller chercher mon pain à pied, je ne bouge pas d'ici, mes enfants le savent. »"]
    text, segs = _segment(lines, gazetteer, doc={"kind": "memoire"})
    s = _at(text, segs, "Tant que je peux aller chercher")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Gisèle", "autre")


def test_person_the_author_names_by_a_pseudonym(gazetteer):
    from corpus.segment.preceding_sentences import author_named

    found = presented_before("La pharmacienne installée au bourg, que j'appellerai Mme Vidal, ferme à midi le samedi. ",
                             gazetteer, True)
    assert (found["speaker"], found["role"]) == ("Mme Vidal", "pharmacien")
    found = author_named("Le médecin généraliste du canton, que nous appellerons le Dr Morel, ne se déplace plus.", gazetteer)
    assert (found["speaker"], found["role"]) == ("Dr Morel", "medecin_generaliste")
    assert author_named("Le médecin généraliste du canton, que j'ai rencontré deux fois, ne se déplace plus.", gazetteer) is None
    lines = ["Le médecin généraliste installé à Riom-ès-Montagnes, que j'appellerai le Dr Morel, ne monte plus au plateau. "
             "« Je fais mes visites le mardi, le reste du temps je suis au cabinet et je ne peux pas faire plus. »"]
    text, segs = _segment(lines, gazetteer, doc={"kind": "memoire"})
    s = _at(text, segs, "Je fais mes visites le mardi")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Dr Morel", "medecin_generaliste")


# s34-segr60c: the paragraph above presents the person by a full name and an apposition between commas
# holding a year practised since ("Gaëlle Le Du, aide-soignante au foyer depuis 2019, accompagne …"), the
# quotation filling the paragraph below is hers. Near misses: a place with an apposition, a reference.
def test_comma_apposition_in_the_paragraph_above(gazetteer):
    found = presented_above("Gaëlle Le Du, aide-soignante au foyer depuis 2019, accompagne chaque matin les "
                            "résidents au petit déjeuner.", gazetteer)
    assert (found["speaker"], found["role"]) == ("Gaëlle Le Du", "autre_paramedical")
    assert presented_above("Lannion, sous-préfecture du Trégor, compte trois pharmacies de garde.", gazetteer) is None
    assert presented_above("Goffman, dans Asiles publié en 1961, décrit les institutions totales.", gazetteer) is None
    # a card's fields, no sentence, over the quotation: a box's byline since s43 (round 89, "Josiane Faure,
    # bobineuse de 1981 à 2015, …"); a card naming no person stays nobody's
    assert presented_above("Paul Mercier, professeur de géographie, spécialiste des littoraux à l'université de Brest",
                           gazetteer)["speaker"] == "Paul Mercier"
    assert presented_above("Lannion Trégor, sous-préfecture et port de pêche", gazetteer) is None
    lines = ["Gaëlle Le Du, aide-soignante au foyer depuis 2019, accompagne chaque matin les résidents au petit déjeuner.",
             "« Je connais leurs habitudes, qui prend du sucre, qui veut la radio, et ça change tout pour eux. »"]
    text, segs = _segment(lines, gazetteer, doc={"kind": "autre"})
    s = _at(text, segs, "Je connais leurs habitudes")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Gaëlle Le Du", "autre_paramedical")


def test_the_last_sentence_of_the_paragraph_above_presents_the_speaker(gazetteer):
    """s45 (round 93's regional daily): the paragraph above a quotation that fills its own paragraph
    sets the scene, then presents its speaker in its last sentence ("… Josiane, 74 ans, venue de …, ne
    conduit plus."); near misses: a last sentence that presents no one, one that quotes."""
    found = presented_above("Les questions portent surtout sur les rendez-vous. Bernard, 81 ans, venu de "
                            "Cunlhat en taxi, attend depuis l'ouverture.", gazetteer)
    assert (found["speaker"], found["role"]) == ("Bernard", "autre")
    assert presented_above("Les questions portent surtout sur les rendez-vous. La salle se remplit vite.",
                           gazetteer) is None
    assert presented_above("La salle se remplit. Bernard, 81 ans, lit l'affiche : « Entrée libre ».", gazetteer) is None
    lines = ["Santé : la permanence du samedi ne désemplit pas",
             "Les questions portent surtout sur les rendez-vous. Bernard, 81 ans, venu de Cunlhat en taxi, "
             "attend depuis l'ouverture.",
             "« Mon kiné a fermé en mars. Depuis, je fais mes exercices tout seul, mais je ne sais pas si je les "
             "fais bien. »"]
    text, segs = _segment(lines, gazetteer, doc={"kind": "presse"})
    t = _at(text, segs, "je fais mes exercices tout seul")
    assert (t.kind, t.speaker) == ("verbatim", "Bernard")


def test_a_paragraph_opening_on_a_name_and_a_copula_presents_the_quotation_below(gazetteer):
    # s46: "X est puéricultrice … En entretien, elle revient sur …" then her words
    lines = ["4.3. Ce que disent les professionnelles",
             "Martine Laborde est puéricultrice au centre depuis douze ans. En entretien, elle revient sur l'attente.",
             "« Je préfère une heure d'attente et une maman qui a parlé à une autre, plutôt qu'un rendez-vous minuté. »"]
    text, segs = _segment(lines, gazetteer, doc={"kind": "these"})
    s = _at(text, segs, "Je préfère une heure d'attente")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Martine Laborde", "infirmier")
