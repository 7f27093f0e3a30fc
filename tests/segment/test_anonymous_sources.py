"""Anonymous press sources: « … », confie, sous couvert d'anonymat, un cadre de l'agence (a
circumstance between the incise's verb and its subject: conventions.VERB_AFTER) and "Une source
proche du dossier évoque … : « … »" (person_nouns, lang/fr/attributions.yaml). The article's
italic standfirst above a sentence that runs into a quoted term ("le bilan est présenté comme
« encourageant »") gets no source line (quotes._description_below, a copula). Session 21
(segfix52): round 38's investigative press article."""

from __future__ import annotations

from segment_text import line_styles, segment_at, segment_lines

LINES = ["Déserts médicaux : le plan de l'agence régionale patine",
         "Six mois après son lancement, le dispositif d'aide à l'installation peine à convaincre. Plusieurs acteurs "
         "ont accepté de nous parler, à condition de ne pas être nommés.",
         "Au siège de l'agence régionale de santé, à Nancy, le bilan est présenté comme « encourageant » par la "
         "communication officielle. En interne, le ton est différent. « On a signé quatre contrats en six mois. "
         "Quatre. Personne ici ne croit que ça va suffire », confie, sous couvert d'anonymat, un cadre de l'agence.",
         "Une source proche du dossier évoque aussi des tensions entre la direction générale et les délégations : "
         "« les délégations n'ont pas été associées, elles découvrent les mesures dans la presse »."]


def test_anonymous_sources_speak_and_the_standfirst_does_not(gazetteer):
    text, segs = segment_lines(LINES, gazetteer, doc={"kind": "presse"}, styles=line_styles(LINES, {1}))
    for snippet in ("On a signé quatre contrats", "les délégations n'ont pas été associées"):
        seg = segment_at(text, segs, snippet)
        assert (seg.kind, seg.speaker, seg.region) == ("verbatim", "", "Grand Est")
    assert segment_at(text, segs, "peine à convaincre").kind == "narrative"
    assert segment_at(text, segs, "le bilan est présenté").kind == "narrative"


def test_unseen_variant_other_circumstance_and_source(gazetteer):
    lines = ["À Rennes, la fermeture des urgences de nuit inquiète.",
             "« On nous a prévenus la veille, par un simple courriel », lâche, sans vouloir être cité, un cadre "
             "hospitalier de l'établissement.",
             "Une source interne à la direction confirme le calendrier : « la réouverture n'est pas prévue avant l'automne »."]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "presse"})
    for snippet in ("On nous a prévenus la veille", "la réouverture n'est pas prévue"):
        seg = segment_at(text, segs, snippet)
        assert (seg.kind, seg.region) == ("verbatim", "Bretagne")


def test_near_miss_a_data_source_and_a_framework(gazetteer):
    # "la source des données", "le cadre de la réforme": no person behind the quoted words
    lines = ["La source des données précise : « séjours de plus de 24 heures ».",
             "Le cadre de la réforme prévoit : « une meilleure articulation entre ville et hôpital »."]
    _, segs = segment_lines(lines, gazetteer, doc={"kind": "presse"})
    assert not [s for s in segs if s.kind in ("verbatim", "turn")]
