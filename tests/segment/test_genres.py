"""Genre conventions (segment/genres.py): invented exchanges and dated headlines are nobody's
words; bracketed leads "[who – what they do] words" are someone's."""

from __future__ import annotations

import pytest
from conftest import GAZETTEER_PATH

from corpus.segment import segment_text
from corpus.segment.base import split_lines
from corpus.segment.genres import (
    bracket_leads,
    dated_source_lead,
    invented_section,
    model_phrase_section,
    numbered_turns,
    parse_bracket_lead,
)
from corpus.segment.regions import load_gazetteer

SPEECH = ("verbatim", "turn")


def _segments(paragraphs: list[str], headings: tuple[str, ...] = ()):
    """Segments of the paragraphs; each paragraph listed in ``headings`` opens a section."""
    text = "\n".join(paragraphs) + "\n"
    starts = [text.index(h + "\n") for h in headings]
    bounds = [0, *starts, len(text)] if not starts or starts[0] else [*starts, len(text)]
    structure = []
    for n, (a, b) in enumerate(zip(bounds, bounds[1:])):
        head = text[a:text.index("\n", a)] if a in starts else ""
        structure.append({"section_id": str(n + 1), "kind": "body", "level": "1", "heading": head,
                          "char_start": str(a), "char_end": str(b)})
    segs = segment_text(text, {"doc_id": "t", "region": "", "place": ""}, [], structure,
                        load_gazetteer(str(GAZETTEER_PATH)))
    return text, segs


def _kind_of(text: str, segs, snippet: str) -> str:
    at = text.index(snippet)
    return next(s.kind for s in segs if s.char_start <= at < s.char_end)


EXCHANGE = ["M. R., 70 ans, diabétique, consulte pour une plaie du pied qui ne cicatrise pas.",
            "M. R. : « Je ne sens plus rien sous le pied depuis l'été, alors je ne regardais pas. »",
            "Dr : « Qui vous fait les pansements en ce moment, et tous les combien ? »",
            "M. R. : « Ma voisine, quand elle passe, mais elle travaille beaucoup. »"]


@pytest.mark.parametrize("title, invented", [
    ("Vignette n° 3 – Mme B., 82 ans, essoufflée", True),
    ("Cas clinique 2 : plaie du pied diabétique", True),
    ("Mise en situation pour l'atelier", True),
    ("Jeu de rôle : l'appel du pharmacien", True),
    ("Résultats : la coordination vue par les patients", False),
    ("Entretien avec Mme B., 82 ans", False),
    ("Les cas contacts pendant l'épidémie", False),  # "cas" alone names no teaching case
])
def test_which_headings_name_an_invented_case(title, invented):
    assert invented_section(title) is invented


def test_an_exchange_under_an_invented_case_heading_is_nobodys_words():
    title = "Cas clinique n° 2 – M. R., 70 ans, plaie du pied"
    text, segs = _segments([title, *EXCHANGE, "Questions pour le groupe", "Qui prévenir en premier ?"],
                           headings=(title, "Questions pour le groupe"))
    assert not [s.text for s in segs if s.kind in SPEECH]
    assert _kind_of(text, segs, "Je ne sens plus rien") == "narrative"


def test_the_same_exchange_reported_from_an_interview_stays_speech():
    # the look-alike: a patient's words quoted in an interview study's results, same labels
    title = "Résultats : le parcours des patients"
    intro = ("Nous avons mené douze entretiens semi-directifs avec des patients diabétiques ; "
             "M. R. raconte sa plaie ainsi :")
    text, segs = _segments([title, intro, "« Je ne sens plus rien sous le pied depuis l'été, alors je ne "
                                          "regardais pas, et personne ne m'a dit de regarder. »"], headings=(title,))
    assert _kind_of(text, segs, "Je ne sens plus rien") in SPEECH


@pytest.mark.parametrize("lead, dated", [
    ("Le Quotidien du médecin (10/10) : ", True),
    ("Ouest-France (12 octobre 2023) : ", True),
    ("Egora (1er mars) : ", True),
    ("Le médecin (E3) : ", False),          # a code, not a date
    ("Une infirmière (48 ans) : ", False),  # an age
    ("Le 10/10, le médecin explique : ", False),  # a date in the sentence, not a source's
])
def test_a_dated_source_before_a_quotation(lead, dated):
    assert dated_source_lead(lead) is dated


def test_a_press_review_headline_naming_doctors_is_no_verbatim():
    text, segs = _segments(["Revue de presse de la semaine", "NATIONAL :",
                            "Le Quotidien du médecin (10/10) : « Service d'accès aux soins : le déploiement "
                            "prend du retard dans les départements »."], headings=("Revue de presse de la semaine",))
    assert _kind_of(text, segs, "le déploiement prend du retard") == "narrative"


@pytest.mark.parametrize("line, who, desc", [
    ("[SONORE – Dr Hélène Vasseur, médecin généraliste à Brive] On a eu quatre cents appels.",
     "Dr Hélène Vasseur", "médecin généraliste à Brive"),
    ("• [Répondant 34 – pharmacien – Ardèche] Un annuaire régional des coordinateurs.",
     "Répondant 34", "pharmacien, Ardèche"),
    ("[ITW – Raymond, 81 ans] Moi j'ai pas eu peur, ma fille m'a inscrit.", "Raymond", "81 ans"),
])
def test_a_bracket_naming_a_person_leads_their_words(line, who, desc):
    lead, offset = parse_bracket_lead(line)
    assert (lead.speaker, lead.desc, lead.continuation) == (who, desc, False)
    assert line[offset:offset + 3] in ("On ", "Un ", "Moi")


@pytest.mark.parametrize("line", [
    "[OFF] Dès huit heures, la file d'attente s'allonge devant le gymnase.",
    "[PHOTO – Jean Dupont, maire de Brive] Le maire inaugure le centre de vaccination.",
    "[en même temps] Non, pas du tout, ce n'est pas ça.",
    "[I3] « Avant, la CPTS, pour moi, c'était un mail. »",
    "[12] Martin et al. ont décrit ces communautés en 2020.",
    "[Source – ARS Occitanie, rapport 2022] Les chiffres de la vaccination.",
])
def test_brackets_that_name_no_speaker(line):
    assert parse_bracket_lead(line) is None


def test_a_lone_bracket_is_no_convention():
    lines = split_lines("Un paragraphe.\n[SONORE – Dr Hélène Vasseur, médecin généraliste à Brive] On a eu "
                        "quatre cents appels en une matinée.\n")
    assert bracket_leads(lines) == {}


def test_survey_answers_in_brackets_with_a_continuation():
    text, segs = _segments([
        "Question 14 (réponses libres)",
        "Sur les 212 répondants, 97 ont répondu à cette question ouverte.",
        "• [Répondant 12 – coordinatrice – Drôme] Des modèles de fiches de poste, chaque CPTS réinvente tout.",
        "• [Répondant 34 – pharmacien – Ardèche] Un annuaire régional des coordinateurs.",
        "• [suite de la réponse 34] Et une formation pour les présidents, on est nommés sans savoir.",
        "Appui juridique : 64 %"], headings=("Question 14 (réponses libres)",))
    speech = [s for s in segs if s.kind in SPEECH]
    assert [(s.speaker, s.role, s.region) for s in speech] == [
        ("Répondant 12", "coordinateur", "Auvergne-Rhône-Alpes"), ("Répondant 34", "pharmacien", "Auvergne-Rhône-Alpes")]
    assert "Et une formation pour les présidents" in speech[1].text
    assert _kind_of(text, segs, "Sur les 212 répondants") == "narrative"
    assert _kind_of(text, segs, "Appui juridique") == "narrative"


ACCOUNTS = ["Vos témoignages : le retour à la maison",
            "Chaque mois, nous publions les récits que vous nous envoyez sur la sortie d'hôpital d'un proche.",
            "Rendu un vendredi soir",
            "Mon mari est sorti de l'hôpital d'Albi un vendredi à dix-huit heures, personne ne m'avait prévenue.",
            "Le lundi, j'ai appelé notre médecin. Elle ne savait même pas qu'il était sorti, et moi non plus.",
            "Martine, 67 ans, aidante de son mari, près d'Albi",
            "Ce que j'aurais voulu savoir",
            "Pour ma mère, tout s'est bien passé, et je crois que c'est grâce à la coordinatrice de la CPTS.",
            "Jean-Claude, 72 ans, fils d'une patiente, Rodez",
            "Le mot de l'association",
            "Nous remercions Martine et Jean-Claude pour leurs récits de ce mois-ci, si précieux pour nous tous."]
HEADS = ("Vos témoignages : le retour à la maison", "Rendu un vendredi soir", "Ce que j'aurais voulu savoir",
         "Le mot de l'association")


def test_accounts_signed_after_them_are_their_authors_words():
    text, segs = _segments(ACCOUNTS, headings=HEADS)
    speech = [s for s in segs if s.kind in SPEECH]
    assert [(s.speaker, s.region) for s in speech] == [("Martine", "Occitanie"), ("Jean-Claude", "Occitanie")]
    assert "Le lundi, j'ai appelé" in speech[0].text  # one verbatim over the account's paragraphs
    assert _kind_of(text, segs, "Martine, 67 ans") == "attribution"
    assert _kind_of(text, segs, "Nous remercions") == "narrative"


def test_one_signed_text_or_third_person_paragraphs_are_no_accounts():
    # an editorial signed by its author: one signature in the document, no convention
    one = ACCOUNTS[:6] + ["Le mot de l'association", ACCOUNTS[-1]]
    _, segs = _segments(one, headings=("Vos témoignages : le retour à la maison", "Rendu un vendredi soir",
                                       "Le mot de l'association"))
    assert not [s for s in segs if s.kind in SPEECH]
    # the look-alike: the author describes two people in the third person above their cards
    third = ["Portraits", "Martine accompagne son mari depuis sa sortie de l'hôpital d'Albi en 2021.",
             "Martine, 67 ans, aidante de son mari, près d'Albi", "Suite",
             "Jean-Claude rend visite à sa mère chaque jour depuis que la CPTS a organisé son retour.",
             "Jean-Claude, 72 ans, fils d'une patiente, Rodez"]
    _, segs = _segments(third, headings=("Portraits", "Suite"))
    assert not [s for s in segs if s.kind in SPEECH]


@pytest.mark.parametrize("after, name", [
    (" (Karim, avril 2022).", "Karim"),
    (" (Dr Anne Berthelot, mai 2022)", "Dr Anne Berthelot"),
    (" (Martin, 2020).", None),          # an author and a year: the literature
    (" (Brest, Finistère).", None),      # a place, no date
    (" (E3, médecin généraliste)", None),  # a code and a description: quotes.py's
])
def test_a_name_and_the_month_of_the_interview_after_a_quotation(after, name):
    from corpus.segment.genres import named_date_call
    found = named_date_call(after)
    assert (found[0] if found else None) == name


def test_informants_cited_by_name_and_month_get_the_description_the_text_gave_them():
    text, segs = _segments([
        "Chapitre 4. Le centre de santé pendant la crise",
        "Karim (pseudonyme), médiateur santé recruté par la ville en 2020, va vers les foyers. Il insiste : "
        "« les gens ne venaient pas au centre parce qu'ils ne connaissaient personne. Moi je parle leur langue » "
        "(Karim, avril 2022).",
        "La médecin généraliste du centre, que nous appellerons Dr Anne Berthelot, voit les choses autrement :",
        "« Au début, ils nous voyaient comme des concurrents. [Et maintenant ?] Maintenant on est au bureau. » "
        "(Anne Berthelot, mai 2022)",
        "Le rapport de la ville le confirmait : « la fréquentation a doublé en un an » (Martin, 2020)."],
        headings=("Chapitre 4. Le centre de santé pendant la crise",))
    speech = [s for s in segs if s.kind in SPEECH]
    assert [(s.speaker, s.role) for s in speech] == [("Karim", "autre"), ("Anne Berthelot", "medecin_generaliste")]
    assert "Maintenant on est au bureau" in speech[1].text  # the relaunch in brackets stays inside
    assert _kind_of(text, segs, "la fréquentation a doublé") == "narrative"


@pytest.mark.parametrize("line, host", [
    ("[PLATEAU] Présentatrice : En Corrèze, la vaccination a commencé ce matin.", "Présentatrice"),
    ("[DIRECT] Journaliste : Nous sommes devant le gymnase de Brive.", "Journaliste"),
    ("[PLATEAU] Dr Vasseur : On a eu quatre cents appels.", ""),  # a guest on set speaks her own words
    ("Présentatrice : En Corrèze, la vaccination a commencé.", ""),  # no production tag: discovery's
    ("[00:01:12] Présentatrice : Bonsoir à tous.", ""),  # a time, not a tag
])
def test_a_host_labelled_after_a_production_tag(line, host):
    from corpus.segment.genres import host_label
    assert host_label(line) == host


def test_a_broadcast_script_hosts_lines_and_sound_bites():
    text, segs = _segments([
        "Édition du soir – Sujet 3 : vaccination à Brive",
        "[PLATEAU] Présentatrice : En Corrèze, la vaccination des plus de 75 ans a commencé ce matin.",
        "[OFF] Dès huit heures, la file d'attente s'allonge devant le gymnase.",
        "[SONORE – Dr Hélène Vasseur, médecin généraliste à Tulle] On a eu quatre cents appels en une matinée.",
        "[SONORE – Françoise Bertin, adjointe au maire de Tulle] La ville a mis le gymnase et le chauffage.",
        "[SONORE – suite] Maintenant il faut des doses, sans doses ça ne sert à rien.",
        "[PLATEAU] Présentatrice : Le centre espère doubler ses créneaux la semaine prochaine."],
        headings=("Édition du soir – Sujet 3 : vaccination à Brive",))
    assert _kind_of(text, segs, "En Corrèze") == "moderator"
    assert _kind_of(text, segs, "Le centre espère") == "moderator"
    assert _kind_of(text, segs, "Dès huit heures") == "narrative"
    speech = [s for s in segs if s.kind in SPEECH]
    assert [(s.speaker, s.role, s.region) for s in speech] == [
        ("Dr Hélène Vasseur", "medecin_generaliste", "Nouvelle-Aquitaine"), ("Françoise Bertin", "elu", "Nouvelle-Aquitaine")]
    assert "Maintenant il faut des doses" in speech[1].text


EXTRACT = ("01 ENQ et vous (.) vous êtes allé aux réunions ? 02 MARC .hh une fois (0.5) une seule fois (.) "
           "c'était un mardi soir 03 heures et demie (.) moi j'ai encore des patients [voilà 04 ENQ [d'accord "
           "05 MARC ouais = on est là pour faire nombre sur la liste")


def test_a_line_numbered_extract_cut_at_its_labels():
    turns = numbered_turns(EXTRACT)
    assert [(EXTRACT[a:b].split()[:2], label) for a, b, label in turns] == [
        (["01", "ENQ"], "ENQ"), (["02", "MARC"], "MARC"), (["04", "ENQ"], "ENQ"), (["05", "MARC"], "MARC")]
    assert "03 heures et demie" in EXTRACT[turns[1][0]:turns[1][1]]  # an unlabelled number continues the turn


@pytest.mark.parametrize("line", [
    "12 ARS 2021 Rapport annuel 13 HAS 2020 Recommandations 14 CNAM 2019 Rapport",  # numbers not turns
    "Tableau 3 : 01 MG 12 02 IDE 8 03 PH 4",  # the paragraph does not open with the numbered lines
    "01 ENQ bonjour 02 ENQ vous êtes 03 ENQ installé 04 ENQ depuis",  # one label only: a list
    "2020 CPTS créées 2021 CPTS signées",  # not consecutive
])
def test_numbered_lines_that_are_no_extract(line):
    assert numbered_turns(line) == []


def test_the_speaker_of_a_numbered_extract_is_described_by_its_title():
    title = "Extrait 2 – Marc, masseur-kinésithérapeute, Saint-Gaudens (Haute-Garonne), mai 2021"
    text, segs = _segments(["Les kinés et la CPTS", "L'extrait suivant est transcrit selon Jefferson (2004).",
                            title, EXTRACT, "La pause qui précède « décor » dit l'embarras."],
                           headings=("Les kinés et la CPTS", title))
    turns = [(s.kind, s.speaker, s.role, s.region) for s in segs if s.kind in ("turn", "moderator")]
    assert turns == [("moderator", "ENQ", "autre", ""), ("turn", "Marc", "kinesitherapeute", "Occitanie"),
                     ("moderator", "ENQ", "autre", ""), ("turn", "Marc", "kinesitherapeute", "Occitanie")]


def test_the_codes_of_a_numbered_extract_keyed_in_words():
    # round 41's case: ICOR trigrams keyed before the extract ("PHA désigne la pharmacienne titulaire,
    # CLI la cliente, PRE le préparateur")
    key = ("Les extraits suivent les conventions ICOR : PHA désigne la pharmacienne titulaire, CLI la cliente, "
           "PRE le préparateur ; (.) note une pause brève.")
    extract = ("001 PHA alors c'est le générique (.) c'est la même molécule/ 002 CLI ah non mais le docteur "
               "il m'a dit [pas de générique 003 PHA [il a pas coché non substituable 004 CLI (1.2) bon ben "
               "mettez le générique alors 005 PRE je vous prépare le ticket/")
    text, segs = _segments(["Négocier la substitution au comptoir", key, "Extrait 4", extract], headings=("Extrait 4",))
    turns = [(s.speaker, s.role) for s in segs if s.kind == "turn"]
    # annot1 (s23): the préparateur autre_paramedical, as round 41 annotates it (ANNOTATION.md, decision 2)
    assert turns == [("PHA", "pharmacien"), ("CLI", "autre"), ("PHA", "pharmacien"), ("CLI", "autre"),
                     ("PRE", "autre_paramedical")]
    # variant: a consultation's codes, a key with "pour"
    key = "Conventions de transcription : MED pour médecin généraliste, PAT pour patiente, ACC pour accompagnant."
    extract = ("01 MED vous avez mal où exactement ? 02 PAT là (.) dans le bas du dos 03 ACC depuis lundi "
               "04 MED d'accord")
    text, segs = _segments(["Observer la consultation", key, "Extrait 1", extract], headings=("Extrait 1",))
    assert [(s.speaker, s.role) for s in segs if s.kind == "turn"][:2] == [("MED", "medecin_generaliste"), ("PAT", "autre")]
    # near-miss: a name in capitals nobody keys is still a first name
    text, segs = _segments(["Les kinés et la CPTS", key, "Extrait 2", EXTRACT], headings=("Extrait 2",))
    assert {s.speaker for s in segs if s.kind == "turn"} == {"Marc"}


PORTRAIT = ["Portrait de la semaine : Claire, la sage-femme qui fait la route",
            "Quarante mille kilomètres par an : c'est la distance que parcourt Claire chaque année.",
            "« Je fais les visites à domicile après la sortie, les mamans ont besoin de quelqu'un », confie-t-elle.",
            "Le docteur Olivier Marchand, médecin généraliste à Bourganeuf, en témoigne : « Sans elle, on aurait "
            "trois fois plus de réhospitalisations. »",
            "Le maire, Paul Roux, a une autre idée : « je voudrais une maison de santé ici ».",
            "Sur l'affiche du cabinet, on lit « Prenez soin de vous et de vos proches ».",
            "Photo : Claire Dumont, sage-femme libérale installée à Guéret depuis 2009, dans son cabinet."]


def test_a_portraits_subject_named_only_in_the_caption():
    from corpus.segment.genres import caption_subject
    assert caption_subject(split_lines("\n".join(PORTRAIT) + "\n"), "\n".join(PORTRAIT) + "\n") == (
        "Claire Dumont", "sage-femme libérale installée à Guéret depuis 2009, dans son cabinet")
    text, segs = _segments(PORTRAIT, headings=(PORTRAIT[0],))
    speech = {text[s.char_start:s.char_end][:12]: (s.speaker, s.role, s.region) for s in segs if s.kind in SPEECH}
    assert speech["« Je fais le"] == ("Claire Dumont", "sage_femme", "Nouvelle-Aquitaine")
    assert speech["« Sans elle,"] == ("Olivier Marchand", "medecin_generaliste", "Nouvelle-Aquitaine")
    assert all(who != "Claire Dumont" for k, (who, _, _) in speech.items() if "maison de santé" in k or "voudrais" in k)
    assert _kind_of(text, segs, "Prenez soin de vous") == "narrative"  # a poster's words, no first person


@pytest.mark.parametrize("caption", [
    "Photo : le gymnase Jean-Lagane transformé en centre de vaccination.",  # a place, no person
    "Photo : Marie Dupont, infirmière libérale à Tulle.",  # a person the text never calls by name
    "Conclusion : Claire Martin, Guéret, 2009.",  # not a caption word
])
def test_captions_that_name_no_portrait_subject(caption):
    from corpus.segment.genres import caption_subject
    text = "Claire fait la route chaque jour. « Je connais les virages », dit-elle.\n" + caption + "\n"
    assert caption_subject(split_lines(text), text) is None


def test_a_turn_opened_by_its_label_and_a_dash_is_no_code_key_entry():
    from corpus.segment.genres import code_key
    text = ("ANIMATRICE — Vous avez fermé votre cabinet le samedi matin. Pourquoi ?\n"
            "INVITÉ — Parce que le samedi mes patients ne trouvent plus un seul cabinet ouvert dans le canton.\n")
    lines = split_lines(text)
    # read as a key, the turn's own words would be the guest's description
    assert code_key(lines, {"INVITÉ"}) == {"INVITÉ": "Parce que le samedi mes patients ne trouvent plus un seul cabinet ouvert dans le canton"}
    assert code_key(lines, {"INVITÉ"}, frozenset({lines[1].start})) == {}


def test_a_code_key_run_into_one_paragraph_describes_the_coded_quotes():
    from corpus.segment.genres import code_key
    key_line = ("I1 — pharmacien titulaire, 58 ans, officine rurale, Casteljaloux I3 — pharmacienne adjointe, "
                "29 ans, officine de quartier, Agen")
    lines = split_lines("Huit pharmaciens ont été interrogés :\n" + key_line + "\n"
                        "Comme le dit I3 — et elle n'est pas la seule — la CPTS a changé les choses.\n")
    assert code_key(lines, {"I1", "I3"}) == {"I1": "pharmacien titulaire, 58 ans, officine rurale, Casteljaloux",
                                             "I3": "pharmacienne adjointe, 29 ans, officine de quartier, Agen"}
    assert code_key(lines, {"I5"}) == {}  # a code with no entry
    text, segs = _segments(["2.4. Population interrogée", "Huit pharmaciens ont été interrogés :", key_line,
                            "3.1. Résultats",
                            "[I3] « Avant, la CPTS, pour moi, c'était un mail par mois, pas plus. »",
                            "[I1] « À la campagne, on n'a pas attendu la CPTS, on se connaît tous. »",
                            "[I7] « Moi je n'ai jamais été invitée aux réunions du soir, jamais. »"],
                           headings=("2.4. Population interrogée", "3.1. Résultats"))
    speech = {s.speaker: (s.role, s.region, s.attr_source) for s in segs if s.kind in SPEECH}
    assert speech["I3"] == ("pharmacien", "Nouvelle-Aquitaine", "participant_table")
    assert speech["I1"] == ("pharmacien", "Nouvelle-Aquitaine", "participant_table")
    # no entry: the key says nothing of I7 (the methods' role only); since session 19 the document's one
    # région (its places all lie in Nouvelle-Aquitaine: document_places.lone_place) reaches I7 too
    assert speech["I7"][1:] == ("Nouvelle-Aquitaine", "study_field")


def test_an_extract_announced_by_a_participants_code_line():
    from corpus.segment.genres import ANNOUNCE
    assert ANNOUNCE.match("P-07 (F, 41 ans) :").group("code") == "P-07"
    assert ANNOUNCE.match("E4 :").group("code") == "E4"
    assert ANNOUNCE.match("Les résultats montrent trois points :") is None  # a sentence introducing a list
    text, segs = _segments([
        "3.2. Résultats",
        "Les onze médecins interrogés (caractéristiques en annexe 3) décrivent la CPTS.",
        "P-07 (F, 41 ans) :",
        "« Avant le Covid, honnêtement, je ne savais même pas qui était le président de la CPTS. »",
        "Comme le résume un confrère, rien n'était prêt :",
        "« Je n'avais jamais entendu parler de la communauté avant le premier confinement, jamais. »",
        "Annexe 3. Caractéristiques des participants",
        "Code | Sexe | Âge | Mode d'exercice | Commune",
        "P-02 | H | 63 | Médecin généraliste, cabinet de groupe | Loudéac",
        "P-07 | F | 41 | Médecin généraliste, cabinet seul | Paimpol"],
        headings=("3.2. Résultats", "Annexe 3. Caractéristiques des participants"))
    at = {text[s.char_start:s.char_end][:12]: s for s in segs}
    assert (at["« Avant le C"].speaker, at["« Avant le C"].role, at["« Avant le C"].region) == \
        ("P-07", "medecin_generaliste", "Bretagne")
    assert at["« Je n'avais"].speaker == ""  # introduced by a sentence, not by a code


def test_a_participants_line_describing_the_civility_labels():
    from corpus.segment.genres import code_key
    key = ("Participants : Dr M. (médecin généraliste, Béthune), Mme K. (infirmière libérale, Bruay-la-Buissière), "
           "M. D. (pharmacien d'officine, Béthune). Durée : 1 h 30.")
    lines = split_lines(key + "\nLe Dr M. (voir plus haut) a ouvert la séance.\n")
    assert code_key(lines, {"Dr M.", "Mme K.", "M. D."}) == {
        "Dr M.": "médecin généraliste, Béthune", "Mme K.": "infirmière libérale, Bruay-la-Buissière",
        "M. D.": "pharmacien d'officine, Béthune"}
    # one code described in a sentence is no key
    assert code_key(split_lines("Le Dr M. (médecin généraliste, Béthune) anime.\n"), {"Dr M.", "Mme K."}) == {}
    text, segs = _segments(["Focus group – extrait", key,
                            "Anim. : Quand un patient sort de l'hôpital le vendredi soir, qui est prévenu ?",
                            "Mme K. : Nous. Enfin, nous quand la famille appelle. Sinon personne.",
                            "Dr M. : Moi je reçois le courrier le mardi, dans le meilleur des cas.",
                            "M. D. : Il vient à la pharmacie avec son ordonnance de sortie, et c'est nous qui voyons.",
                            "Anim. : Et la messagerie sécurisée, vous l'utilisez ?",
                            "Mme K. : Jamais, je n'ai l'adresse de personne, on fait tout par téléphone."],
                           headings=("Focus group – extrait",))
    roles = {(s.speaker, s.role, s.region) for s in segs if s.kind in SPEECH}
    assert roles == {("Mme K.", "infirmier", "Hauts-de-France"), ("Dr M.", "medecin_generaliste", "Hauts-de-France"),
                     ("M. D.", "pharmacien", "Hauts-de-France")}


def test_numbered_examples_take_the_role_of_the_sentence_that_mentions_them():
    text, segs = _segments([
        "III. 2. Sortir de l'hôpital",
        "Une ergothérapeute d'équipe spécialisée Alzheimer à Dole le raconte ainsi (14) :",
        "(14) «On passe la veille de la sortie, on voit la baignoire, on sait que ça ne va pas aller.»",
        "Une collègue installée à Besançon insiste sur l'absence de prescription (15) :",
        "(15) «Moi je n'existe pas dans le parcours, le médecin ne sait pas qu'il peut m'appeler.»",
        "(16) «Quand le dossier arrive chez nous, le patient est déjà rentré, alors on rattrape.»",
        "L'exemple (16), recueilli auprès d'une coordinatrice de CPTS à Pontarlier, montre le retard."],
        headings=("III. 2. Sortir de l'hôpital",))
    roles = [s.role for s in segs if s.kind in SPEECH]
    # (15): "une collègue" names no profession: the role stays unknown rather than a guess
    assert roles == ["autre_paramedical", "inconnu", "coordinateur"]


@pytest.mark.parametrize("after, code", [
    (", souligne la coordinatrice (R2). Le président …", "R2"),
    (", admet une infirmière libérale de Pont-à-Mousson (R8).", "R8"),
    (", écrit Strauss (1985).", None),  # a year: the literature (and no known code)
    (" (R2) et le reste du texte.", None),  # the code right after the quote: quotes.py's
])
def test_a_code_closing_the_clause_after_a_quotation(after, code):
    from corpus.segment.genres import CODE_CLOSING_CLAUSE
    m = CODE_CLOSING_CLAUSE.match(after)
    assert (m.group("code") if m and code else None) == code


def test_a_quote_given_to_a_description_then_a_known_code():
    text, segs = _segments([
        "3. Résultats",
        "Le tableau de bord devient un objet de négociation : «on remplit des indicateurs pour l'ACI, mais "
        "personne ne nous dit ce qu'ils deviennent», souligne la coordinatrice (R2).",
        "Un autre acteur le dit : «personne ne nous a jamais montré le tableau de bord», admet une infirmière (2019).",
        "Tableau 1 – Répondants", "Code | Fonction | Organisation | Durée",
        "R1 | Président | CPTS du Lunévillois | 1 h 25", "R2 | Coordinatrice salariée | CPTS du Lunévillois | 1 h 10"],
        headings=("3. Résultats", "Tableau 1 – Répondants"))
    speech = {text[s.char_start:s.char_end][:10]: s for s in segs if s.kind in SPEECH}
    assert (speech["«on rempli"].speaker, speech["«on rempli"].role) == ("R2", "coordinateur")
    assert speech["«personne "].speaker == ""  # a year closing the clause is no code


def test_a_pronoun_after_a_numbered_extract_continues_its_last_speaker():
    title = "Extrait 2 – Marc, masseur-kinésithérapeute, Saint-Gaudens (Haute-Garonne), mai 2021"
    paragraphs = ["Les kinés et la CPTS", title, EXTRACT,
                  "Marc conteste le calendrier. « Si on veut des kinés, il faut faire les réunions à midi », "
                  "ajoute-t-il un peu plus tard.",
                  "Les autres professions sont plus nombreuses dans les instances de la communauté.",
                  "Le bureau de la CPTS n'en démord pas. « Nous avons essayé les réunions à midi, personne ne "
                  "venait », répond-il."]
    text, segs = _segments(paragraphs, headings=("Les kinés et la CPTS", title))
    at = text.index("Si on veut des kinés")
    quote = next(s for s in segs if s.char_start <= at < s.char_end)
    assert (quote.kind, quote.speaker, quote.role) == ("verbatim", "Marc", "kinesitherapeute")
    # two paragraphs further on, "il" is someone else: not the extract's speaker
    assert _kind_of(text, segs, "Nous avons essayé les réunions") not in SPEECH or \
        next(s for s in segs if s.char_start <= text.index("Nous avons essayé") < s.char_end).speaker != "Marc"


VISIT = ["Julien est infirmier libéral sur le plateau de Millevaches. Ce jour-là, nous montons avec lui chez "
         "M. Lagarde, 88 ans, qui ne sort plus de chez lui.",
         "— Vous avez dormi cette nuit ? demande Julien en posant sa sacoche.",
         "— Pas beaucoup, la jambe me lance, répond M. Lagarde. Le médecin devait passer jeudi.",
         "— Je l'appelle ce midi, on ne va pas attendre jeudi."]


def test_a_vignette_the_author_watched_keeps_its_dialogue():
    """observed_case (genres.py, fallbacks.yaml observed_case_narration / case_address; segfix37): an
    ethnographic vignette whose narration puts the author on the scene ("nous montons avec lui") is
    a scene heard, its dialogue speech; the same dialogue in a case set for the reader ("Vous êtes
    infirmier …") stays nobody's words."""
    title = "Vignette 3 – La tournée du jeudi"
    text, segs = _segments([title, *VISIT], headings=(title,))
    assert _kind_of(text, segs, "Vous avez dormi cette nuit") in SPEECH
    assert _kind_of(text, segs, "Pas beaucoup, la jambe me lance") in SPEECH
    case = ["Vous êtes infirmier libéral sur le plateau de Millevaches. Vous montez chez M. Lagarde, 88 ans, "
            "qui ne sort plus de chez lui.", *VISIT[1:]]
    text, segs = _segments([title, *case], headings=(title,))
    assert not [s.text for s in segs if s.kind in SPEECH]


# s24-segwritten5: a section of phrases written in advance (a moving debate's statements, a
# protocol's model answers) holds nobody's words
@pytest.mark.parametrize("title, model", [
    ("Affirmations proposées", True),
    ("Réponses attendues du pharmacien", True),
    ("Relances possibles", True),
    ("Énoncés proposés aux participants", True),
    ("Affirmation 1 : « On peut bien vieillir ici »", False),  # a debate report's statement heading
    ("Ce que les habitants ont répondu", False),
])
def test_which_headings_list_model_phrases(title, model):
    assert model_phrase_section(title) is model


STATEMENTS = ["Nous avons animé des focus groups avec les habitants ; chaque séance ouvrait par un débat mouvant.",
              "Affirmations proposées",
              "1. « Je préfère demander conseil à mon pharmacien qu'à mon médecin, moi. »",
              "2. « Dans mon quartier, je ne trouve jamais de rendez-vous avant un mois. »"]


def test_statements_listed_for_a_moving_debate_are_nobodys_words():
    text, segs = _segments(STATEMENTS, headings=("Affirmations proposées",))
    assert not [s.text for s in segs if s.kind in SPEECH]


def test_expected_answers_of_another_protocol_are_nobodys_words():
    # unseen: a telephone-line audit, its model answers under their heading, without numbers
    lines = ["Nous avons mené des entretiens semi-directifs avec les secrétaires après l'audit.",
             "Réponses types attendues",
             "« Je vous passe l'infirmière de garde, ne quittez pas, je reste avec vous. »",
             "« Je note votre numéro et je vous rappelle dans l'heure, moi ou ma collègue. »"]
    text, segs = _segments(lines, headings=("Réponses types attendues",))
    assert not [s.text for s in segs if s.kind in SPEECH]


def test_the_same_words_heard_in_a_debate_stay_speech():
    # near-miss: a debate report quoting what a resident said under a heading of its sides
    title = "Côté « d'accord »"
    text, segs = _segments(["Nous avons animé des focus groups avec les habitants.", title,
                            "Une habitante : « Je préfère demander conseil à mon pharmacien qu'à mon médecin, "
                            "moi, il me connaît depuis vingt ans. »"], headings=(title,))
    assert _kind_of(text, segs, "Je préfère demander conseil") in SPEECH


def test_a_bracketed_category_and_place_before_a_quotation_names_no_speaker():
    """s26-segr45b: round 45's local-health-contract evaluation ("[Urgentiste, CH de Mende] « … »",
    "[Élu, communauté de communes …] « … »"): a category of interlocutor is no name; unseen: a CPTS
    evaluation in the Aube; near miss: a first name with a description still names its speaker."""
    assert parse_bracket_lead("[Urgentiste, CH de Mende] « Un tiers de nos passages de nuit. »")[0].speaker == ""
    text, segs = _segments([
        "Évaluation de la CPTS du Pays d'Othe",
        "Les citations sont précédées de la catégorie de l'interlocuteur et de sa commune.",
        "[Sage-femme libérale, Troyes] « Les sorties précoces de maternité arrivent sans aucun dossier partagé. »",
        "[Adjointe au maire, Aix-Villemaur-Pâlis] « On finance le local, mais on n'a aucune nouvelle des recrutements. »",
        "[Kinésithérapeute, Estissac] « Les ordonnances de rééducation restent trois semaines sans rendez-vous. »",
        "[Nadine, aide-soignante à Troyes] « Le soir, on appelle le 15 parce qu'il n'y a plus personne. »",
    ])
    for snippet, role in (("Les sorties précoces", "sage_femme"), ("On finance le local", "elu"),
                          ("Les ordonnances de rééducation", "kinesitherapeute")):
        s = next(x for x in segs if x.char_start <= text.index(snippet) < x.char_end)
        assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "", role, "Grand Est"), snippet
    s = next(x for x in segs if x.char_start <= text.index("Le soir, on appelle") < x.char_end)
    assert (s.kind, s.speaker) == ("verbatim", "Nadine")


# s30-segr53b: a clinical-vignette study prints the invented case, then the respondents' real
# written answers, each credited to a participant's code and commune: those are speech
VIGNETTE_STUDY = [
    "Cas fictif n° 4 : M. V., 58 ans, « je ne veux pas de piqûres »",
    "M. V., 58 ans, maçon, diabétique mal équilibré, vous dit : « Les piqûres, très peu pour moi, docteur, "
    "je préfère encore les comprimés. »",
    "Les sept infirmières libérales ont répondu en texte libre, sur le questionnaire en ligne.",
    "« Je lui propose d'abord de regarder avec moi comment se fait une injection, sans rien lui imposer. "
    "Souvent ça suffit à lever la peur. » (P3, Saint-Claude)",
    "« J'appelle son médecin le jour même, je ne laisse pas traîner un diabète comme ça. » (P5, Le Gosier)",
]


def test_coded_answers_under_a_vignette_heading_are_the_respondents_words():
    title = VIGNETTE_STUDY[0]
    text, segs = _segments(VIGNETTE_STUDY, headings=(title,))
    answer = next(s for s in segs if s.char_start <= text.index("sans rien lui imposer") < s.char_end)
    assert answer.kind == "verbatim" and answer.speaker == "P3"
    assert answer.role == "infirmier"  # "ont répondu en texte libre": the study's one trade (fallbacks.yaml)
    assert _kind_of(text, segs, "je ne laisse pas traîner") == "verbatim"
    # the invented patient's words stay nobody's
    assert _kind_of(text, segs, "très peu pour moi") == "narrative"


def test_uncoded_quotes_under_a_vignette_heading_stay_nobodys_words():
    # the near miss: the case's dialogue with its speaker named, no participant's code
    title = "Vignette 1 : Mme D., 77 ans"
    lines = [title, "Mme D. vous appelle : « Je suis tombée dans la cuisine, je n'arrive pas à me relever. »",
             "« Je ne veux pas aller à l'hôpital, ma fille est loin. » (Mme D., patiente)"]
    text, segs = _segments(lines, headings=(title,))
    assert not [s for s in segs if s.kind in SPEECH]


def test_a_commune_after_a_code_keeps_its_article_and_homonyms_agree_with_the_others():
    # "(P5, Le Gosier)": the article capitalised after the code is the commune's; "(P3,
    # Saint-Claude)" names communes of several régions, settled by the other coded communes
    lines = ["Les sept infirmières libérales ont été interrogées lors d'entretiens semi-directifs.",
             "« Je lui propose d'abord de regarder avec moi comment se fait une injection. » (P3, Saint-Claude)",
             "« J'appelle son médecin le jour même, je ne laisse pas traîner ça. » (P5, Le Gosier)",
             "« On se relaie avec ma collègue pour les tournées du dimanche matin. » (P6, Petit-Bourg)"]
    text, segs = _segments(lines)
    at = {s.speaker: s for s in segs if s.kind == "verbatim"}
    assert at["P5"].region == "Guadeloupe"
    assert at["P3"].region == "Guadeloupe"


# s33-segr58b: a spa's or a service's newsletter reports a real patient's case under "Cas clinique", the
# patient's words reported by an incise in a past tense; a teaching vignette speaks in the present or
# addresses the reader.
REPORTED = ["Patiente de 64 ans, coxarthrose évoluée, trois semaines de cure en mai. À la sortie, elle marchait "
            "quarante minutes sans s'arrêter. « Je suis remontée au belvédère avec mon mari, ce que je ne faisais "
            "plus depuis deux ans », confiait Mme T., 64 ans, de Pontarlier, à la fin de son séjour."]


def test_a_case_report_quoting_its_patient_in_the_past_keeps_her_words():
    title = "Cas clinique : coxarthrose et cure thermale"
    text, segs = _segments([title, *REPORTED], headings=(title,))
    s = next(s for s in segs if s.char_start <= text.index("Je suis remontée") < s.char_end)
    assert (s.kind, s.speaker) == ("verbatim", "Mme T.")


def test_a_case_quoting_in_the_past_but_set_for_the_reader_stays_invented():
    # near miss: the same case addressed to the reader ("Que lui proposez-vous ?") is a teaching case
    title = "Cas clinique : coxarthrose et cure thermale"
    text, segs = _segments([title, *REPORTED, "Que lui proposez-vous à son retour ?"], headings=(title,))
    assert _kind_of(text, segs, "Je suis remontée") == "narrative"


def test_numbered_lines_each_a_paragraph_are_one_extract(gazetteer):
    # s42: an ICOR extract whose numbered lines the extraction sets apart
    lines = ["Les extraits suivent les conventions ICOR.",
             "001 PHA   alors c'est le générique pour le cholestérol (.) c'est la même molécule/",
             "002 CLI   ah non mais le docteur il m'a dit [pas de générique",
             "003 PHA   [il a pas coché non substituable madame (.) donc si vous le voulez",
             "004       pas je dois vous faire payer la différence\\",
             "005 CLI   (1.2) bon ben mettez le générique alors",
             "L'extrait montre comment la pharmacienne convertit un refus en choix financier."]
    text = "\n".join(lines) + "\n"
    segs = segment_text(text, {"doc_id": "t", "region": "", "place": ""}, [], [], gazetteer)
    turns = [s for s in segs if s.kind == "turn"]
    assert [s.speaker for s in turns] == ["Pha", "Cli", "Pha", "Cli"]
    assert "faire payer la différence" in turns[2].text


def test_a_vignette_the_document_says_was_recorded_keeps_its_turns():
    # a clinical vignette narrated in the third person (the author out of it), its exchange recorded and
    # transcribed; the carer's turn addresses the patient ("vous"), not the reader (s48)
    paragraphs = ["3.1 Vignette clinique : la toilette de M. F.",
                  "M. F., 84 ans, vit seul à domicile depuis le décès de son épouse. La toilette du matin a été "
                  "enregistrée avec son accord, puis transcrite ; l'étudiante observe sans intervenir.",
                  "IDE : Bonjour monsieur F., vous avez bien dormi ? On commence par le dos, comme d'habitude.",
                  "M. F. : Pas beaucoup. J'ai eu mal à la hanche toute la nuit, je n'ai pas osé sonner.",
                  "IDE : Il faut sonner, c'est fait pour ça. Je le note pour le médecin."]
    text, segs = _segments(paragraphs, headings=("3.1 Vignette clinique : la toilette de M. F.",))
    assert _kind_of(text, segs, "je n'ai pas osé sonner") == "turn"
    assert _kind_of(text, segs, "vous avez bien dormi") == "turn"
    # the same turns under the same heading, the case written for the reader to act in, stay nobody's
    written = [paragraphs[0], "Vous êtes l'infirmière de M. F., 84 ans. Lisez l'échange et proposez une réponse.",
               *paragraphs[2:]]
    text, segs = _segments(written, headings=(paragraphs[0],))
    assert _kind_of(text, segs, "je n'ai pas osé sonner") == "narrative"


def test_recorded_messages_under_a_header_of_code_and_time(gazetteer):
    lines = ["Les quatre aides à domicile du service ont déposé des messages vocaux pendant leurs tournées.",
             "| Code | Fonction | Ancienneté |",
             "| A1 | Aide à domicile | 6 ans |",
             "| A2 | Auxiliaire de vie sociale | 2 ans |",
             "| A3 | Aide-soignante | 11 ans |",
             "[Chercheur – jour 1 – 07:02] Bonjour à toutes, racontez ce que vous voulez, quand vous voulez.",
             "[A3 – jour 2 – 08:40] Je suis dans l'escalier, l'ascenseur est encore en panne. Je monte au sixième "
             "avec le sac de linge.",
             "[A1 – jour 5 – 12:15] Deuxième passage chez la dame du quartier des Halles, elle ne m'ouvre pas.",
             "J'ai appelé sa fille, j'attends dans la voiture. Personne ne compte ces minutes-là.",
             "Dans un message de A2, une autre voix se fait entendre :",
             "[A2 – jour 6 – 18:05] [en fond, voix de la bénéficiaire :] Laisse la fenêtre ouverte, il fait trop chaud ici.",
             "Ces messages montrent l'attente, les escaliers, le temps que personne ne compte."]
    text = "\n".join(lines) + "\n"
    segs = segment_text(text, {"doc_id": "t", "region": "", "place": "Lille"}, [], [], gazetteer)

    def at(snippet):
        pos = text.index(snippet)
        return next(s for s in segs if s.char_start <= pos < s.char_end)

    assert at("racontez ce que vous voulez").kind == "moderator"
    s = at("l'ascenseur est encore en panne")
    assert (s.kind, s.speaker, s.role) == ("turn", "A3", "autre_paramedical")
    # a message over two paragraphs, the second in the first person
    assert at("Deuxième passage chez la dame") is at("Personne ne compte ces minutes")
    assert at("Dans un message de A2").kind == "narrative"
    # another voice the message caught: nobody's code, the role its bracket gives
    s = at("Laisse la fenêtre ouverte")
    assert (s.speaker, s.role) == ("", "autre")
