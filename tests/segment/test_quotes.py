"""Quotes in prose: italic block quotes without guillemets, coded parentheses and brackets of
any letter+number shape, a role from the introducing phrase, "Pour IDE2, « … »"."""

from __future__ import annotations

import pytest
from conftest import GAZETTEER_PATH
from segment_text import line_styles, segment_lines
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment import parse_attribution_line, segment_text
from corpus.segment.base import split_lines
from corpus.segment.quotes import named_quotes


def test_italic_block_quotes_with_a_coded_parenthesis_or_an_introducing_sentence(gazetteer):
    quote1 = "On n'avait pas de masques, pas de consignes, rien, alors on s'est débrouillés entre nous."
    quote2 = "Il y a eu un avant et un après, et ça, personne ne nous l'enlèvera jamais."
    lines = ["Les professionnels décrivent l'absence de consignes claires. " + quote1
             + " (I12, infirmière libérale, 45 ans, Gironde)",
             "Une infirmière de Creuse résume ainsi la période :",
             quote2,
             "La seconde période de l'enquête, plus calme, a permis de revenir sur ces mois difficiles."]
    text = "\n".join(lines) + "\n"
    styles = [{"char_start": text.index(q), "char_end": text.index(q) + len(q), "style": "italic"}
              for q in (quote1, quote2)]
    segs = segment_text(text, {"doc_id": "t", "region": "", "place": ""}, [], [], gazetteer, styles)
    v1 = _at(text, segs, "On n'avait pas")
    assert (v1.kind, v1.speaker, v1.role, v1.region) == ("verbatim", "I12", "infirmier", "Nouvelle-Aquitaine")
    assert _at(text, segs, "(I12, infirm").kind == "attribution"
    v2 = _at(text, segs, "Il y a eu un avant")
    assert (v2.kind, v2.speaker, v2.role, v2.region) == ("verbatim", "", "infirmier", "Nouvelle-Aquitaine")
    # the same passage without italics is the author's prose
    plain = segment_text(text, {"doc_id": "t", "region": "", "place": ""}, [], [], gazetteer, [])
    assert _at(text, plain, "Il y a eu un avant").kind == "narrative"


def test_codes_in_brackets_places_only_and_introducers(gazetteer):
    text = ("Le rôle du médecin reste central : « sans le médecin traitant, rien ne se décide » "
            "[I7, médecin généraliste, Creuse]. Pour un médecin coordinateur, « la communauté a surtout "
            "servi à mettre des noms sur des visages » (I9, Lyon). Comme le rappellent Bloch et Hénaut "
            "(2014), la coordination « ne se décrète pas ».\n"
            "Pour I7, « c'était la première fois qu'on nous demandait notre avis ».\n")
    segs = segment_text(text, {"doc_id": "t", "region": "", "place": ""}, [], [], gazetteer)
    i7 = _at(text, segs, "sans le médecin traitant")
    assert (i7.kind, i7.speaker, i7.role, i7.region) == ("verbatim", "I7", "medecin_generaliste", "Nouvelle-Aquitaine")
    i9 = _at(text, segs, "la communauté a surtout")
    assert (i9.kind, i9.speaker, i9.role, i9.region) == ("verbatim", "I9", "coordinateur", "Auvergne-Rhône-Alpes")
    assert _at(text, segs, "ne se décrète pas").kind == "narrative"
    again = _at(text, segs, "c'était la première fois")
    assert (again.kind, again.speaker, again.role) == ("verbatim", "I7", "medecin_generaliste")


def test_participant_table_rows_joined_on_one_line_and_bare_codes(gazetteer):
    text = ("Code | Sexe | Âge | Profession | Département M1 | F | 34 ans | Médecin généraliste | Gironde\n"
            "IDE1 | F | 45 ans | Infirmière | Creuse\n"
            "Les infirmiers ont insisté sur leur isolement : « personne ne pensait à nous, on allait chez "
            "les patients sans protection » (IDE1). Selon la Haute Autorité de santé, la téléconsultation "
            "devait rester « exceptionnelle » (HAS, 2020).\n")
    segs = segment_text(text, {"doc_id": "t", "region": "", "place": ""}, [], [], gazetteer)
    ide1 = _at(text, segs, "personne ne pensait")
    assert (ide1.kind, ide1.speaker, ide1.role, ide1.region, ide1.attr_source) == \
        ("verbatim", "IDE1", "infirmier", "Nouvelle-Aquitaine", "participant_table")
    assert _at(text, segs, "exceptionnelle").kind == "narrative"
    declared = {s.speaker: s.role for s in segs if s.kind == "other" and s.speaker}
    assert declared == {"M1": "medecin_generaliste", "IDE1": "infirmier"}


def test_a_quote_box_title_describes_the_quote_below(gazetteer):
    text = ("Verbatim n°12 — médecin généraliste, Grand Est\n"
            "« Pendant trois semaines, on a fonctionné sans aucune consigne écrite. »\n"
            "Extrait — la place du territoire\n"
            "« Le territoire, c'est d'abord une affaire de réseau et de confiance entre collègues. »\n")
    second = text.index("Extrait")
    sections = [{"section_id": "1", "kind": "body", "level": "2", "heading": text[:text.index("\n")],
                 "char_start": "0", "char_end": str(second)},
                {"section_id": "2", "kind": "body", "level": "2", "heading": text[second:text.index("\n", second)],
                 "char_start": str(second), "char_end": str(len(text))}]
    segs = segment_text(text, {"doc_id": "t", "region": "", "place": ""}, [], sections, gazetteer)
    v = _at(text, segs, "Pendant trois semaines")
    assert (v.kind, v.speaker, v.role, v.region) == ("verbatim", "", "medecin_generaliste", "Grand Est")
    # a box title without a person: the quote below is not given a speaker by it
    assert _at(text, segs, "Le territoire, c'est").kind != "verbatim"


def test_a_numbered_extract_title_naming_a_tabled_code_gives_the_quote_below_to_it(gazetteer):
    text = ("| Code | Sexe | Âge | Commune |\n"
            "| MG1 | F | 34 | Millau |\n"
            "| MG2 | H | 61 | Saint-Affrique |\n"
            "Extrait 1 – MG2\n"
            "« Sur le Causse, l'isolement ce n'est pas une impression, c'est une distance.\n"
            "Je ne sais pas ce qu'on fera quand la tournée du facteur sera supprimée. »\n"
            "Extrait 2 – MG1\n"
            "« Le frigo, je regarde toujours le frigo quand je passe chez eux. »\n"
            "Extrait 3 – Le dimanche\n"
            "« Personne ne passe chez eux le dimanche, ni le facteur ni la famille. »\n")
    heads = [text.index(f"Extrait {n}") for n in (1, 2, 3)]
    sections = [{"section_id": str(k), "kind": "body", "level": "2", "heading": text[h:text.index("\n", h)],
                 "char_start": str(h), "char_end": str(heads[k] if k < 3 else len(text))}
                for k, h in enumerate(heads, start=1)]
    segs = segment_text(text, {"doc_id": "t", "region": "", "place": ""}, [], sections, gazetteer)
    v = _at(text, segs, "Sur le Causse")
    assert (v.kind, v.speaker, v.region) == ("verbatim", "MG2", "Occitanie")
    assert _at(text, segs, "quand la tournée du facteur").char_start == v.char_start  # one quote over two paragraphs
    assert _at(text, segs, "Le frigo, je regarde").speaker == "MG1"
    # a title naming a topic, no code: nobody's words by it
    assert _at(text, segs, "Personne ne passe chez eux").speaker == ""

def test_a_named_person_before_the_verb_wins_over_their_apposition(gazetteer):
    text = ("« Au début, on ne savait même pas qui était infirmier dans la rue », confie Martine Roux, "
            "infirmière libérale à Quimper.\n"
            "Selon Paul Girard, pharmacien à Quimper, « la crise a fait tomber des murs entre les professions ».\n"
            "Hélène Caradec, coordinatrice de la communauté, raconte : « Nous avons monté le centre de "
            "vaccination en dix jours. »\n")
    segs = segment_text(text, {"doc_id": "t", "region": "", "place": ""}, [], [], gazetteer)
    v = _at(text, segs, "Nous avons monté le centre")
    assert (v.kind, v.speaker, v.role) == ("verbatim", "Hélène Caradec", "coordinateur")


def test_new_speech_verbs_name_particles_and_a_person_noun_with_a_colon(gazetteer):
    text = ("« On a tenu parce qu'on se faisait confiance, pas grâce aux circulaires », lâche Yann Le Goff, "
            "médecin généraliste à Rennes.\n"
            "« Il faut maintenant des moyens durables », tranche Loïc Tanguy, kinésithérapeute. "
            "« Sinon les bénévoles partiront les uns après les autres », pointe-t-il.\n"
            "Une sage-femme : « Nous avons été les grandes oubliées des premières réunions. »\n"
            "Le rapport : « la coordination reste très hétérogène selon les territoires ».\n")
    segs = segment_text(text, {"doc_id": "t", "region": "", "place": ""}, [], [], gazetteer)
    v = _at(text, segs, "On a tenu parce")
    assert (v.kind, v.speaker, v.role, v.region) == ("verbatim", "Yann Le Goff", "medecin_generaliste", "Bretagne")
    v = _at(text, segs, "Sinon les bénévoles")
    assert (v.kind, v.speaker, v.role) == ("verbatim", "Loïc Tanguy", "kinesitherapeute")
    v = _at(text, segs, "Nous avons été les grandes")
    assert (v.kind, v.role) == ("verbatim", "sage_femme")
    # a document noun with a colon is not a person
    assert _at(text, segs, "la coordination reste").kind == "narrative"


def test_first_names_sex_fields_and_a_known_name_before_the_quote(gazetteer):
    text = ("Catherine, 56 ans, infirmière à Lorient, se souvient : « Le premier soir, on était quinze "
            "dans une salle municipale. »\n"
            "Julien, 34 ans, pharmacien à Vannes, a découvert le collectif par hasard. « Un médecin m'a appelé "
            "pour des masques », raconte Julien.\n"
            "Deux ans plus tard, Catherine n'a pas changé d'avis : « Sans ce groupe, j'aurais arrêté le métier. »\n")
    segs = segment_text(text, {"doc_id": "t", "region": "", "place": ""}, [], [], gazetteer)
    for snippet, speaker, role in (("Le premier soir", "Catherine", "infirmier"), ("Un médecin m'a", "Julien", "pharmacien"),
                                   ("Sans ce groupe", "Catherine", "infirmier")):
        v = _at(text, segs, snippet)
        assert (v.kind, v.speaker, v.role) == ("verbatim", speaker, role), snippet
    thesis = "Les médecins décrivent un isolement : « on était seuls au cabinet, sans nouvelles » (E12, F, 45 ans, MG, semi-rural).\n"
    v = _at(thesis, segment_text(thesis, {"doc_id": "t", "region": "", "place": ""}, [], [], gazetteer), "on était seuls")
    assert (v.kind, v.speaker, v.role) == ("verbatim", "Entretien n°12", "medecin_generaliste")


def test_a_group_session_code_is_not_the_speaker(gazetteer):
    # "FG1" names a focus group: the quote is the described participant's, who has no code
    text = ("Le manque de temps revient souvent : « entre les tournées et les papiers, il ne reste rien "
            "pour les réunions » (FG1, infirmière). Un autre groupe le confirme : « on nous demande "
            "d'être partout à la fois » (Focus group 2, médecin généraliste).\n"
            "— GF3, pharmacienne, Lorient\n")
    segs = segment_text(text, {"doc_id": "t", "region": "", "place": ""}, [], [], gazetteer)
    quotes = [s for s in segs if s.kind == "verbatim"]
    assert [(q.speaker, q.role) for q in quotes] == [("", "infirmier"), ("", "medecin_generaliste")]
    assert "FG1" in quotes[0].role_raw
    assert parse_attribution_line("— GF3, pharmacienne, Lorient").speaker == ""


def test_a_designation_after_a_dash_names_the_speaker(gazetteer):
    text = ("Les plus jeunes décrivent un isolement. « Je ne connaissais aucun confrère, personne ne "
            "m'a appelé pendant trois semaines. » — Médecin 7 (MG, 3 ans d'exercice) Les pharmaciens, eux, "
            "parlent surtout des tests. « On a fait des centaines de tests sans jamais être invités aux "
            "réunions. » — Pharmacienne 2 (adjointe, officine rurale)\n"
            "Ce point rejoint la littérature. « Le travail d'articulation reste invisible » — Lestrade, 2010, p. 45\n")
    segs = segment_text(text, {"doc_id": "t", "region": "Grand Est", "place": ""}, [], [], gazetteer)
    quotes = [s for s in segs if s.kind == "verbatim"]
    assert [(q.speaker, q.role, q.region) for q in quotes] == [
        ("Médecin 7", "medecin_generaliste", "Grand Est"),
        ("Pharmacienne 2", "pharmacien", "Grand Est")]  # the role from the designation's own word
    assert _at(text, segs, "— Médecin 7").kind == "attribution"
    assert _at(text, segs, "Le travail d'articulation").kind == "narrative"


def test_codes_given_in_prose_then_used_before_or_after_quotes(gazetteer):
    text = "\n".join([
        "J'ai interrogé cinq soignants : deux médecins généralistes, désignés M1 et M2, et trois "
        "infirmières libérales, désignées I1, I2 et I3. Tous exercent dans le Finistère.",
        "Pour I2, la crise a d'abord été une affaire de tournées : « on faisait les prélèvements "
        "à domicile, matin et soir, sans aucun renfort ».",
        "M1 (remplaçant) tempère : « la communauté a surtout servi aux médecins déjà installés ».",
        "Un collègue regrette que « personne ne nous ait demandé notre avis avant la vaccination » [M2].",
        "Depuis la COVID19, le cabinet a changé : « tout passe désormais par la messagerie sécurisée ».",
    ]) + "\n"
    segs = segment_text(text, {"doc_id": "t", "region": "", "place": ""}, [], [], gazetteer)
    quotes = [s for s in segs if s.kind in ("verbatim", "turn")]  # "M1 (…) tempère :" opens its line: a turn
    assert [(q.speaker, q.role, q.region) for q in quotes] == [
        ("I2", "infirmier", "Bretagne"), ("M1", "medecin_generaliste", "Bretagne"),
        ("M2", "medecin_generaliste", "Bretagne")]


def test_a_note_call_after_the_quote_gives_the_speaker_of_the_note(gazetteer):
    text = "\n".join([
        "Une soignante parle de « tournées à rallonge, sans personne à qui passer le relais »¹. "
        "Le rapport évoque aussi une « coordination par les marges »².",
        "Notes",
        "1. Entretien n°4, infirmière libérale, Gers, mai 2021.",
        "2. Voir Lestrade, 2010, p. 12.",
    ]) + "\n"
    structure = [{"section_id": 1, "kind": "body", "level": 1, "heading": "", "char_start": 0,
                  "char_end": text.index("Notes")},
                 {"section_id": 2, "kind": "notes", "level": 1, "heading": "Notes",
                  "char_start": text.index("Notes"), "char_end": len(text)}]
    segs = segment_text(text, {"doc_id": "t", "region": "", "place": ""}, [], structure, gazetteer)
    quote = _at(text, segs, "tournées à rallonge")
    assert (quote.kind, quote.speaker, quote.role, quote.region) == \
        ("verbatim", "Entretien n°4", "infirmier", "Occitanie")  # the date is not a citation year
    assert _at(text, segs, "coordination par les marges").kind == "narrative"


def test_questions_put_to_a_group_and_cited_authors_are_not_verbatims(gazetteer):
    text = "\n".join([
        "Le questionnaire demandait aux répondants, des médecins généralistes pour la plupart : "
        "« Avez-vous participé à une réunion de la communauté pendant la crise ? »",
        "Cette lecture rejoint celle d'un sociologue du travail : « la coordination est un travail invisible »¹.",
        "Notes",
        "1. Jean Dupont, sociologue, 2019, p. 12.",
    ]) + "\n"
    structure = [{"section_id": 1, "kind": "body", "level": 1, "heading": "", "char_start": 0,
                  "char_end": text.index("Notes")},
                 {"section_id": 2, "kind": "notes", "level": 1, "heading": "Notes",
                  "char_start": text.index("Notes"), "char_end": len(text)}]
    segs = segment_text(text, {"doc_id": "t", "region": "", "place": ""}, [], structure, gazetteer)
    assert [s.text for s in segs if s.kind == "verbatim"] == []


def test_a_description_or_a_code_and_a_colon_before_the_quote(gazetteer):
    text = "\n".join([
        "Médecin généraliste, 52 ans, Finistère : « On a découvert les infirmières du quartier pendant la crise. »",
        "Pharmacienne, 38 ans, Morbihan : « On faisait les tests sur le trottoir, sous la pluie. »",
        "M. T., kinésithérapeute : « Personne ne nous a appelés avant le mois de mai. »",
        "Evoque la place des élus : « il faut les tenir au courant de tout »",
    ]) + "\n"
    segs = segment_text(text, {"doc_id": "t", "region": "", "place": ""}, [], [], gazetteer)
    quotes = [s for s in segs if s.kind == "verbatim"]
    assert [(q.speaker, q.role, q.region) for q in quotes] == [
        ("", "medecin_generaliste", "Bretagne"), ("", "pharmacien", "Bretagne"),  # "Pharmacienne" is no pseudonym
        ("M. T.", "kinesitherapeute", "Bretagne")]  # a topic that mentions people says nothing of who speaks
    # segregions11: M. T. was left unplaced; every place the text names (Finistère, Morbihan) lies in
    # Bretagne, so the speaker it does not place is placed there (segment/document_places.py), as a
    # reader of a study set in one région does (tests/segment/test_document_places.py has the near-miss)


def test_a_pronoun_continues_the_unnamed_speaker_of_the_quote_before(gazetteer):
    text = ("Une infirmière de Lorient raconte : « On a tenu parce qu'on se connaissait déjà. » "
            "Elle poursuit : « Sans la communauté, on aurait lâché dès le mois d'avril. »\n"
            "« Et personne ne nous a remerciées », ajoute-t-elle.\n")
    segs = segment_text(text, {"doc_id": "t", "region": "", "place": ""}, [], [], gazetteer)
    quotes = [s for s in segs if s.kind == "verbatim"]
    assert [(q.role, q.region) for q in quotes] == [("infirmier", "Bretagne")] * 3


def test_a_parenthesis_alone_under_an_italic_block_quote_attributes_it(gazetteer):
    lines = ["Une coordinatrice décrit la période :",
             "On ne dormait plus, on répondait au téléphone jusqu'à minuit, et le lendemain on recommençait.",
             "(Coordinatrice, CPTS du Pays de Morlaix)",
             "Le tableau 3 résume les réponses au questionnaire.",
             "(Source : enquête régionale, 2021)"]
    text = "\n".join(lines) + "\n"
    start = text.index("On ne dormait")
    styles = [{"char_start": start, "char_end": start + len(lines[1]), "style": "italic"}]
    segs = segment_text(text, {"doc_id": "t", "region": "", "place": ""}, [], [], gazetteer, styles)
    quote = _at(text, segs, "On ne dormait plus")
    assert (quote.kind, quote.role, quote.region) == ("verbatim", "coordinateur", "Bretagne")
    assert _at(text, segs, "(Coordinatrice, CPTS").kind == "attribution"
    assert _at(text, segs, "(Source : enquête").kind == "narrative"


def test_codes_with_a_hyphen_a_code_after_a_comma_and_a_dash_line_below(gazetteer):
    text = "\n".join([
        "« On a tenu parce qu'on se connaissait déjà tous. » (MG-3, rural)",
        "« Les masques sont arrivés en mai, bien trop tard pour nous », E4.",
        "« On a tenu parce qu'on se connaissait déjà tous, c'est tout ce qui a compté. »",
        "— Infirmière libérale, Finistère",
        "« Les réunions du soir étaient épuisantes mais utiles. » C'est ainsi qu'une pharmacienne de Vannes résume la période.",
        "Les objectifs du projet de santé étaient les suivants :",
        "– Améliorer la coordination entre les professionnels de santé libéraux ;",
    ]) + "\n"
    segs = segment_text(text, {"doc_id": "t", "region": "", "place": ""}, [], [], gazetteer)
    quotes = [s for s in segs if s.kind == "verbatim"]
    assert [(q.speaker, q.role, q.region) for q in quotes] == [
        ("MG-3", "medecin_generaliste", "Bretagne"), ("Entretien n°4", "inconnu", "Bretagne"),
        ("", "infirmier", "Bretagne"), ("", "pharmacien", "Bretagne")]  # segregions11: the codes in the one
    # région of every place the text names (Finistère, Vannes), were unplaced
    assert _at(text, segs, "– Améliorer la coordination").kind == "narrative"


def test_a_footnote_call_that_extraction_took_out_gives_the_speaker(tmp_path):
    # a page without headings (all "front" to the structure), two quotes whose raised calls point
    # to footnotes naming the interview; extraction removes the calls and writes notes.csv
    from pdfgen import column_runs, make_runs_pdf

    from corpus import extract, segment
    from corpus import io as cio

    body = ["Les infirmières décrivent une période de tournées sans fin : « on faisait les",
            "prélèvements à domicile, matin et soir, sans aucun renfort »^{1}. Les médecins,",
            "eux, parlent surtout du téléphone : « on passait nos soirées à rappeler les patients »^{2}.",
            "La coordination a progressivement trouvé sa place dans le territoire."]
    page = (column_runs(body, 72, 700, 10)
            + column_runs(["1 Entretien n°3, infirmière libérale, Gers, mai 2021."], 72, 120, 8)
            + column_runs(["2 Entretien n°5, médecin généraliste, Tarn."], 72, 108, 8))
    pdf = make_runs_pdf(tmp_path / "fn.pdf", [page])
    extract.run(pdf, "fn", tmp_path / "fn", page_workers=1)
    segment.run(tmp_path / "fn", {"doc_id": "fn", "region": "", "place": ""}, GAZETTEER_PATH)
    quotes = [s for s in cio.read_jsonl(tmp_path / "fn" / "segments.jsonl") if s["kind"] == "verbatim"]
    assert [(q["speaker"], q["role"], q["region"]) for q in quotes] == [
        ("Entretien n°3", "infirmier", "Occitanie"), ("Entretien n°5", "medecin_generaliste", "Occitanie")]


def test_introducing_phrases_without_a_colon_or_with_a_clause_first(gazetteer):
    text = "\n".join([
        "Selon une infirmière de Caen, « la crise a surtout montré qu'on pouvait s'organiser sans attendre »."
        " Pour les auteurs du rapport, « la coordination reste un chantier ».",
        "Interrogée sur ce point, une pharmacienne de Quimper répond : « on n'a jamais été autant sollicités ».",
        "Dans l'entretien n°7, la coordinatrice explique : « on a construit le projet de santé pendant la crise ».",
        "Selon le président de la République, « la santé n'a pas de prix, quoi qu'il en coûte ».",
        "Extrait d'entretien n°5 (médecin généraliste, Calvados) :",
        "« On a appris à travailler avec les infirmières, ce qu'on ne faisait jamais avant. »",
    ]) + "\n"
    segs = segment_text(text, {"doc_id": "t", "region": "", "place": ""}, [], [], gazetteer)
    quotes = [s for s in segs if s.kind == "verbatim"]
    assert [(q.speaker, q.role, q.region) for q in quotes] == [
        ("", "infirmier", "Normandie"), ("", "pharmacien", "Bretagne"),
        ("Entretien n°7", "coordinateur", ""), ("Entretien n°5", "medecin_generaliste", "Normandie")]


def test_a_name_and_its_apposition_after_the_speech_verb(gazetteer):
    # one named quote only (named-speaker quoting stays off), yet the apposition says who speaks
    text = ("La crise a laissé des traces. « On ne dormait plus, on répondait au téléphone jusqu'à "
            "minuit », témoigne Marie, infirmière à Brest. « Le livre le dit très bien », souligne "
            "Paul Durand, 2019.\n")
    segs = segment_text(text, {"doc_id": "t", "region": "", "place": ""}, [], [], gazetteer)
    quotes = [s for s in segs if s.kind == "verbatim"]
    assert [(q.speaker, q.role, q.region) for q in quotes] == [("Marie", "infirmier", "Bretagne")]


def _lines(*texts):
    return split_lines("\n".join(texts) + "\n")


def test_named_quotes_count_speech_verbs_with_a_name():
    press = _lines(
        "« On ne se parlait presque pas avant la crise », reconnaît Anne Ferrand, médecin à Tulle.",
        "« Nous avons été en première ligne », explique Thierry Blanc, pharmacien.",
        "Sylvie Rossignon retient que « la coordination demande du temps ».",
    )
    assert named_quotes(press) == 3
    thesis = _lines("Comme le rappellent Bloch et Hénaut (2014), la coordination « ne se décrète pas ».")
    assert named_quotes(thesis) == 0


def test_a_first_name_with_an_apposition_counts_as_a_named_quote():
    press = _lines(
        "Catherine, 56 ans, infirmière à Lorient, se souvient : « Le premier soir, on était quinze. »",
        "Julien, 34 ans, pharmacien à Vannes, a tout découvert. « On m'a appelé pour des masques », raconte Julien.",
    )
    assert named_quotes(press) == 2
    # a place with an apposition that is not a person is not a speaker
    assert named_quotes(_lines("Lorient, ville portuaire, a vu « une mobilisation rare » des soignants.")) == 0


def test_line_references_and_a_bare_code_after_the_guillemet(gazetteer):
    """Round 10: "(E4, l. 56-59)" is the code E4; "» SF-C" ends a quote with its speaker's code."""
    lines = ["Onze entretiens ont été menés en Charente-Maritime : neuf auprès de médecins généralistes "
             "(E1 à E9) et deux auprès de coordinatrices de CPTS (E10 et E11).",
             "« Moi j'étais dans mon cabinet, l'infirmière dans le sien, et on communiquait par le cahier. » "
             "(E4, l. 56-59)",
             "« On nous invite aux réunions, mais l'ordre du jour ne nous concerne presque jamais. » SF-E",
             "Le sujet reste ouvert, comme le rappelle la loi de modernisation de notre système de santé."]
    text = "\n".join(lines) + "\n"
    segs = segment_text(text, {"doc_id": "t", "region": "", "place": ""}, [], [], gazetteer, [])
    v = _at(text, segs, "Moi j'étais")
    assert (v.kind, v.speaker, v.role, v.region) == ("verbatim", "E4", "medecin_generaliste", "Nouvelle-Aquitaine")
    v = _at(text, segs, "On nous invite")
    assert (v.kind, v.speaker, v.role) == ("verbatim", "SF-E", "sage_femme")
    assert _at(text, segs, "Le sujet reste ouvert").kind == "narrative"


def test_a_witness_heading_gives_the_quotes_below_it(gazetteer):
    """Round 10: a bold "Name, age, profession à Place" line, then quotes without a verb, one over
    two paragraphs in the French way (each opens with «, the last closes)."""
    lines = ["Dossier. Les kinés dans les CPTS",
             "Julien Marchal, 34 ans, kinésithérapeute à Pontivy (Morbihan)",
             "« Pendant le premier confinement, le cabinet était fermé et je tournais en rond.",
             "« Aujourd'hui, ce sont eux qui m'envoient les patients, avec une prescription. »",
             "Pour l'Ordre, la présence des kinés dans les CPTS relève de la « mission de santé publique »."]
    text = "\n".join(lines) + "\n"
    witness = text.index(lines[1])
    structure = [{"section_id": 1, "kind": "body", "level": 1, "heading": lines[0], "char_start": 0,
                  "char_end": witness - 1},
                 {"section_id": 2, "kind": "body", "level": 2, "heading": lines[1], "char_start": witness,
                  "char_end": len(text)}]
    segs = segment_text(text, {"doc_id": "t", "region": "", "place": ""}, [], structure, gazetteer, [])
    v = _at(text, segs, "Pendant le premier")
    assert (v.kind, v.speaker, v.role, v.region) == ("verbatim", "Julien Marchal", "kinesitherapeute", "Bretagne")
    assert _at(text, segs, "ce sont eux qui") is v
    assert _at(text, segs, "Pour l'Ordre").kind == "narrative"


def test_a_quote_over_paragraphs_opened_each_by_a_guillemet_is_one_quote():
    from corpus.segment.quotes import find_quotes

    # the French way: each paragraph of a long quote opens with «, only the last one closes it
    text = ("« Au début on ne savait pas du tout ce que c'était, une CPTS.\n"
            "« Et puis avec le covid on a vu que ça servait. »\nLa suite.")
    assert [text[a:b] for a, b in find_quotes(text)] == [text[:text.index("»") + 1]]
    # a quotation inside a quote, on the same line, still nests
    inner = "« Il nous a dit « vous verrez » et c'était vrai. » Puis la suite."
    assert [inner[a:b] for a, b in find_quotes(inner)] == ["« Il nous a dit « vous verrez » et c'était vrai. »"]


# session 7 (seggen2): the perturbation benchmark set a report box's quotes in italics without
# guillemets; the box sets the source line under each quote in italics too
def test_italic_quotes_each_with_its_italic_source_line(gazetteer):
    lines = ["Paroles de professionnels",
             "Le vendredi, on recevait les doses, le samedi on vaccinait, le dimanche on faisait les comptes.",
             "Pharmacienne titulaire, Lons-le-Saunier (39)",
             "Ce qui m'a marqué, c'est que pour la première fois les kinés étaient invités à la table.",
             "Masseur-kinésithérapeute, Besançon (25)",
             "Ces témoignages rejoignent les résultats de l'enquête quantitative."]
    text = "\n".join(lines) + "\n"
    start, end = text.index(lines[1]), text.index(lines[4]) + len(lines[4])
    styles = [{"char_start": start, "char_end": end, "style": "italic"}]  # one italic run for the box
    segs = segment_text(text, {"doc_id": "t", "region": "", "place": ""}, [], [], gazetteer, styles)
    first = _at(text, segs, "Le vendredi, on recevait")
    assert (first.kind, first.role, first.region) == ("verbatim", "pharmacien", "Bourgogne-Franche-Comté")
    second = _at(text, segs, "Ce qui m'a marqué")
    assert (second.kind, second.role) == ("verbatim", "kinesitherapeute")
    assert _at(text, segs, "Ces témoignages rejoignent").kind == "narrative"


def test_italic_lines_under_an_italic_title_are_no_quotes(gazetteer):
    # look-alike: a bibliography in italics, each title over its publisher and place
    lines = ["Bibliographie commentée",
             "Les communautés professionnelles territoriales de santé et la coordination des soins primaires.",
             "Éditions de l'EHESP, Rennes (35)",
             "La santé publique à l'épreuve de la crise sanitaire, une lecture sociologique des territoires.",
             "Presses universitaires, Lyon (69)"]
    text = "\n".join(lines) + "\n"
    start, end = text.index(lines[1]), text.index(lines[4]) + len(lines[4])
    styles = [{"char_start": start, "char_end": end, "style": "italic"}]
    segs = segment_text(text, {"doc_id": "t", "region": "", "place": ""}, [], [], gazetteer, styles)
    assert not [s for s in segs if s.kind in ("verbatim", "turn")]


def test_a_pronoun_lead_after_a_full_stop_carries_the_speaker_before(gazetteer):
    """"… lundi. Elle ajoute : « … »": the pronoun after a sentence on the same line (segfix28);
    look-alike: "Elle ajoute" with no quotation before it stays prose."""

    lines = [
        "Le guichet d'une maison de santé rurale",
        "Josiane, secrétaire médicale depuis vingt ans, résume son rôle : « C'est moi qui décide qui passe "
        "aujourd'hui et qui attendra lundi. »",
        "Le récit se poursuit au fil des semaines d'observation. Elle ajoute : « Depuis la CPTS, j'ai une liste "
        "des infirmières de garde pour le vendredi soir. »",
    ]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "article"})
    s = _at(text, segs, "Depuis la CPTS, j'ai une liste")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Josiane", "secretaire")
    text, segs = segment_lines(["Une matinée au guichet", "La salle est pleine dès huit heures. Elle ajoute "
                                "un rendez-vous en fin de matinée pour le patient du couloir."], gazetteer)
    assert all(s.kind == "narrative" for s in segs if s.text.strip() and "Une matinée" not in s.text)


def test_profession_and_letter_codes_in_parentheses(gazetteer):
    """"(Kinésithérapeute D, 8 ans d'exercice)": a profession word and a capital letter (or a
    number) is the participant's code, the profession their role; years of practice say nothing."""
    lines = ["Huit kinésithérapeutes exerçant dans le Morbihan ont été interrogés en entretiens semi-directifs.",
             "Tous évoquent l'attente : « on refuse des patients toutes les semaines, c'est dur à vivre » "
             "(Kinésithérapeute D, 8 ans d'exercice). Les médecins sont plus nuancés : « on trouve toujours "
             "quelqu'un, mais loin » (Médecin 2, 20 ans d'exercice)."]
    text = "\n".join(lines) + "\n"
    segs = segment_text(text, {"doc_id": "t", "region": "", "place": ""}, [], [], gazetteer, [])
    kine = _at(text, segs, "on refuse des patients")
    assert (kine.kind, kine.speaker, kine.role) == ("verbatim", "Kinésithérapeute D", "kinesitherapeute")
    gp = _at(text, segs, "on trouve toujours")
    assert (gp.kind, gp.speaker) == ("verbatim", "Médecin 2")


def test_a_year_and_page_in_parentheses_after_an_author_s_quote_cite_a_text(gazetteer):
    # segfix34: "Le géographe X souligne que « … » (2013, p. 58)": a written source in a literature review
    from segment_text import segment_at, segment_lines
    lines = ["1.2 Une notion discutée",
             "Le géographe Paul Martin souligne ainsi que « la distance n'est qu'une des dimensions de l'accès aux "
             "soins » (2011, p. 42). La sociologue Anne Morel rappelle que « le territoire est d'abord un réseau de "
             "relations » (2017, pp. 210-212).",
             "Ces travaux invitent à articuler mesures et parcours."]
    text, segs = segment_lines(lines, gazetteer)
    assert segment_at(text, segs, "la distance n'est qu'une des dimensions").kind == "narrative"
    assert segment_at(text, segs, "le territoire est d'abord un réseau").kind == "narrative"
    from corpus.segment import conventions as cv
    assert cv.AUTHOR_YEAR.search("2013, p. 58") and cv.AUTHOR_YEAR.search("2017, pp. 210-212")
    assert not cv.AUTHOR_YEAR.search("infirmière, 58 ans")


def test_an_object_pronoun_before_the_speech_verb_still_names_the_subject(gazetteer):
    # segfix34: "Un directeur de DAC du même territoire l'a formulé ainsi : « … »"
    from segment_text import segment_at, segment_lines
    lines = ["3.2.3 Une directrice de centre de santé du même département l'a résumé ainsi : « nous remplissons "
             "trois tableaux de bord pour trois financeurs qui ne les lisent pas ».",
             "3.2.4 Le rapport de 2019 l'a formulé ainsi : « une gouvernance à clarifier entre les financeurs »."]
    text, segs = segment_lines(lines, gazetteer)
    assert segment_at(text, segs, "nous remplissons trois tableaux").kind == "verbatim"
    assert segment_at(text, segs, "une gouvernance à clarifier").kind == "narrative"  # a report, no one


def test_comme_l_explique_names_the_person_after_the_verb_not_the_clause_before(gazetteer):
    # lead (session 15): the object-pronoun form above took "Ce sera une salle …, comme" for the subject of
    # "l'explique", so the quote's role_raw became the whole sentence (fournier2021 changed); the subject
    # before a pronoun holds no comma
    from segment_text import segment_at, segment_lines
    lines = ["Le centre de vaccination ouvrira dans une salle municipale mise à disposition le 20 mars, comme "
             "l'explique la coordinatrice du CLS : « on a eu les clés le vendredi, on vaccinait le lundi »."]
    text, segs = segment_lines(lines, gazetteer)
    seg = segment_at(text, segs, "on a eu les clés")
    assert seg.kind == "verbatim"
    assert seg.role_raw == "la coordinatrice du CLS"


def test_a_first_name_alone_after_the_speech_verb_speaks_when_the_text_presented_it(gazetteer):
    # segfix34: "« … », répond Raymond en haussant les épaules" after "chez Raymond, 88 ans, qui vit seul"
    from segment_text import segment_at, segment_lines
    lines = ["Deuxième arrêt à Fayl-Billot, chez Georgette, 91 ans, qui ne sort plus de chez elle.",
             "L'infirmière vérifie les pansements. « Pas depuis la Toussaint, il n'a plus de place », répond "
             "Georgette en souriant.",
             "« Ce programme reste à écrire pour les années à venir », rappelle Santé publique France dans son avis."]
    text, segs = segment_lines(lines, gazetteer)
    seg = segment_at(text, segs, "Pas depuis la Toussaint")
    assert (seg.kind, seg.speaker) == ("verbatim", "Georgette")
    assert segment_at(text, segs, "Ce programme reste à écrire").kind == "narrative"  # never presented as a person


# session 16 (segfix38): an author cited with the year of her text is the literature, even when
# a role word comes with her name; the same lead-in without the year quotes a person
def test_a_quote_of_an_author_with_a_year_is_no_verbatim(gazetteer):
    cited = ("Comme le note l'infirmière et chercheuse Anne Morel (2021), « l'outil partagé n'est adopté "
             "que lorsqu'il remplace un appel, jamais lorsqu'il s'y ajoute ».\n")
    segs = segment_text(cited, {"doc_id": "t", "region": "", "place": ""}, [], [], gazetteer)
    assert not [s for s in segs if s.kind in ("verbatim", "turn")]
    said = cited.replace(" (2021)", "")
    segs = segment_text(said, {"doc_id": "t", "region": "", "place": ""}, [], [], gazetteer)
    assert [s.role for s in segs if s.kind == "verbatim"] == ["infirmier"]


# session 16 (segfix38): an incise describes the speaker, then an apposition settles them in a town
def test_the_place_of_an_apposition_after_an_incise_description(gazetteer):
    text = ("« On apprend qu'une maman est rentrée parce qu'on la croise au marché avec son bébé », nous confie "
            "la plus ancienne des infirmières du canton, installée à Capesterre-de-Marie-Galante.\n")
    segs = segment_text(text, {"doc_id": "t", "region": "", "place": ""}, [], [], gazetteer)
    seg = _at(text, segs, "On apprend qu'une maman")
    assert (seg.kind, seg.role, seg.region) == ("verbatim", "infirmier", "Guadeloupe")


# session 16 (segfix39): a civility and its article before the name in the incise, a compound tense
# of the verb, one named quote in the document (named-speaker quoting off)
def test_a_civility_before_the_name_and_its_apposition_after_the_incise(gazetteer):
    text = ("Le centre de santé a ouvert ses portes en septembre. « Les patients du plateau n'ont plus à "
            "faire quarante kilomètres pour un renouvellement », a rappelé le Dr Hélène Bastide, médecin "
            "généraliste et coordinatrice de la structure.\n")
    segs = segment_text(text, {"doc_id": "t", "region": "", "place": ""}, [], [], gazetteer)
    seg = _at(text, segs, "Les patients du plateau")
    assert (seg.kind, seg.speaker, seg.role) == ("verbatim", "Hélène Bastide", "medecin_generaliste")
    # a civility alone, without a name and an apposition, still names nobody
    bare = text.replace("le Dr Hélène Bastide, médecin généraliste et coordinatrice de la structure",
                        "le Dr Bastide")
    segs = segment_text(bare, {"doc_id": "t", "region": "", "place": ""}, [], [], gazetteer)
    assert _at(bare, segs, "Les patients du plateau").speaker != "Hélène Bastide"


# session 16 (segfix39): questions listed for a professional to ask, after a person noun and a colon
# without a speech verb, are a procedure; one question a person asked stays their words
def test_questions_listed_for_someone_to_ask_are_no_verbatim(gazetteer):
    listed = ("Étape 2 – Le pharmacien vérifie l'éligibilité et pose les questions suivantes : « Prenez-vous "
              "un traitement anticoagulant en ce moment ? », « Avez-vous déjà fait une réaction à ce vaccin ? ».\n")
    segs = segment_text(listed, {"doc_id": "t", "region": "", "place": ""}, [], [], gazetteer)
    assert not [s for s in segs if s.kind in ("verbatim", "turn")]
    asked = listed.replace(" », « Avez-vous déjà fait une réaction à ce vaccin ? »", " »")
    segs = segment_text(asked, {"doc_id": "t", "region": "", "place": ""}, [], [], gazetteer)
    assert [s.role for s in segs if s.kind == "verbatim"] == ["pharmacien"]


# session 16 (segfix39): an age noun after a quote stands for the person presented before with an
# age in its decade (the whole noun read: its "qui" cuts no clause); another age names nobody
def test_an_age_noun_after_the_quote_is_the_person_presented_with_that_age(gazetteer):
    text = ("À Saint-Flour, Martine Leroy, 56 ans, est infirmière libérale depuis trente ans.\n"
            "Elle parle d'une « course » permanente.\n"
            "« Je fais encore quarante patients par jour, et personne pour reprendre ma tournée », "
            "sourit la quinquagénaire.\n")
    segs = segment_text(text, {"doc_id": "t", "region": "", "place": ""}, [], [], gazetteer)
    seg = _at(text, segs, "Je fais encore quarante patients")
    assert (seg.kind, seg.speaker, seg.role) == ("verbatim", "Martine Leroy", "infirmier")
    younger = text.replace("56 ans", "48 ans")
    segs = segment_text(younger, {"doc_id": "t", "region": "", "place": ""}, [], [], gazetteer)
    assert _at(younger, segs, "Je fais encore quarante patients").speaker != "Martine Leroy"


# session 16 (segfix39): a function no person noun names after the speech verb, then what the person
# does in apposition; an apposition that names no occupation attributes nothing
def test_the_occupation_in_apposition_after_a_function_names_the_speaker(gazetteer):
    text = ("Le bureau se réunit chaque mois. « On ne peut pas demander à trente libéraux de relire chaque "
            "avenant », résume la trésorière de l'amicale, pharmacienne à Rodez.\n")
    segs = segment_text(text, {"doc_id": "t", "region": "", "place": ""}, [], [], gazetteer)
    seg = _at(text, segs, "On ne peut pas demander")
    assert (seg.kind, seg.role, seg.region) == ("verbatim", "pharmacien", "Occitanie")
    dated = text.replace("pharmacienne à Rodez", "nommée en mars")
    segs = segment_text(dated, {"doc_id": "t", "region": "", "place": ""}, [], [], gazetteer)
    # (s52: a board's post is a person noun since "LA TRÉSORIÈRE :" labels a member; the treasurer
    # speaks, and an apposition naming no trade gives her none: before, her words were no quotation)
    seg = _at(dated, segs, "On ne peut pas demander")
    assert seg.kind != "verbatim" or seg.role in ("autre", "inconnu")


# session 17 (segroles9): a legend under a quote opening with an en dash, giving a patient's sex,
# age and condition ("– Patiente, 67 ans, insuffisance cardiaque"): the person, role autre
def test_a_dash_legend_under_a_quote_describes_its_speaker(gazetteer):
    lines = ["Ce qu'en disent les patients",
             "« L'infirmière me pèse le lundi et le jeudi, et si j'ai pris deux kilos le cardiologue le sait le soir même. »",
             "– Patiente, 67 ans, insuffisance cardiaque",
             "Ces témoignages convergent avec la baisse des réhospitalisations observée à six mois."]
    text = "\n".join(lines) + "\n"
    segs = segment_text(text, {"doc_id": "t", "region": "", "place": ""}, [], [], gazetteer)
    seg = _at(text, segs, "L'infirmière me pèse")
    assert (seg.kind, seg.role, seg.role_raw) == ("verbatim", "autre", "Patiente, 67 ans, insuffisance cardiaque")
    # near-miss: a dash line that is a sentence, not a description, describes no one
    lines[2] = "– Les patients le disent, le suivi a changé leur quotidien."
    text = "\n".join(lines) + "\n"
    segs = segment_text(text, {"doc_id": "t", "region": "", "place": ""}, [], [], gazetteer)
    assert _at(text, segs, "L'infirmière me pèse").role_raw != lines[2].lstrip("– ")


# session 17 (segroles9): an abbreviation in a bracketed source that only the document's list of
# abbreviations explains ("CSA : conseillère en santé de l'Assurance maladie")
def test_a_bracketed_abbreviation_the_list_of_abbreviations_explains(gazetteer):
    lines = ["Liste des sigles",
             "DAC : dispositif d'appui à la coordination ; IDEC : infirmière coordinatrice ; CSA : conseillère en "
             "santé de l'Assurance maladie.",
             "Un dispositif identifié, mais sollicité tard",
             "Les professionnels rencontrés connaissent le DAC mais le sollicitent une fois la situation dégradée :",
             "– « Nous leur signalons les assurés en rupture de droits, mais nous n'avons jamais de retour. » "
             "[CSA, accueil de Chinon]"]
    text = "\n".join(lines) + "\n"
    segs = segment_text(text, {"doc_id": "t", "region": "", "place": ""}, [], [], gazetteer)
    seg = _at(text, segs, "Nous leur signalons")
    assert (seg.kind, seg.role, seg.region) == ("verbatim", "institutionnel_cpam", "Centre-Val de Loire")
    # near-miss: without the list the abbreviation says nothing of who speaks
    text = "\n".join(lines[2:]) + "\n"
    segs = segment_text(text, {"doc_id": "t", "region": "", "place": ""}, [], [], gazetteer)
    assert _at(text, segs, "Nous leur signalons").role != "institutionnel_cpam"


# session 17 (segroles10): a parenthesis after the quote whose name is elided "[…]" still credits
# the function and the département (round 34, Landes); a parenthesis of words only is no credit
def test_an_elided_name_in_the_parenthesis_leaves_the_function_and_the_place(gazetteer):
    text = ("Les noms ont été retirés des extraits à la demande du comité d'éthique.\n"
            "« Je ne savais pas qu'elle pouvait renouveler les ordonnances, je l'ai appris par un patient » "
            "([…], pharmacienne d'officine, Landes).\n")
    segs = segment_text(text, {"doc_id": "t", "region": "", "place": ""}, [], [], gazetteer)
    seg = _at(text, segs, "Je ne savais pas")
    assert (seg.kind, seg.speaker, seg.role, seg.region) == ("verbatim", "", "pharmacien", "Nouvelle-Aquitaine")
    elided = text.replace("pharmacienne d'officine, Landes", "voir […] plus haut")
    segs = segment_text(elided, {"doc_id": "t", "region": "", "place": ""}, [], [], gazetteer)
    assert _at(elided, segs, "Je ne savais pas").role != "pharmacien"


# session 17 (segroles10): a code joining the profession, the commune and a number after a dash
# ("— IDE-Sada-3"): the code speaks, the abbreviation says the role, the commune the région
def test_a_dash_code_of_profession_commune_and_number(gazetteer):
    text = ("Chaque participant est désigné par sa profession, sa commune d'exercice et un numéro d'ordre.\n"
            "« Moi je les vois pour autre chose, un pansement, une vaccination, et je leur demande si elles "
            "sont suivies. » — IDE-Sada-3\n")
    segs = segment_text(text, {"doc_id": "t", "region": "", "place": ""}, [], [], gazetteer)
    seg = _at(text, segs, "Moi je les vois")
    assert (seg.kind, seg.speaker, seg.role, seg.region) == ("verbatim", "IDE-Sada-3", "infirmier", "Mayotte")
    # no number after the commune: a place, not a participant's code
    bare = text.replace("IDE-Sada-3", "IDE-Sada")
    segs = segment_text(bare, {"doc_id": "t", "region": "", "place": ""}, [], [], gazetteer)
    assert _at(bare, segs, "Moi je les vois").speaker != "IDE-Sada-3"


# session 17 (segfix41): round 34's quote forms
def test_a_known_code_inside_the_closing_guillemet_names_the_speaker(gazetteer):
    text = ("Onze médecins généralistes (M1 à M11) et six infirmiers libéraux (I1 à I6) ont été interrogés.\n"
            "« Mes patients des Hauts, je les vois tous les trois mois. Entre-temps, c'est l'infirmier qui me dit "
            "si la glycémie dérape (M4) ».\n"
            "« Je fais la prise de sang, et moi je le demande au patient qui ne l'a pas (I2) ».\n"
            "Le rapport rappelle que « la coordination se fait au téléphone, le soir, sans trace (sic) ».\n")
    segs = segment_text(text, {"doc_id": "t", "region": "", "place": ""}, [], [], gazetteer)
    m4 = _at(text, segs, "je les vois tous les trois mois")
    assert (m4.kind, m4.speaker, m4.role) == ("verbatim", "M4", "medecin_generaliste")
    i2 = _at(text, segs, "Je fais la prise de sang")
    assert (i2.kind, i2.speaker, i2.role) == ("verbatim", "I2", "infirmier")
    # "(sic)" is no code the document gives anyone: the report's words stay unattributed
    assert _at(text, segs, "la coordination se fait au téléphone").speaker == ""


def test_a_ward_manager_after_d_apres_speaks(gazetteer):
    text = ("D'après une cadre de santé de l'hôpital de Lisieux, « le vendredi après-midi, on libère des lits pour "
            "le week-end, et le courrier de sortie part quand il peut ».\n"
            "D'après le cadre de la réforme, « les sorties sont préparées quarante-huit heures avant le départ ».\n")
    segs = segment_text(text, {"doc_id": "t", "region": "", "place": ""}, [], [], gazetteer)
    seg = _at(text, segs, "on libère des lits")
    assert (seg.kind, seg.role, seg.region) == ("verbatim", "hospitalier", "Normandie")
    assert _at(text, segs, "les sorties sont préparées").kind == "narrative"


def test_l_interessee_after_the_quote_is_the_person_presented_before(gazetteer):
    text = ("Marie-Hélène Ravel, 58 ans, sage-femme libérale installée à Sarlat depuis 1998, sillonne les communes "
            "du Périgord noir en camping-car.\n"
            "« Les jeunes mamans n'ont souvent pas de voiture, et le mari la prend pour aller travailler », note "
            "l'intéressée, qui reçoit deux jours par semaine.\n")
    segs = segment_text(text, {"doc_id": "t", "region": "", "place": ""}, [], [], gazetteer)
    seg = _at(text, segs, "Les jeunes mamans")
    assert (seg.kind, seg.speaker, seg.role, seg.region) == ("verbatim", "Marie-Hélène Ravel", "sage_femme",
                                                             "Nouvelle-Aquitaine")
    # nobody presented by name and apposition before: no one to refer to
    alone = text[text.index("«"):]
    segs = segment_text(alone, {"doc_id": "t", "region": "", "place": ""}, [], [], gazetteer)
    assert _at(alone, segs, "Les jeunes mamans").kind == "narrative"


def test_the_defendant_the_sentence_before_names_is_the_person_presented(gazetteer):
    """s27-segr46c (round 46's court report, unseen variant: another court, the accused a woman): "À la
    barre, la prévenue reconnaît … « … »" after "Sandrine M., 41 ans, aide-soignante à Saint-Lô,
    comparaissait …"; near-misses: no one presented before, an anaphoric subject that is no person noun."""
    doc = {"doc_id": "t", "region": "", "place": ""}
    text = ("Sandrine M., 41 ans, aide-soignante à Saint-Lô, comparaissait jeudi devant le tribunal correctionnel "
            "de Coutances pour des insultes à un pharmacien.\n"
            "À la barre, la prévenue admet les mots mais évoque une nuit sans sommeil. « Je venais de finir douze "
            "heures de garde, je n'avais plus de patience pour personne. »\n")
    segs = segment_text(text, doc, [], [], gazetteer)
    seg = _at(text, segs, "Je venais de finir douze")
    assert (seg.kind, seg.speaker, seg.role, seg.region) == ("verbatim", "Sandrine M.", "autre_paramedical", "Normandie")
    alone = text[text.index("À la barre"):]
    segs = segment_text(alone, doc, [], [], gazetteer)
    assert _at(alone, segs, "Je venais de finir douze").speaker == ""
    other = text.replace("la prévenue admet les mots", "la salle retient son souffle")
    segs = segment_text(other, doc, [], [], gazetteer)
    assert _at(other, segs, "Je venais de finir douze").speaker != "Sandrine M."


def test_paragraphs_opening_with_a_closing_guillemet_continue_the_quote(gazetteer):
    text = ("Yannick Le Goff, pharmacien titulaire à Redon depuis vingt ans, raconte :\n"
            "« Le samedi matin, c'est devenu une consultation sans médecin. On a des cystites, des enfants fiévreux.\n"
            "» Je fais ce que la loi me permet, je dépanne pour quelques jours.\n"
            "» Ce qui a changé, c'est la CPTS : maintenant j'ai un numéro où quelqu'un décroche. »\n"
            "Le protocole doit être étendu d'ici la fin de l'année.\n")
    segs = segment_text(text, {"doc_id": "t", "region": "", "place": ""}, [], [], gazetteer)
    seg = _at(text, segs, "c'est devenu une consultation")
    assert seg.kind == "verbatim" and seg.role == "pharmacien"
    assert _at(text, segs, "je dépanne pour quelques jours") is seg
    assert _at(text, segs, "maintenant j'ai un numéro") is seg
    assert _at(text, segs, "Le protocole doit être étendu").kind == "narrative"
    # a closing guillemet carried to the next line before a comma closes the quote there
    from corpus.segment.quotes import find_quotes

    for wrapped in ("« On a des cystites, des enfants fiévreux\n», dit-il. Puis « autre chose ».",
                    "« On a des cystites, des enfants fiévreux\n» dit-il. Puis « autre chose »."):
        assert find_quotes(wrapped)[0] == (0, wrapped.index("»") + 1)


@pytest.mark.parametrize("lead, speaker, role", [
    # a periphrasis, then her first name alone and what she does (segfix42)
    ("Celle qui a pris l'appel, Kelly, coordinatrice de parcours, s'en souvient :", "Kelly", "coordinateur"),
    # a place between commas is no first name: the description speaks, unnamed
    ("Dans le nord du département, à Lannion, une infirmière libérale se souvient :", "", "infirmier"),
])
def test_a_first_name_between_commas_before_what_the_speaker_does(gazetteer, lead, speaker, role):
    text = f"{lead} « C'est typique : tout le monde fait bien son travail, mais personne ne sait que les autres existent. »\n"
    segs = segment_text(text, {"doc_id": "t", "region": "", "place": ""}, [], [], gazetteer)
    s = _at(text, segs, "tout le monde fait bien")
    assert (s.kind, s.speaker, s.role) == ("verbatim", speaker, role)


def test_an_editorial_bracket_between_a_quote_and_its_source(gazetteer):
    """segfix43: "« … » [traduit du turc par la médiatrice] (Mme K., 27 ans)" — the bracket is the
    editor's (a translation, "[sic]", "[rires]"), the parenthesis after it the source."""
    lines = ["Six patientes ont été rencontrées à la maternité puis à domicile.",
             "« À la maternité tout le monde était gentil, mais à la maison je ne savais pas qui appeler » "
             "[traduit du turc par la médiatrice] (Mme K., 27 ans).",
             # unseen: another editorial note, a patient's description
             "« On m'a dit de revenir dans deux jours, alors je suis revenue » [rires] (patiente, 34 ans, Mulhouse).",
             # near miss: a bracket and a bibliographic parenthesis
             "La littérature décrit « un isolement des jeunes mères après la sortie » [traduction libre] (Smith, 2019)."]
    text = "\n".join(lines) + "\n"
    segs = segment_text(text, {"doc_id": "t", "region": "", "place": ""}, [], [], gazetteer, [])
    s = _at(text, segs, "je ne savais pas qui appeler")
    assert (s.kind, s.speaker) == ("verbatim", "Mme K.")
    s = _at(text, segs, "alors je suis revenue")
    assert (s.kind, s.role, s.region) == ("verbatim", "autre", "Grand Est")  # a patient: role autre
    assert _at(text, segs, "un isolement des jeunes mères").kind == "narrative"


# session 18 (segroles11): verbatims led on their own line by "Profession, Commune" and a separator
# ("Pharmacienne, Pornichet — « … »"): the description before each quote is its own, never the next
# line's, whatever the separator (an em dash, a colon, a spaced hyphen)
@pytest.mark.parametrize("sep", ["—", ":", "-"])
def test_a_description_before_the_quote_on_its_line_wins_over_the_next_line(gazetteer, sep):

    lines = ["Nous reproduisons ci-dessous trois réponses à la question ouverte.",
             f"Pharmacienne, Pornichet {sep} « Le circuit des ordonnances de sortie : je reçois maintenant un appel "
             "de l'infirmière de liaison quand un de mes patients rentre chez lui. »",
             f"Masseur-kinésithérapeute, Saint-Nazaire {sep} « Rien de spectaculaire, mais je sais enfin à qui "
             "adresser un patient pour un bilan diététique. »",
             f"Sage-femme libérale, Guérande {sep} « On se connaît enfin entre professionnels du secteur, et "
             "on s'appelle. »",
             "Les réponses complètes sont disponibles auprès de la coordination."]
    text, segs = segment_lines(lines, gazetteer)
    got = [(s.kind, s.role) for s in (_at(text, segs, w) for w in ("Le circuit", "Rien de spectaculaire", "On se connaît"))]
    assert got == [("verbatim", "pharmacien"), ("verbatim", "kinesitherapeute"), ("verbatim", "sage_femme")]
    if sep != "-":  # a hyphen-led description is read for its role, its town is not (yet) found
        assert _at(text, segs, "Le circuit").place == "Pornichet"


def test_a_description_under_a_quote_alone_on_its_line_is_still_its_source(gazetteer):
    # look-alike: the quote fills its paragraph and the line under it only describes (no quote follows)

    lines = ["Nous reproduisons ci-dessous une réponse à la question ouverte.",
             "« Le circuit des ordonnances de sortie : je reçois maintenant un appel de l'infirmière de liaison. »",
             "Pharmacienne, Pornichet",
             "Les réponses complètes sont disponibles auprès de la coordination."]
    text, segs = segment_lines(lines, gazetteer)
    seg = _at(text, segs, "Le circuit")
    assert (seg.kind, seg.role, seg.region) == ("verbatim", "pharmacien", "Pays de la Loire")


# segroles13: a function naming no trade, then the trade in apposition before the speech verb
def test_the_trade_in_apposition_after_a_function(gazetteer):

    lines = ["Les présidents, eux, insistent sur la légitimité. Le président de la CPTS d'Évron, médecin "
             "généraliste, résume : « Elle n'est pas là pour nous donner des ordres, elle est là pour qu'on "
             "arrête de faire l'administratif le soir. »"]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "memoire"})
    assert _at(text, segs, "nous donner des ordres").role == "medecin_generaliste"
    # unseen: a vice-présidente whose trade is given after her function, another verb
    lines = ["Le bureau s'est renouvelé en 2022. La vice-présidente de l'association, infirmière libérale, "
             "explique : « On a voulu que chaque profession ait une voix, même les plus petites. »"]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "memoire"})
    assert _at(text, segs, "chaque profession ait une voix").role == "infirmier"


def test_an_apposition_that_is_no_trade_leaves_the_function(gazetteer):
    # near miss: what follows the function is a place and a date, no trade

    lines = ["Les présidents, eux, insistent sur la légitimité. Le président de la CPTS d'Évron, élu en 2021, "
             "résume : « Elle n'est pas là pour nous donner des ordres, elle est là pour qu'on arrête de faire "
             "l'administratif le soir. »"]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "memoire"})
    assert _at(text, segs, "nous donner des ordres").role not in ("medecin_generaliste", "elu")


# segfix50: source descriptors — the fields of a quotation's parenthesis that say how and when the
# words were recorded (medium, date, time, translation) are skipped; a sex or an age opens a profile
def test_without_source_fields():
    from corpus.segment.quotes import without_source_fields
    assert without_source_fields("K3, note vocale du 14/03, 21 h 12") == "K3"
    assert without_source_fields("traduit du shimaoré, femme, 34 ans, Dzaoudzi") == "femme, 34 ans, Dzaoudzi"
    # unseen variants: a text message with a date, an interview's language
    assert without_source_fields("P2, SMS du 3 mai") == "P2"
    assert without_source_fields("entretien en créole, aide-soignante, Le Moule") == "aide-soignante, Le Moule"
    # near-misses: a numbered interview, a message that names its sender, a bare medium, kept whole
    assert without_source_fields("entretien 4") == "entretien 4"
    assert without_source_fields("message de Claire, infirmière") == "message de Claire, infirmière"
    assert without_source_fields("courriel, 12/01/2023") == "courriel, 12/01/2023"


def test_quotes_with_source_descriptors_in_their_parenthesis(gazetteer):
    lines = ["Six kinésithérapeutes, codés K1 à K6, ont enregistré une note vocale après chaque journée.",
             "Le thème le plus fréquent est celui des demandes. « Encore trois appels de l'hôpital pour des "
             "sorties, je ne peux pas, je suis complet » (K3, note vocale du 14/03, 21 h 12).",
             "« Au dispensaire il faut venir à cinq heures pour avoir un ticket, après c'est fini » "
             "(traduit du shimaoré, homme, 52 ans, Koungou).",
             # unseen variant: a text message and its date
             "« On n'a eu aucun retour du service, je relance demain » (K4, SMS du 2 avril).",
             # near-miss: a parenthesis that only dates a message names no one
             "La coordination y est décrite comme « un outil de plus » (courriel du 3 mai 2022)."]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "these"})
    k3 = _at(text, segs, "Encore trois appels")
    assert (k3.kind, k3.speaker) == ("verbatim", "K3")
    assert _at(text, segs, "Au dispensaire").kind == "verbatim"
    assert (_at(text, segs, "On n'a eu aucun retour").kind, _at(text, segs, "On n'a eu aucun retour").speaker) \
        == ("verbatim", "K4")
    assert _at(text, segs, "un outil de plus").kind == "narrative"


# segfix50: a first name alone in the incise of a speech verb, the study giving no description
def test_a_bare_first_name_in_the_incise(gazetteer):
    lines = ["Nos entretiens ont été menés au domicile des habitants en 2022 ; les prénoms sont fictifs.",
             "« Aux urgences au moins tu es sûr d'être vu, même si tu attends la nuit », raconte Sandra.",
             # unseen variant: another verb of the list, what the person does after the name
             "« On prend le bus de six heures, sinon on ne trouve pas de place », explique Wilner en souriant.",
             # near-misses: a notion credited to a place, words that do not speak
             "« Le désert médical n'est pas une fatalité », affirme Cayenne.",
             "« La santé des populations est une affaire de territoires », rappelle Foucault."]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "article"})
    sandra = _at(text, segs, "Aux urgences au moins")
    assert (sandra.kind, sandra.speaker) == ("verbatim", "Sandra")
    wilner = _at(text, segs, "On prend le bus")
    assert (wilner.kind, wilner.speaker) == ("verbatim", "Wilner")
    assert _at(text, segs, "Le désert médical").kind == "narrative"
    assert _at(text, segs, "La santé des populations").kind == "narrative"


def test_a_nickname_in_the_incise_is_the_person_who_got_it(gazetteer):
    lines = ["Au volant, Marie-Josée Hoarau, dite « Zozo », aide-soignante depuis vingt-deux ans.",
             "« Les gens nous attendent derrière la porte, alors on prend le temps de parler », explique Zozo en "
             "coupant le moteur.",
             # unseen variant: another nickname word, a nurse
             "Plus loin, Jean-Paul Técher, surnommé « Tipaul », infirmier libéral à Saint-André, nous attend.",
             "« Moi je fais la tournée des hauts depuis quinze ans, on me connaît partout », sourit Tipaul."]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "presse"})
    zozo = _at(text, segs, "Les gens nous attendent")
    assert (zozo.kind, zozo.speaker, zozo.role) == ("verbatim", "Marie-Josée Hoarau", "autre_paramedical")
    tipaul = _at(text, segs, "Moi je fais la tournée")
    assert (tipaul.kind, tipaul.speaker, tipaul.role) == ("verbatim", "Jean-Paul Técher", "infirmier")
    # near-miss: the sentence that gives the nickname is the narrator's
    assert _at(text, segs, "Au volant").kind == "narrative"


def test_a_medium_before_a_place_stays_the_credit(gazetteer):
    # "(post-it, quartier Europe)": without its medium the place alone names no one, so the
    # parenthesis is read whole, as the paragraph's credit (segfix50 near-miss of the source fields)
    from corpus.segment.quotes import without_source_fields
    assert without_source_fields("post-it, quartier Europe") == "post-it, quartier Europe"


def test_a_time_point_after_the_code_of_a_repeated_interview_is_no_part_of_the_speaker(gazetteer):
    """s23-segattr3 (round 41): "(SEC1, M12)", "(MG2, T0)": the same people interviewed before and
    after a change; the time point says when, the code who (its key in parentheses, with no sign
    between a code and what it stands for: segment/discovery.py juxtaposed_key)."""
    lines = ["Chaque participant a été revu deux fois (T0, M6). Les codes désignent la profession "
             "(MG médecin généraliste, IDE infirmière, SEC secrétaire) suivie d'un numéro.",
             "Au début, « on espérait surtout un parking et des horaires plus larges » (MG2, T0). "
             "Plus tard : « je n'imaginais pas tenir grâce à la réunion du jeudi » (MG2, M6).",
             "L'accueil décrit un autre métier : « On ne fait plus que des rendez-vous, on oriente maintenant, "
             "on sait qui peut voir qui » (SEC1, M12)."]
    text, segs = segment_lines(lines, gazetteer)
    for snippet, speaker, role in (("un parking et des horaires", "MG2", "medecin_generaliste"),
                                   ("tenir grâce à la réunion", "MG2", "medecin_generaliste"),
                                   ("on oriente maintenant", "SEC1", "secretaire")):
        seg = _at(text, segs, snippet)
        assert (seg.kind, seg.speaker, seg.role) == ("verbatim", speaker, role)
    # unseen: another study, a nurse and a pharmacist, a month time point, no key: the code's letters
    lines = ["Les mêmes soignants ont été réentendus à trois reprises.",
             "« Je découvrais encore le logiciel partagé, chacun notait dans son coin » (IDE3, T1).",
             "« Le protocole a tout changé pour les renouvellements » (IDE3, M18)."]
    text, segs = segment_lines(lines, gazetteer)
    for snippet in ("Je découvrais encore", "Le protocole a tout changé"):
        seg = _at(text, segs, snippet)
        assert (seg.kind, seg.speaker, seg.role) == ("verbatim", "IDE3", "infirmier")
    # near-miss: a code of the same shape opening the parenthesis stays the speaker ("M2 / F / 41 ans":
    # a time point counts only after a code)
    lines = ["Quatre médecins généralistes (M1 à M4) ont été interrogés ; chaque citation est suivie du code, "
             "du sexe et de l'âge.",
             "« Trouver un kinésithérapeute qui se déplace, c'est devenu impossible » (M2 / F / 41 ans / urbain).",
             "« Moi j'ai le numéro direct de deux cabinets, c'est tout mon réseau » (M3 / H / 63 ans / rural)."]
    text, segs = segment_lines(lines, gazetteer)
    assert _at(text, segs, "Trouver un kinésithérapeute").speaker == "M2"
    assert _at(text, segs, "Moi j'ai le numéro").speaker == "M3"


def test_a_numbered_juror_and_their_commune_after_the_quote(gazetteer):
    """s23-segattr3 (round 41): a citizens' panel quotes its jurors "(juré n° 7, Bergerac)": the
    numbered juror speaks, the commune is where they live; a word of no profession gives role autre."""
    lines = ["Le panel a longuement débattu de la permanence des soins.",
             "« Ma mère a trois maladies chroniques et plus de médecin traitant depuis deux ans. » (juré n° 7, Bergerac)",
             "« Je préfère une infirmière que je connais à un médecin que je ne reverrai pas. » (jurée n° 12, Guéret)"]
    text, segs = segment_lines(lines, gazetteer)
    seg = _at(text, segs, "Ma mère a trois maladies")
    assert (seg.kind, seg.speaker, seg.role, seg.region) == ("verbatim", "juré n° 7", "autre", "Nouvelle-Aquitaine")
    seg = _at(text, segs, "Je préfère une infirmière")
    assert (seg.kind, seg.speaker, seg.role, seg.region) == ("verbatim", "jurée n° 12", "autre", "Nouvelle-Aquitaine")
    # unseen: another region, the mark spelled "n°" glued to the number
    lines = ["Les jurés ont ensuite rédigé leurs recommandations.",
             "« On fait quarante kilomètres pour une radio, ce n'est plus possible. » (jurée n°3, Lannion)"]
    text, segs = segment_lines(lines, gazetteer)
    seg = _at(text, segs, "On fait quarante kilomètres")
    assert (seg.kind, seg.speaker, seg.role, seg.region) == ("verbatim", "jurée n°3", "autre", "Bretagne")
    # near-miss: a numbered participant word that names no one's function keeps no invented role
    lines = ["Les entretiens ont eu lieu à domicile.",
             "« On attend le kiné trois semaines, parfois plus. » (participant n° 4, Lannion)"]
    text, segs = segment_lines(lines, gazetteer)
    seg = _at(text, segs, "On attend le kiné")
    assert seg.kind == "verbatim" and seg.role != "autre"


# s24-segattr4: a cross-border study codes each informant with the country, a number and the commune
# ("(B2, Dinant)", "(F1, Givet)"): the commune is no part of the speaker, and a commune the gazetteer
# does not know (Belgian) gives no région, neither a French neighbour's nor the study's French side's.
BORDER = [
    "Nous avons interrogé huit infirmières : quatre dans la pointe de Givet (Ardennes) et quatre en Belgique, "
    "dans la province de Namur. Les codes indiquent le pays, un numéro et la commune.",
    "Côté belge, le forfait change le rapport au temps : « Chez nous, on ne compte pas les actes, on compte "
    "les patients » (B2, Dinant).",
    "Les infirmières françaises décrivent une course : « Je fais quarante patients le matin » (F1, Givet).",
    "Une infirmière belge raconte : « J'ai des patients français qui viennent chez le généraliste belge. » "
    "(B4, Beauraing)",
]
# another border, other communes, other trade: Luxembourg beside Lorraine
BORDER_UNSEEN = [
    "Nous avons rencontré six kinésithérapeutes de part et d'autre de la frontière, autour de Longwy "
    "(Meurthe-et-Moselle) et au Luxembourg. Les codes indiquent le pays et un numéro d'ordre.",
    "Au Luxembourg, les tarifs attirent : « On gagne presque le double pour le même acte » (L3, Esch-sur-Alzette).",
    "Un kinésithérapeute français le confirme : « On perd un confrère chaque année » (F2, Longwy).",
    "Une kinésithérapeute luxembourgeoise explique : « Mes patients français viennent après le travail » "
    "(L1, Differdange).",
]


def _border(lines, gazetteer):
    text = "\n".join(lines) + "\n"
    return text, segment_text(text, {"doc_id": "t", "region": "", "place": ""}, [], [], gazetteer)


def test_a_code_with_a_commune_abroad_has_no_french_region(gazetteer):
    text, segs = _border(BORDER, gazetteer)
    s = _at(text, segs, "on ne compte pas les actes")
    assert (s.kind, s.speaker, s.region) == ("verbatim", "B2", "")
    s = _at(text, segs, "Je fais quarante patients")
    assert (s.kind, s.speaker, s.region) == ("verbatim", "F1", "Grand Est")
    s = _at(text, segs, "qui viennent chez le généraliste belge")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "B4", "infirmier", "")


def test_a_code_with_a_commune_abroad_unseen(gazetteer):
    text, segs = _border(BORDER_UNSEEN, gazetteer)
    s = _at(text, segs, "On gagne presque le double")
    assert (s.kind, s.speaker, s.region) == ("verbatim", "L3", "")
    s = _at(text, segs, "On perd un confrère")
    assert (s.kind, s.speaker, s.region) == ("verbatim", "F2", "Grand Est")
    s = _at(text, segs, "Mes patients français viennent")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "L1", "kinesitherapeute", "")


def test_a_code_with_an_unknown_word_alone_is_no_commune(gazetteer):
    # near-miss: no coded parenthesis of the document gives a commune the gazetteer knows, so an unknown
    # capitalised word after a code is not read as a place abroad (the quote stays unattributed)
    text, segs = _border(["Le rapport cite une formule : « Le patient d'abord » (R2, Annexe)."], gazetteer)
    assert all(s.speaker != "R2" for s in segs)


def test_a_signature_inside_the_closing_guillemet_names_the_writer(gazetteer):
    # s24-segwritten4: a written message quoted with its signature inside the guillemets (round 42's guest book)
    lines = ["Dans le service de gériatrie de Morlaix, une carte est épinglée au tableau : « Trente ans dans ce"
             " service, je vous le confie avec confiance. – Brigitte, aide-soignante »",
             "Une autre carte, d'une famille : « Merci pour tout ce que vous avez fait pour notre mère. – Famille D., Landivisiau »",
             "Le livre cite aussi Camus : « La vraie générosité envers l'avenir consiste à tout donner au présent. – Albert, La Peste »"]
    text = "\n".join(lines) + "\n"
    segs = segment_text(text, {"doc_id": "t", "region": "", "place": ""}, [], [], gazetteer, [])
    s = _at(text, segs, "je vous le confie")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Brigitte", "autre_paramedical")  # the house roles: an aide-soignante is autre_paramedical
    # no first name and trade after the dash (a family and a commune, a book's title): not read as a signature
    assert _at(text, segs, "consiste à tout donner").speaker != "Albert"
    assert _at(text, segs, "Merci pour tout ce que").speaker != "Famille"


# s26-segleft2 (round 41's congress poster): the extraction ran a numbered rubric's title into the
# bubble under it ("Thème 1 – Une place à négocier « … »") and the profile line into the next bubble
# ("– IPA, MSP rurale « … »"): the rubric's title is no lead-in, the profile still the quote's above.
def _poster(lines, gazetteer):
    text = "\n".join(lines) + "\n"
    return text, segment_text(text, {"doc_id": "t", "region": "", "place": ""}, [], [], gazetteer, [])


def test_a_numbered_rubric_run_into_the_quote_under_it(gazetteer):
    lines = ["Résultats",
             "Thème 1 – Une place à négocier « Les six premiers mois, on m'envoyait les renouvellements et rien d'autre. »",
             "– IPA, MSP rurale « Je ne savais pas ce que j'avais le droit de lui confier, personne ne l'a expliqué. »",
             "– MG, 58 ans"]
    text, segs = _poster(lines, gazetteer)
    assert (_at(text, segs, "on m'envoyait les renouvellements").kind, _at(text, segs, "on m'envoyait les renouvellements").role) \
        == ("verbatim", "infirmier")
    assert _at(text, segs, "Je ne savais pas").role == "medecin_generaliste"
    # unseen: another rubric word and trade, a pharmacist's bubble
    lines = ["Résultats",
             "Partie 2 – Le lien avec l'officine « Je vois le patient tous les mois, je remarque tout de suite quand ça ne va pas. »",
             "– Pharmacienne, officine de quartier « On nous appelle quand le médecin n'a plus de créneau. »",
             "– Infirmière, 41 ans"]
    text, segs = _poster(lines, gazetteer)
    assert _at(text, segs, "je remarque tout de suite").role == "pharmacien"


def test_near_miss_a_sentence_before_the_quote_is_a_lead_in():
    # a sentence before the quotation on its line is its lead-in, and a numbered street no rubric:
    # the dash line below is not their quote's source
    from corpus.segment.quotes import _run_in_rubric

    assert not _run_in_rubric("Les infirmières décrivent une place à négocier :")
    assert _run_in_rubric("Thème 1 – Une place à négocier") and not _run_in_rubric("Rue 3 – Une place à négocier")


# s27-segr47b: a timeline's dated quotes run into one paragraph, each "« … » – Dr Prénom Nom, alors
# fonction" followed by the next year's quote; the civility's code stopped before the surname
# ("Dr Hervé") since a capitalised word may open the next sentence.
@pytest.mark.parametrize("entries, snippet, speaker", [
    (["2014 – « Si on ne s'organise pas nous-mêmes, d'autres le feront à notre place. » – Dr Hervé Guilbaud, "
      "alors président de l'association, médecin généraliste à Fontenay-le-Comte",
      "2018 – « Le premier protocole, c'était trois pages. » – Élodie Rabiller, coordinatrice"],
     "d'autres le feront", "Dr Hervé Guilbaud"),
    # unseen variant: another civility, a hyphenated surname, another region and function
    (["2009 – « On a commencé à quatre autour d'une table de cuisine. » – Docteur Odile Marchal-Roux, alors "
      "cheffe de service au CHU de Limoges",
      "2012 – « Le premier forum a rempli la salle des fêtes. » – Paul Dény, maire"],
     "autour d'une table de cuisine", "Docteur Odile Marchal-Roux"),
])
def test_a_civility_code_keeps_the_surname_before_the_comma(gazetteer, entries, snippet, speaker):
    text, segs = segment_lines([" ".join(entries)], gazetteer)
    seg = _at(text, segs, snippet)
    assert (seg.kind, seg.speaker) == ("verbatim", speaker)


def test_a_capitalised_sentence_after_a_civility_code_is_not_its_surname(gazetteer):
    # near-miss: "— Dr Morin" then a new sentence opening on a capitalised word, no comma after it
    text, segs = segment_lines(["« On ne trouvera personne pour l'été. » — Dr Morin Dimanche dernier, la "
                                "garde a été tenue par un remplaçant venu de Lyon."], gazetteer)
    seg = _at(text, segs, "personne pour l'été")
    assert seg.speaker != "Dr Morin Dimanche"


# s28-segr49a: a table of verbatims set as lines, "Acteur | Structure | Verbatim": who and where in
# the first cells, their words in guillemets in the last
def test_a_table_row_of_verbatims_gives_the_function_of_its_first_cells(gazetteer):
    lines = ["Tableau 4. Principaux verbatims recueillis lors des entretiens.",
             "Acteur | Structure | Verbatim",
             "Adjointe à la santé | Mairie de Sées | « Le bus santé a plus fait pour nos villages que trois ans de réunions. »",
             "Chargée de mission | CPAM de l'Orne | « Les campagnes d'aller-vers ont permis de rattacher 900 assurés. »",
             # unseen: other functions and places, a tab-free row of three cells
             "Infirmière libérale | Cabinet de Domfront | Bocage | « La tournée du dimanche, personne n'en veut plus. »",
             # near miss: a row of themes, no one described
             "Accès aux soins | Délais | « Le bus santé a plus fait pour nos villages que les réunions. »"]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "rapport"})
    elu = _at(text, segs, "Le bus santé a plus fait pour nos villages que trois")
    assert (elu.kind, elu.role, elu.speaker) == ("verbatim", "elu", "")
    assert _at(text, segs, "rattacher 900 assurés").role == "institutionnel_cpam"
    assert _at(text, segs, "La tournée du dimanche").role == "infirmier"
    assert _at(text, segs, "que les réunions").kind == "narrative"


# s29-segr50a: a function, then a name in apposition, then a clause up to a colon ("Le maire, Henri
# Poirson, a demandé … :"): the named person speaks, not the one quoted before
def test_function_then_apposed_name_before_a_colon(gazetteer):
    lines = ["Les urgences fermeront la nuit",
             "« On a tout essayé, les intérimaires, il manque encore six nuits par mois », confie Nathalie Ferry, "
             "cadre de santé aux urgences.",
             "Le maire, Henri Poirson, a demandé un rendez-vous à l'ARS : « Nous ne laisserons pas fermer notre "
             "hôpital par petits morceaux. »"]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "presse"})
    mayor, cadre = _at(text, segs, "Nous ne laisserons pas"), _at(text, segs, "On a tout essayé")
    assert (mayor.speaker, mayor.role) == ("Henri Poirson", "elu")
    assert cadre.role == "hospitalier"


def test_unseen_function_then_apposed_name_before_a_colon(gazetteer):
    lines = ["La pharmacie de garde menacée",
             "« Le dimanche, on voit trente personnes qui n'ont trouvé personne d'autre », explique Sophie Marchal, "
             "pharmacienne titulaire à Dieppe.",
             "Le médecin de garde, Martin Leroux, a écrit au préfet : « Sans garde le dimanche, les "
             "anciens du quartier iront aux urgences pour un renouvellement. »"]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "presse"})
    s = _at(text, segs, "Sans garde le dimanche")
    assert (s.speaker, s.role) == ("Martin Leroux", "medecin_generaliste")
    assert _at(text, segs, "on voit trente personnes").role == "pharmacien"


def test_function_then_a_place_in_apposition_is_no_name(gazetteer):
    # near-miss: a place in apposition ("Le maire, Saint-Dié, …") is no person's name
    lines = ["Les urgences",
             "« On a tout essayé pour garder le service ouvert la nuit », confie Nathalie Ferry, cadre de santé.",
             "Le maire de la ville, Bar-le-Duc, a demandé un rendez-vous : « Nous ne laisserons pas fermer notre "
             "hôpital par petits morceaux. »"]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "presse"})
    assert _at(text, segs, "Nous ne laisserons pas").speaker != "Bar-le-Duc"


# s29-segr50a: a first name, what the person does in apposition, up to the colon introducing a quotation
def test_first_name_and_trade_in_apposition_before_a_colon(gazetteer):
    lines = ["Vacciner au comptoir",
             "Dans les officines du Doubs que nous avons enquêtées, la vaccination est d'abord une reconnaissance. "
             "Comme le dit Hélène, titulaire d'une officine à Ornans :",
             "« Pour la première fois, les gens me voyaient comme une soignante et pas comme une commerçante. »",
             "Thibault, adjoint dans une grande pharmacie de Besançon, décrit ainsi la saison de vaccination :",
             "« En octobre on vaccine entre deux ordonnances, on n'a pas de pièce dédiée pour le faire. »"]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "article"})
    s = _at(text, segs, "me voyaient comme une soignante")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Hélène", "pharmacien")
    s = _at(text, segs, "on vaccine entre deux ordonnances")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Thibault", "pharmacien")


def test_unseen_first_name_and_trade_before_a_colon(gazetteer):
    lines = ["Les tournées en montagne",
             "Les infirmières libérales rencontrées exercent dans les vallées de l'Ariège. Comme le raconte Maëlle, "
             "infirmière libérale à Saint-Girons :",
             "« L'hiver, je fais trois fois moins de patients parce que la moitié du temps je suis sur la route. »"]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "article"})
    s = _at(text, segs, "je suis sur la route")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Maëlle", "infirmier")


def test_place_and_apposition_before_a_colon_is_no_speaker(gazetteer):
    # near-miss: a town and what it is, before a colon, names nobody
    lines = ["Les déserts médicaux",
             "Les chiffres de la délégation départementale sont sans appel. Lourdes, ville de pèlerinage, affiche "
             "un constat :",
             "« Un médecin généraliste pour trois mille habitants, contre un pour mille dans le reste du pays. »"]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "article"})
    assert _at(text, segs, "trois mille habitants").speaker != "Lourdes"


def test_a_participant_word_and_number_introduced_before_a_colon(gazetteer):
    """Session 31: "Pour Infirmière 3 : « … »" — an introducer, a participant word and its number,
    then a colon: that participant speaks even when no table lists the code. Near miss: an
    introducer before a date."""
    lines = ["Sept infirmières libérales du Var ont été interrogées entre mars et mai 2024.",
             "Pour Infirmière 3 : « Le soir, je rappelle les familles une par une, il n'y a personne d'autre pour le faire. »",
             "Pour 2024 : « objectifs de la CPTS à définir en assemblée générale, avec les adhérents »"]
    text, segs = segment_lines(lines, gazetteer)
    quote = _at(text, segs, "je rappelle les familles")
    assert (quote.kind, quote.speaker, quote.role) == ("verbatim", "Infirmière 3", "infirmier")
    assert _at(text, segs, "objectifs de la CPTS").speaker == ""


def test_a_person_named_with_a_civility_labels_the_quotation_on_its_line(gazetteer):
    """Session 31: observation notes set a patient's words after "Mme R. (toilette, 91 ans) :" —
    the person the civility names speaks (an age alone: a lay person). Near misses: a word after the
    colon is no quotation, and a label that names no one ("Consigne :") quotes no one."""
    lines = ["J'ai suivi la tournée de Paulette, aide-soignante du SSIAD de Saint-Flour, un mardi de janvier.",
             "Mme R. (toilette, 91 ans) : « Elle arrive toujours à l'heure, même quand il neige, et elle me raconte le village. »",
             "M. T. : « Mon fils habite à Lyon, alors c'est elles qui me voient tous les jours, vous comprenez. »",
             "Consigne : « Ne jamais laisser la porte ouverte derrière soi en partant du domicile. »"]
    text, segs = segment_lines(lines, gazetteer)
    first = _at(text, segs, "même quand il neige")
    assert (first.kind, first.speaker, first.role) == ("verbatim", "Mme R.", "autre")
    assert _at(text, segs, "Mon fils habite à Lyon").speaker == "M. T."
    assert _at(text, segs, "Ne jamais laisser la porte").kind == "narrative"


def test_a_function_and_a_name_label_an_officials_words(gazetteer):
    """Session 31: "Le maire, Paul Renaud : « … »" in a press page that follows its named speakers:
    the official the label names, not the running speaker (a patient) whom the sentence before, with
    its pronoun ("La municipalité, elle, …"), seemed to continue. Near miss: a label with no name."""
    lines = ["Clamecy : après trente-cinq ans de consultations, le docteur Morin ferme son cabinet",
             "« Deux candidats en trois ans. Aucun n'est resté après avoir vu le planning des gardes », confie le Dr "
             "Paul Morin, 66 ans, installé depuis 1989.",
             "La communauté professionnelle tente d'organiser la suite. Pour Léa Bernard, coordinatrice de la CPTS du "
             "Haut-Nivernais, « chaque médecin du secteur devra accepter quelques nouveaux patients ».",
             "Dans la salle d'attente, Odile, 81 ans, venue de Tannay, ne cache pas son inquiétude : « Mon mari ne "
             "marche plus. Qui va venir le voir à la maison ? »",
             "La municipalité, elle, mise sur le centre de santé promis pour 2026. Le maire, Paul Renaud : « Nous "
             "ouvrirons une consultation avancée deux jours par semaine dès septembre. »",
             "La pharmacie, elle : « Nous livrerons les patients qui ne peuvent plus se déplacer jusqu'au bourg. »"]
    text, segs = segment_lines(lines, gazetteer)
    official = _at(text, segs, "Nous ouvrirons une consultation")
    assert (official.speaker, official.role) == ("Paul Renaud", "elu")
    assert _at(text, segs, "Nous livrerons les patients").speaker != "Paul Renaud"


def test_a_numbered_participant_described_by_an_age_and_an_incise_coding_its_person(gazetteer):
    """Session 31: "(participant 6, médiateur, 34 ans)" after a quotation (a participant word, its
    number, a post outside the vocabulary and an age) and "« … », ajoute une médiatrice (participant
    11, médiatrice, 29 ans)": the participants. Near miss: a bracketed date after an incise."""
    lines = ["Douze médiateurs de lutte anti-covid ont été interrogés à Saint-Denis en 2022.",
             "Ils décrivent un rôle élargi : « on est passés des tests au porte-à-porte pour la vaccination » "
             "(participant 6, médiateur, 34 ans).",
             "« Les familles m'appellent encore sur mon portable personnel pour un rendez-vous », ajoute une "
             "médiatrice (participant 11, médiatrice, 29 ans).",
             "« On ne savait pas combien de temps le dispositif durerait, ni qui nous paierait », note une "
             "médiatrice (mars 2022)."]
    text, segs = segment_lines(lines, gazetteer)
    assert [_at(text, segs, s).speaker for s in ("des tests au porte-à-porte", "mon portable personnel",
                                                 "combien de temps le dispositif")] == ["participant 6", "participant 11", ""]


def test_an_incise_anaphor_names_the_person_presented_with_a_civility_before(gazetteer):
    # s33-segr57d: "C'est son médecin traitant, le Dr X, installé à …, qui … « …, se souvient le médecin. … »":
    # the doctor named in apposition with a determiner and a civility speaks, not the person of the paragraph before
    lines = ["Éleveuse de brebis à Millau, Nadine Costes a connu une dépression en 2021. « Je ne dormais plus, "
             "je comptais les bêtes la nuit. »",
             "C'est son médecin traitant, le Dr Hugo Ferrand, installé à Millau, qui a donné l'alerte. « Elle est "
             "venue pour une tendinite, se souvient le médecin. Je lui ai demandé comment elle dormait. »"]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "presse"})
    s = _at(text, segs, "Je lui ai demandé comment elle dormait")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Dr Hugo Ferrand", "medecin_generaliste")
    assert _at(text, segs, "Je ne dormais plus").speaker != "Dr Hugo Ferrand"
    # near miss: no name in the apposition (a determiner and a description only): not the doctor by name
    lines[1] = ("C'est son médecin traitant, le seul du canton, qui a donné l'alerte. « Elle est venue pour une "
                "tendinite, se souvient le médecin. Je lui ai demandé comment elle dormait. »")
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "presse"})
    assert _at(text, segs, "Je lui ai demandé comment elle dormait").speaker != "Dr Hugo Ferrand"


# s33-segr58a: the session after a participant's code ("(P4, FG2)", "(I3, groupe 1)") says where the words
# were said, like a time point: the code alone is the speaker; a session code first is a composite speaker
def test_the_session_after_a_code_is_no_part_of_the_speaker(gazetteer):
    from corpus.segment.quotes import without_source_fields
    assert without_source_fields("I3, FG1") == "I3"
    assert without_source_fields("P4, groupe 2") == "P4"
    # near misses: the group first (a composite code), a description after the code
    assert without_source_fields("FG2, P4") == "FG2, P4"
    assert without_source_fields("I3, infirmière libérale") == "I3, infirmière libérale"
    lines = ["Deux focus groups de médecins généralistes (FG1 à Dole, FG2 à Lons-le-Saunier) ont réuni neuf "
             "médecins généralistes, codés I1 à I9.",
             "« Le soir, je n'ai plus personne à qui adresser un patient qui va mal, je le garde chez moi. » (I3, FG1)"]
    text, segs = segment_lines(lines, gazetteer)
    assert _at(text, segs, "je le garde chez moi").speaker == "I3"


# s33-segr58a: a question quoted right after the noun that names it is the question put to the participants
def test_a_question_the_sentence_names_as_such_is_no_answer(gazetteer):
    lines = ["Douze infirmières libérales du Jura ont été interrogées en 2023.",
             "À la question « Avez-vous déjà refusé un patient faute de place dans votre tournée ? », toutes les "
             "infirmières ont répondu oui, mais rarement plus d'une fois par mois.",
             # near miss: the same question as someone's words, a participant asking it herself
             "Une infirmière de Dole s'interroge : « Est-ce que je vais devoir refuser encore des patients cette "
             "année, faute de place dans ma tournée ? »"]
    text, segs = segment_lines(lines, gazetteer)
    assert _at(text, segs, "Avez-vous déjà refusé un patient").kind not in ("verbatim", "turn")
    near = _at(text, segs, "Est-ce que je vais devoir refuser")
    assert (near.kind, near.role) == ("verbatim", "infirmier")


def test_a_member_since_a_year_in_the_incise_and_an_abbreviated_informant(gazetteer):
    # s34-segr59b: "adhérent(e) depuis 2018" after the name says who speaks (a member: autre); an informant
    # coded "Inf. 4" with a trade and an age, after a bracketed translation
    lines = ["Bulletin du club de randonnée de Morlaix",
             "« Je pensais que la marche nordique, c'était pour les autres, maintenant je marche chaque dimanche », "
             "raconte Josiane, adhérente depuis 2018.",
             "Le slogan « Marcher ensemble, vivre mieux », repris depuis 2018, figure sur chaque affiche.",
             "Les guérisseurs fixent une limite : « Sa lé pa bon pou in zanfan la fièv i mont » [Ce n'est pas bon "
             "pour un enfant dont la fièvre monte] (Inf. 4, guérisseuse, 58 ans, Cilaos).",
             "Le faham est cité dans un inventaire ancien : « plante utilisée dans les troubles digestifs » "
             "(Inf. 2, 2019)."]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "article"})
    s = _at(text, segs, "Je pensais que la marche")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Josiane", "autre")
    assert _at(text, segs, "Marcher ensemble").kind == "narrative"  # near miss: a slogan, "depuis 2018" no one's
    s = _at(text, segs, "Sa lé pa bon pou")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Inf. 4", "autre", "La Réunion")
    # near miss: the same abbreviation with a year, a reference to a text
    assert _at(text, segs, "plante utilisée dans les troubles").kind == "narrative"



# s34-segr59c: a mission report's diary quotes a member of the delegation by their full name and a colon
# ("Claire Vidal : « … »"), the delegation listed once with what each one does: the name the document
# presents with a trade is the speaker, that trade their role.
def test_a_name_the_document_presents_leads_its_quotation_with_a_colon(gazetteer):
    lines = ["Mission d'échange des sages-femmes de Lozère au Québec (mai 2023)",
             "Ont fait le voyage Claire Vidal, sage-femme libérale à Mende, et Inès Marty, puéricultrice de PMI à Florac.",
             "Jour 2 – Centre local de services communautaires",
             "Claire Vidal : « Ce qui m'a surprise, c'est que les suivis à domicile se font à deux, avec une "
             "infirmière, pendant les six premières semaines. »",
             "La délégation rentre à Mende le 14 mai."]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "rapport"})
    s = _at(text, segs, "les suivis à domicile se font à deux")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Claire Vidal", "sage_femme", "Occitanie")
    # near miss: a name the document never presents (an epigraph's author) leads no one's words
    lines[1] = "Participantes : deux sages-femmes libérales et une puéricultrice de PMI."
    lines[3] = lines[3].replace("Claire Vidal :", "Victor Hugo :")
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "rapport"})
    assert _at(text, segs, "les suivis à domicile se font à deux").kind == "narrative"


# s34-segr60b: a rank before a full name opening a lead

def test_rank_before_the_full_name_is_no_part_of_it(gazetteer):
    from corpus.segment.quotes import without_rank

    assert without_rank("Adjudant-chef Marc Roy, chef du centre de secours de Vihiers") == \
        "Marc Roy, chef du centre de secours de Vihiers"
    lines = ["Bulletin de l'amicale des sapeurs-pompiers",
             "Capitaine Hervé Lemoine, chef du centre de secours de Vihiers : « Les départs de nuit ont doublé "
             "depuis l'été, nous avons besoin de volontaires disponibles en semaine. »"]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "autre"})
    s = _at(text, segs, "Les départs de nuit")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Hervé Lemoine", "autre")


def test_near_miss_a_rank_word_that_is_a_name_s_first_word():
    from corpus.segment.quotes import without_rank

    # "Major" before a single capitalised word (a surname alone) is left, as is a lower-case rank
    assert without_rank("Major Thompson, de passage") == "Major Thompson, de passage"
    assert without_rank("le capitaine Marc Roy, chef du centre") == "le capitaine Marc Roy, chef du centre"


@pytest.mark.parametrize("incise, speaker", [
    ("explique le Dr Perrin", "Dr Perrin"),
    ("glisse Mme Le Gall", "Mme Le Gall"),
    ("a expliqué le docteur Perrin", "docteur Perrin"),
])
def test_an_incise_naming_a_civility_and_a_surname(gazetteer, incise, speaker):
    # s39: a press incise whose subject is a civility and a surname alone, in a document with no other
    # named speaker; the first name, when the text gives it, is written by apply_full_names
    lines = ["Le service a ouvert en janvier dans les locaux de l'hôpital.",
             f"« On a quarante créneaux par jour ouverts par les généralistes volontaires, c'est peu », {incise}."]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "presse"})
    seg = _at(text, segs, "quarante créneaux")
    assert (seg.kind, seg.speaker) == ("verbatim", speaker)


def test_a_civility_incise_takes_the_first_name_the_text_gives(gazetteer):
    lines = ["Le Dr Antoine Perrin, médecin généraliste et président de la CPTS, a présenté le service jeudi.",
             "« On a quarante créneaux par jour ouverts par les généralistes volontaires, c'est peu », explique le "
             "Dr Perrin."]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "presse"})
    seg = _at(text, segs, "quarante créneaux")
    assert (seg.kind, seg.speaker, seg.role) == ("verbatim", "Antoine Perrin", "medecin_generaliste")


def test_a_quotations_next_paragraph_run_into_its_line_continues_it():
    # s39: "« … je crois. « Après, … »": the French way of opening each paragraph of a quotation with «,
    # extraction having joined the two paragraphs; near miss: a quotation inside ("il m'a dit « non »")
    from corpus.segment.quotes import find_quotes

    text = ("Maëlle (31 ans) : « Elle a pesé le bébé. J'ai pleuré quand elle est partie. « Après, je l'appelais "
            "pour tout. »\n")
    assert [text[a:b] for a, b in find_quotes(text)] == [text[text.index("«"):text.rindex("»") + 1]]
    inner = "Elle raconte : « Le médecin m'a dit « non » et il est parti. »\n"
    assert [inner[a:b] for a, b in find_quotes(inner)] == [inner[inner.index("«"):inner.rindex("»") + 1]]


def test_a_quotation_left_open_at_its_paragraphs_end_before_another_quotation():
    # s39: the writer left the quotation open after a full sentence; the next paragraph quotes someone
    # else: the first quotation ends with its paragraph, the next ones are read as before
    from corpus.segment.quotes import find_quotes

    text = ("Maëlle (31 ans) : « Elle a pesé le bébé. J'ai pleuré quand elle est partie.\n"
            "Les deux parents ont répondu ensemble : « Les nuits, personne ne vous y prépare. »\n")
    assert [text[a:b] for a, b in find_quotes(text)] == [
        "« Elle a pesé le bébé. J'ai pleuré quand elle est partie.", "« Les nuits, personne ne vous y prépare. »"]
    # near miss: the quotation goes on in the next paragraph without guillemets and closes there
    going_on = ("« Le problème, c'est que le patient ne me connaît pas.\n"
                "Alors on fait quoi ? On renouvelle l'ordonnance. » (M7, FG2) Il cite « le parcours » ensuite.\n")
    assert going_on[find_quotes(going_on)[0][0]:find_quotes(going_on)[0][1]].endswith("l'ordonnance. »")


def test_a_trade_then_the_name_in_apposition_before_the_verb(gazetteer):
    # s39, unseen: a harbour's prevention sheet, no interview study: the function is a trade outside the
    # person nouns ("Le commandant du port"), the name in apposition speaks; an anonymous voice before it
    lines = ["Chaque année, plus de 900 bateaux sont carénés sur l'aire ; les poussières sont toxiques.",
             "Pendant notre visite, depuis le pont d'un voilier voisin, quelqu'un nous a lancé : « Mettez des "
             "aspirateurs sur les ponceuses au lieu de faire des fiches ! »",
             "Le commandant du port, Gilles Ursulet, répond : « C'est prévu pour la saison prochaine, avec une zone "
             "bâchée et des ponceuses aspirantes en location. »"]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "rapport"})
    s = _at(text, segs, "C'est prévu pour la saison")
    assert (s.kind, s.speaker, s.role_raw) == ("verbatim", "Gilles Ursulet", "Le commandant du port")
    v = _at(text, segs, "Mettez des aspirateurs")
    assert (v.kind, v.speaker, v.role) == ("verbatim", "", "inconnu")
    # near miss: a place before the name is no function of the person
    lines[2] = "Le port de Saint-Malo, Gilles Ursulet, répond : « C'est prévu pour la saison prochaine. »"
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "rapport"})
    assert _at(text, segs, "C'est prévu pour la saison").role_raw != "Le port de Saint-Malo"


def test_a_credit_saying_the_post_is_not_given(gazetteer):
    # s39, unseen: a focus group's synthesis table, one quotation credited "(participant, poste non indiqué)"
    lines = ["| Thème | Ce qui a été dit |",
             "| Sommeil | « Je dors de 8 h à midi, puis plus rien. En fin de saison je m'endors au volant. » "
             "(conducteur, 9 saisons) |",
             "| Isolement | « Si je me renverse à trois heures du matin, qui le sait ? La radio ne passe pas "
             "partout. » (participant, poste non indiqué) |"]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "rapport"})
    s = _at(text, segs, "Si je me renverse")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "", "inconnu")
    assert _at(text, segs, "Je dors de 8 h").role == "autre"  # near miss: a trade given


def test_bracket_credits_naming_a_participant_or_a_post(tmp_path):
    # s40: under "Paroles d'acteurs", "[Participant à la réunion publique, Chaumont]" credits someone
    # heard whose role the text does not give (inconnu); "[équipage du Robert, poste : bwa]" and
    # "[équipage du Marin, barreur]" a crew member by post (autre); typeset as a report sets them
    import heldout

    spec = {"doc": {"doc_id": "t", "kind": "report", "region": "", "place": ""}, "pages": [[
        ["bold", "Paroles d'acteurs"],
        ["italic", "« Je refuse deux ou trois nouveaux patients par semaine, souvent des gens qui viennent d'arriver. »"],
        ["", "[Médecin généraliste, Chaumont]"],
        ["italic", "« Les ateliers, c'est toujours à Chaumont, le mardi après-midi. Sans voiture, vous faites comment ? »"],
        ["", "[Participant à la réunion publique, Chaumont]"],
        ["italic", "« Sur le bateau, tu es hors de l'eau, en plein soleil, et tu ne peux pas lâcher pour boire. »"],
        ["", "[équipage du Robert, poste : bwa]"],
        ["italic", "« Quand un garçon devient blanc, je le fais passer à l'avant pour qu'il souffle un peu. »"],
        ["", "[équipage du Marin, barreur]"]]]}
    _, segs = heldout.segment_document(spec, tmp_path)
    s = next(x for x in segs if "Sans voiture, vous faites comment" in x["text"])
    assert (s["kind"], s["speaker"], s["role"]) == ("verbatim", "", "inconnu")
    s = next(x for x in segs if "tu ne peux pas lâcher pour boire" in x["text"])
    assert (s["kind"], s["role"], s["role_raw"]) == ("verbatim", "autre", "équipage du Robert, poste : bwa")
    s = next(x for x in segs if "je le fais passer à l'avant" in x["text"])
    assert (s["kind"], s["role"]) == ("verbatim", "autre")


def test_a_bulleted_code_with_a_gloss_before_the_colon_is_the_participant(tmp_path):
    # s40 (round 84, read after its final score): "• P1 (ébauchage) : « … »" under a table of the
    # sampling pumps' carriers ("| P1 | Ébauchage à la scie à ruban | 8 ans |"): P1 speaks, described
    # by the table, its parenthesis a gloss of the post
    import heldout

    spec = {"doc": {"doc_id": "t", "kind": "report", "region": "", "place": ""}, "pages": [[
        ["", "Les prélèvements ont été réalisés le 4 mars 2025 à l'aide de cinq pompes portées par les opérateurs."],
        ["", "| Pompe | Poste | Ancienneté au poste |"], ["", "| P1 | Ébauchage à la scie à ruban | 8 ans |"],
        ["", "| P3 | Ponçage du fourneau | 19 ans |"], ["", "Remarques recueillies pendant les prélèvements"],
        ["", "• P1 (ébauchage) : « La bruyère, c'est dur comme de la pierre. Quand la scie chauffe, ça fait une "
             "poussière fine. »"],
        ["", "• P3 (ponçage) : « Le masque, je le mets, mais avec les lunettes ça fait de la buée, je le baisse. »"],
        ["", "Fin des remarques."]]]}
    _, segs = heldout.segment_document(spec, tmp_path)
    s = next(x for x in segs if "dur comme de la pierre" in x["text"])
    assert (s["kind"], s["speaker"], s["role"], s["role_raw"]) == ("verbatim", "P1", "autre", "Ébauchage à la scie à ruban")
    s = next(x for x in segs if "ça fait de la buée" in x["text"])
    assert (s["kind"], s["speaker"]) == ("verbatim", "P3")


def test_a_code_opening_the_line_above_speaks_and_a_sessions_host_does_not(gazetteer):
    # s42: "MG-05 résume cette frustration :" on its own paragraph over the quotation
    lines = ["Onze médecins généralistes aveyronnais ont été interrogés (MG-01 à MG-11).",
             "Le principal reproche concerne l'absence de retour vers le médecin traitant.",
             "MG-05 résume cette frustration :",
             "« Le patient arrive avec une ordonnance signée par un médecin de Lille que personne ne connaît. »",
             "Ces résultats rejoignent ceux du rapport de l'Assurance maladie."]
    text, segs = segment_lines(lines, gazetteer)
    v = _at(text, segs, "Le patient arrive")
    assert (v.kind, v.speaker) == ("verbatim", "MG-05")
    # "18 janvier – « … » – animé par une psychologue.": a session's title and its host, nobody's words
    lines = ["Café des aidants – programme du premier semestre, un samedi par mois à la médiathèque.",
             "18 janvier – « Aidant, moi ? Je suis juste sa fille, je fais ce qu'il faut. » – animé par une psychologue.",
             "15 mars – « Et si je tombais malade à mon tour, qui s'occuperait de lui ? » – avec une infirmière de l'équipe."]
    text, segs = segment_lines(lines, gazetteer)
    for snippet in ("Je suis juste sa fille", "Et si je tombais malade"):
        s = _at(text, segs, snippet)
        assert not (s.kind == "verbatim" and s.role in ("autre_paramedical", "infirmier")), snippet


def test_a_negative_quantifier_after_a_quote_names_no_speaker(gazetteer):
    # "Aucun participant ne disait …" after a recommendation quoted: nobody said it (s43; "un participant"
    # had been read inside "aucun participant")
    text, segs = segment_lines(["L'Institut national du cancer recommande pourtant « un partage d'information systématique "
                           "entre l'équipe hospitalière et le pharmacien d'officine dès l'initiation ». Aucun participant "
                           "ne disait l'avoir reçu sous cette forme."], gazetteer)
    assert _at(text, segs, "un partage d'information systématique").kind == "narrative"


MEMOIR = [
    "J'ai mené deux entretiens dans une maison d'accueil spécialisée de Bressuire : avec Claire, infirmière depuis "
    "onze ans dans l'établissement, et avec Sonia, aide-soignante de nuit.",
    "Claire voit dans ces messages un reproche plus qu'une question :",
    "« Quand j'ouvre le cahier le lundi, j'ai l'estomac noué, on sait qu'on a oublié les appareils. » (Claire)",
    "Sonia, qui travaille de nuit, n'écrit jamais dans le cahier. Elle préfère, dit-elle, parler aux familles "
    "quand elle les croise en fin de visite :",
    "« Écrire, ça fait rapport de police. Je préfère les attendre à la porte et leur raconter la nuit. »",
    "Lorsque je lui ai demandé comment elle repère la fatigue, elle m'a répondu :",
    "« On la voit sur les visages avant qu'ils le disent, surtout le dimanche soir. »",
]


def test_a_memoir_s_first_names_presented_in_the_method(gazetteer):
    text, segs = segment_lines(MEMOIR, gazetteer)
    # "(Claire)" alone under the quote: what the method said of the first name
    s = _at(text, segs, "j'ai l'estomac noué")
    assert (s.speaker, s.role) == ("Claire", "infirmier")
    # the paragraph opens with the first name, its pronoun speaks ("dit-elle") up to the colon
    s = _at(text, segs, "ça fait rapport de police")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Sonia", "autre_paramedical")
    # a capitalised conjunction opening the paragraph is no first name
    assert _at(text, segs, "On la voit sur les visages").speaker != "Lorsque"


def test_a_person_s_noun_and_a_relative_clause_before_the_speech_verb(gazetteer):
    # s43 (round 89): the subject's relative clause runs long; a noun naming no person ("Une femme
    # assise …, qui n'a pas souhaité …, tempère :") is left to the readers of withheld roles
    lines = ["Le sujet a été discuté lors de la réunion de fin d'estive, à Bedous, devant une quarantaine de bergers "
             "et trois élus de la vallée.",
             "Un participant, que je n'ai pu identifier ni par son nom ni par son activité, a lancé depuis le fond de "
             "la salle : « Qu'ils montent avec le camion du lait, tiens ! »"]
    text, segs = segment_lines(lines, gazetteer)
    s = _at(text, segs, "Qu'ils montent avec le camion")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "", "inconnu")


def test_a_pull_quote_is_the_words_it_repeats(gazetteer):
    # s43 (round 89): a bold paragraph that is one quotation, condensing the quotation just above, is
    # no intertitle: its speaker's words; a bold quotation saying something else stays an intertitle
    lines = ["Bernard Chapuis, conducteur de la machine 3 de 1979 à 2012, se souvient : « Au début, le bruit, tu "
             "l'entends. Au bout d'un an tu ne l'entends plus, et c'est ça le pire, parce que c'est ton oreille qui "
             "a lâché. »",
             "« Le bruit, tu ne l'entends plus, c'est ça le pire. »",
             "« On tenait la machine à trois équipes »",
             "La section a mené pendant dix ans le combat pour les protections auditives."]
    text, segs = segment_lines(lines, gazetteer, styles=line_styles(lines, {1, 2}, "bold"))
    s = _at(text, segs, "tu ne l'entends plus, c'est ça le pire. »")
    assert (s.kind, s.speaker) == ("verbatim", "Bernard Chapuis")
    assert _at(text, segs, "On tenait la machine à trois").kind != "verbatim"


def test_a_box_s_byline_and_an_anonymous_letter(gazetteer):
    # s43 (round 89): a full name and what the person did, alone over the quotation, say who speaks; a
    # lead that says the letter came "sans nom ni service" makes the words nobody's, whoever spoke before
    lines = ["Dans les années 1980, la machine à papier tournait en continu, en trois équipes.",
             "Josiane Faure, bobineuse de 1981 à 2015, secrétaire de la section de 1998 à 2010",
             "« On a obtenu les bouchons moulés sur mesure en 1994, après une grève de trois jours. Les jeunes "
             "croient que ça a toujours existé. »",
             "Dans les archives de la section, nous avons retrouvé une lettre glissée sous la porte du local en "
             "novembre 1987, sans nom ni service :",
             "« Je ne dors plus le jour depuis six ans. Si vous pouvez faire quelque chose pour les nuits, faites-le. »"]
    text, segs = segment_lines(lines, gazetteer)
    s = _at(text, segs, "les bouchons moulés sur mesure")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Josiane Faure", "autre")  # a union's secretary, no medical one
    s = _at(text, segs, "Je ne dors plus le jour")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "", "inconnu")


def test_a_lead_that_withholds_who_spoke_names_no_one(gazetteer):
    # s43 (round 83): "dont le groupe a choisi de ne citer ni le nom ni le poste" before "a déclaré
    # au secrétaire du CSE :": the words are nobody's the document names, no secretary's
    lines = ["F6. La procédure prévoit l'arrêt du four et la présence de deux personnes pendant le décolmatage.",
             "F7. Un salarié, dont le groupe d'analyse a choisi de ne citer ni le nom ni le poste, a déclaré au "
             "secrétaire du CSE : « Tout le monde ouvre la trappe four en marche, sinon on perd vingt minutes. »"]
    text, segs = segment_lines(lines, gazetteer)
    s = _at(text, segs, "Tout le monde ouvre la trappe")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "", "inconnu")


def test_an_advert_a_tract_a_banner_name_a_text():
    # s43 (round 64, whose document keeps the whole case in test_unseen): "L'annonce qu'il fait paraître
    # … tient en une ligne : « … »" quotes a text, not its author's words; the verb "annonce" stays speech
    from corpus.segment.attributions import names_a_text

    assert names_a_text("L'annonce qu'il fait paraître dans La Montagne en 1966 tient en une ligne :")
    assert names_a_text("Le tract de la grève résumait la revendication en une ligne :")
    assert not names_a_text("Le maire annonce :")


def test_a_code_line_under_an_italic_block_quote(gazetteer):
    # s44: a memoir's italic block without guillemets, its credit on the line below: the code the methods
    # give ("(K1 à K6)") and its fields ("K3, libéral, Saint-Flour")
    lines = ["Résultats",
             "Six masseurs-kinésithérapeutes (K1 à K6) ont été interrogés entre décembre 2024 et février 2025.",
             "Tous décrivaient des déplacements longs, parfois plus longs que la séance elle-même.",
             "Je fais quarante minutes de route pour trente minutes de séance. L'hiver, quand il a neigé sur le "
             "plateau, je préviens la famille que je ne monterai pas.",
             "K3, libéral, Saint-Flour",
             "Le Kx d'un patient est noté dans son dossier."]
    text, segs = segment_lines(lines, gazetteer, styles=line_styles(lines, {3}))
    seg = _at(text, segs, "quarante minutes de route")
    assert (seg.kind, seg.speaker, seg.role, seg.region) == ("verbatim", "K3", "kinesitherapeute", "Auvergne-Rhône-Alpes")
    assert _at(text, segs, "Le Kx d'un patient").kind == "narrative"


def test_a_glued_profession_code_after_a_dash_and_a_tables_caption(gazetteer):
    # s44: "(Orth1 à Orth6)" in the methods, "« … » – Orth2" after the quotes; an italic table caption over
    # a coded row is no one's words
    lines = ["Résultats",
             "Nous avons interrogé six orthophonistes (Orth1 à Orth6) du département.",
             "“On a arrêté de prendre les bilans de langage oral pour les plus de six ans, on trie.” – Orth2",
             "Tableau 3 : professionnels interrogés cités (n = 2 sur 6)",
             "E1 – Coordinatrice du DAC du Cantal – Aurillac"]
    text, segs = segment_lines(lines, gazetteer, styles=line_styles(lines, {3}))
    seg = _at(text, segs, "bilans de langage oral")
    assert (seg.kind, seg.speaker, seg.role) == ("verbatim", "Orth2", "autre_paramedical")
    assert _at(text, segs, "professionnels interrogés cités").kind not in ("verbatim", "turn")


# ---- s46: quotations credited by commune under a heading naming the group; a quotation and its
# credit in one parenthesis; a bracket naming a post beside the interview's number; "Pour X, …, « … »"

GROUPED = [
    "Partie 3. Ce que disent les acteurs du territoire",
    "Les citations sont regroupées par type d'acteur ; seule la commune est indiquée.",
    "Infirmiers libéraux",
    "• « Nous faisons quarante kilomètres par tournée, et les patients sont de plus en plus âgés. » (Saint-Flour)",
    "Élus",
    "• « La commune a financé un cabinet, mais aucun médecin ne veut s'installer seul. » (Murat)",
    "Contributions sans statut",
    "• « On attend trois mois un rendez-vous chez l'ophtalmologue, c'est trop long. » (Saint-Flour)",
]


def test_quotations_credited_by_commune_take_the_group_their_heading_names(gazetteer):
    text, segs = _segment(GROUPED, gazetteer, doc={"kind": "rapport"})
    s = _at(text, segs, "Nous faisons quarante kilomètres")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "", "infirmier", "Auvergne-Rhône-Alpes")
    s = _at(text, segs, "La commune a financé un cabinet")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "", "elu")
    s = _at(text, segs, "On attend trois mois un rendez-vous")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "", "inconnu")  # a heading naming no one


def test_a_quotation_and_its_credit_in_one_parenthesis_of_the_author_s_sentence(gazetteer):
    lines = ["Résultats",
             "Les proches apprécient surtout le déplacement évité (« Mon père ne serait jamais allé au centre de "
             "vaccination », E12, fils d'un patient vacciné), bien plus que la rapidité.",
             "La campagne reste coûteuse (« une dépense à justifier chaque année », selon un rapport de la caisse)."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "article"})
    s = _at(text, segs, "Mon père ne serait jamais allé")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Entretien n°12", "autre")
    assert _at(text, segs, "une dépense à justifier").kind == "narrative"  # a report's words


def test_a_bracket_naming_a_post_beside_the_interview_s_number_gives_the_role(gazetteer):
    lines = ["3.1. Un dispositif mal connu",
             "« Je ne sais toujours pas ce qu'ils font quand on les appelle pour un patient. » "
             "[Infirmière libérale, entretien 11]"]
    text, segs = _segment(lines, gazetteer, doc={"kind": "rapport"})
    s = _at(text, segs, "Je ne sais toujours pas")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Entretien n°11", "infirmier")


def test_a_named_person_an_introducer_presents_with_their_post(gazetteer):
    lines = ["Les élus attendent autre chose. Pour Nadine Giraud, maire de Riom-ès-Montagnes, « il faudrait une "
             "permanence à la mairie une fois par mois ».",
             "Pour la coordinatrice, les choses avancent."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "rapport"})
    s = _at(text, segs, "il faudrait une permanence")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Nadine Giraud", "elu", "Auvergne-Rhône-Alpes")


def test_a_forum_screen_name_with_what_the_member_is(gazetteer):
    # s46: "(Lila_35, patiente, 3 février 2022, 23 h 12, fil « … »)"
    lines = ["6.1. Une fatigue qui ne se voit pas",
             "« Mon chef m'a dit que j'avais bonne mine, j'avais dormi quatorze heures. » (Nina_29, patiente, "
             "3 février 2022, 23 h 12, fil « Reprise du travail »)"]
    text, segs = _segment(lines, gazetteer, doc={"kind": "these"})
    s = _at(text, segs, "Mon chef m'a dit")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Nina_29", "autre")


def test_a_family_name_with_a_maghrebi_particle(gazetteer):
    # s46: "Le Dr Karim Aït Ali, médecin généraliste, … Il explique : « … »"
    lines = ["Une équipe à votre écoute",
             "Le Dr Samir Ben Salah, médecin généraliste, a rejoint le centre à son ouverture. Il explique : « Je peux "
             "prendre vingt minutes avec un patient qui en a besoin. »"]
    text, segs = _segment(lines, gazetteer, doc={"kind": "presse"})
    assert _at(text, segs, "Je peux prendre vingt minutes").speaker in ("Samir Ben Salah", "Dr Samir Ben Salah")


def test_a_note_the_lead_says_nobody_signed_is_an_unknown_writer_s(gazetteer):
    # s46: "En décembre, l'équipe y a trouvé ce mot, sans signature : « … »"
    lines = ["Un mot dans le cahier de liaison",
             "Chaque domicile dispose d'un cahier de liaison. En décembre, l'équipe y a trouvé ce mot, sans signature :",
             "« Merci pour tout ce que vous avez fait cette année, vous êtes venues quand personne ne venait. »",
             "Représentant des familles, Jean-Claude Moreau estime que le service a tenu."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "rapport"})
    s = _at(text, segs, "Merci pour tout ce que vous avez fait")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "", "inconnu")


def test_a_first_name_s_parenthesis_dated_by_the_study_and_its_year(gazetteer):
    # s46: an HDR quoting its author's several studies, "(Josette, aide à domicile, Vallées, 2016)"; a
    # meta-synthesis's "(pharmacien, Garnier, 2020)" stays a participant of a cited study
    lines = ["2.1. Le temps du trajet",
             "« Entre Jausiers et le hameau, c'est vingt minutes l'été et quarante l'hiver » (Ginette, aide à domicile, "
             "Vallées, 2016)."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "these"})
    s = _at(text, segs, "vingt minutes l'été")
    assert (s.kind, s.speaker) == ("verbatim", "Ginette")


FOOT_NOTES = [
    "3.2. Les sorties d'hospitalisation",
    "Les médecins décrivent des retours à domicile annoncés la veille, sans courrier.",
    "« Le patient rentre le vendredi soir, je l'apprends le lundi par l'infirmière, et le traitement a changé entre-temps. »7",
    "Les infirmières confirment qu'elles deviennent le premier relais de l'information.",
    "« On découvre le pilulier vide et une ordonnance illisible, alors on appelle le service, quand il répond. »8",
    "7 Entretien G3, médecin généraliste, 58 ans, cabinet de groupe, Bourganeuf.",
    "8 Entretien IDE5, infirmière libérale, Royère-de-Vassivière.",
    "3.3. Les attentes envers la CPTS",
    "Les professionnels évoquent surtout un annuaire partagé des infirmiers du secteur.",
]


def test_footnotes_at_a_page_foot_mid_document_credit_the_quotations_that_call_them(gazetteer):
    # s54: "»7" and, under the page's last paragraph, "7 Entretien G3, médecin généraliste, …": the code
    # the note names after its interview word
    text, segs = _segment(FOOT_NOTES, gazetteer)
    g = _at(text, segs, "Le patient rentre le vendredi soir")
    assert (g.kind, g.speaker, g.role, g.region) == ("verbatim", "G3", "medecin_generaliste", "Nouvelle-Aquitaine")
    i = _at(text, segs, "On découvre le pilulier vide")
    assert (i.speaker, i.role) == ("IDE5", "infirmier")


def test_numbered_lines_no_quotation_calls_are_no_footnotes():
    from corpus.segment.base import TextLine
    from corpus.segment.segmenter import called_notes

    texts = ["Les étapes retenues :", "1 Recenser les infirmiers du secteur.", "2 Publier l'annuaire.",
             "« On découvre le pilulier vide. »3", "3 Entretien IDE5, infirmière libérale."]
    pos, lines = 0, []
    for k, t in enumerate(texts):
        lines.append(TextLine(k, pos, pos + len(t), t))
        pos += len(t) + 1
    assert called_notes(lines) == {"3": "Entretien IDE5, infirmière libérale."}


def test_a_code_joining_a_structure_and_a_trade_speaks_with_that_trade(gazetteer):
    # (s55) "(CPTS-IDE2)": the structure's letters, then the trade's; "(CPTS-ZZ1)" names no trade
    from segment_text import segment_at, segment_lines

    lines = ["Dans ce chapitre, les membres sont désignés par un code associant la structure et la profession.",
             "« Les médecins parlaient de créneaux, nous on parlait des patients qu'on voit tous les jours. » (CPTS-IDE2)",
             "« Le planning partagé, c'était qu'on se répartisse enfin la charge des soirs. » (CPTS-MG1)"]
    text, segs = segment_lines(lines, gazetteer)
    nurse = segment_at(text, segs, "nous on parlait des patients")
    gp = segment_at(text, segs, "se répartisse enfin la charge")
    assert (nurse.speaker, nurse.role) == ("CPTS-IDE2", "infirmier")
    assert (gp.speaker, gp.role) == ("CPTS-MG1", "medecin_generaliste")


def test_an_abbreviation_after_the_code_is_spelled_out_by_the_methods(gazetteer):
    # (s55) "(E6, MT)" where the methods say "MT, médecin traitant" once
    from segment_text import segment_at, segment_lines

    lines = ["Les personnes interrogées sont désignées par un code (E1 à E6) suivi de leur fonction, abrégée ainsi : "
             "CP, coordinatrice de parcours du DAC ; CESF, conseillère en économie sociale et familiale ; MT, "
             "médecin traitant.",
             "« J'ai appris l'existence du dispositif par une patiente, c'est vous dire. » (E6, MT)"]
    text, segs = segment_lines(lines, gazetteer)
    gp = segment_at(text, segs, "existence du dispositif")
    # (no table lists E6: the code read as the sixth interview, "Entretien n°6", which is E6)
    assert (gp.speaker, gp.role, gp.role_raw) == ("Entretien n°6", "medecin_generaliste", "médecin traitant")


def test_a_code_whose_function_the_document_withholds_still_speaks(gazetteer):
    # (s55) "(Ent. 11, fonction non précisée)": a person, role unknown
    from segment_text import segment_at, segment_lines

    lines = ["Les entretiens (Ent. 1 à Ent. 12) ont été menés au Vauclin en 2023.",
             "« Ma tournée commence à cinq heures et finit quand le dernier patient a fini de parler » (Ent. 3, "
             "infirmière libérale).",
             "« Le docteur de famille ne vient pas soigner à la fin, il vient dire au revoir » (Ent. 11, fonction non "
             "précisée)."]
    text, segs = segment_lines(lines, gazetteer)
    seg = segment_at(text, segs, "il vient dire au revoir")
    assert (seg.kind, seg.speaker, seg.role) == ("verbatim", "Ent. 11", "inconnu")


def test_a_coded_bracket_keeps_the_trade_its_lead_in_names(gazetteer):
    # (s55) "Un agent de santé communautaire … décrit son rôle : « … » [ent. 21, Bandraboua]": the code speaks,
    # the lead-in says what the person does, a trade outside the vocabulary
    from segment_text import segment_at, segment_lines

    lines = ["Les centres de PMI sont restés le seul lieu de consultation pour beaucoup de femmes pendant le confinement.",
             "Un agent de santé communautaire, recruté pendant la crise, décrit son rôle d'intermédiaire : « Je "
             "traduis, j'explique, je rassure, les gens ont confiance dans quelqu'un qu'ils connaissent » [ent. 21, "
             "Bandraboua]."]
    text, segs = segment_lines(lines, gazetteer)
    seg = segment_at(text, segs, "je rassure")
    assert (seg.kind, seg.speaker, seg.role, seg.region) == ("verbatim", "ent. 21", "autre", "Mayotte")


def test_a_verbatim_tables_source_cell_of_a_lay_person_or_a_participant(gazetteer):
    # (s55) "| Mère, 26 ans |" a lay person (autre, no name); "| Participante, causerie du 14 mars |" inconnu
    from segment_text import segment_at, segment_lines

    lines = ["L'enquête s'est déroulée au centre de PMI de Kani-Kéli ; elle associe des entretiens et des causeries.",
             "| Thème | Verbatim | Source |",
             "| Transport | « Pour venir avec trois enfants il faut le taxi, et le taxi il faut le payer, alors on vient "
             "quand le bébé est malade. » | Mère, 26 ans |",
             "| Affluence | « Le jour de la consultation on a quarante enfants, on pèse, on vaccine, on n'a pas le temps "
             "d'expliquer. » | Puéricultrice, PMI |",
             "| Confiance | « Quand c'est la voisine qui dit que la piqûre rend malade, on la croit plus que la dame de "
             "la PMI. » | Participante, causerie du 14 mars |"]
    text, segs = segment_lines(lines, gazetteer)
    mother = segment_at(text, segs, "le taxi il faut le payer")
    nurse = segment_at(text, segs, "on n'a pas le temps")
    other = segment_at(text, segs, "on la croit plus")
    assert (mother.kind, mother.speaker, mother.role) == ("verbatim", "", "autre")
    assert (nurse.kind, nurse.role) == ("verbatim", "infirmier")
    assert (other.kind, other.speaker, other.role) == ("verbatim", "", "inconnu")


def test_a_code_whose_function_part_the_methods_key_in_words(gazetteer):
    # (s55) "(MSP-B-sec)" with "sec pour la secrétaire, anon pour un membre qui a demandé que sa fonction ne
    # soit pas mentionnée"; a part no key explains is no code of this kind
    from segment_text import segment_at, segment_lines

    lines = ["Douze entretiens ont été menés. Les codes associent la structure et la fonction : coord pour la "
             "coordinatrice, sec pour la secrétaire médicale, anon pour un membre qui a demandé que sa fonction ne soit "
             "pas mentionnée.",
             "« Le téléphone sonne toute la matinée, et c'est moi qui trie ce qui peut attendre. » (MSP-B-sec)",
             "« Certains comptent leurs heures, d'autres donnent leurs soirées sans rien demander. » (MSP-A-anon)"]
    text, segs = segment_lines(lines, gazetteer)
    sec = segment_at(text, segs, "c'est moi qui trie")
    anon = segment_at(text, segs, "donnent leurs soirées")
    assert (sec.speaker, sec.role) == ("MSP-B-sec", "secretaire")
    assert (anon.speaker, anon.role) == ("MSP-A-anon", "inconnu")
