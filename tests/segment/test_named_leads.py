"""The person a first-person narrative names in the sentence leading to a quotation
(segment/attributions.py, a name before a speech verb). Look-alikes that must not change: a published author ("Bourdieu
explique : « … »", "comme l'a écrit Foucault"), a set text named before the colon, a narrative
in the third person."""

from __future__ import annotations

import pytest
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.attributions import as_said_speaker, lead_speaker


@pytest.mark.parametrize("clause, name", [
    ("Et voilà que Betty déclare devant l'équipe", "Betty"),
    ("C'est en sortant que madame Perrin me confie", "Perrin"),
    ("Le lendemain, Karim Haddad lance à toute l'équipe", "Karim Haddad"),
    ("L'actuel président du groupe, Arthur Sadoun confirme lui-même cette dynamique dans cette interview", "Arthur Sadoun"),
])
def test_lead_names_the_speaker(clause, name):
    assert lead_speaker(clause) == name


@pytest.mark.parametrize("clause", [
    "Dans La Distinction, Bourdieu explique",  # an author's text, no interview named
    "Le rapport de la HAS précise",
    "Elle me dit alors",  # no name: left to the narrated quotes' reading
])
def test_no_named_speaker(clause):
    assert lead_speaker(clause) is None


def test_as_said_formula_needs_a_person_known():
    assert as_said_speaker("Comme l'a formulé mon camarade Dan, un jour de formation, ") == ("Dan", "mon camarade Dan")
    assert as_said_speaker("Comme me l'a dit une collègue infirmière, ") == ("", "une collègue infirmière")
    assert as_said_speaker("Comme l'a écrit Foucault, ") is None
    assert as_said_speaker("Comme l'a formulé Bourdieu, ") is None


MEMOIR = [
    "J'ai commencé mon alternance en septembre, dans une équipe de douze développeurs. Je ne connaissais personne.",
    "Au bout de deux semaines, Betty déclare devant l'équipe : « pourquoi tu ne présenterais pas ton travail à la démo ? ». J'étais terrifié.",
    "Comme l'a formulé mon camarade Dan, un jour de formation, « tester, c'est douter ». Je n'étais pas d'accord.",
    "Dans son ouvrage, Bourdieu explique : « le goût classe, et classe celui qui classe ». Je reviendrai sur cette idée.",
    "La devise de l'équipe était affichée au mur : « fail fast, learn faster ». Je la lisais tous les matins.",
]


def test_memoir_quotes_named_by_their_lead(gazetteer):
    text, segs = _segment(MEMOIR, gazetteer)
    s = _at(text, segs, "pourquoi tu ne présenterais pas")
    assert (s.kind, s.speaker) == ("verbatim", "Betty")
    s = _at(text, segs, "tester, c'est douter")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Dan", "autre")
    assert _at(text, segs, "le goût classe").speaker != "Bourdieu"
    assert _at(text, segs, "fail fast, learn faster").kind not in ("verbatim", "turn")


def test_third_person_text_unchanged(gazetteer):
    lines = ["La réunion s'est tenue le 3 mars à la maison de santé.",
             "Le coordinateur, Paul Girard déclare : « nous allons ouvrir un centre de vaccination la semaine prochaine »."]
    text, segs = _segment(lines, gazetteer)
    assert _at(text, segs, "nous allons ouvrir un centre").speaker in ("", "Paul Girard")


def test_one_list_of_speech_verbs():
    """The readers of a person named before a quotation share attributions.yaml speech_verbs:
    a verb said aloud from that list ("souligne" needs an interview named, "s'exclame" does not),
    the participle of its compound past ("m'a résumé", "l'a formulé"), not any word."""
    from corpus.segment.attributions import speech_word

    assert lead_speaker("Et là, Betty s'exclame devant tout le monde") == "Betty"
    assert lead_speaker("Et là, Betty souligne devant tout le monde") is None
    assert lead_speaker("Et là, Betty souligne dans une interview") == "Betty"
    assert speech_word("résumé") and speech_word("formulé") and speech_word("confiait")
    assert not speech_word("table") and not speech_word("livres")


def test_introduced_speaker():
    """A formula names the person and what they do in apposition before their words; an author
    quoted without apposition, a formula followed by another quotation: nobody."""
    from corpus.segment.attributions import introduced_speaker

    assert introduced_speaker("Le soir, c'est autre chose. Comme le souligne Maëlle, sage-femme à Brest : ") \
        == ("Maëlle", "sage-femme à Brest")
    assert introduced_speaker("Pour reprendre les mots de Paul, kiné en cabinet, le quartier est ") == ("Paul", "kiné en cabinet")
    assert introduced_speaker("Selon l'expression de Jeanne, aide-soignante depuis vingt ans, c'est ") \
        == ("Jeanne", "aide-soignante depuis vingt ans")
    assert introduced_speaker("Comme le dit Bourdieu, ") is None
    assert introduced_speaker("Comme le dit Paul, kiné, la « ville » reste ") is None
    assert introduced_speaker("Selon les chiffres de la Drees, ") is None


def test_introduced_quotations_in_an_article(gazetteer):
    lines = ["Nous avons rencontré douze soignants en entretiens semi-directifs à Brest.",
             "Comme le souligne Maëlle, sage-femme à Brest : « on court après le temps, tout le temps ».",
             "Ce « travail invisible » (Strauss, 1985) reste peu reconnu."]
    text, segs = _segment(lines, gazetteer)
    said = _at(text, segs, "on court après")
    assert said.kind == "verbatim" and said.speaker == "Maëlle"
    assert (said.role, said.region) == ("sage_femme", "Bretagne")
    assert _at(text, segs, "travail invisible").speaker in ("", None)
