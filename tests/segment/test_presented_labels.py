"""Labels presented in the prose above the turns (segment/presented_labels.py): "Je m'installe
avec A., agent de santé communautaire, et R., infirmière du centre", then "R) …" turns;
look-alikes: an initial the prose names without a description, an adverb after the comma, a
label described otherwise, two different descriptions of one initial."""

from __future__ import annotations

from corpus.io import SPEAKER_KINDS
from corpus.segment.base import Segment
from corpus.segment.presented_labels import apply_presented_labels, presented_description

DIARY = ("Arrivée au centre de santé vers 8 h. La salle d'attente est pleine. Je m'installe avec A., agent "
         "de santé communautaire, et R., infirmière du centre, pendant leur pause.")


def _seg(kind, text, speaker="", role=""):
    role = role or ("autre" if kind == "moderator" else "inconnu" if kind == "turn" else "")
    return Segment("t", "t-1", kind, 1, 1, 0, len(text), speaker=speaker, role=role, text=text)


def _diary(intro, r_role=""):
    return [
        _seg("heading", "Mardi 12 octobre 2021"),
        _seg("narrative", intro),
        _seg("moderator", "Et quand le médecin n'est pas là, comment ça se passe ?", "Moi"),
        _seg("turn", "On appelle Cayenne en téléconsultation.", "R", r_role),
        _seg("turn", "Moi je traduis, c'est moi qui explique aux familles.", "A"),
        _seg("turn", "Sans A., honnêtement, on ne ferait rien de bon ici.", "R", r_role),
    ]


def _roles(segs):
    apply_presented_labels(segs, SPEAKER_KINDS)
    return {s.speaker: s.role for s in segs if s.kind == "turn"}


def test_initials_presented_in_the_prose_describe_their_turns():
    assert _roles(_diary(DIARY)) == {"R": "infirmier", "A": "autre"}


def test_a_label_described_otherwise_keeps_its_role():
    assert _roles(_diary(DIARY, r_role="medecin_generaliste")) == {"R": "medecin_generaliste", "A": "autre"}


def test_initials_named_without_a_description_stay_unknown():
    intro = "Je m'installe avec A. et R. pendant leur pause, dans la salle du fond, à côté du planning."
    assert _roles(_diary(intro)) == {"R": "inconnu", "A": "inconnu"}


def test_what_follows_the_comma_must_say_what_someone_does():
    assert presented_description("A", "Sans A., honnêtement, on ne ferait rien.") is None
    assert presented_description("R", "R., le lendemain, n'était pas là.") is None
    assert presented_description("Yvonne", "Yvonne Le Bihan, maire, et Gwenaëlle Cadiou, infirmière.") == "maire"


def test_two_descriptions_of_one_initial_are_no_description():
    assert presented_description("R", "R., infirmière du centre, et plus tard R., pharmacienne de la ville.") is None


# session 17 (segroles9): a podcast's description presents its guest by the relative she cares for
PODCAST = [
    _seg("heading", "Épisode 6 – « On n'est pas infirmière, on le devient »"),
    _seg("narrative", "Dans cet épisode, nous recevons Odile, qui accompagne son mari atteint de la maladie de "
                      "Parkinson depuis sept ans, dans un village proche de Vendôme."),
    _seg("moderator", "Odile, qui vient chez vous aujourd'hui ?", "Camille"),
    _seg("turn", "Le matin l'infirmière pour la toilette, c'est moi qui fais le lien entre tout le monde.", "Odile"),
]


def test_a_relative_clause_naming_the_relative_cared_for_describes_a_caregiver():
    assert presented_description("Odile", PODCAST[1].text) == (
        "qui accompagne son mari atteint de la maladie de Parkinson depuis sept ans")
    segs = [Segment(**{**s.__dict__}) for s in PODCAST]
    assert _roles(segs) == {"Odile": "autre"}
    # near-misses: a clause about people in general, or about patients, is no caregiver
    for clause in ("qui accompagne les familles depuis vingt ans", "qui accompagne ses patients à domicile",
                   "qui habite un village proche de Vendôme"):
        intro = f"Dans cet épisode, nous recevons Odile, {clause}."
        assert presented_description("Odile", intro) is None, clause


def _evening(presentation: str) -> list[str]:
    return [
        "Soirée « Les remèdes du val » – Maison du patrimoine de Chinon, 3 mars 2022",
        f"L'ANIMATRICE : Merci d'être venus. {presentation} On commence par les hivers d'avant-guerre.",
        "L'ANIMATRICE : Lucien, quand un enfant avait de la fièvre, que faisait-on ?",
        "LUCIEN : On le couchait sous trois édredons et on attendait. Moi j'ai eu la rougeole à six ans, "
        "ma tante m'a frotté au vinaigre toute la nuit.",
        "L'ANIMATRICE : Et vous, Odette, à la ferme ?",
        "ODETTE : Je soignais les bêtes et les gens avec la même pommade, je vous assure que ça marchait.",
    ]


def test_first_name_labels_take_the_full_name_and_description_presented(gazetteer):
    from segment_text import segment_at, segment_lines
    text, segs = segment_lines(_evening(
        "Avec nous, Lucien Berthelot, 89 ans, ancien maréchal-ferrant de Candes, et Odette Rivière, "
        "86 ans, ancienne fermière à Savigny."), gazetteer)
    for words, who in (("la rougeole à six ans", "Lucien Berthelot"), ("la même pommade", "Odette Rivière")):
        seg = segment_at(text, segs, words)
        assert (seg.kind, seg.speaker, seg.role) == ("turn", who, "autre")


def test_a_full_name_presented_without_description_is_the_speaker_its_role_unsaid(gazetteer):
    # s40: ANNOTATION.md "A first-name label whose full name the document gives elsewhere: the full
    # name", described or not (this test said the label stayed before round 74's two sisters, "Odette
    # Fabre, née en 1936, et sa sœur Paulette Fabre", showed the guide's reading); no role of care is read
    from segment_text import segment_at, segment_lines
    text, segs = segment_lines(_evening("Lucien Berthelot et Odette Rivière sont avec nous."), gazetteer)
    seg = segment_at(text, segs, "la rougeole à six ans")
    assert seg.speaker == "Lucien Berthelot" and seg.role in ("autre", "inconnu")
    # two of one first name name neither
    text, segs = segment_lines(_evening("Lucien Berthelot et Lucien Rivière sont avec nous."), gazetteer)
    assert segment_at(text, segs, "la rougeole à six ans").speaker == "LUCIEN"


def test_a_label_written_as_a_name_takes_the_full_name_presented_with_a_description(gazetteer):
    # s50 (ANNOTATION.md: a first-name label whose full name the document gives is that full name;
    # until s49 a label written as a name stayed as printed); presented without a description, it stays
    from segment_text import segment_at, segment_lines
    lines = [ln.replace("LUCIEN :", "Lucien :").replace("ODETTE :", "Odette :") for ln in _evening(
        "Avec nous, Lucien Berthelot, 89 ans, ancien maréchal-ferrant de Candes, et Odette Rivière, "
        "86 ans, ancienne fermière à Savigny.")]
    text, segs = segment_lines(lines, gazetteer)
    assert segment_at(text, segs, "la rougeole à six ans").speaker == "Lucien Berthelot"
    lines = [ln.replace("LUCIEN :", "Lucien :").replace("ODETTE :", "Odette :") for ln in _evening(
        "Avec nous ce soir, Lucien Berthelot et Odette Rivière.")]
    text, segs = segment_lines(lines, gazetteer)
    assert segment_at(text, segs, "la rougeole à six ans").speaker == "Lucien"


def test_a_civility_and_a_surname_in_capitals_is_the_person_the_list_names(gazetteer):
    # s40: "Mme RAMBAUD :" under "Présents : … Mme Sylvie Rambaud, placière, agent du marché ; …":
    # the speaker is the full name and the list's description her role (autre); two people of one
    # surname name neither; a first name in capitals presented without a trade is the full name
    from segment_text import segment_at as _at
    from segment_text import segment_lines as _segment

    from corpus.segment.presented_labels import presented_full_name, presented_surname

    texts = ["Présents : M. Gérard Boutin, adjoint au maire, président ; Mme Sylvie Rambaud, placière, agent du "
             "marché ; M. Jacky Guérin, négociant en bestiaux, Secondigny ; Dr Hélène Massé, médecin du travail."]
    assert presented_surname("Mme", "RAMBAUD", texts) == ("Mme Sylvie Rambaud", "placière, agent du marché")
    assert presented_surname("Dr", "MASSÉ", texts) == ("Dr Hélène Massé", "médecin du travail")
    assert presented_surname("M.", "DURAND", texts) is None
    assert presented_surname("M.", "GUÉRIN", texts + ["M. Paul Guérin, éleveur à Thénezay, s'est excusé."]) is None
    assert presented_full_name("ODETTE", ["Odette Fabre, née en 1936, et sa sœur Paulette Fabre ont travaillé "
                                          "dans les caves de 1952 à 1996."], described=False) == ("Odette Fabre", "")
    lines = ["Procès-verbal de la commission du marché aux bestiaux, séance du 16 septembre 2025.", texts[0],
             "M. LE PRÉSIDENT : Madame Rambaud, pouvez-vous rappeler ce qui s'est passé le 22 juillet ?",
             "Mme RAMBAUD : Un broutard s'est retourné dans le couloir du quai et a coincé un chauffeur.",
             "M. LE PRÉSIDENT : Monsieur Guérin, les négociants sont-ils favorables à un rétrécissement ?",
             "M. GUÉRIN : Favorables, oui, à condition qu'on ne perde pas une demi-heure par camion.",
             "M. LE PRÉSIDENT : Docteur, votre avis ?",
             "Dr MASSÉ : Les deux accidents ont eu lieu avant sept heures, dans la pénombre."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "autre"})
    s = _at(text, segs, "a coincé un chauffeur")
    assert (s.kind, s.speaker, s.role) == ("turn", "Mme Sylvie Rambaud", "autre")
    s = _at(text, segs, "dans la pénombre")
    assert (s.speaker, s.role) == ("Dr Hélène Massé", "medecin_specialiste")


def test_a_first_name_label_takes_the_full_name_the_chapeau_presents(gazetteer):
    # s50: a two-voice interview whose chapeau presents both people; the answers open with the first name
    from segment_text import segment_at, segment_lines

    lines = ["Entretien croisé",
             "Salama Youssouf, 36 ans, est sage-femme libérale à Chirongui. Zaina Abdou, 47 ans, est infirmière "
             "puéricultrice au centre de PMI de la commune.",
             "Combien de femmes arrivent sans suivi ?",
             "Salama : Beaucoup trop. Certaines viennent me voir à huit mois, elles n'ont fait aucune échographie.",
             "Zaina : Et après la naissance, les bébés arrivent à la PMI à quatre mois pour les premiers vaccins.",
             "Que faudrait-il ?",
             "Salama : Un échographe qui fonctionne ici, et un médecin une fois par semaine.",
             "Zaina : Des collègues. Nous étions trois puéricultrices, je suis seule aujourd'hui."]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "presse"})
    s = segment_at(text, segs, "Certaines viennent me voir")
    assert (s.kind, s.speaker, s.role) == ("turn", "Salama Youssouf", "sage_femme")
    s = segment_at(text, segs, "Nous étions trois puéricultrices")
    assert (s.kind, s.speaker, s.role) == ("turn", "Zaina Abdou", "infirmier")


def test_a_portraits_title_gives_the_role_and_place_of_a_first_name_credit(gazetteer):
    # s50: a report's portraits titled "First name, age, post at place", the quotations pages later
    # signed by the first name alone after a dash
    from segment_text import segment_at, segment_lines

    lines = ["1. Portraits", "Ibrahim, 48 ans, adjoint au maire de Dembéni",
             "Ibrahim suit le programme depuis son lancement pour la mairie.",
             "2. Ce qui change",
             "« Le local, on l'a trouvé en une semaine. Ce qu'on n'a pas trouvé, c'est le financement. » — Ibrahim"]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "rapport"})
    s = segment_at(text, segs, "Le local, on l'a trouvé")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Ibrahim", "elu", "Mayotte")
