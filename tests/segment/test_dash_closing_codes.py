"""A quotation paragraph closed by a dash and a code of three parts, "« … » – MG/19/03"
(segment/dash_closing_codes.py); look-alikes: a dash and words, a date, a quotation with its
code in parentheses."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.dash_closing_codes import closing_code

ARTICLE = [
    "5. Discussion : la coordination vue du terrain",
    "Les médecins décrivent une charge administrative nouvelle.",
    "Les pharmaciens adoptent une position plus stratégique :",
    "« On passe nos soirées à remplir des tableaux pour l'ARS, mais on s'est positionnés tôt dans le bureau, avant les médecins. » – PH/24/05",
    "Ces écarts confirment que la rémunération collective ne suffit pas.",
]


def test_the_dash_code_speaks(gazetteer):
    text, segs = _segment(ARTICLE, gazetteer)
    s = _at(text, segs, "On passe nos soirées à remplir des tableaux")
    assert (s.kind, s.speaker) == ("verbatim", "PH/24/05")
    assert _at(text, segs, "Ces écarts confirment").kind == "narrative"


def test_closing_code():
    assert closing_code(" – PH/87/02") == "PH/87/02"
    assert closing_code(" — IDE.23.01.") == "IDE.23.01"
    assert closing_code(" – 12/03/2021") is None  # a date
    assert closing_code(" – MG/19/03, qui ajoute une remarque") is None  # words follow
    assert closing_code(" – MG19") is None  # one part: left to the other code readers


# segfix31: bullets (or paragraphs) without guillemets, each closed by a dash and a participant code
# the methods introduced ("(IDE1 à IDE5)"); a bullet that is the author's summary has no code.
BULLETS = [
    "Méthode",
    "Cinq infirmières libérales (IDE1 à IDE5), exerçant en Dordogne, ont été interrogées en 2022.",
    "Résultats",
    "Les infirmières décrivent un rôle encore flou :",
    "• Moi je fais les visites du soir, et personne ne m'a jamais demandé mon avis sur le protocole. – IDE2",
    "• Les participantes citent toutes le manque de temps comme premier frein.",
    "• Pendant le covid on était seules, pas de masques, pas de consignes, rien. – IDE5",
    "• Le bureau se réunit chaque mois depuis 2021. – Assemblée générale",
    "• La réunion a été reportée. – IDE9",
]


def test_a_bullet_closed_by_a_dash_and_a_known_code_is_that_participants(gazetteer):
    text, segs = _segment(BULLETS, gazetteer, doc={"kind": "memoire"})
    s = _at(text, segs, "Moi je fais les visites du soir")
    assert (s.kind, s.speaker) == ("verbatim", "IDE2")
    assert not s.text.startswith("•") and not s.text.rstrip().endswith("IDE2")
    s = _at(text, segs, "Pendant le covid on était seules")
    assert (s.kind, s.speaker) == ("verbatim", "IDE5")
    assert _at(text, segs, "Les participantes citent toutes").kind != "verbatim"  # the author's summary
    assert _at(text, segs, "Le bureau se réunit chaque mois").kind != "verbatim"  # a dash and words, no code
    assert _at(text, segs, "La réunion a été reportée").kind != "verbatim"  # no one's words, a code nobody introduced


# Numbered examples of a thesis, each credited after a dash by a one-part code and a short profile,
# run by the extraction into one paragraph (segment/dash_closing_codes.py, segfix35).
EXAMPLES = [
    "4.2 Une participation à distance",
    "Les masseurs-kinésithérapeutes interrogés (notés K) participent peu aux réunions. (7) « Je lis les "
    "comptes rendus le dimanche, je n'ai jamais pu aller à une seule réunion du soir. » — K3, kinésithérapeute, "
    "Quimper (8) « On m'a inscrit sur la messagerie, mais personne ne m'écrit jamais rien. » — K6, libéral, Brest "
    "L'exemple (7) est le plus courant dans notre échantillon.",
]


def test_numbered_examples_with_a_dash_credit(gazetteer):
    text, segs = _segment(EXAMPLES, gazetteer)
    first = _at(text, segs, "Je lis les comptes rendus")
    assert (first.kind, first.speaker, first.role, first.region) == ("verbatim", "K3", "kinesitherapeute", "Bretagne")
    second = _at(text, segs, "On m'a inscrit sur la messagerie")
    assert (second.kind, second.speaker) == ("verbatim", "K6")
    assert _at(text, segs, "est le plus courant").kind == "narrative"


def test_a_dash_and_words_or_a_name_credit_no_one(gazetteer):
    lines = ["Le rapport cite deux formules. « La coordination ne se décrète pas, elle se construit. » — "
             "Albert Camus, La Peste. « Mieux vaut prévenir que guérir, disait-on déjà. » — c'est tout dire."]
    text, segs = _segment(lines, gazetteer)
    assert _at(text, segs, "La coordination ne se décrète pas").kind == "narrative"
    assert _at(text, segs, "Mieux vaut prévenir").kind == "narrative"


# segfix44 (round 35): a participant word, abbreviated or not, and a number after the dash, then the
# participant's sex and age ("– Part. 07, H, 61 ans"); the trade is the one the methods name.
CODED_PROFILES = [
    "3. Résultats",
    "Dix infirmières libérales du Cantal ont été interrogées entre janvier et avril 2024. Elles sont désignées "
    "par le mot « Enquêtée » suivi d'un numéro, de leur sexe et de leur âge.",
    "3.1. Des tournées qui s'allongent",
    "La plupart des participantes décrivent des trajets plus longs.",
    "« Je fais quatre-vingts kilomètres de plus par semaine depuis la fermeture du cabinet de Riom » – Enquêtée 4, F, 52 ans.",
    "« On se relaie le dimanche, mais on n'est plus que trois sur le secteur » — Enquêtée 9, F, 44 ans.",
    "Ces écarts rejoignent les chiffres de l'URPS : « 23 % des communes n'ont plus d'infirmière » – rapport 2022, p. 14.",
]


def test_a_participant_word_and_number_after_the_dash_with_sex_and_age(gazetteer):
    text, segs = _segment(CODED_PROFILES, gazetteer)
    first = _at(text, segs, "quatre-vingts kilomètres")
    assert (first.kind, first.speaker, first.role) == ("verbatim", "Enquêtée 4", "infirmier")
    second = _at(text, segs, "On se relaie le dimanche")
    assert (second.kind, second.speaker, second.role) == ("verbatim", "Enquêtée 9", "infirmier")
    # near-miss: a report's figure credited to a document after a dash
    assert _at(text, segs, "des communes n'ont plus").kind == "narrative"


# s33-segr57a: a thesis's ITALIC extracts without guillemets, each closed by an em dash and a
# participant's bare code the list above introduced ("— G4"); one extract over two italic
# paragraphs with the code on its own line under the second; near misses: an italic paragraph
# closed by a dash and words, and one closed by a code nobody introduced that a sentence follows.
THESIS = [
    "Résultats",
    "Douze médecins généralistes ont été interrogés en entretien semi-directif ; les participants cités sont présentés ci-dessous.",
    "G2 : femme, 38 ans, cabinet de groupe, Vannes",
    "G4 : homme, 57 ans, exercice seul, Pontivy",
    "G9 : femme, 44 ans, maison de santé, Auray",
    "A. Le délai d'accès",
    "La plupart des médecins évoquaient des délais trop longs.",
    "Avant je faisais un courrier et le patient attendait six mois pour voir le spécialiste, maintenant j'ai une réponse en quelques jours. — G4",
    "Certains nuançaient ce constat.",
    "Il faut remplir le formulaire, prendre la photo, expliquer au patient ce qu'on fait et pourquoi on le fait.",
    "Franchement, si c'était mieux payé, je le proposerais à tous mes patients sans réfléchir une seconde.",
    "— G9",
    "Le réseau régional organise une formation chaque trimestre pour les nouveaux installés du territoire. — voir annexe",
    "On a tous appris sur le tas, personne ne nous a montré comment faire ces demandes au début. — X7 Les autres confirment.",
]
ITALIC = {7, 9, 10, 11, 12, 13}


def test_an_italic_extract_closed_by_a_dash_and_a_listed_code_is_that_participants(gazetteer):
    from segment_text import line_styles

    text, segs = _segment(THESIS, gazetteer, doc={"kind": "these"}, styles=line_styles(THESIS, ITALIC))
    s = _at(text, segs, "le patient attendait six mois")
    assert (s.kind, s.speaker) == ("verbatim", "G4")
    assert not s.text.rstrip().endswith("G4")  # the code is no part of the words
    s = _at(text, segs, "Il faut remplir le formulaire")
    assert (s.kind, s.speaker) == ("verbatim", "G9")
    assert _at(text, segs, "si c'était mieux payé").segment_id == s.segment_id  # one extract over two paragraphs
    assert _at(text, segs, "Le réseau régional organise").speaker != "voir annexe"  # a dash and words: no code
    assert _at(text, segs, "On a tous appris sur le tas").speaker != "X7"  # a code nobody introduced, words after


def test_italic_code_cut():
    from corpus.segment.dash_closing_codes import italic_code_cut

    knows = {"G4", "M12"}.__contains__
    line = "… j'ai une réponse en quelques jours. — G4"
    assert line[:italic_code_cut(line, knows)] == "… j'ai une réponse en quelques jours."
    assert italic_code_cut("— M12", knows) == 0  # the code alone on the line under the extract
    assert italic_code_cut("… jours. — IDE7", knows) is not None  # a code's shape, nothing after it
    assert italic_code_cut("… jours. — voir annexe", knows) is None  # words
    assert italic_code_cut("… jours. — Albert Camus", knows) is None  # a name
    assert italic_code_cut("… en 2019 — G4 et G9 aussi", knows) is None  # no sentence's end before the dash
