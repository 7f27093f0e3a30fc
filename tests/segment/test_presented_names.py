"""A quotation introduced by its speaker's first name, an apposition saying what they do, and a
speech verb (segment/presented_names.py): "Ginette, infirmière libérale à Sainte-Rose, le dit sans
détour : « … »", even after a sentence whose subject speaks ("Les soignants décrivent …").
Look-alikes: a first name whose apposition is no person's description, a first name with no
speech verb after it, a name in an earlier sentence."""

from __future__ import annotations

import pytest
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.presented_names import civility_speaker, party_speaker, presented_speaker


def test_the_presented_first_name_speaks(gazetteer):
    lines = ["Vieillir chez soi : paroles du Morbihan",
             "L'enquête a été menée en 2022 auprès de personnes âgées vivant seules et des soignants qui passent "
             "chez elles ; les entretiens ont duré une heure.",
             "Les soignants décrivent la même scène depuis le palier. Josiane, infirmière libérale à Vannes, "
             "le dit sans détour : « On passait en coup de vent, et on savait qu'on était la seule visite. »"]
    text, segs = _segment(lines, gazetteer)
    s = _at(text, segs, "On passait en coup de vent")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Josiane", "infirmier", "Bretagne")


@pytest.mark.parametrize("before", [
    "Josiane, 1re partie, le résume ainsi : ",  # the apposition describes no person
    "Josiane, aide-soignante à Vannes, était seule ce jour-là : ",  # no speech verb
    "Josiane, aide-soignante à Vannes, le dit. Les soignants décrivent la scène : ",  # another sentence
])
def test_lead_ins_that_present_no_speaker(before, gazetteer):
    assert presented_speaker(before, gazetteer) is None


def test_the_apposition_gives_role_and_place(gazetteer):
    attrs = presented_speaker("Ginette, infirmière libérale à Pointe-à-Pitre, le dit sans détour : ", gazetteer)
    assert (attrs["speaker"], attrs["role"], attrs["region"]) == ("Ginette", "infirmier", "Guadeloupe")


# segfix40: a civility and a surname or an initial in the same place as the first name (memoirs,
# reports), the initial's full stop no sentence end
CIVILITY_PAGE = [
    "2.3. Les aides à domicile, premières témoins de la dégradation",
    "Le service signale les situations par téléphone au bureau de l'association. M. H., responsable de secteur "
    "dans le même service d'aide à domicile, confirme ce circuit : « on n'a aucun contact direct avec les "
    "infirmiers libéraux, me dit-il, on ne sait même pas qui passe chez qui », ce qui allonge chaque signalement.",
    "Le bureau de la CPTS se réunit chaque mois. Mme Delpech, directrice de la CPTS, le reconnaît sans détour : "
    "le bureau, je cite, « valide ce qu'on a déjà négocié au téléphone avec les deux ou trois médecins ».",
    "M. Garnier, directeur de l'agence, l'a rappelé en mars. Le texte prévoit, je cite, « la mise en place "
    "d'un numéro unique pour les professionnels du territoire ».",
]


def test_a_civility_and_an_initial_or_a_surname_speak(gazetteer):
    text, segs = _segment(CIVILITY_PAGE, gazetteer, doc={"kind": "memoire"})
    h = _at(text, segs, "on n'a aucun contact direct")
    assert (h.kind, h.speaker, h.role) == ("verbatim", "M. H.", "autre")
    d = _at(text, segs, "valide ce qu'on a déjà négocié")
    assert (d.kind, d.speaker, d.role) == ("verbatim", "Mme Delpech", "coordinateur")
    # "je cite" before a text's words: the director's sentence has ended, the convention speaks
    assert _at(text, segs, "la mise en place d'un numéro unique").kind == "narrative"


@pytest.mark.parametrize("lead_in", [
    "M. Garnier, directeur de l'agence, l'a rappelé. Le texte prévoit, je cite, ",  # another sentence
    "Mme Delpech, directrice de la CPTS, a présidé la séance où le bureau a voté : ",  # no speech verb
    "Mme Delpech, 1re partie, le résume ainsi : ",  # the apposition describes no person
])
def test_civility_lead_ins_that_present_no_speaker(lead_in, gazetteer):
    assert civility_speaker(lead_in, gazetteer) is None


def test_a_civility_presented_by_an_age_first(gazetteer):
    attrs = civility_speaker("Mme D., 79 ans, qui accompagne son mari atteint de la maladie d'Alzheimer depuis six "
                             "ans, décrit ainsi l'annonce : ", gazetteer)
    assert (attrs["speaker"], attrs["role"]) == ("Mme D.", "autre")  # a carer, no profession: not "inconnu"
    attrs = civility_speaker("Mme L., 72 ans, infirmière libérale à Lorient, évoque le premier recours : ", gazetteer)
    assert (attrs["speaker"], attrs["role"], attrs["region"]) == ("Mme L.", "infirmier", "Bretagne")


# session 17 (segfix41): a named subject and its apposition, a verb that is no speech verb, a colon
def test_a_named_subject_before_a_colon_speaks_when_the_quote_speaks(gazetteer):
    from corpus.segment.presented_names import colon_subject_speaker

    before = "À la pharmacie de garde, Fabrice Jean-Louis, pharmacien titulaire, voit passer les mêmes patients : "
    attrs = colon_subject_speaker(before, "Le soir, les gens viennent chez nous parce que c'est la seule lumière.",
                                  gazetteer)
    assert (attrs["speaker"], attrs["role"]) == ("Fabrice Jean-Louis", "pharmacien")
    # words that do not speak (no first person, no oral marker): a notice the pharmacist put up
    shown = "À la pharmacie, Fabrice Jean-Louis, pharmacien titulaire, a affiché sur la vitrine : "
    assert colon_subject_speaker(shown, "Pharmacie fermée le dimanche et les jours fériés.", gazetteer) is None
    text, segs = _segment([before + "« Le soir, les gens viennent chez nous parce que c'est la seule lumière "
                           "allumée du bourg. »", shown + "« Pharmacie fermée le dimanche et les jours fériés. »"],
                          gazetteer)
    assert (_at(text, segs, "Le soir, les gens").kind, _at(text, segs, "Le soir, les gens").speaker) == \
        ("verbatim", "Fabrice Jean-Louis")
    assert _at(text, segs, "Pharmacie fermée").kind == "narrative"


def test_initials_presented_by_an_age_speak_later(gazetteer):
    # s30-segr52b: "(M. K., 74 ans, veuf)" earlier presents the person; "M. K." after a clause,
    # the periods of the initials cutting no sentence, is the subject of the speech verb
    earlier = "Copie 9 (M. K., 74 ans, veuf) : « Piqûre avant la soupe. »\n"
    got = party_speaker("Au téléphone, plus tard, M. K. racontait : ", earlier, gazetteer)
    assert (got["speaker"], got["role"]) == ("M. K.", "autre")
    # never presented, or presented by a place only: nobody
    assert party_speaker("Au téléphone, plus tard, M. K. racontait : ", "Copie 9 : « Piqûre. »\n", gazetteer) is None
    assert party_speaker("Plus tard, M. K. racontait : ", "M. K., Kourou, a signé.\n", gazetteer) is None


def test_a_party_presented_by_its_quality_in_the_proceeding_speaks(gazetteer):
    # s30-segr53b: an expert's report lists those present, each party's quality first ("requérant",
    # "partie civile"), then what they do and where; "M. B. déclare :" is that person
    earlier = ("Étaient présents : M. B., requérant, maçon, domicilié à Vierzon, assisté de Me L., avocate ; "
               "le Dr S., rhumatologue à Bourges.\n")
    got = party_speaker("M. B. déclare : ", earlier, gazetteer)
    assert (got["speaker"], got["region"]) == ("M. B.", "Centre-Val de Loire")
    # the near miss: a quality that names no party of a proceeding ("voisin") vouches for nothing
    assert party_speaker("M. B. déclare : ", "Étaient là : M. B., voisin, domicilié à Vierzon.\n", gazetteer) is None


def test_words_without_marks_of_speech_after_a_closing_speech_verb(gazetteer):
    # s34-segr60a: the lead-in on its own paragraph hands the floor by a speech verb before its colon ("…
    # parle de « … » et ajoute :"), the quotation below it says no "je" nor "on": the person's words all
    # the same; near misses: the same words after a verb that is no speech verb ("a affiché"), and on the
    # lead-in's own line (not a paragraph of their own)
    from corpus.segment.presented_names import colon_subject_speaker

    lead = ("Le Dr Paul Vernet, généraliste à Gien depuis 2011, parle de « course aux primes » entre communes "
            "et ajoute : ")
    words = "Un interne ne vient pas pour un loyer. Il vient pour une équipe et une garde raisonnable."
    attrs = colon_subject_speaker(lead, words, gazetteer, block=True)
    assert (attrs["speaker"], attrs["role"]) == ("Paul Vernet", "medecin_generaliste")
    shown = "Le Dr Paul Vernet, généraliste à Gien depuis 2011, a affiché : "
    assert colon_subject_speaker(shown, words, gazetteer, block=True) is None
    assert colon_subject_speaker(lead, words, gazetteer, block=False) is None
