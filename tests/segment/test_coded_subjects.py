"""Quotations of a researchers' article whose participant code is only in the sentence
(segment/attributions.py, a code as subject: "P2 craint par exemple que … « … »") or only after a second quotation
joined by a conjunction (segment/chained_quotes.py: "« … » car « … » (P7)"), and a participants'
table typeset with spaces only (segment/spaced_tables.py). Look-alikes that must not change: a
code named with no verb of saying, a title in guillemets in a document that closes no quotation
with a code, two quotations of two people, a table of results, a table with no profession column."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.attributions import closing_codes, subject_code
from corpus.segment.chained_quotes import chained_gap
from corpus.segment.spaced_tables import is_header, row_role_head, spaced_table_rows

TABLE = [
    "Nous avons interviewé neuf usagers de la plateforme de téléconsultation, recrutés par la CPTS.",
    "Participant Profession Âge Usage Appareil",
    "U1 Retraitée Ancienne comptable 71 ans Hebdomadaire Tablette",
    "U2 Infirmière libérale 44 ans Quotidien Ordinateur",
    "U3 Étudiant en pharmacie 23 ans Mensuel Téléphone",
    "U4 Agriculteur 58 ans Rare Téléphone",
    "Table 2 : Les usagers interviewés.",
]

ARTICLE = TABLE + [
    "La plupart trouvent l'outil simple : « on clique, on voit le médecin, c'est tout » (U1). "
    "U2 craint par exemple que la téléconsultation « remplace la visite à domicile » chez les plus âgés, "
    "tandis que U4 a expliqué se sentir « perdu » devant l'écran. "
    "À l'exception de U3, aucun n'utilise le « mode audio » proposé par la plateforme.",
    "Selon U3, « la connexion coupe tout le temps » car « le réseau passe mal à la campagne » (U3). "
    "Plusieurs regrettent l'absence d'aide : « personne ne nous a montré » (U2). "
    "« Au début j'avais peur de mal faire » (U4).",
]


def test_a_code_subject_of_a_verb_of_saying_speaks(gazetteer):
    text, segs = _segment(ARTICLE, gazetteer)
    remplace = _at(text, segs, "remplace la visite")
    assert (remplace.kind, remplace.speaker) == ("verbatim", "U2")
    perdu = _at(text, segs, "« perdu »")
    assert (perdu.kind, perdu.speaker) == ("verbatim", "U4")


def test_a_code_named_without_a_verb_of_saying_is_no_lead(gazetteer):
    text, segs = _segment(ARTICLE, gazetteer)
    assert _at(text, segs, "mode audio").kind == "narrative"  # "À l'exception de U3, …"


def test_a_quotation_chained_by_car_shares_the_code_after_the_second(gazetteer):
    text, segs = _segment(ARTICLE, gazetteer)
    first = _at(text, segs, "la connexion coupe")
    assert (first.kind, first.speaker) == ("verbatim", "U3")


def test_roles_of_a_spaced_table_are_the_rows_heads(gazetteer):
    text, segs = _segment(ARTICLE, gazetteer)
    assert _at(text, segs, "on clique").role == "autre"  # "Retraitée", not the "comptable" after it
    assert _at(text, segs, "personne ne nous a montré").role == "infirmier"
    assert _at(text, segs, "Au début j'avais peur").role == "autre"


def test_chained_gap():
    assert chained_gap(" car ") and chained_gap(", car ") and chained_gap(" parce qu'")
    assert not chained_gap(" dit-elle, mais ") and not chained_gap(" carrément ")


def test_subject_code_needs_codes_that_close_quotations():
    sentence = "P2 craint que le logiciel « plante » au mauvais moment."
    assert subject_code(sentence, sentence.index("«"), frozenset({"P2"})) == "P2"
    assert subject_code(sentence, sentence.index("«"), frozenset()) is None
    # a document that closes no quotation on a code: no code is a subject
    assert closing_codes("Le rapport P2 décrit le « virage ambulatoire » et le plan P3.") == frozenset()
    lead = "Le dossier de P2 explique « autre chose »."
    assert subject_code(lead, lead.index("«"), frozenset({"P2"})) is None  # "de P2": no subject


def test_spaced_tables_need_a_function_header_and_rows():
    assert is_header("Participant Profession Domaine Expertise Principal document présenté")
    assert not is_header("Participant Score initial Score final")  # results, no function column
    assert not is_header("Participant | Profession | Domaine")  # delimited: the row reader's
    assert row_role_head("Étudiante en Master Biologie Intermédiaire", 3) == "Étudiante"
    assert row_role_head("Doctorante Visualisation de données", 3) == "Doctorante"
    assert row_role_head("Chargée de mission santé", 3) == "Chargée de mission"
    results = ["Participant Score initial Score final", "P1 Bon 12 15", "P2 Moyen 9 14", "P3 Bon 11 16"]
    assert spaced_table_rows(results) == {}
    assert set(spaced_table_rows(TABLE)) == {"U1", "U2", "U3", "U4"}


# segfix32: a thesis designates its participants in running text, without parentheses ("elles
# sont désignées O1 à O6", "Ils sont désignés par la lettre M suivie d'un numéro"), then names them
# as subjects before a colon, or closes a quotation's sentence with their code.
DESIGNATED = [
    "Six orthophonistes libérales du Val-de-Marne ont été interrogées ; elles sont désignées O1 à O6.",
    "Interrogée sur les délais, O2 répond sans hésiter : « Les délais, non. Les relations avec les médecins, oui. »",
    "O5, installée à Vitry-sur-Seine, hésite davantage : « on a fait une liste des enfants prioritaires », puis, "
    "après un silence, « mais elle est déjà pleine pour l'année ».",
    "Aucune orthophoniste ne signale de baisse des délais.",
]
LETTERED = [
    "Douze médecins généralistes exerçant dans la Somme ont été interrogés en 2023. Ils sont désignés par la "
    "lettre M suivie d'un numéro.",
    "Un médecin installé depuis trente ans parlait d'une structure « qui ne sert qu'à faire des réunions le soir » "
    "et dont il ne voyait pas l'intérêt pour ses patients (M4).",
    "Les plus jeunes y voyaient un moyen de « ne plus être seul face aux demandes » (M7).",
]


def test_codes_designated_in_running_text(gazetteer):
    from corpus.segment.fallbacks import code_ranges
    ranges = code_ranges([DESIGNATED[0]])
    assert [c for _, c, _ in ranges] == ["O1", "O2", "O3", "O4", "O5", "O6"]
    keyed = code_ranges(LETTERED)
    assert [c for _, c, _ in keyed] == ["M4", "M7"]  # the codes of that letter the text uses
    assert "médecins généralistes" in keyed[0][2]  # the sentence before the pronoun names them
    # no profession named; a page range after a designation word is no code
    assert code_ranges(["Les documents sont désignés D1 à D9 dans la suite."]) == []
    assert code_ranges(["Les annexes sont numérotées par la lettre A suivie d'un numéro.", "Voir A2 et A3."]) == []
    text, segs = _segment(DESIGNATED, gazetteer, doc={"kind": "these"})
    s = _at(text, segs, "Les délais, non")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "O2", "autre_paramedical")
    s = _at(text, segs, "on a fait une liste des enfants")
    assert (s.kind, s.speaker) == ("verbatim", "O5")
    assert _at(text, segs, "mais elle est déjà pleine") is s  # one person's words over a pause
    text, segs = _segment(LETTERED, gazetteer, doc={"kind": "these"})
    s = _at(text, segs, "qui ne sert qu'à faire des réunions")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "M4", "medecin_generaliste")
    assert _at(text, segs, "ne plus être seul").role == "medecin_generaliste"


def test_a_sentence_closed_by_a_reference_that_is_no_participant_code(gazetteer):
    # look-alike: a theory chapter quoting a concept, the sentence closed by a citation, no code designated
    lines = ["Selon Strauss, le « travail d'articulation » désigne l'ensemble des tâches invisibles (Strauss, 1992).",
             "La notion d'« ordre négocié » reste utile pour penser la coordination (A1).",
             "Nous retiendrons ici la définition de Strauss."]
    _, segs = _segment(lines, gazetteer, doc={"kind": "memoire"})
    assert not [s for s in segs if s.kind in ("verbatim", "turn")]


def test_codes_designated_for_patients_are_no_profession():
    # look-alike (round 20): patients designated P1 to P12 in a sentence naming a hospital, not a profession
    from corpus.segment.fallbacks import code_ranges
    assert code_ranges(["Les douze femmes interrogées ont accouché au centre hospitalier de Saint-Quentin ; elles "
                        "sont désignées P1 à P12."]) == []


def test_codes_designated_for_several_kinds_of_people_get_no_profession():
    # look-alike: patients and nurses designated together (segment/introduced_groups.py's case)
    from corpus.segment.fallbacks import code_ranges
    assert code_ranges(["Six patients et deux infirmières de la maison de santé ont été réunis ; ils sont notés "
                        "F1 à F3, H1 et H2."]) == []


def test_codes_designated_in_apposition_before_the_profession():
    from corpus.segment.fallbacks import code_ranges
    ranges = code_ranges(["Les cinq participants, désignés K1 à K5, sont des masseurs-kinésithérapeutes libéraux de l'Ain."])
    assert [c for _, c, _ in ranges] == ["K1", "K2", "K3", "K4", "K5"]
    assert "masseurs-kinésithérapeutes" in ranges[0][2]
    # two kinds of people after the range: no one profession
    assert code_ranges(["Les participants, désignés K1 à K5, sont des kinésithérapeutes et des patients."]) == []
    # the sentence after the range's sentence is not read
    assert code_ranges(["Les participants sont désignés K1 à K5. Des kinésithérapeutes ont relu le guide."]) == []


# Dotted codes of a range after a designation word (segspeak18): "codés K.lib.1 à K.lib.4" (capitals,
# a point, an abbreviated status, a point, the number: conventions DOTTED_CODE) names each code.
def test_a_range_of_dotted_codes_designates_each_participant(gazetteer):
    lines = ["3.2 Résultats",
             "Six masseurs-kinésithérapeutes ont été interrogés dans le Morbihan : quatre libéraux (codés K.lib.1 à "
             "K.lib.4) et deux salariés d'un SSR.",
             "Pour K.lib.4 (cabinet de groupe, Vannes) : « la CPTS, j'en ai entendu parler par la pharmacienne, "
             "mais personne ne nous a invités aux réunions »."]
    text, segs = _segment(lines, gazetteer)
    s = _at(text, segs, "j'en ai entendu parler")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "K.lib.4", "kinesitherapeute", "Bretagne")


def test_a_range_of_dotted_codes_of_another_status(gazetteer):
    # unseen variant: midwives, another status abbreviation, "désignées", an introducer and a comma
    from corpus.segment.fallbacks import code_ranges
    ranges = code_ranges(["Cinq sages-femmes libérales de la Manche ont été interrogées ; elles sont désignées "
                          "SF.lib.1 à SF.lib.5."])
    assert [c for _, c, _ in ranges] == ["SF.lib.1", "SF.lib.2", "SF.lib.3", "SF.lib.4", "SF.lib.5"]
    lines = ["Cinq sages-femmes libérales de la Manche ont été interrogées ; elles sont désignées SF.lib.1 à SF.lib.5.",
             "Pour SF.lib.3, « le retour à domicile après la maternité se prépare trop tard, on m'appelle le jour même »."]
    text, segs = _segment(lines, gazetteer)
    s = _at(text, segs, "le retour à domicile")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "SF.lib.3", "sage_femme")


def test_a_range_of_dotted_document_codes_names_no_one():
    # near-miss: documents, not people, coded the same way
    from corpus.segment.fallbacks import code_ranges
    assert code_ranges(["Les comptes rendus de réunion analysés sont désignés D.adm.1 à D.adm.9 dans la suite."]) == []
