"""Quotations inside first-person narration (segment/narrated_quotes.py): after a colon, chained
by dashes, closed by a narration incise; look-alikes that must stay narrative: an oath formula, a
printed notice, scare quotes, a motto, and the same colon quotation in a third-person report."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.narrated_quotes import (
    addressed_speech,
    clause_before_colon,
    first_person_narrative,
    names_a_text,
)

DIARY = [
    "Mardi 4 mars. — Je prends mon service à six heures. Dans le couloir, la cadre m'arrête : "
    "« Vous prendrez la salle trois ce soir, Mlle Girard est malade. » Je n'ose pas répondre.",
    "À la porte du vestiaire, une collègue m'interpelle : — « Tu as vu le planning ? » — "
    "« Pas encore, je descends tout de suite. » — Nous descendons ensemble.",
    "Au mur de l'office, le règlement affiché : « Il est interdit de fumer dans les salles ; "
    "les visites ont lieu le jeudi et le dimanche. » Personne ne le lit plus.",
    "Le soir, les élèves prêtent serment : « Je promets de soigner tous les malades. » "
    "Je me sens bien petite.",
    "J'aperçois au fond de la salle un « médecin-chef » qui n'en a que le nom.",
    "L'ergonome me relit la consigne : « Décrivez-nous ce que vous faites à ce moment-là. »",
    "« How awful ! » s'écrie une visiteuse anglaise, devant les lits serrés.",
    "Le vieux médecin hausse les épaules et me dit : « Affaire classée. »",
    "Je note au tableau le mot du jour : « Asepsie. »",
]


def test_colon_quote_in_first_person_narration_is_speech(gazetteer):
    text, segs = _segment(DIARY, gazetteer)
    assert _at(text, segs, "Vous prendrez la salle trois").kind == "verbatim"
    assert _at(text, segs, "Tu as vu le planning ?").kind == "verbatim"
    assert _at(text, segs, "How awful !").kind == "verbatim"  # "s'écrie une visiteuse"
    assert _at(text, segs, "Affaire classée.").kind == "verbatim"  # "me dit :", whatever is said
    assert _at(text, segs, "Asepsie.").kind not in ("verbatim", "turn")  # one word, no speech verb


def test_chained_reply_and_narrators_line(gazetteer):
    lines = ["Je sonne à la grille. Le gardien m'arrête : — « Je viens pour la consultation. » — "
             "« C'est bien, vous pouvez monter. » Je monte."]
    text, segs = _segment(lines * 3, gazetteer)
    assert _at(text, segs, "C'est bien, vous pouvez monter.").kind == "verbatim"
    assert _at(text, segs, "Je viens pour la consultation.").kind not in ("verbatim", "turn")


def test_texts_and_scare_quotes_stay_narrative(gazetteer):
    text, segs = _segment(DIARY, gazetteer)
    assert _at(text, segs, "Il est interdit de fumer").kind not in ("verbatim", "turn")  # a notice
    assert _at(text, segs, "Je promets de soigner").kind not in ("verbatim", "turn")  # an oath
    assert _at(text, segs, "médecin-chef").kind not in ("verbatim", "turn")  # scare quotes
    assert _at(text, segs, "Décrivez-nous ce que vous faites").kind not in ("verbatim", "turn")  # a study's instruction


def test_third_person_report_is_not_read_so(gazetteer):
    report = [
        "Dans le couloir, la cadre arrête une élève : « Vous prendrez la salle trois ce soir. »",
        "Les élèves se regardent, puis reprennent leur travail.",
    ]
    text, segs = _segment(report, gazetteer)
    assert all(s.kind not in ("verbatim", "turn") for s in segs)


def test_helpers():
    assert first_person_narrative("Je sors. On m'appelle. Je reviens.")
    assert not first_person_narrative("Nous avons mené douze entretiens « je » compris.")
    assert addressed_speech("Élise, tâchez de venir.")
    assert addressed_speech("Quelle chaleur !")
    assert not addressed_speech("troubles de la nutrition")
    assert clause_before_colon("Il s'arrête. La surveillante appelle : — ") == "La surveillante appelle"
    assert clause_before_colon("dans un « délai ") is None
    assert names_a_text("Au mur, le règlement affiché")
    assert not names_a_text("La surveillante en rappelle une")


def test_research_study_keeps_its_own_quote_rules(gazetteer):
    study = [
        "Méthode. Nous avons mené douze entretiens semi-directifs auprès de médecins généralistes.",
        "Je les ai rencontrés à leur cabinet ; je leur ai d'abord demandé de se présenter.",
        "J'ai enregistré puis transcrit chaque entretien moi-même.",
        "Le guide posait des questions ouvertes : « qu'est-ce que cela évoque pour vous ? »",
        "Le ministre l'a rappelé : « nous devons couvrir tous les territoires d'ici 2021 ! »",
    ]
    text, segs = _segment(study, gazetteer)
    assert _at(text, segs, "qu'est-ce que cela évoque").kind not in ("verbatim", "turn")
    assert _at(text, segs, "nous devons couvrir").kind not in ("verbatim", "turn")


# segfix32: a first-person account (a social work student's memoir) quotes who speaks to the author
# after "me dit un jour, au retour d'une visite :" (when and where between the verb and the colon),
# and a reply after a clause opened by "Lorsque" (narration, not a script's branch).
MEMOIR = [
    "Lors de mon stage au service d'accompagnement de Marseille, j'ai accompagné Mme B., 62 ans, qui n'avait "
    "plus de médecin traitant depuis deux ans.",
    "Karim (éducateur spécialisé au SAVS depuis dix ans) me dit un jour, au retour d'une visite : « Le médecin, "
    "il veut bien la prendre, mais il a plus de place avant mars. Faut passer par la CPTS. »",
    "Lorsque je propose à Mme B. de l'accompagner, elle me répond simplement : « Si vous venez avec moi, j'irai. »",
    "Je lui réponds que nous irons ensemble, et cette phrase devient le point de départ de ma question.",
]


def test_who_speaks_to_the_author_after_when_and_where(gazetteer):
    text, segs = _segment(MEMOIR, gazetteer, doc={"kind": "memoire"})
    s = _at(text, segs, "il veut bien la prendre")
    assert (s.kind, s.speaker) == ("verbatim", "Karim")
    assert _at(text, segs, "Si vous venez avec moi").kind == "verbatim"
    # a script's branch keeps its reading: an order, no one speaking in the narration
    from corpus.segment.field_labels import field_lead
    assert field_lead("Si le patient refuse, répondre : ")
    assert not field_lead("Lorsque je propose à Mme B. de venir, elle me répond simplement : ")
    # the verb far from the colon: a description of a day, not words announced
    far = ["Je travaille au SAVS depuis deux ans et j'y apprends beaucoup de choses.",
           "Karim me dit bonjour chaque matin, puis il part en visite avec la voiture de service et revient tard : "
           "« Mission accomplie pour aujourd'hui. »"]
    text2, segs2 = _segment(far, gazetteer, doc={"kind": "memoire"})
    assert _at(text2, segs2, "Mission accomplie").kind == "narrative"


def test_the_narrators_own_question_is_no_item(gazetteer):
    """"je me suis demandé : « … »" in a reflexivity section: the author's own thought; someone
    met who speaks to the author stays speech in the same narration."""
    lines = ["Je suis moi-même infirmière, et j'ai mené les entretiens dans le service où je travaille.",
             "Avant le premier entretien, je me suis demandé : « Vont-elles me répondre comme à une "
             "collègue ou comme à une enquêtrice ? » Cette question m'a suivie.",
             "Le premier jour, une aide-soignante m'arrête : « Vous venez nous surveiller ? » Je lui explique "
             "ma démarche.",
             "Puis je lui ai répondu : « Non, je viens vous écouter. » Elle a souri."]
    text, segs = _segment(lines, gazetteer)
    assert _at(text, segs, "Vont-elles me répondre").kind not in ("verbatim", "turn")
    assert _at(text, segs, "Non, je viens vous écouter").kind not in ("verbatim", "turn")
    assert _at(text, segs, "Vous venez nous surveiller").kind == "verbatim"


def test_a_clause_with_the_narrator_as_subject():
    from corpus.segment.narrated_quotes import _narrator_speaks

    assert _narrator_speaks("Avant le premier entretien, je me suis demandé")
    assert _narrator_speaks("et j'ai pensé")
    assert not _narrator_speaks("Je lui demande ce qu'elle en pense, et elle répond")
    assert not _narrator_speaks("Karim me dit un jour")
    assert not _narrator_speaks("Quand je suis arrivée, la cadre m'a dit")
