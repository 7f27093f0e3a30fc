"""Quotations grouped under headings that name a profile (segment/profile_sections.py, s55): "Ce qu'en
disent les pharmaciens" over a synthesis and a quotation that nothing else attributes. Look-alikes: one
such heading only (a section about a trade), a heading naming no role, a quotation with its own
attribution."""

from __future__ import annotations

from segment_text import heading_structure, segment_at, segment_lines

from corpus.segment.profile_sections import profile_headings

LINES = [
    "Chapitre 3. Les usagers du dispositif",
    "Dix-huit professionnels de Lodève et de Clermont-l'Hérault ont été interrogés en 2024. Leurs propos sont "
    "rapportés sans code, par profil.",
    "Le regard des pharmaciens",
    "Les pharmaciens voient surtout la charge administrative du protocole.",
    "« Je remplis trois fois la même fiche, une pour la caisse, une pour le médecin et une pour nous. »",
    "Le regard des kinésithérapeutes",
    "Les kinésithérapeutes décrivent une coordination plus rapide qu'avant.",
    "« Maintenant l'ordonnance arrive avant le patient, et je peux caler la première séance. »",
    "Paroles diverses",
    "« On aimerait que quelqu'un réponde au téléphone le samedi matin. »",
]


def test_a_quotation_takes_the_role_its_profile_heading_names(gazetteer):
    text, segs = segment_lines(LINES, gazetteer, structure=heading_structure(LINES, [0, 2, 5, 8]))
    pharm = segment_at(text, segs, "Je remplis trois fois la même fiche")
    kine = segment_at(text, segs, "je peux caler la première séance")
    other = segment_at(text, segs, "réponde au téléphone le samedi")
    assert (pharm.kind, pharm.speaker, pharm.role) == ("verbatim", "", "pharmacien")
    assert (kine.kind, kine.role) == ("verbatim", "kinesitherapeute")
    assert other.role == "inconnu"  # a heading that names no role gives none


def test_one_heading_naming_a_trade_is_a_topic_not_a_convention():
    assert profile_headings(["Le regard des pharmaciens", "Paroles diverses"]) == {}
    assert profile_headings(["Le regard des pharmaciens", "Ce qu'en disent les pharmaciens titulaires"]) == {}
    assert profile_headings(["Le regard des pharmaciens", "Le regard des infirmiers libéraux"]) == {
        "Le regard des pharmaciens": "pharmacien", "Le regard des infirmiers libéraux": "infirmier"}
