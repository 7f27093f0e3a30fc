"""The person an inverted pronoun incise stands for (segment/pronoun_subjects.py): the nearest
sentence subject before the quotation that names a person of the pronoun's gender, whatever its
verb ("Nadine Le Goff ouvre le standard. … « … », explique-t-elle."), a person noun ("un retraité
feuillette un magazine. « … », glisse-t-il"), a civility and an initial two paragraphs up through
the same pronoun ("Mme R., 84 ans, vit seule … ⏎ Assise près du poêle, elle me tend … « … », me
dit-elle"); and a person presented by full name and apposition, whatever the verb, is the running
speaker a later pronoun stands for ("Claire Vergnaud, infirmière libérale à Rochechouart, a mis en
place …", segment/quotes.py speaking_names). Near misses: a person noun of the other gender, a
place opening the sentence, no pronoun in the incise."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.pronoun_subjects import incise_pronoun, pronoun_subject


def test_the_incise_pronoun_whatever_the_verb():
    assert incise_pronoun(", explique-t-elle. Elle est secrétaire ici.") == "elle"
    assert incise_pronoun(", me dit-elle en riant à moitié.") == "elle"
    assert incise_pronoun(", bougonne-t-il.") == "il"  # unseen verb
    assert incise_pronoun(", soupire le médecin.") == ""


def test_a_named_subject_whatever_the_verb(gazetteer):
    lead = ("Nadine Le Goff ouvre le standard. Trente appels en une heure, certains pour un renouvellement, "
            "d'autres pour une fièvre. ")
    attrs = pronoun_subject(lead, ", explique-t-elle. Elle est secrétaire ici depuis l'ouverture.", gazetteer)
    # what she does: the sentence after the incise
    assert (attrs["speaker"], attrs["role"]) == ("Nadine Le Goff", "secretaire")
    # unseen: an apposition, a civility and a surname, a sentence opening on an adverbial phrase
    attrs = pronoun_subject("Ce matin-là, le Dr Kerhervé, médecin généraliste à Morlaix, reçoit sans rendez-vous. ",
                            ", sourit-il.", gazetteer)
    assert (attrs["speaker"], attrs["role"], attrs["region"]) == ("Dr Kerhervé", "medecin_generaliste", "Bretagne")


def test_a_person_noun_of_the_pronoun_gender(gazetteer):
    lead = "Dans la salle d'attente, un retraité feuillette un magazine. "
    attrs = pronoun_subject(lead, ", glisse-t-il sans lever les yeux.", gazetteer)
    assert (attrs["speaker"], attrs["role"]) == ("", "autre")
    # near miss: "elle" does not stand for "un retraité"
    assert pronoun_subject(lead, ", glisse-t-elle sans lever les yeux.", gazetteer) is None
    # unseen: the nearest agreeing subject is the one before
    lead = "Une infirmière de Pleyben prépare sa tournée. Un patient attend son tour. "
    attrs = pronoun_subject(lead, ", soupire-t-elle.", gazetteer)
    assert attrs["role"] == "infirmier"


def test_near_misses(gazetteer):
    # a place opening the sentence is no person; an incise without a pronoun
    assert pronoun_subject("La Rochelle accueille les touristes dès avril. ", ", sourit-il.", gazetteer) is None
    assert pronoun_subject("Nadine Le Goff ouvre le standard. ", ", soupire le médecin.", gazetteer) is None
    # a quotation before in the paragraph: the pronoun may be that speaker's
    assert pronoun_subject("Nadine Le Goff ouvre. « Bonjour », dit-elle. ", ", ajoute-t-elle.", gazetteer) is None


def test_the_same_pronoun_sends_further_back(gazetteer):
    before = ("Mme R., 84 ans, vit seule dans un hameau à vingt minutes du cabinet. Elle sort du centre "
              "hospitalier le vendredi à 17 heures. Je la vois le lundi en visite.\n")
    attrs = pronoun_subject("Assise près du poêle, elle me tend une boîte vide. ", ", me dit-elle en riant.",
                            gazetteer, before)
    assert (attrs["speaker"], attrs["role"]) == ("Mme R.", "autre")
    # near miss: without the pronoun the paragraph above is not read
    assert pronoun_subject("Le téléphone sonne. ", ", me dit-elle.", gazetteer, before) is None


REPORT = [
    "Pleyben. Une journée dans la ruche de la maison de santé",
    "7 h 45.",
    "Nadine Le Goff ouvre le standard. Trente appels en une heure, certains pour un renouvellement, d'autres pour "
    "une fièvre. « Le matin, c'est le tri : je sais qui doit passer aujourd'hui et qui peut attendre, parce que je "
    "connais les familles », explique-t-elle. Elle est secrétaire ici depuis l'ouverture.",
    "10 h 15.",
    "Dans la salle d'attente, un retraité feuillette un magazine. « Avant, j'allais à Châteaulin et j'attendais "
    "trois semaines. Là je suis vu dans la journée », glisse-t-il sans lever les yeux.",
]

PRESENTED = [
    "Saint-Junien – Maintien à domicile : ceux qui tiennent le fil",
    "Josiane*, 56 ans, est aide à domicile depuis vingt ans. Elle fait huit à dix passages par jour.",
    "« Je suis la première à voir quand ça ne va pas. Mais à qui je le dis ? Le médecin, je ne l'ai jamais au "
    "téléphone. »",
    "Claire Vergnaud, infirmière libérale à Rochechouart, a mis en place un cahier dans chaque maison. « Chacun "
    "écrit ce qu'il a vu, même trois mots. C'est bête, mais depuis, on rattrape les chutes », assure-t-elle.",
    # unseen: a man presented the same way, another verb
    "Paul Desmoulins, kinésithérapeute à Saint-Junien, passe le jeudi. « Je vois bien qui décline d'une semaine "
    "à l'autre, on se le dit dans le cahier », confie-t-il.",
]


def test_in_a_report(gazetteer):
    text, segs = _segment(REPORT, gazetteer, doc={"kind": "presse"})
    s = _at(text, segs, "Le matin, c'est le tri")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Nadine Le Goff", "secretaire")
    s = _at(text, segs, "Avant, j'allais à Châteaulin")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "", "autre")
    assert _at(text, segs, "7 h 45.").kind not in ("verbatim", "turn")


def test_a_person_presented_by_name_and_apposition_is_the_running_speaker(gazetteer):
    text, segs = _segment(PRESENTED, gazetteer, doc={"kind": "presse"})
    s = _at(text, segs, "Chacun écrit ce qu'il a vu")  # not Josiane's, the quote before
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Claire Vergnaud", "infirmier")
    s = _at(text, segs, "Je vois bien qui décline")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Paul Desmoulins", "kinesitherapeute")


# segroles13: the sentence leading to a quotation's colon opens on a subject pronoun (after a
# participial or adverbial phrase or not); the sentence before names who it stands for
def test_a_colon_lead_s_pronoun_after_a_sentence_naming_a_person(gazetteer):
    lines = ["Six acteurs du territoire ont été interrogés : la coordinatrice de la CPTS, deux infirmiers, une "
             "pharmacienne, un médecin et un aidant familial.",
             "La pharmacienne nuance ce rôle. Interrogée sur le même point, elle déclare : « Pour nous, la CPTS "
             "c'est surtout les gardes et la vaccination, pour le reste on se débrouille. »"]
    text, segs = _segment(lines, gazetteer, doc={"kind": "memoire"})
    assert _at(text, segs, "surtout les gardes").role == "pharmacien"
    # unseen: a masculine subject, an adverbial phrase, another verb
    lines[1] = ("Le kinésithérapeute du pôle voit les choses autrement. Au détour d'une question sur les "
                "transmissions, il tranche : « Pour nous, la CPTS c'est surtout des réunions le soir, on n'a pas "
                "le temps. »")
    text, segs = _segment(lines, gazetteer, doc={"kind": "memoire"})
    assert _at(text, segs, "surtout des réunions").role == "kinesitherapeute"


def test_a_colon_lead_s_pronoun_of_the_other_gender_is_someone_else(gazetteer):
    # near miss: "il" does not stand for "la pharmacienne"
    lines = ["Six acteurs du territoire ont été interrogés : la coordinatrice de la CPTS, deux infirmiers, une "
             "pharmacienne, un médecin et un aidant familial.",
             "La pharmacienne nuance ce rôle. Interrogé sur le même point, il déclare : « Pour nous, la CPTS "
             "c'est surtout les gardes et la vaccination, pour le reste on se débrouille. »"]
    text, segs = _segment(lines, gazetteer, doc={"kind": "memoire"})
    assert _at(text, segs, "surtout les gardes").role != "pharmacien"


def test_a_patient_presented_by_age_then_a_pronoun_before_the_colon(gazetteer):
    """s23-segdialog1 (round 40's logbook): "Mme X, 67 ans, …, vient … son médecin. Elle hésite … :
    « … »": the pronoun's person, presented by an age (autre), not the doctor the sentence mentions;
    the two sentences are not one description opening the line (quotes.LINE_LEAD)."""
    from corpus.segment.attributions import _colon_pronoun
    from corpus.segment.quotes import _sentence_end_inside

    lead = ("Mme Lebreton, 72 ans, veuve, arrive sans rendez-vous et sans ordonnance de son pharmacien. "
            "Elle reste debout près de la porte :")
    assert _sentence_end_inside(lead[:-1])
    attrs = _colon_pronoun(lead, gazetteer)
    assert attrs is not None and (attrs["speaker"], attrs["role"]) == ("Mme Lebreton", "autre")
    # "M." is a civility, not a sentence's end: "il" finds him too
    attrs = _colon_pronoun("M. Rivière, 81 ans, arrive au cabinet en taxi. Il s'assoit lourdement :", gazetteer)
    assert attrs is not None and (attrs["speaker"], attrs["role"]) == ("M. Rivière", "autre")
    # near misses: periods of a civility and an initial end no sentence; a person the text gives no
    # age nor profession is left to the other readers
    assert not _sentence_end_inside("M. T., pharmacien à Brest")
    assert not _sentence_end_inside("Dr. Lenoir, médecin généraliste")
    assert _colon_pronoun("Mme Lebreton arrive sans rendez-vous. Elle reste debout près de la porte :", gazetteer) is None


def test_a_civility_and_initial_opening_the_line_stay_one_lead(gazetteer):
    """Near miss: "M. T., pharmacien à Brest :" has periods but no sentence end: the lead describes him."""
    lines = ["Les professionnels décrivent leurs relations avec l'hôpital.",
             "M. T., pharmacien à Brest : « On appelle le service et personne ne décroche, je vous assure. »"]
    text, segs = _segment(lines, gazetteer)
    s = _at(text, segs, "On appelle le service")
    assert s.kind == "verbatim" and s.role == "pharmacien"


# s24-segspeech2: a paragraph opening on its topic, an introducer and a person noun ("Pour
# l'infirmière, …"), then a quotation closed by "explique-t-elle": the pronoun is that person (round 42,
# a weekly's Breton-speaking nurse); an old person named by a periphrasis speaks too ("annonce la
# vieille dame").
def test_the_topic_person_of_the_paragraph_is_the_pronouns(gazetteer):
    lines = ["Avec Anne-Laure, les soins se font en breton",
             "Pour l'infirmière, la langue n'est pas du folklore. « Quand je parle breton, certains patients me "
             "disent enfin où ils ont mal », explique-t-elle."]
    text, segs = _segment(lines, gazetteer)
    s = _at(text, segs, "certains patients me disent")
    assert (s.kind, s.role) == ("verbatim", "infirmier")
    # unseen: another trade, another introducer
    lines = ["Le sport sur ordonnance gagne Figeac",
             "Selon le kinésithérapeute, les patients reviennent plus vite. « Ils reprennent confiance dès la "
             "troisième séance », assure-t-il."]
    text, segs = _segment(lines, gazetteer)
    s = _at(text, segs, "Ils reprennent confiance")
    assert (s.kind, s.role) == ("verbatim", "kinesitherapeute")


def test_a_topic_naming_no_person_gives_no_speaker():
    from corpus.segment.attributions import topic_subject

    # near-misses: the topic is a thing, or a person noun that names no role
    assert topic_subject("Pour la commune, la langue est un patrimoine. ", None) is None
    assert topic_subject("Pour le reste, les patients s'adaptent. ", None) is None


def test_an_old_person_named_by_a_periphrasis_speaks(gazetteer):
    lines = ["Dans le hameau, le médecin passe le jeudi.",
             "« Il vient toujours, même sous la neige », sourit le vieil homme."]
    text, segs = _segment(lines, gazetteer)
    assert _at(text, segs, "même sous la neige").kind == "verbatim"
    lines = ["La vieille ville se vide.", "« On ferme les volets à six heures », résume la vieille ville."]
    text, segs = _segment(lines, gazetteer)
    assert _at(text, segs, "On ferme les volets").kind != "verbatim"  # near-miss: no person


# s25-segattr6: an ethnographic vignette names a person by first name and an apposition ("Lucinda,
# la préparatrice, range …"), then "Elle m'explique … Elle ajoute en riant : « … »".
def test_a_first_name_with_an_apposition_is_the_pronouns_person(gazetteer):
    lines = ["Vignette 2. Un mardi matin au comptoir",
             "Lucinda, la préparatrice, range les cartons d'une livraison arrivée la veille. Elle m'explique que la "
             "moitié des médicaments reçus ne sont pas ceux qui avaient été commandés. Elle ajoute en riant : « On fait "
             "avec ce que la pirogue apporte, comme tout le monde ici. »"]
    text, segs = _segment(lines, gazetteer, doc={"kind": "article"})
    seg = _at(text, segs, "ce que la pirogue apporte")
    assert (seg.kind, seg.speaker, seg.role) == ("verbatim", "Lucinda", "autre_paramedical")


def test_unseen_first_name_apposition_and_a_near_miss(gazetteer):
    # an unseen variant: a home-care aide in a rural Breton village, a masculine pronoun
    lines = ["Une matinée de tournée",
             "Yannick, l'aide-soignant du service, gare la voiture devant la ferme. Il me montre le cahier de liaison. "
             "Il soupire : « Trois passages par jour, et personne ne sait qui a donné le dernier traitement. »",
             # near miss: a capitalised adverb before a comma opens the sentence, no person described
             "Ici, la matinée commence tôt. Il conclut : « On finit toujours par rattraper le retard, mais à quel prix. »"]
    text, segs = _segment(lines, gazetteer, doc={"kind": "article"})
    seg = _at(text, segs, "personne ne sait qui a donné")
    assert (seg.kind, seg.speaker) == ("verbatim", "Yannick")
    assert _at(text, segs, "rattraper le retard").speaker != "Ici"


# s26-segleft2 (round 42's obituary): a paragraph opens on "En 2009, il confiait au bulletin :", the
# pronoun's person the subject of the paragraph above, named after a title that says what he did
# ("Le docteur Jean-Claude Sylvestre nous a quittés …"); only a person of a profession so (a case's
# patient presented by an age is no one's quotation source there).
def test_a_colon_lead_opening_its_paragraph_reads_the_paragraph_above(gazetteer):
    lines = ["Le docteur Jean-Claude Sylvestre nous a quittés le 2 février à Saint-Laurent-du-Maroni. Arrivé de "
             "Cayenne en 1979, il avait ouvert le premier cabinet libéral de l'Ouest guyanais.",
             "En 2009, il confiait au bulletin : « Sur le Maroni, on n'est pas le médecin d'un patient, on est le "
             "médecin d'un village. »"]
    text, segs = _segment(lines, gazetteer, doc={"kind": "autre"})
    s = _at(text, segs, "on est le médecin d'un village")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Jean-Claude Sylvestre", "medecin_generaliste")
    # unseen: a retiring doctor of Lozère, another adverbial phrase and verb
    lines = ["Le Dr Hélène Castanier quitte cette semaine le cabinet de Langogne, qu'elle avait repris en 1991.",
             "Lors de son dernier conseil, elle expliquait : « Je pars tranquille, la relève est là et elle connaît "
             "tous les hameaux. »"]
    text, segs = _segment(lines, gazetteer, doc={"kind": "autre"})
    s = _at(text, segs, "la relève est là")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Hélène Castanier", "medecin_generaliste")


def test_near_miss_a_teaching_case_s_patient_calling_is_no_source(gazetteer):
    lines = ["Cas n° 4 – La sortie du vendredi soir",
             "Mme D., 82 ans, vit seule à domicile. Elle sort de l'hôpital un vendredi à 18 heures.",
             "Le samedi matin, elle appelle le cabinet : « Je n'ai pas reçu mes médicaments et je ne sais plus "
             "combien de comprimés je dois prendre. »"]
    text, segs = _segment(lines, gazetteer, doc={"kind": "autre"})
    assert _at(text, segs, "Je n'ai pas reçu mes médicaments").speaker != "Mme D."


# s34-segr60b: the person a diary's sentence names after a preposition of company or a verb of meeting

def test_person_after_chez_or_a_meeting_verb_is_the_pronoun_s_antecedent(gazetteer):
    from corpus.segment.pronoun_subjects import colon_pronoun_subject, company_person

    found = company_person("Tournée du soir chez Mme K., 77 ans, veuve, qui attend sur le perron.", gazetteer, "elle")
    assert (found["speaker"], found["role"]) == ("Mme K.", "autre")
    found = colon_pronoun_subject("Sur la place, j'ai croisé le maire du village, de retour du conseil. "
                                  "Il m'a raconté la séance en deux mots :", gazetteer)
    assert (found["speaker"], found["role_raw"], found["role"]) == ("", "le maire du village", "elu")


def test_near_miss_a_noun_of_the_other_gender_or_without_one(gazetteer):
    from corpus.segment.pronoun_subjects import company_person

    assert company_person("Sur la place, j'ai croisé le maire du village.", gazetteer, "elle") is None
    assert company_person("Je propose le bilan avec l'infirmière.", gazetteer, "il") is None
    assert company_person("Matinée tranquille au cabinet.", gazetteer, "elle") is None


def test_a_function_then_a_full_name_as_the_pronoun_s_referent(gazetteer):
    # s46: "À Braine, le maire Bernard Cazier m'a fait visiter … Il m'a confié : « … »"
    lines = ["Sur le terrain",
             "À Braine, le maire Bernard Cazier m'a fait visiter le futur cabinet médical. Il m'a confié : « Nous avons "
             "les murs, nous avons même le logement pour le médecin. »"]
    text, segs = _segment(lines, gazetteer, doc={"kind": "presse"})
    s = _at(text, segs, "Nous avons les murs")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Bernard Cazier", "elu")


def test_a_person_a_hearing_names_is_the_pronoun_of_the_quotation_two_sentences_on(gazetteer):
    lines = ["Auditions",
             "La mission a auditionné le 3 mars Mme Claire Vidal, directrice adjointe de la caisse primaire "
             "d'assurance maladie du Gard. Celle-ci a décrit le dispositif d'accompagnement des sorties. Elle a "
             "rappelé : « Aucun patient ne doit sortir sans qu'un professionnel de ville soit prévenu. »"]
    text, segs = _segment(lines, gazetteer, doc={"kind": "rapport"})
    s = _at(text, segs, "Aucun patient ne doit sortir")
    assert (s.kind, s.role) == ("verbatim", "institutionnel_cpam")
    assert s.speaker.endswith("Claire Vidal")


# s50: press and institutional reports closing a quotation with a compound past ("a-t-elle résumé"),
# the person named in the paragraph above the quotation, a nickname in guillemets on the way back.
OBITUARY = [
    "Le Réveil du Berry – Carnet",
    "Né à Issoudun en 1938, Marcel Rouzier s'était installé à Levroux en 1969. Celui que ses patients "
    "appelaient « le docteur Marcel » a exercé seul pendant trente ans.",
    "À l'heure de sa retraite, en 2008, il avait reçu notre correspondante. « Je n'ai jamais su fermer la porte "
    "du cabinet, même le dimanche, et je ne le regrette pas », nous confiait-il alors.",
    "Ginette Arnoux a été sa secrétaire de 1975 à 2008. Elle tenait l'agenda et le téléphone.",
    "« Il connaissait les prénoms de tous les enfants du canton, et ceux des chiens aussi », se souvient-elle.",
]


def test_a_compound_past_and_the_paragraph_above_name_the_speaker(gazetteer):
    text, segs = _segment(OBITUARY, gazetteer, doc={"kind": "presse"})
    s = _at(text, segs, "Je n'ai jamais su fermer la porte")
    assert (s.kind, s.speaker) == ("verbatim", "Marcel Rouzier")
    s = _at(text, segs, "Il connaissait les prénoms")
    assert (s.kind, s.speaker) == ("verbatim", "Ginette Arnoux")


DELEGATION = [
    "Compte rendu du déplacement de la délégation",
    "La délégation a visité le centre de santé de Saül. Le Dr Lucien Ferrand, médecin du centre, a présenté "
    "l'activité.",
    "« Quand la piste est fermée, nous sommes seuls pendant des semaines avec les évacuations sanitaires », a "
    "indiqué à la délégation le Dr Ferrand.",
    "Mme Yer Lor Thao, cultivatrice et présidente de l'association des parents de Saül, a souhaité parler des "
    "enfants. « Pour voir un dentiste, il faut prendre l'avion et perdre une semaine de classe », a-t-elle "
    "expliqué.",
    "Selon M. Jacques Sylvestre, maire de Saül, « la commune est plus grande que la Martinique et n'a qu'une "
    "seule piste d'atterrissage pour les soins ».",
]


def test_an_institutional_report_quotes_each_person_it_names(gazetteer):
    text, segs = _segment(DELEGATION, gazetteer, doc={"kind": "rapport"})
    assert _at(text, segs, "Quand la piste est fermée").speaker in ("Dr Lucien Ferrand", "Lucien Ferrand")
    s = _at(text, segs, "Pour voir un dentiste")
    assert (s.kind, s.speaker) == ("verbatim", "Mme Yer Lor Thao")  # a three-word name after the civility
    s = _at(text, segs, "la commune est plus grande que la Martinique")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Jacques Sylvestre", "elu")  # "Selon M. …", not cut at "M."


def test_an_introducers_pronoun_stands_for_the_person_the_paragraph_names(gazetteer):
    # s50: "Pour elle, « … »" after a paragraph naming another person than the running speaker
    lines = ["Le centre municipal de santé",
             "Claudine Rivet, adjointe au maire chargée de la santé, a suivi le projet. « Nous avons reçu trois "
             "cents appels la première semaine, l'attente était immense », se félicite l'adjointe.",
             "Le Dr Émilie Garnier exerçait auparavant dans un cabinet de groupe à Meaux. Pour elle, « le salariat "
             "permet de consacrer tout son temps aux patients, sans la comptabilité ».",
             "Pour lui, au contraire, rien ne change."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "communication"})
    assert _at(text, segs, "Nous avons reçu trois cents appels").speaker == "Claudine Rivet"
    s = _at(text, segs, "le salariat permet de consacrer")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Émilie Garnier", "medecin_generaliste")


# s50: a participants' table with anonymised régions; a code opening the paragraph, then "Elle
# poursuit :" over the quotation, after another participant's quotation.
CODED_REGIONS = [
    "II. Matériel et méthodes",
    "| Code | Profession | Région |",
    "| SF1 | Sage-femme libérale | Région A |",
    "| SF3 | Sage-femme libérale | Région B |",
    "III. Résultats",
    "SF1 insiste sur la fatigue du troisième jour : « Quand j'arrive le jour trois, la maman a souvent pleuré toute "
    "la nuit, alors je m'assois d'abord. » SF1",
    "SF3, qui exerce en maison de santé, décrit une organisation différente. Elle poursuit en évoquant la "
    "maternité :",
    "« La lettre de liaison arrive une fois sur deux, le reste du temps c'est la maman qui me raconte. »",
]


def test_a_codes_paragraph_and_its_table_region(gazetteer):
    text, segs = _segment(CODED_REGIONS, gazetteer, doc={"kind": "memoire"})
    s = _at(text, segs, "Quand j'arrive le jour trois")
    assert (s.speaker, s.region) == ("SF1", "Région A")  # the table's anonymised label as written
    s = _at(text, segs, "La lettre de liaison arrive")
    assert (s.kind, s.speaker, s.region) == ("verbatim", "SF3", "Région B")


# s50: a nurse who is also a councillor, quoted once on her rounds and once "en élue"; a coordinator
# introduced with her code in parentheses, then quoted as "la coordinatrice".
TWO_HATS = [
    "2.1. Des tournées qui s'allongent",
    "IDE2 exerce en libéral à Épinal depuis quinze ans. Elle est aussi conseillère municipale.",
    "Elle raconte ses matinées : « Le matin, c'est les insulines, je ne peux pas commencer avant six heures. Après "
    "dix heures, c'est fini. »",
    "Lorsqu'elle évoque ensuite le projet de résidence porté par la commune, elle précise qu'elle parle cette fois "
    "en élue et non en soignante :",
    "« Au conseil, on a voté le terrain l'an dernier, et je pousse pour un local réservé aux soignants. »",
    "2.2. Le SSIAD",
    "L'infirmière coordinatrice du SSIAD de Charmes (IDE4) gère quarante places avec une petite équipe. Je l'ai "
    "rencontrée un mardi.",
    "La coordinatrice ne cache pas les limites du service : « On refuse des entrées toutes les semaines, faute de "
    "places. »",
]


def test_the_pronoun_of_a_lead_that_gives_the_capacity_and_a_coded_post(gazetteer):
    text, segs = _segment(TWO_HATS, gazetteer, doc={"kind": "memoire"})
    s = _at(text, segs, "on a voté le terrain")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "IDE2", "elu")
    s = _at(text, segs, "On refuse des entrées")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "IDE4", "coordinateur")
