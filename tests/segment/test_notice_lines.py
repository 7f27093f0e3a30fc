"""A notice line's slogan and a newcomer's words (segment/notice_lines.py), on made-up lines. Near
misses that must not change: a quotation attributed by its incise in a notice line, the running
speaker's next quotation in an ordinary paragraph, a named lead."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.notice_lines import newcomer_lead, notice_line

ARTICLE = [
    "Lisieux. La maison de santé du Pays d'Auge fête ses cinq ans",
    "« Ici, on connaît nos patients depuis des années », explique Claire Dubois, infirmière libérale à Lisieux.",
    "Pour Hugo Marchand, médecin généraliste à Lisieux et président de l'association, « on a commencé à "
    "quatre, on est dix-neuf aujourd'hui ».",
    "Les débuts ont été difficiles. « La première année, je faisais les plannings le dimanche soir avec "
    "ma femme. »",
    "Infos pratiques : maison de santé du Pays d'Auge, « Soigner ici, vivre ici », 02 31 00 11 22.",
]


def test_a_notice_lines_motto_is_not_the_running_speakers(gazetteer):
    text, segs = _segment(ARTICLE, gazetteer, doc={"kind": "presse"})
    assert _at(text, segs, "Soigner ici, vivre ici").kind not in ("verbatim", "turn")
    s = _at(text, segs, "je faisais les plannings le dimanche")  # near miss: the running speaker's words
    assert (s.kind, s.speaker) == ("verbatim", "Hugo Marchand")


def test_a_notice_lines_attributed_quote_stays_speech(gazetteer):
    lines = ARTICLE[:2] + ["Renseignements : « Appelez le secrétariat, on vous répondra dans la journée », "
                           "précise Léa Simon, secrétaire médicale."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "presse"})
    s = _at(text, segs, "Appelez le secrétariat")
    assert (s.kind, s.speaker) == ("verbatim", "Léa Simon")


def test_notice_line():
    assert notice_line("Contact : CPTS du Bocage, « La santé ensemble », 02 33 12 34 56.")
    assert notice_line("Rappel : les ateliers sont gratuits. « Bouge ton corps ! » : inscrivez-vous en ligne.")
    assert notice_line("Permanence téléphonique au 05.61.22.33.44 le mardi.")
    assert not notice_line("Il se souvient des débuts difficiles. « La première année, je faisais tout »")
    assert not notice_line("Le contact avec les patients a changé : « on se parle plus »")


NEWCOMER = [
    "Vierzon. Les soignants du SSIAD manifestent devant la mairie",
    "« Ici, on connaît nos patients depuis des années », explique Claire Dubois, infirmière libérale à Vierzon.",
    "Pour Sylvie Caron, infirmière coordinatrice du SSIAD, « nous n'avons plus assez de personnel pour les "
    "tournées du week-end ».",
    "Une petite-fille de patiente est passée apporter des croissants : « Sans elles, ma grand-mère serait déjà "
    "en maison de retraite. »",
]


def test_a_newcomers_words_are_not_the_running_speakers(gazetteer):
    text, segs = _segment(NEWCOMER, gazetteer, doc={"kind": "presse"})
    s = _at(text, segs, "Sans elles, ma grand-mère")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "", "autre")
    s = _at(text, segs, "plus assez de personnel")  # near miss: the named coordinator keeps her words
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Sylvie Caron", "coordinateur")
    # a person noun rather than kinship: the noun's role
    lines = NEWCOMER[:3] + ["Un pharmacien du quartier est passé saluer les grévistes : « Je vois chaque jour vos "
                            "patients au comptoir, je sais ce que vous faites. »"]
    text, segs = _segment(lines, gazetteer, doc={"kind": "presse"})
    s = _at(text, segs, "Je vois chaque jour vos")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "", "pharmacien")


def test_newcomer_lead():
    assert newcomer_lead("La grève dure. Une fille de résident est venue nous voir :")["role"] == "autre"
    assert newcomer_lead("Un pharmacien du quartier nous arrête :")["role"] == "pharmacien"
    assert newcomer_lead("Une note de service a été affichée :") is None  # a text, no person
    assert newcomer_lead("La fille de Mme Roux est venue nous voir :") is None  # definite: someone known
    assert newcomer_lead("Une infirmière est venue nous voir") is None  # no colon: no lead-in


def test_a_newcomer_who_withheld_what_they_do_is_inconnu(gazetteer):
    # s39, unseen: kinship noun ("une femme") and the clause saying she would not give her profession
    assert newcomer_lead("Une femme assise à côté de lui, qui n'a pas souhaité préciser sa profession, "
                         "tempère :")["role"] == "inconnu"
    lines = NEWCOMER[:3] + ["Une femme assise à côté de lui, qui n'a pas souhaité préciser sa profession, tempère : "
                            "« Le 15, je n'ose pas l'appeler pour ça. Pour moi c'est les pompiers, c'est grave. »"]
    text, segs = _segment(lines, gazetteer, doc={"kind": "presse"})
    s = _at(text, segs, "je n'ose pas l'appeler")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "", "inconnu")
    # the same newcomer without the clause: a woman nothing describes, a voice whose role the text does not
    # give (ANNOTATION.md `inconnu`; a document naming no role makes its speakers `autre` later: s54)
    assert newcomer_lead("Une femme assise à côté de lui tempère :")["role"] == "inconnu"
    assert newcomer_lead("Une femme de 70 ans, assise à côté de lui, tempère :")["role"] == "autre"  # described


def test_someone_a_sentence_brings_in_after_a_circumstance_speaks():
    # s54: "Une après-midi, alors que j'attendais …, une femme assise à côté de moi a commenté la file :":
    # a woman nothing else is said of (role unknown); "un homme accoudé au comptoir"; kin with its complement
    from corpus.segment.notice_lines import newcomer_lead

    woman = newcomer_lead("Une après-midi, alors que j'attendais sur le banc, une femme assise à côté de moi a commenté la file : ")
    assert (woman["speaker"], woman["role"]) == ("", "inconnu")
    man = newcomer_lead("Au café d'en face, un homme accoudé au comptoir a résumé l'après-midi : ")
    assert man["role"] == "inconnu"
    assert newcomer_lead("Une femme de 70 ans, assise près de la porte, a lancé : ")["role"] == "autre"
    assert newcomer_lead("La semaine suivante, la mairie a publié un communiqué : ") is None
