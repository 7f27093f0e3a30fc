"""A decision's reasons quoting its parties ("Considérant que Mme C soutient … ; qu'elle a déclaré à
l'audience : « … »"): segment/decision_reasons.py (s28-segr47d)."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.decision_reasons import quoted_party


def test_an_anonymised_chamber_decision_quotes_its_parties(gazetteer):
    # round 47's case (an order's disciplinary chamber, parties by a letter) in other words: a midwife
    lines = ["Chambre disciplinaire de première instance de l'ordre des sages-femmes – Décision n° 22-041",
             "Vu la plainte de M. B, demeurant à E (Morbihan), dirigée contre Mme F, sage-femme libérale à G (Morbihan) ;",
             "Considérant que M. B soutient que la visite à domicile n'a pas eu lieu ; qu'il a déclaré à l'audience : "
             "« J'ai attendu toute la matinée et personne ne m'a prévenu » ;",
             "Considérant que Mme F conteste ces faits ; qu'elle a déclaré à l'audience : "
             "« Le rendez-vous avait été déplacé au lendemain, je l'ai noté dans le dossier » ;",
             "Considérant qu'elle a ajouté : « Je reconnais que j'aurais dû rappeler la famille » ;",
             "DÉCIDE : Article 1er – La plainte est rejetée."]
    text, segs = _segment(lines, gazetteer)
    plaintiff = _at(text, segs, "attendu toute la matinée")
    assert (plaintiff.kind, plaintiff.speaker, plaintiff.role) == ("verbatim", "M. B", "autre")
    for said in ("Le rendez-vous avait été déplacé", "Je reconnais que"):
        midwife = _at(text, segs, said)
        assert (midwife.kind, midwife.speaker, midwife.role) == ("verbatim", "Mme F", "sage_femme")


def test_a_court_s_reasons_by_attendu_que_and_a_surname():
    # unseen: a court's "Attendu que", a party by a surname, the pronoun's reason above
    text = ("Attendu que M. Lemoine, infirmier libéral, a reconnu les faits à l'audience ; "
            "qu'il a déclaré : « Je n'avais pas le choix ce soir-là » ; "
            "Attendu qu'il a précisé : « Le médecin de garde ne répondait pas » ;")
    first = text.index("« Je n'avais")
    second = text.index("« Le médecin")
    assert quoted_party(text, first) == ("M. Lemoine", "m")
    assert quoted_party(text, second) == ("M. Lemoine", "m")


def test_reasons_that_name_no_party_of_the_pronoun_s_gender_give_none():
    # near-misses: a pronoun of the other gender than the reason's party, a reason naming no party, and
    # the same clauses outside a decision's reason
    other_gender = "Considérant que Mme C soutient que la délivrance était irrégulière ; qu'il a déclaré : « On m'a mal renseigné » ;"
    assert quoted_party(other_gender, other_gender.index("«")) is None
    no_party = "Considérant que le rapporteur a rappelé les textes : « Le pharmacien doit vérifier l'ordonnance » ;"
    assert quoted_party(no_party, no_party.index("«")) is None
    no_reason = "Mme C soutient que rien ne lui a été expliqué ; elle a déclaré : « Personne ne m'a rien dit » ;"
    assert quoted_party(no_reason, no_reason.index("«")) is None
