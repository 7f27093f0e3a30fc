"""The learned fallback for who speaks (segment/speaker_ranker.py): candidates around a quotation,
their features, the shipped weights, and the segmenter's last step on made-up documents. Near
misses: a quotation whose description a rule read keeps no speaker, an anonymous quotation with
no name near it stays anonymous, a common word capitalised at a sentence's start is no candidate."""

from __future__ import annotations

import json

import pytest
from segment_text import bare_segments, quote_span

from corpus.segment import speaker_ranker as sr


def test_candidates_are_names_civilities_initials_and_codes_never_across_lines():
    text = ("Appelante : Mme Sylvie T., 52 ans. Pour IDE 2, l'outil sert surtout à se faire entendre :\n"
            "« On me répond d'attendre. »\nBordeaux\nLes autres (R., 40 ans)")
    start, end = quote_span(text, "On me répond")
    found = {(c.text, c.shape, c.after) for c in sr.speaker_candidates(text, start, end)}
    assert ("Mme Sylvie T.", "civ", False) in found
    assert ("IDE 2", "code", False) in found
    assert ("R.", "initial", True) in found
    # "Pour IDE" is no name, and no candidate runs over a line end ("Bordeaux\nLes")
    assert "Pour IDE" not in {t for t, _, _ in found} and not any("\n" in t for t, _, _ in found)


def test_a_compound_trade_at_a_sentence_start_is_no_name_a_hyphenated_first_name_is():
    text = "Sage-femme libérale depuis 2010, Marie-Josée Leca résume : « On court. »"
    start, end = quote_span(text, "On court")
    found = [c.text for c in sr.speaker_candidates(text, start, end)]
    assert "Marie-Josée Leca" in found and not any(t.startswith("Sag") for t in found)


def test_a_capitalised_common_word_is_no_candidate_a_first_name_is():
    text = "Comme souvent, Théo décrit : « Je dors peu. » Et comme toujours, il rit."
    doc = sr.DocumentView.of(text)
    start, end = quote_span(text, "Je dors peu")
    kept = [c.text for c, _ in sr.rank_features(doc, start, end, (), [start])]
    assert "Théo" in kept and "Comme" not in kept


def test_features_read_the_slot_of_each_candidate():
    text = ("« Le camion, c'est tout. » — M10\n"
            "Antoine (81 ans, ancien berger) vit seul. Il me reçoit dans la cuisine, puis décrit :\n"
            "« Ici les jambes, c'est tout. » (Mme R., Thionville)\n"
            "Lucia (39 ans) ajoute : « L'hiver je fais deux tournées. »")
    first = quote_span(text, "Le camion")
    start, end = quote_span(text, "Ici les jambes")
    nxt = quote_span(text, "L'hiver")
    doc = sr.DocumentView.of(text)
    feats = {c.text: f for c, f in sr.rank_features(doc, start, end, (first, nxt),
                                                    [first[0], start, nxt[0]])}
    assert "M10" not in feats  # signs the quotation before: taken
    assert feats["Antoine"]["latest_presented"] == 1.0 and feats["Antoine"]["presented"] == 1.0
    assert feats["Mme R."]["after_paren"] == 1.0
    assert feats["Lucia"]["after_leads_next"] == 1.0  # introduces the next quotation
    assert feats["Thionville"]["place"] == 1.0


def test_shipped_model_matches_the_features_and_is_a_probability():
    model = sr.load_model()
    text = "Karim, 34 ans : « Moi, c'est le cuir chevelu. »"
    start, end = quote_span(text, "Moi, c'est")
    (_, feats), = sr.rank_features(sr.DocumentView.of(text), start, end, (), [start])
    assert sorted(feats) == model["features"] == sorted(model["weights"])
    assert 0.0 < model["threshold"] < 1.0
    assert all(model["scale"][k] > 0 for k in model["features"])
    # a file a methodologist reads: the weights are plain numbers, and it says what it was trained on
    assert json.loads(sr.MODEL_PATH.read_text(encoding="utf-8"))["trained_on"]["quotations"] > 1000


def test_an_unread_quotation_gets_the_person_the_lead_in_presents():
    text = ("Les aides à domicile parcourent de longues distances entre les hameaux du plateau.\n"
            "Marie-Josée (54 ans, aide à domicile) fait chaque matin une tournée de sept villages. Elle résume :\n"
            "« Je suis la seule personne qu'ils voient de la journée. »\n"
            "Le schéma départemental ne dit rien de ces tournées.")
    segs = bare_segments([quote_span(text, "Je suis la seule")], role="inconnu")
    sr.apply_speaker_ranker(segs, text)
    assert (segs[0].speaker, segs[0].attr_source) == ("Marie-Josée", "speaker_ranker")


def test_an_indefinite_description_a_rule_read_keeps_the_quotation_anonymous_beside_a_named_person():
    text = ("Marie-Josée (54 ans, aide à domicile) fait chaque matin une tournée. Une infirmière résume :\n"
            "« Je suis la seule personne qu'ils voient de la journée. »")
    segs = bare_segments([quote_span(text, "Je suis la seule")], role="infirmier", role_raw="une infirmière")
    sr.apply_speaker_ranker(segs, text)
    assert segs[0].speaker == "" and segs[0].attr_source == ""


def test_a_definite_description_a_rule_read_gets_the_name_beside_it_and_keeps_its_role():
    text = ("Le contrat local de santé finance un poste depuis 2022.\n"
            "À la maison de santé de Pontivy, la coordinatrice, Nadia Roux, résume :\n"
            "« Le planning tient sur un tableau blanc, et tout le monde le regarde le matin. »\n"
            "La commune prête la salle du conseil.")
    segs = bare_segments([quote_span(text, "Le planning tient")], role="coordinateur", role_raw="la coordinatrice")
    sr.apply_speaker_ranker(segs, text)
    assert (segs[0].speaker, segs[0].role, segs[0].role_raw, segs[0].attr_source) == (
        "Nadia Roux", "coordinateur", "la coordinatrice", "speaker_ranker")


def test_description_features_read_the_determiner():
    assert sr.description_features("infirmier", "une infirmière du bourg")["indefinite"] == 1.0
    assert sr.description_features("coordinateur", "l'infirmière coordinatrice")["definite"] == 1.0
    assert sr.description_features("pharmacien", "")["no_description"] == 1.0


def test_groups_institutions_cited_authors_trades_and_regions_are_no_candidates():
    text = ("Le groupe FG1 réunit la CPAM 19 et des soignants (Strauss, 1992). Infirmière en Béarn, Mme "
            "A*** nous reçoit. Pour Guingamp, Odile Martin résume :\n« On court toute la journée. »")
    start, end = quote_span(text, "On court")
    found = {c.text for c, _ in sr.rank_features(sr.DocumentView.of(text), start, end, (), [start])}
    assert "Odile Martin" in found and "Guingamp" in found  # "Pour Guingamp": the preposition is no name
    for no_person in ("FG1", "CPAM 19", "Strauss", "Infirmière", "Béarn", "Mme", "Pour Guingamp"):
        assert no_person not in found, no_person


def test_an_anonymous_quotation_with_no_name_near_stays_anonymous():
    text = ("Le rapport moral est adopté à l'unanimité.\n"
            "Un bénévole résume ce que beaucoup ont dit :\n"
            "« On apprend que le silence aussi est une présence. »\n"
            "Le montant de la cotisation est inchangé.")
    segs = bare_segments([quote_span(text, "On apprend")], role="inconnu")
    sr.apply_speaker_ranker(segs, text)
    assert segs[0].speaker == ""


def test_the_lead_is_over_another_person_never_over_another_mention_of_the_same():
    assert sr.top_and_lead([(5.0, "Odile"), (3.0, "Odile"), (4.9, "Gisèle")]) == (5.0, "Odile", pytest.approx(0.1))
    assert sr.top_and_lead([(5.0, "Odile"), (3.0, "Odile")]) == (5.0, "Odile", sr.MAX_LEAD)  # one person
    assert sr.top_and_lead([(5.0, "Odile"), (-4.0, "Thiers")])[2] == sr.MAX_LEAD  # capped


def test_two_persons_presented_alike_leave_the_quotation_anonymous():
    text = ("Odile (61 ans, auxiliaire de vie à Thiers) et Gisèle (48 ans, aide-soignante à Ambert) se croisent "
            "chaque lundi. Elle raconte :\n« On se passe les clés, on se dit qui va mal. »\n")
    segs = bare_segments([quote_span(text, "On se passe")], role="inconnu")
    sr.apply_speaker_ranker(segs, text)
    assert segs[0].speaker == ""
    text = text.replace("et Gisèle (48 ans, aide-soignante à Ambert) se croisent", "croise ses collègues")
    segs = bare_segments([quote_span(text, "On se passe")], role="inconnu")
    sr.apply_speaker_ranker(segs, text)
    assert segs[0].speaker == "Odile"  # the near miss: one person presented


def test_a_named_person_s_role_is_the_trade_or_the_description_the_document_gives():
    text = ("Antoine (81 ans, ancien berger, Piedicroce) vit seul. Appelant : M. Kamel B., 47 ans, connu du service. "
            "L'infirmière libérale du bourg, Nadège Roche, assure une permanence. À la mairie, l'adjoint, "
            "Fabrice Morel, se veut rassurant : « … ». Lou aussi.")
    assert sr.described_role(text, "Nadège Roche")[0] == "infirmier"  # the trade before the name
    assert sr.described_role(text, "Antoine") == ("autre", "81 ans, ancien berger, Piedicroce")  # no trade: autre
    assert sr.described_role(text, "M. Kamel B.") == ("autre", "47 ans")
    # near misses: a predicate after the name is no description; a name never described stays inconnu
    assert sr.described_role(text, "Fabrice Morel") == ("inconnu", "")
    assert sr.described_role(text, "Lou") == ("inconnu", "")


def test_a_pseudonyms_parenthesis_is_no_description():
    # s37: "Nadia (pseudonyme), infirmière au centre …": the parenthesis says the name is invented, the
    # apposition after it what she does; near miss: a parenthesis that describes ("Lou (38 ans)")
    text = ("Nadia (pseudonyme), infirmière au centre municipal de santé depuis douze ans, décrit la crise : « … ». "
            "Lou (38 ans), son amie, aussi.")
    assert sr.described_role(text, "Nadia") == ("infirmier", "infirmière au centre municipal de santé")
    assert sr.described_role(text, "Lou") == ("autre", "38 ans")


def test_an_apposition_closed_by_the_quotation_s_colon_is_a_description_a_predicate_is_not():
    text = ("Paroles de bénévoles\nBernadette, visiteuse depuis 2015 : « On vient le jeudi. »\n"
            "Yann Le Berre, patron d'un fileyeur à Loctudy : « Mes gars ne consultent pas. »\n"
            "Paul Morel, se veut rassurant : « Tout ira bien. »\nLéa, explique-t-elle : « Non. »")
    assert sr.described_role(text, "Bernadette") == ("autre", "visiteuse depuis 2015")
    assert sr.described_role(text, "Yann Le Berre") == ("autre", "patron d'un fileyeur à Loctudy")
    assert sr.described_role(text, "Paul Morel") == ("inconnu", "")  # a predicate, not what he is
    assert sr.described_role(text, "Léa") == ("inconnu", "")  # a speech verb


def test_the_ranker_names_the_person_and_reads_their_description():
    text = ("Les aides à domicile parcourent de longues distances entre les hameaux du plateau.\n"
            "Marie-Josée (54 ans, aide à domicile) fait chaque matin une tournée de sept villages. Elle résume :\n"
            "« Je suis la seule personne qu'ils voient de la journée. »\n")
    segs = bare_segments([quote_span(text, "Je suis la seule")], role="inconnu")
    sr.apply_speaker_ranker(segs, text)
    assert (segs[0].speaker, segs[0].role, segs[0].role_raw) == ("Marie-Josée", "autre", "54 ans, aide à domicile")


def test_a_relative_clause_subject_leaves_a_name_before_it_out():
    # s44: "…, avec l'accord de Mme R., j'ai contacté son médecin traitant, qui m'a répondu :": the doctor
    # answers; Mme R. is named as a complement, not as the one who speaks
    lead = "Sur ma demande, et avec l'accord de Mme R., j'ai contacté son médecin traitant, qui m'a répondu : "
    assert sr._relative_speaker(lead, "Mme R.")
    assert not sr._relative_speaker("Mme R. l'a repoussé doucement : ", "Mme R.")
    assert not sr._relative_speaker("J'ai appelé Paul, le voisin, qui m'a répondu : ", "Paul")


def test_a_press_box_heading_and_a_commune_in_parentheses_are_no_speakers():
    # s46: "Repères" heads the box set right after a quotation; "(Sompuis)" credits a place
    doc = sr.DocumentView.of("« J'ai fait quatre pharmacies pour le sirop. »\nRepères\nSelon l'agence, 4 900 ruptures.\n"
                             "« Il faut une journée pour voir un ophtalmo. » (Sompuis)\n")
    text = doc.text
    box = sr.Candidate("Repères", text.index("Repères"), text.index("Repères") + 7, "name", True)
    assert sr.no_person(doc, box)
    at = text.index("Sompuis")
    assert sr.no_person(doc, sr.Candidate("Sompuis", at, at + 7, "name", True))
