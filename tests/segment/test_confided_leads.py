"""Quotations a first-person account introduces by who speaks to its author
(segment/attributions.py, who speaks to the author): "Kylian (16 ans) me confie :", "Elle m'explique :" after a sentence
opening with the name, "Mon référent de stage, Julien, éducateur …, m'a résumé :"; look-alikes: a
speech verb without the author as object, a capitalised word that is no name, a pronoun with no
name before it."""

from __future__ import annotations

import pytest

from corpus.segment.attributions import confided_speaker


@pytest.mark.parametrize(("before", "expected"), [
    ("Kylian (16 ans) me confie un soir, pendant la vaisselle : ", ("Kylian", "16 ans")),
    ("Inès (15 ans) voit les choses autrement. Elle m'explique : ", ("Inès", "15 ans")),
    ("Mon référent de stage, Julien, éducateur depuis douze ans dans la maison, m'a résumé la difficulté : ",
     ("Julien", "éducateur depuis douze ans dans la maison")),
    ("Lors d'une visite, Maëlle nous a dit : ", None),  # the name does not open the sentence
    ("Kylian (16 ans) confie à l'éducateur : ", None),  # not to the author
    ("Il m'explique : ", None),  # a pronoun with no name before it
    ("Cette semaine m'a appris une chose : ", None),  # a demonstrative, no speech verb
])
def test_who_speaks_to_the_author(before, expected):
    assert confided_speaker(before, set()) == expected


def test_a_word_the_text_writes_in_lower_case_is_no_name():
    assert confided_speaker("Voilà (enfin) me confie-t-on : ", {"voilà"}) is None
    assert confided_speaker("Personne ne me dit : ", {"personne"}) is None


def test_the_quote_takes_the_name(tmp_path):
    import heldout

    spec = {"doc": {"doc_id": "t_dees", "kind": "memoire", "region": "", "place": ""},
            "pages": [[["bold", "2.2 Ce que disent les jeunes"],
                       ["", "Les prénoms des jeunes ont été modifiés. Lors de mon stage, j'ai d'abord été frappée "
                            "par le nombre de rendez-vous médicaux manqués."],
                       ["", "Kylian (16 ans) me confie un soir, pendant la vaisselle : « Le médecin, j'y vais pas, "
                            "il me parle comme si j'étais un gamin. »"],
                       ["", "Je lui demande alors : « Et si c'était une femme médecin ? » Il hausse les épaules."],
                       ["", "Inès (15 ans) voit les choses autrement. Elle m'explique : « Moi je veux bien y aller, "
                            "mais il faut qu'on m'accompagne, je sais pas prendre le bus. »"],
                       ["", "L'infirmière scolaire du collège nous a dit : « Je vois ces jeunes plus souvent que leur "
                            "médecin traitant. »"]]]}
    _, segs = heldout.segment_document(spec, tmp_path)
    s = next(x for x in segs if "Le médecin, j'y vais pas" in x["text"])
    assert (s["kind"], s["speaker"]) == ("verbatim", "Kylian")
    s = next(x for x in segs if "il faut qu'on m'accompagne" in x["text"])
    assert (s["kind"], s["speaker"]) == ("verbatim", "Inès")
    s = next(x for x in segs if "Et si c'était une femme médecin" in x["text"])
    assert s["speaker"] == ""  # the author's own question
    s = next(x for x in segs if "Je vois ces jeunes" in x["text"])
    assert (s["speaker"], s["role"]) == ("", "infirmier")  # no name: the description only


def test_a_member_who_writes_to_the_journal(gazetteer):
    # an association's newsletter: a member's words sent in writing ("X nous écrit :"); near miss:
    # an author cited ("Goffman écrit :", no pronoun), a member who writes a poem (no first person)
    from segment_text import segment_at, segment_lines
    lines = ["La lettre des adhérents de l'Accueil de jour Les Tilleuls",
             "Coquelicot nous écrit : « Depuis que je viens le mardi, je mange à heure fixe et j'ai repris "
             "mes rendez-vous chez le dentiste. »",
             "Goffman écrit : « L'institution totale est un lieu de résidence et de travail. »",
             "Gaspard nous écrit : « Les feuilles tombent sur le banc du parc. »"]
    text, segs = segment_lines(lines, gazetteer)
    s = segment_at(text, segs, "je mange à heure fixe")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Coquelicot", "autre")
    assert segment_at(text, segs, "L'institution totale est").kind == "narrative"
    assert segment_at(text, segs, "Les feuilles tombent").kind == "narrative"
