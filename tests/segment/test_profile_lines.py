"""A quotation's speaker on the paragraph after it, "Praticien E, 52 ans, cabinet individuel,
Haut-Rhin" (segment/profile_lines.py); look-alikes: a table title, a sentence, a line after
narrative prose, a quotation already attributed."""

from __future__ import annotations

import pytest
from conftest import GAZETTEER_PATH
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.profile_lines import profile_line
from corpus.segment.regions import load_gazetteer


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer(str(GAZETTEER_PATH))


THESIS = [
    "3.2 La garde du dimanche vue par les praticiens",
    "Dix chirurgiens-dentistes et deux assistantes dentaires exerçant en Lorraine ont été interrogés en 2023.",
    "« Le dimanche de garde, je vois arriver des gens de tout le secteur qui n'ont pas de dentiste traitant. »",
    "Praticien E, 52 ans, cabinet individuel, Vosges",
    "Les assistantes rencontrées insistent sur l'accueil téléphonique, qu'elles assurent seules :",
    "« Moi je prends les appels, je trie, et le docteur arrive à dix heures, c'est comme ça. »",
    "Assistante B, 44 ans, cabinet de groupe, Épinal",
]


def test_the_profile_line_names_the_quote_above(gaz):
    text, segs = _segment(THESIS, gaz)
    s = _at(text, segs, "Le dimanche de garde")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Praticien E", "autre")
    s = _at(text, segs, "Moi je prends les appels")
    # "Assistante": the document's "assistantes dentaires"
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Assistante B", "autre_paramedical")


@pytest.mark.parametrize("line", [
    "Tableau 4, données 2022 de l'Ordre",  # no age field
    "Praticien E a 52 ans et exerce seul dans les Vosges.",  # a sentence
    "Figure 2, 52 ans de permanence des soins : une histoire.",  # a stop inside
])
def test_look_alikes_are_no_profile_line(line):
    assert profile_line(line) is None


def test_a_profile_line_after_prose_names_no_one(gaz):
    lines = [*THESIS[:2], "La plupart décrivent une garde subie.", "Praticien E, 52 ans, cabinet individuel, Vosges",
             "« Le dimanche de garde, je vois arriver des gens de tout le secteur. »"]
    text, segs = _segment(lines, gaz)
    assert _at(text, segs, "Le dimanche de garde").speaker == ""


# s24-segattr5: a vox pop whose quotes name nobody, each person given by the photo caption on the
# next paragraph (profile_lines.yaml caption_line_words)
VOX_POP = [
    "Fermeture de la maternité : les habitants de Saint-Claude s'inquiètent",
    "Nous avons recueilli l'avis de passants et de soignants, mardi, devant la mairie.",
    "« Ma fille accouche en mars. Avec mon mari, on a fait le calcul : Lons, c'est une heure de route, et je ne conduis plus la nuit. »",
    "Photo : Bernadette, 63 ans, commerçante, à Saint-Claude.",
    "« Les jeunes mamans m'appellent le soir, je fais ce que je peux, mais on nous demande de tout surveiller à domicile, sans sage-femme à côté. »",
    "Photo : Solène, sage-femme libérale à Morez.",
    "« Moi je n'ai jamais eu de souci, mais je comprends qu'on ait peur, surtout l'hiver quand la route est mauvaise. »",
    "Photo : Hugo, 24 ans, étudiant, à Saint-Claude.",
    "« On voit arriver au comptoir des femmes inquiètes qui ne savent plus qui appeler le week-end. »",
    "Photo : Nadia, pharmacienne à Saint-Claude.",
    "Photos : P.-Y. B. / Le Progrès",
]


def test_a_photo_caption_names_the_quote_above(gaz):
    text, segs = _segment(VOX_POP, gaz)
    s = _at(text, segs, "Ma fille accouche en mars")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Bernadette", "autre", "Bourgogne-Franche-Comté")
    s = _at(text, segs, "sans sage-femme à côté")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Solène", "sage_femme")
    assert _at(text, segs, "Le Progrès").kind == "narrative"


@pytest.mark.parametrize("line", [
    "Photo : Morez, le marché du samedi.",  # a place and a scene: no age, no role
    "Photos : P.-Y. B. / Le Progrès",  # a credit
    "Photo : la maternité de Saint-Claude, fermée depuis juin.",  # no first name
])
def test_captions_that_name_no_person_name_no_one(line, gaz):
    from corpus.segment.profile_lines import caption_line

    assert caption_line(line) is None
    lines = [*VOX_POP[:2], "« Avec mon mari, on a fait le calcul : Lons, c'est une heure de route, et je ne conduis plus la nuit. »",
             line, *VOX_POP[4:]]
    text, segs = _segment(lines, gaz)
    s = _at(text, segs, "une heure de route")
    assert s.kind == "verbatim" and s.speaker == ""


def test_a_numbered_person_opening_the_paragraph_of_the_quotation(tmp_path):
    # s44: a round's notebook: "Lectrice n° 7, 88 ans, Badaroux. Elle rend … « … »": the reader the
    # paragraph opens with speaks, presented by an age (autre), placed by her commune
    import heldout

    pages = [[["", "Médiathèque du Mont Lozère – Annexe : extraits du cahier de tournée du portage à domicile"],
              ["", "Le portage concerne 23 lecteurs qui ne peuvent plus se déplacer. Ils sont désignés ici par leur "
                   "numéro de carte de lecteur."],
              ["bold", "Mardi 5 mars – Badaroux"],
              ["", "Lectrice n° 7, 88 ans, Badaroux. Elle rend les deux romans du mois et en redemande deux autres. "
                   "« Les gros caractères, c'est bien, mais ce qui me manque, c'est de parler de ce que j'ai lu. »"],
              ["", "L'infirmière libérale, Sabine Roux, arrive pour l'insuline pendant la lecture : « Continuez, je fais "
                   "ma piqûre en écoutant, ça lui fait plus de bien que tout le reste. »"],
              ["bold", "Jeudi 14 mars – Le Bleymard"],
              ["", "Lecteur n° 12, 79 ans, ancien cantonnier, Le Bleymard. Il ne lit que des récits de montagne : "
                   "« L'hiver, vous êtes la seule voiture que je vois de la semaine. »"]]]
    spec = {"doc": {"doc_id": "t", "kind": "rapport", "region": "", "place": ""}, "pages": pages}
    text, segs = heldout.segment_document(spec, tmp_path)
    at = {text[s["char_start"]:s["char_end"]][:25]: s for s in segs}
    reader = next(s for k, s in at.items() if k.startswith("« Les gros caractères"))
    assert (reader["speaker"], reader["role"], reader["region"]) == ("Lectrice n° 7", "autre", "Occitanie")
    assert next(s for k, s in at.items() if k.startswith("« L'hiver"))["speaker"] == "Lecteur n° 12"
