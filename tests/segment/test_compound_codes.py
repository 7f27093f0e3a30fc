"""Compound participant codes ("MSP2-IDE") explained by a methods key (segment/compound_codes.py)."""

from corpus.segment.compound_codes import abbreviation_key, code_speaking, compound_codes

METHODS = ("Les quatre maisons de santé étudiées (MSP1 à MSP4, à Vendôme et Salbris) ont été désignées par un "
           "numéro ; chaque personne est identifiée par ce numéro suivi de sa profession (MG : médecin "
           "généraliste ; IDE : infirmier ; Kiné : masseur-kinésithérapeute ; Secr : secrétaire médicale).")
BODY = "« On se voit, précise MSP2-IDE, mais jamais tous ensemble. » Du côté de MSP4-MG : « … » (MSP3-Secr). Le COVID-19 et la CPTS2-ARS."


def test_key_and_codes():
    assert abbreviation_key([METHODS]) == {"MG": "médecin généraliste", "IDE": "infirmier",
                                           "Kiné": "masseur-kinésithérapeute", "Secr": "secrétaire médicale"}
    codes = compound_codes([METHODS, BODY])
    assert codes == {"MSP2-IDE": "infirmier", "MSP4-MG": "médecin généraliste", "MSP3-Secr": "secrétaire médicale"}


def test_no_key_no_codes():
    # a parenthesis with one "X : y" entry, or a list of places, is no key; without a key a
    # hyphenated code ("CPTS2-ARS") is nobody
    assert abbreviation_key(["(Vendôme ; Salbris ; Blois)", "(voir : annexe 2)"]) == {}
    assert compound_codes([BODY]) == {}


def test_code_speaking_in_an_incise_or_before_a_colon():
    codes = compound_codes([METHODS, BODY])
    assert code_speaking("", "On se voit, précise MSP2-IDE, mais jamais tous ensemble", codes) == "MSP2-IDE"
    assert code_speaking("Du côté de MSP4-MG : ", "La réunion, c'est le seul moment", codes) == "MSP4-MG"
    # a code mentioned in the quote without a speech verb, or an unknown code: nobody
    assert code_speaking("", "On en parle, avec MSP2-IDE, chaque mois", codes) == ""
    assert code_speaking("Du côté de MSP9-IDE : ", "La réunion, c'est le seul moment", codes) == ""


def test_a_key_written_as_a_sentence_and_labels_with_a_letter():
    from corpus.segment.compound_codes import sentence_key
    from corpus.segment.discovery import legend_prefix

    key = ("Six professionnels ont participé. MG : médecin généraliste ; IDE : infirmière ; PH : pharmacien ; "
           "la lettre distingue les participants d'une même profession.")
    assert sentence_key(key) == {"MG": "médecin généraliste", "IDE": "infirmière", "PH": "pharmacien"}
    assert legend_prefix("PH-a") == "PH" and legend_prefix("SF2") == "SF" and legend_prefix("Covid") == "Covid"
    # a transcript line holding two short answers, or entries naming no trade: no key
    assert sentence_key("Anim. : On continue ? MG : Oui ; IDE : non, pas tout de suite.") == {}
    assert sentence_key("Lieu : Abbeville ; Date : 12 mars ; Durée : une heure.") == {}


def test_a_key_of_functions_in_brackets_with_one_outside_the_vocabulary(gazetteer):
    """Session 31: "(AS : aide-soignante ; IDE : infirmière ; IDEC : infirmière coordinatrice ;
    DIR : directrice)": the key in brackets, a director among the trades; an unnumbered abbreviation
    it explains opens a quotation's parenthesis as the participant ("(IDEC, EHPAD B)"). Near miss: a
    line of two answers is no key."""
    from segment_text import segment_at, segment_lines

    from corpus.segment.compound_codes import sentence_key

    key = ("Les participants sont désignés par leur fonction (AS : aide-soignante ; IDE : infirmière ; "
           "IDEC : infirmière coordinatrice ; DIR : directrice) et leur établissement.")
    assert sentence_key(key) == {"AS": "aide-soignante", "IDE": "infirmière", "IDEC": "infirmière coordinatrice",
                                 "DIR": "directrice"}
    assert sentence_key("Anim. : Et vous ? DIR : Oui ; IDEC : non, jamais.") == {}
    lines = ["EHPAD A : 70 lits, public, Aubagne. EHPAD B : 45 lits, associatif, La Ciotat.", key,
             "« On appelait le 15 pour chaque résident fiévreux, et personne ne venait avant la nuit. » (IDEC, EHPAD A)",
             "« J'ai fermé les portes aux familles le 12 mars, et je n'ai dormi que deux heures cette nuit-là. » (DIR, EHPAD B)"]
    text, segs = segment_lines(lines, gazetteer)
    idec, director = segment_at(text, segs, "On appelait le 15"), segment_at(text, segs, "J'ai fermé les portes")
    assert (idec.speaker, idec.role) == ("IDEC", "coordinateur")
    assert (director.speaker, director.role) == ("DIR", "autre")


def test_codes_glued_from_a_profession_and_a_territorys_letter():
    # (s55) "MGA3": "MG" and the territory's "A" of a key that gives both; "XB1": a profession withheld
    from corpus.segment.compound_codes import glued_codes

    methods = ("Chaque code associe la profession (MG : médecin généraliste ; IDE : infirmière ; X : profession non "
               "communiquée) et la lettre du secteur (A : Aubrac ; B : Barrez).")
    body = "MGA3 le dit ainsi : « … ». Pour IDEB2, « … » (XB1). Le plan CPTSA1 et le MG2 restent sans clé."
    assert glued_codes([methods, body], abbreviation_key([methods])) == {
        "MGA3": "médecin généraliste", "IDEB2": "infirmière", "XB1": "profession non communiquée"}
    assert "MGA3" in compound_codes([methods, body])
    assert glued_codes([body], {}) == {}  # no key, no reading
