"""Court records (segment/court_records.py): the record reader's labels in a trial report, "M. le
Président. — …" the chair (capital P), "Me Name. — …" a lawyer; speakers without a function are
witnesses, lawyers and parties, not a body's elected members. Look-alikes: a municipal council's
minutes (no lawyer: members keep the member role), a paragraph that opens with "Me" once in prose."""

from __future__ import annotations

import pytest
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.base import split_lines
from corpus.segment.court_records import (
    court_function_speakers,
    court_name_speakers,
    court_roles,
    is_court_record,
)
from corpus.segment.records import record_speakers

TRIAL = [
    "Audience du 12 mars.",
    "Me Durand. — Le témoin peut-il dire à quelle heure il a quitté la pharmacie ?",
    "M. Lefort. — Vers sept heures, comme tous les soirs.",
    "M. le Président. — Précisez, je vous prie, s'il faisait déjà nuit.",
    "M. Lefort. — Il faisait nuit, oui.",
    "Me Durand. — Je demande que cette réponse soit notée.",
    "M. le Président, au témoin. — Vous pouvez vous retirer.",
]

COUNCIL = [
    "Séance du conseil municipal du 4 avril.",
    "M. le Président. — La séance est ouverte.",
    "M. Garnier. — Je souhaite que l'on parle de la maison de santé.",
    "M. le Président. — La parole est à M. Roche.",
    "M. Roche. — Le projet avance, les médecins sont d'accord.",
]


def test_a_trial_s_lawyers_and_witnesses_speak_the_president_chairs(gazetteer):
    text, segs = _segment(TRIAL, gazetteer)
    s = _at(text, segs, "Le témoin peut-il dire")
    assert (s.kind, s.speaker, s.role) == ("turn", "Durand", "autre")  # a lawyer's question is his turn
    s = _at(text, segs, "Vers sept heures")
    assert (s.kind, s.speaker, s.role) == ("turn", "Lefort", "autre")
    assert _at(text, segs, "Précisez, je vous prie").kind == "moderator"
    assert _at(text, segs, "Vous pouvez vous retirer").kind == "moderator"


def test_a_council_s_members_keep_the_member_role():
    lines = split_lines("\n".join(COUNCIL) + "\n")
    assert not is_court_record(lines)
    found = court_roles(record_speakers(lines), lines)
    assert found["le Président"]["moderator"] is True  # the chair, written with a capital
    assert found["Garnier"]["role"] == "elu"


def test_me_in_prose_is_no_court_record():
    lines = split_lines("Me voici enfin arrivé. Il pleuvait.\nLe lendemain, nous sommes repartis.\n")
    assert not is_court_record(lines)


# a juror's notes: the speakers named by their function in the trial
NOTES = [
    "Il a été arrêté la nuit près de la pharmacie, des clefs dans sa poche.",
    "Le Président. — Qui vous a donné ces clefs ?",
    "L’accusé. — Un homme que je ne connais pas. Je l'ai croisé au marché.",
    "La Présidente de la cour a souri. L'accusé se tait.",
    "Le témoin. — Je l'ai vu entrer, j'en suis sûr.",
]


def test_function_labels_of_a_hearing(gazetteer):
    text, segs = _segment(NOTES, gazetteer)
    assert _at(text, segs, "Qui vous a donné ces clefs").kind == "moderator"
    s = _at(text, segs, "Un homme que je ne connais pas")
    assert (s.kind, s.speaker, s.role) == ("turn", "L’accusé", "autre")
    assert _at(text, segs, "Je l'ai vu entrer").kind == "turn"
    assert _at(text, segs, "Il a été arrêté la nuit").kind == "narrative"


@pytest.mark.parametrize("lines", [
    # one function label only: a quotation in an essay
    ["Le Président. — Accusé, levez-vous.", "Ainsi s'ouvre le roman, sur une audience sans témoin."],
    # the same function twice: not two parties speaking
    ["Le Président. — La séance est ouverte.", "Le Président. — La séance est levée."],
])
def test_function_label_look_alikes(lines):
    assert court_function_speakers(split_lines("\n".join(lines) + "\n")) == {}


# a trial record quoted in a memoir: "Name. words", a function closed by a full stop among them
QUOTED_TRIAL = [
    "Le ministère public. Le témoin Morel ayant reconnu les faits, je requiers son arrestation.",
    "Le tribunal se retire pour délibérer, puis rentre avec un arrêt.",
    "Morel. Tant mieux ! Je n'ai rien à cacher.",
    "Vuilleumier. Le témoin confirme-t-il sa déposition sous serment ?",
    "Jacot. Oui, je le jurerai si on me le demande.",
]


def test_name_labels_of_a_quoted_trial(gazetteer):
    text, segs = _segment(QUOTED_TRIAL, gazetteer)
    s = _at(text, segs, "je requiers son arrestation")
    assert (s.kind, s.speaker, s.role) == ("turn", "Le ministère public", "institutionnel_autre")
    s = _at(text, segs, "Tant mieux")
    assert (s.kind, s.speaker, s.role) == ("turn", "Morel", "autre")
    assert (_at(text, segs, "confirme-t-il").kind, _at(text, segs, "confirme-t-il").speaker) == ("turn", "Vuilleumier")
    assert _at(text, segs, "je le jurerai").speaker == "Jacot"
    assert _at(text, segs, "Le tribunal se retire").kind == "narrative"  # the memoir's narration between turns


@pytest.mark.parametrize("lines", [
    # press datelines, no function label: no record
    ["Lyon. Le maire a présenté hier le plan des urgences.", "Marseille. Les pharmacies de garde sont saturées.",
     "Nantes. Je ne sais pas, dit un passant, si cela suffira.", "Lille. Vous trouverez les horaires en mairie."],
    # a function label, but the paragraphs below open with words, not names
    ["Le Président. La séance est ouverte.", "Enfin. Nous passons au vote.", "Ensuite. Vous avez la parole.",
     "Alors. Je crois que tout est dit."],
])
def test_name_label_look_alikes(lines):
    assert court_name_speakers(split_lines("\n".join(lines) + "\n")) == {}


# s28-segr48b: a sociologist's notes of a labour-court hearing set each function before a colon and the
# words quoted ("La salariée : « … »", "L'avocate de l'employeur : « … »"): turns of the function as
# written, the presiding judge's the moderator's. Unseen: an employer's representative and a
# claimant's lawyer in a Lorient hearing; near-misses: one function only (a quote in an essay), and a
# strip's bubbles whose labels name no function in a trial.
LABOUR_NOTES = [
    "Notes d'audience, conseil de prud'hommes de Lorient, mars 2023.",
    "Le président : « Qui organisait les tournées le samedi ? »",
    "Le représentant de l'employeur : « Chaque aide à domicile choisissait ses horaires, nous validions. »",
    "Le salarié : « On me donnait la feuille le vendredi soir, avec douze passages et pas une pause. »",
    "L'avocat du salarié : « Les plannings versés aux débats montrent quatorze jours sans repos. »",
]


def test_colon_function_labels_of_a_labour_court_hearing(gazetteer):
    text, segs = _segment(LABOUR_NOTES, gazetteer)
    assert _at(text, segs, "Qui organisait les tournées").kind == "moderator"
    s = _at(text, segs, "douze passages et pas une pause")
    assert (s.kind, s.speaker, s.role) == ("turn", "Le salarié", "autre")
    s = _at(text, segs, "nous validions")
    assert (s.kind, s.speaker, s.role) == ("turn", "Le représentant de l'employeur", "institutionnel_autre")
    assert _at(text, segs, "quatorze jours sans repos").speaker == "L'avocat du salarié"


@pytest.mark.parametrize("lines", [
    ["La présidente : « La séance est ouverte. »", "Ainsi s'ouvre le compte rendu, sans autre voix."],
    ["La maman : « Tu as mis ton anti-moustique ? »", "L'enfant : « Oui, et j'ai vidé les soucoupes ! »"],
])
def test_colon_function_label_look_alikes(lines):
    assert court_function_speakers(split_lines("\n".join(lines) + "\n")) == {}


# a law student's notes of a liberty-and-detention judge's hearing (s43, round 89's convention): the
# functions in capitals before a colon, no guillemets, the patient by a civility and an initial
JLD_NOTES = [
    "Audience n° 4 – jeudi 6 mars, 10 h 30, salle d'audience du centre hospitalier de Saintes.",
    "Présents : la juge, la greffière, Mme R. (patiente), son avocat, une infirmière du service.",
    "LA JUGE : Madame, je vérifie aujourd'hui que votre hospitalisation est régulière. Vous avez compris ?",
    "Elle lit ensuite un passage du certificat médical, que la patiente écoute sans rien dire.",
    "Mme R. : Oui. Je veux sortir, je dors mal ici et mes enfants m'attendent à la maison.",
    "Je peux rentrer chez ma sœur à Pons, elle est d'accord pour me prendre.",
    "L'AVOCAT : Madame la juge, le certificat ne dit rien de son traitement actuel.",
    "L'INFIRMIÈRE : Je peux dire qu'elle participe aux ateliers depuis une semaine.",
    "La juge maintient la mesure.",
]


def test_a_hearing_s_notes_with_functions_in_capitals_before_a_colon(gazetteer):
    text, segs = _segment(JLD_NOTES, gazetteer)
    s = _at(text, segs, "je vérifie aujourd'hui que votre hospitalisation")
    assert (s.kind, s.speaker, s.role) == ("turn", "LA JUGE", "autre")
    s = _at(text, segs, "je dors mal ici et mes enfants")
    assert (s.kind, s.speaker, s.role) == ("turn", "Mme R.", "autre")  # a party, by civility and initial
    s = _at(text, segs, "le certificat ne dit rien de son traitement")
    assert (s.kind, s.speaker, s.role) == ("turn", "L'AVOCAT", "autre")
    s = _at(text, segs, "elle participe aux ateliers")
    assert (s.kind, s.speaker, s.role) == ("turn", "L'INFIRMIÈRE", "infirmier")  # a person's noun: the role it names
    assert _at(text, segs, "La juge maintient la mesure").kind == "narrative"


def test_colon_labels_naming_no_court_function_make_no_court_record():
    # a consultation's dialogue labelled by function: people's words, but no court (discovery reads them)
    lines = ["LE MÉDECIN : Vous dormez bien depuis la dernière fois ?",
             "LA PATIENTE : Je me réveille encore à quatre heures, je ne sais pas pourquoi.",
             "L'INFIRMIÈRE : Je vous reprends la tension avant que vous partiez."]
    assert court_function_speakers(split_lines("\n".join(lines) + "\n")) == {}
