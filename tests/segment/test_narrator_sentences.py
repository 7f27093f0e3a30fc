"""Quotations inside the author's own sentence (segment/narrator_sentences.py): the sentence names
a person and runs on into their words after a colon, a comma or a connector ("Sandrine,
infirmière libérale, parle d'« un dossier … »", "Selon le Dr V***, « … »"). Look-alikes: a
notion or a title in guillemets, a label opening its line ("Souhait du patient : « … »"), a
slogan after a comma, a text the sentence names."""

from __future__ import annotations

import pytest
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.narrator_sentences import narrator_sentence_call, runs_on
from corpus.segment.quotes import QuoteCall


def _call(sentence: str, gazetteer):
    """What the convention makes of the (last) quotation of one paragraph no other rule took."""
    text = sentence + "\n"
    a = text.rindex("«")
    b = text.index("»", a) + 1
    return narrator_sentence_call(text, a, b, QuoteCall(False), gazetteer)


def test_a_quote_in_the_narrators_sentence_is_the_named_persons_words(gazetteer):
    call = _call("Le cahier circule entre les professionnelles et la famille. Sandrine, infirmière libérale, "
                 "parle d'« un dossier patient tenu par quelqu'un qui n'est pas payé pour ça ».", gazetteer)
    assert (call.verbatim, call.attrs["speaker"], call.attrs["role"]) == (True, "Sandrine", "infirmier")
    call = _call("Pour ce prescripteur, la messagerie sécurisée n'a rien changé : « je n'ouvre pas la messagerie, "
                 "je n'ai pas le temps ».", gazetteer)
    assert (call.verbatim, call.attrs["role_raw"]) == (True, "Pour ce prescripteur")  # the clause naming the person
    # a notion the sentence names, a label opening its line, the author's own thought: no one's words
    assert not _call("Ce constat rejoint la notion de « coordination invisible » proposée par Bloch.", gazetteer).verbatim
    assert not _call("Souhait du patient : « Je ne veux pas aller dans un foyer. »", gazetteer).verbatim
    assert not _call("Avant le premier entretien, je me suis demandé : « Vont-elles me parler comme à une "
                     "collègue ? »", gazetteer).verbatim
    # no first person, no oral marker: a text cited, even after a person and a verb
    assert not _call("Le géographe Jean Martin, sociologue, écrit que « les généralistes ne s'installent pas "
                     "dans un territoire mais dans un réseau ».", gazetteer).verbatim


def test_unseen_variant_a_pharmacist_qualifies_and_a_civility_with_d_apres(gazetteer):
    """Not from the sets: "qualifie de" after a first name and its apposition, "D'après Mme K.,"."""
    call = _call("Les officines du littoral vivent l'été autrement. Yannick, pharmacien à Quiberon, qualifie "
                 "de « course permanente, on ne pose jamais le téléphone » les semaines d'août.", gazetteer)
    assert (call.verbatim, call.attrs["speaker"], call.attrs["role"]) == (True, "Yannick", "pharmacien")
    call = _call("D'après Mme K., « on attend le kiné trois semaines, parfois plus, et moi je ne marche plus ».",
                 gazetteer)
    assert (call.verbatim, call.attrs["speaker"]) == (True, "Mme K.")
    # near-miss: a slogan after a comma, no verb or introducer announcing words
    assert not _call("La commune recrute deux médecins pour son centre de santé, salariat, « Venez soigner là "
                     "où on vous attend ».", gazetteer).verbatim


@pytest.mark.parametrize("lead, expected", [
    ("ce que résume bien Paul, titulaire à Bastia, lorsqu'il affirme que ", True),
    ("Les élus, eux, voient dans la CPTS un argument d'attractivité : ", True),  # a long sentence and a colon
    ("Selon le Dr V***, ", True),
    ("Une infirmière libérale de Laon confirme que le cahier de liaison est ", True),  # "confirme que" goes on
    ("Souhait du patient : ", False),  # a label, no verb
    ("15 h 30 – Mme Lucie Fabre, coordinatrice : ", False),  # a stamp opening on a number
    ("La commune recrute deux médecins pour son centre de santé municipal, salariat, ", False),
    ("Ce constat rejoint la notion de ", False),  # "de" without a verb that introduces words
])
def test_which_sentences_run_on_into_a_quotation(lead, expected):
    assert runs_on(lead) is expected


def test_a_participant_of_the_table_opens_the_sentence(gazetteer):
    """Session 31: "Sophie reconnaît que l'IPA lui « a rendu … »" — the subject is a pseudonym the
    participants' table describes (a GP): hers, not the nurse the sentence names as its object. Near
    miss: a first name the table does not list names no one of it."""
    lines = ["Pseudonyme | Fonction | Lieu d'exercice",
             "Nadia | IPA | MSP de Cergy",
             "Sophie | Médecin généraliste | Cabinet de groupe, Pontoise",
             "Du côté des médecins, Sophie reconnaît que l'IPA lui « a rendu deux après-midi par semaine, que je passe "
             "maintenant sur les nouveaux patients »."]
    text, segs = _segment(lines, gazetteer)
    quote = _at(text, segs, "a rendu deux après-midi")
    assert (quote.kind, quote.speaker, quote.role) == ("verbatim", "Sophie", "medecin_generaliste")
    lines[-1] = lines[-1].replace("Sophie", "Claire")
    text, segs = _segment(lines, gazetteer)
    assert _at(text, segs, "a rendu deux après-midi").speaker != "Sophie"


def test_unseen_a_title_before_the_name_an_origin_apposition_and_a_role_outside_care(gazetteer):
    """s31-segr56b: "la Sœur Marie-Odile Lebrun a raconté :" names her with her title; "Josiane, du
    Bois de Nèfles, …" is Josiane, the place where she comes from; "L'entraîneur, Paul Grimaud, …"
    is a sports coach (autre). Near miss: a capitalised place after "du" names no one."""
    call = _call("Pendant la collecte, la Sœur Marie-Odile Lebrun a raconté : « On ne fait pas de miracle, "
                 "moi je donne juste un peu de temps aux gens qui viennent. »", gazetteer)
    assert (call.verbatim, call.attrs["speaker"], call.attrs["role"]) == (True, "Sœur Marie-Odile Lebrun", "autre")
    call = _call("Parmi les paroissiennes, Josiane, du Bois de Nèfles, est venue tôt : « Moi je voulais surtout "
                 "faire vérifier mes yeux, on attend six mois sinon. »", gazetteer)
    assert (call.verbatim, call.attrs["speaker"], call.attrs["role"]) == (True, "Josiane", "autre")
    call = _call("L'entraîneur, Paul Grimaud, a tenu à remercier les bénévoles du club : « On a eu peur, je crois que sans eux "
                 "on aurait perdu quelqu'un ce jour-là. »", gazetteer)
    assert (call.verbatim, call.attrs["speaker"], call.attrs["role"]) == (True, "Paul Grimaud", "autre")
    call = _call("Un bénévole du Champ Borne a ajouté : « On reviendra l'an prochain, c'est sûr, on a tout "
                 "appris ici. »", gazetteer)
    assert call.attrs.get("speaker") != "Champ Borne"
