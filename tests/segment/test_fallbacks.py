"""The convention-independent fallbacks (corpus/segment/fallbacks.py): the qualitative prior, speech
quotes without a known attribution form, labels of any shape that take turns; and the
development documents written to make them fire (tests/data/segment_dev11/)."""

from __future__ import annotations

import pytest
from conftest import GAZETTEER_PATH
from heldout import HELDOUT_DIR, load, score_dir
from pdfgen import make_pdf

from corpus.segment.base import split_lines
from corpus.segment.discovery import generic_labels
from corpus.segment.fallbacks import (
    generic_label_lines,
    is_signature,
    is_speech_quote,
    qualitative_evidence,
    reads_as_speech,
    reports_qualitative,
    signed_speech,
    study_role,
)
from corpus.segment.inspect import inspect_document, report
from corpus.segment.quotes import MENTION_BEFORE

DEV_DIR = HELDOUT_DIR.parent / "segment_dev11"
# Set A written for these fallbacks and tuned on (0 of 16 items before them); set B ("b_") written
# after them, scored once (5 of 8 items, 2 FP on the guide negative; SCORES.md), then tuned on.
# Set C ("c_"): a probe of a known moderator label with unlisted participant labels (0 of 3 before)
# and two documents scored once (short bullet quotes 2 of 3; the politics negative 2 FP), then tuned
# on. Set D ("d_"): scored once (1 of 5 items, 1 FP), then tuned on. Set E: one document scored
# once (0 of 2: signed testimonies without quotation marks), then tuned on. Set F: one negative
# scored once (1 FP: an epigraph signed "— Albert Camus, La Peste"), then tuned on. Set G: an
# interview guide's bullets (1 FP before). Set H: quotes led by their description in parentheses
# (3 of 3 found untuned, speaker 0.67, role 0.67), then the lead read.
# Floors, not an unseen measure. document -> (F1, speaker, role, region)
DEV_FLOORS = {"e_rapport_temoignage_sans_guillemets": (1.0, 1.0, 1.0, 1.0),
              "f_negatif_epigraphe_vancouver": (1.0, 1.0, 1.0, 1.0), "g_negatif_guide_puces": (1.0, 1.0, 1.0, 1.0),
              # the extraction runs the first two lines together: "(pharmacien, 58 ans)" then reads as the
              # parenthesis AFTER the first quote (the usual convention), role 2 of 3
              "h_memoire_parenthese_avant": (1.0, 1.0, 0.66, 1.0),
              "d_article_guillemets_droits": (1.0, 1.0, 1.0, 1.0), "d_memoire_dialogue_tirets": (1.0, 1.0, 1.0, 1.0),
              # only "interrogés" says qualitative (one weak word): the prior stays off, the quote over
              # two paragraphs is missed and a cited study's verbatim stays (an older rule's)
              "d_these_citation_deux_paragraphes": (0.0, 0.0, 0.0, 0.0),
              "c_focus_moderateur_connu": (1.0, 1.0, 1.0, 1.0), "c_rapport_citations_courtes": (1.0, 1.0, 1.0, 1.0),
              "c_negatif_citations_politiques": (0.0, 1.0, 1.0, 1.0),
              "b_article_slash_attribution": (1.0, 1.0, 1.0, 1.0), "b_memoire_exemples_numerotes": (1.0, 1.0, 1.0, 1.0),
              "b_negatif_guide_relances": (1.0, 1.0, 1.0, 1.0), "b_negatif_roman": (1.0, 1.0, 1.0, 1.0),
              "b_transcript_minuscules": (1.0, 1.0, 1.0, 1.0),
              "annexe_slash": (1.0, 1.0, 1.0, 1.0), "article_sans_attribution": (1.0, 1.0, 1.0, 1.0),
              "focus_labels_points": (1.0, 1.0, 1.0, 1.0), "memoire_italique_fleche": (1.0, 1.0, 1.0, 1.0),
              "these_lettres_grecques": (1.0, 1.0, 1.0, 1.0), "negatif_communique": (1.0, 1.0, 1.0, 1.0),
              "negatif_protocole_script": (1.0, 1.0, 1.0, 1.0), "negatif_revue_qualitative": (1.0, 1.0, 1.0, 1.0)}

METHODS = ("L'enquête repose sur vingt-deux entretiens semi-directifs menés auprès de professionnels "
           "de santé libéraux du Morbihan.")


@pytest.fixture(scope="module")
def dev_results():
    return score_dir(DEV_DIR)


@pytest.mark.parametrize("name", sorted(DEV_FLOORS))
def test_dev_documents_keep_their_scores(dev_results, name):
    r = dev_results[name]
    floors = dict(zip(("f1", "speaker", "role", "region"), DEV_FLOORS[name]))
    low = {k: round(r[k], 3) for k, v in floors.items() if r[k] < v}
    assert not low and r["fp"] <= FP_ALLOWED.get(name, 0), f"{name}: {low}; misses: {r['misses']}"


# the President's quote after "annonçait" is a verbatim by a rule older than the fallbacks (the
# segmenter of main 4f033f6 gives it too); the fallbacks add none (a minister's, a slogan)
FP_ALLOWED = {"c_negatif_citations_politiques": 1, "d_these_citation_deux_paragraphes": 1}


def test_every_dev_document_has_floors(dev_results):
    assert set(dev_results) == set(DEV_FLOORS)


def test_the_prior_reads_the_methods_vocabulary():
    assert reports_qualitative(qualitative_evidence([METHODS]))
    # two distinct weak words ("interrogés", "participants") also make it
    assert reports_qualitative(qualitative_evidence(["Les participants interrogés en mars ont tous répondu."]))
    quanti = ["Un auto-questionnaire a été adressé à 312 médecins généralistes ; le taux de réponse est de 41 %."]
    assert qualitative_evidence(quanti) == [] and not reports_qualitative(qualitative_evidence(quanti))
    # one weak word is not enough: "entretien" alone is also the upkeep of a building
    assert not reports_qualitative(qualitative_evidence(["L'entretien des locaux est assuré par la mairie."]))
    # nor its plural: one word whatever its number
    assert not reports_qualitative(qualitative_evidence(["L'entretien des locaux et les entretiens annuels."]))


def test_speech_is_first_person_or_oral_markers():
    assert reads_as_speech("Moi, au début, je n'y croyais pas du tout.")
    assert reads_as_speech("Franchement, ça a été dur, hein.")
    assert not reads_as_speech("La coordination suppose que chacun cède une part de son autonomie professionnelle.")


@pytest.mark.parametrize("inner, before, after, expected", [
    # someone's words with no attribution form
    ("On a tout porté à bout de bras pendant deux ans, et maintenant on nous demande des tableaux.",
     "La fatigue revient dans presque tous les propos. ", "", True),
    # a literature citation: author and year before, or a reference after
    ("nous ne savons pas encore si ces communautés survivront à la fin des financements",
     "Comme l'écrit Bloch (2021), ", ".", False),
    ("je crois que nous avons tous sous-estimé le travail de coordination qu'on demande",
     "Un médecin le résumait ainsi : ", " (Fournier, 2019).", False),
    # a phrase mentioned after a determiner
    ("coordination où je fais tout et où on ne me paie rien du tout", "Plusieurs parlent d'une ", "", False),
    # a scripted message of a protocol
    ("Bonjour, je suis infirmière de la CPTS, je vous appelle de la part de votre médecin",
     "Message à lire au patient : ", "", False),
    # the question of an interview guide
    ("Pouvez-vous me dire comment vous avez connu la CPTS, et ce que ça a changé pour vous ?",
     "Les entretiens s'ouvraient sur ", "", False),
    # too short to be more than a mention
    ("on verra bien", "Ils répondent ", "", False),
    # a public figure's words are a source
    ("Je veux que chaque Français puisse être testé près de chez lui, et nous y arriverons",
     "Le ministre de la Santé ajoutait devant les députés : ", "", False),
    # the interviewer's own words
    ("Je suis interne en médecine générale, je réalise ma thèse sur les CPTS",
     "L'enquêtrice se présentait ainsi : ", "", False),
])
def test_which_unattributed_quotes_are_speech(inner, before, after, expected):
    assert is_speech_quote(inner, before, after, MENTION_BEFORE) is expected


def test_a_dated_field_diary_entry_is_the_authors_not_someones_words():
    # the researcher's own diary, each entry opened by its date and a dash: not a verbatim
    for entry in ("12 mars. – Je me sens déplacée, assise au fond de la salle avec mon carnet.",
                  "Mardi 4 avril 2023 — On m'a laissé une chaise près du bureau, je n'ose pas écrire."):
        assert not is_speech_quote(entry, "L'extrait suivant date de la première réunion observée. ", "",
                                   MENTION_BEFORE, block=True)
    # a date inside the words, or a date without the dash, leaves someone's words as they were
    for words in ("Le 12 mars, je me suis sentie seule, assise au fond de la salle, et je n'ai rien dit.",
                  "12 mars, je m'en souviens : on était seuls, sans masques, et je n'ai rien dit."):
        assert is_speech_quote(words, "", "", MENTION_BEFORE, block=True)


def test_a_block_quote_needs_fewer_speech_markers_than_an_inline_one():
    inner = "On était seuls sur la route, sans masques, sans rien du tout."
    assert not is_speech_quote(inner, "Les participants décrivent la solitude ", "", MENTION_BEFORE)
    assert is_speech_quote(inner, "", "", MENTION_BEFORE, block=True)


def _lines(paragraphs: list[str]):
    return split_lines("\n".join(paragraphs) + "\n"), "\n".join(paragraphs) + "\n"


def test_labels_of_any_shape_that_take_turns_and_speak():
    lines, text = _lines([
        "Entretien semi-directif réalisé le 3 juin 2021 avec un pharmacien titulaire.",
        "Ch/ Pour commencer, comment avez-vous connu la CPTS ?",
        "Ph/ Par un médecin du quartier, il m'a appelé en 2019.",
        "Ch/ Et pendant la crise, qu'est-ce que ça a changé pour vous ?",
        "Ph/ Tout. On est devenus le point d'entrée pour les tests.",
        "Ch/ Vous avez eu l'impression d'être reconnu ?",
        "Ph/ Par les patients oui, je crois."])
    assert generic_labels(lines, text) == ("Ch", "Ph")


def test_labels_of_any_shape_set_off_by_a_dash_take_turns_too():
    # session 7 (seggen2): the perturbation benchmark swapped " : " for " — " and " – "
    lines, text = _lines([
        "Entretien collectif réalisé le 3 juin 2021 avec deux pharmaciens titulaires.",
        "Enq. — Pour commencer, comment avez-vous connu la CPTS ?",
        "Ph.-A — Par un médecin du quartier, il m'a appelé en 2019.",
        "Enq. — Et pendant la crise, qu'est-ce que ça a changé pour vous ?",
        "Ph.-B – Tout. On est devenus le point d'entrée pour les tests.",
        "Enq. — Vous avez eu l'impression d'être reconnus ?",
        "Ph.-A — Par les patients oui, je crois.",
        "Ph.-B – Moi aussi, on l'a senti au comptoir."])
    assert generic_labels(lines, text) == ("Enq.", "Ph.-A", "Ph.-B")


def test_numbered_annexes_set_off_by_a_dash_are_no_turns():
    # look-alike: a list of annexes, "Annexe 1 — …", alternating numbers, but nobody speaks
    lines, text = _lines([
        "Annexe 1 — Guide d'entretien utilisé auprès des professionnels",
        "Annexe 2 — Grille d'analyse thématique des entretiens",
        "Annexe 1 — suite : relances prévues pour la deuxième partie",
        "Annexe 3 — Formulaire de consentement signé par les participants",
        "Annexe 2 — suite : exemples de codage"])
    assert generic_labels(lines, text) == ()


@pytest.mark.parametrize("paragraphs", [
    # an abbreviations list in a shape no rule lists: alternates, but does not speak
    ["Méd.-G : médecin généraliste", "Inf.-L : infirmier libéral", "Méd.-G : voir plus haut",
     "Pharm.-O : pharmacien d'officine", "Inf.-L : voir plus haut"],
    # a protocol's role lines
    ["Inf.-L : appelle chaque patient de la liste dans les 48 heures.", "Méd.-G : valide la liste.",
     "Inf.-L : transmet le compte rendu.", "Méd.-G : reçoit les patients signalés."],
])
def test_lists_that_do_not_speak_are_not_turns(paragraphs):
    lines, text = _lines(paragraphs)
    assert len(generic_label_lines(lines)) >= 2  # the shapes are read as candidate labels ...
    assert generic_labels(lines, text) == ()  # ... but they do not take turns in speech


def test_the_study_role_when_the_methods_name_one():
    assert study_role(["Six médecins généralistes de la Sarthe ont été interrogés lors d'entretiens individuels."]) \
        == "medecin_generaliste"
    assert study_role(["Nous avons interrogé des médecins généralistes et des infirmières libérales en entretiens."]) == ""


def test_a_title_naming_the_participants_leaves_the_study_role():
    methods = "Les neuf pharmaciens titulaires interrogés exerçaient tous en officine rurale dans le Cantal."
    # an annex's title names "participants" but no trade: the methods' one role stands
    assert study_role([methods, "Annexe 3 – Profil des participants"]) == "pharmacien"
    # a sentence naming people of no one role still leaves none
    assert study_role([methods, "Nous avons aussi rencontré des participants aux ateliers de prévention."]) == ""


def test_the_study_informants_named_as_such_leave_the_study_role():
    methods = "Douze médecins généralistes installés en Vendée ont été interrogés entre mars et juin 2023."
    # a results sentence naming the same informants ("la plupart des participants"): still one trade
    assert study_role([methods, "La plupart des participants ont adhéré à la CPTS sans en attendre grand-chose."]) \
        == "medecin_generaliste"
    assert study_role([methods, "Plusieurs interviewés ont quitté la CPTS depuis."]) == "medecin_generaliste"
    # near-miss: participants OF something else are other people
    assert study_role([methods, "Nous avons aussi interrogé des participants du forum citoyen de La Roche-sur-Yon."]) == ""


def test_a_sentence_setting_the_results_beside_other_works_leaves_the_study_role():
    # s25-segwritten6: a France-Belgium memoir of nurses closes on "Ces témoignages rejoignent les travaux de
    # l'observatoire … des patients frontaliers": those works' people, not a second trade of the study
    methods = ("Nous avons interrogé huit infirmières : quatre exerçant en libéral dans la pointe de Givet "
               "et quatre exerçant en Belgique, dans la province de Namur.")
    assert study_role([methods, "Ces témoignages rejoignent les travaux de l'observatoire franco-belge de la santé "
                                "sur la mobilité des patients frontaliers."]) == "infirmier"
    # unseen: other trade, other region, another comparison phrase
    physios = "Dix kinésithérapeutes libéraux du Morbihan ont été interrogés lors d'entretiens individuels."
    assert study_role([physios, "Ces entretiens concordent avec la littérature sur l'isolement des médecins "
                                "généralistes ruraux."]) == "kinesitherapeute"
    # near-miss: the same people named by a methods sentence of the study itself are a second trade
    assert study_role([methods, "Nous avons aussi interrogé des patients frontaliers lors d'entretiens."]) == ""


def test_a_coded_quotation_takes_the_study_role():
    from segment_text import segment_at, segment_lines

    from corpus.segment.regions import load_gazetteer
    gazetteer = load_gazetteer(str(GAZETTEER_PATH))
    lines = ["3.1 Une coordination informelle",
             "Les neuf pharmaciens titulaires interrogés exerçaient tous en officine rurale dans le Cantal.",
             "Beaucoup décrivent des liens directs et anciens : « le médecin du village, je l'appelle directement, "
             "on n'a pas besoin d'une plateforme pour ça » (E4).",
             "Annexe 3 – Profil des participants",
             "Code | Âge | Commune",
             "E4 | 47 ans | Murat"]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "these"})
    s = segment_at(text, segs, "le médecin du village")
    assert (s.kind, s.role) == ("verbatim", "pharmacien") and "4" in s.speaker


def test_inspect_counts_what_the_fallbacks_found(tmp_path):
    spec = load(DEV_DIR / "article_sans_attribution.yaml")
    doc = {"file": "a.pdf", **{k: v or "" for k, v in spec["doc"].items()}}
    make_pdf(tmp_path / "corpus" / "a.pdf", [[(text, style) for style, text in page] for page in spec["pages"]])
    r = inspect_document(doc, tmp_path / "interim", tmp_path / "corpus", GAZETTEER_PATH)
    assert r["qualitative"] and "entretiens semi-directifs (strong)" in r["qualitative_evidence"]
    assert (r["fallback_quotes"], r["fallback_unattributed"], r["n_verbatims"]) == (3, 3, 3)
    assert "3 verbatims found by guillemets or italics alone" in report(doc["doc_id"], r)


def test_a_signed_paragraph_is_someone_speaking_in_the_first_person():
    assert is_signature("Claire, infirmière libérale, Les Sables-d'Olonne")
    assert is_signature("Médecin généraliste, 52 ans, Vendée")
    assert not is_signature("Ils soulignent ensuite le rôle de la CPTS dans la vaccination.")
    assert signed_speech("Pendant le premier confinement, j'ai appelé tous mes patients diabétiques un par un, "
                         "personne ne me l'avait demandé.")
    # the author's "nous" is no one's testimony, nor is a paragraph introducing a list
    assert not signed_speech("Nous avons rencontré des professionnels de santé de la Vendée et nous les avons "
                             "interrogés sur la crise.")
    assert not signed_speech("Je présente ci-dessous les personnes que j'ai rencontrées pour cette étude :")


# session 16 (segfix38): a key that predicates professions of ranges and lists of codes
def test_codes_a_key_gives_a_profession_with_a_plural_copula():
    from corpus.segment.fallbacks import predicated_codes
    found = dict(predicated_codes("P1 à P4 sont orthophonistes, P5 et P6 ergothérapeutes."))
    assert found == {"P1": "orthophonistes", "P2": "orthophonistes", "P3": "orthophonistes",
                     "P4": "orthophonistes", "P5": "ergothérapeutes", "P6": "ergothérapeutes"}
    # no copula, or no profession: no key
    assert predicated_codes("Les entretiens E1 à E4 sont longs, E5 et E6 courts.") == []
    assert predicated_codes("P1 et P2 ergothérapeutes.") == []


# segfix46 (round 36): a speaker column's row says who answered by its code, in a cell of its own
# ("E4 | Fonction, lieu | « … »") or opening the speaker cell ("… | « … » | MG7 – H, 58 ans, …"),
# and rows the extraction ran together are read row by row.
def test_speaker_column_row_code_cell_speaks_and_wins_over_the_next_row():
    from segment_text import segment_at, segment_lines

    from corpus.segment.regions import load_gazetteer
    gazetteer = load_gazetteer(str(GAZETTEER_PATH))

    lines = [
        "La mission a rencontré onze acteurs du département.",
        "N° | Interlocutrice ou interlocuteur | Propos",
        "E2 | Adjointe au maire de Guéret | « Les familles nous appellent nous, pas l'agence, quand le médecin part »",
        "E5 | Pharmacien titulaire, Aubusson | « Je renouvelle des ordonnances que personne ne peut plus signer »",
    ]
    text, segs = segment_lines(lines, gazetteer)
    s = segment_at(text, segs, "Les familles nous appellent")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "E2", "elu")
    s = segment_at(text, segs, "Je renouvelle des ordonnances")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "E5", "pharmacien")


def test_speaker_column_rows_run_together_are_read_row_by_row():
    from corpus.segment.fallbacks import leading_code, speaker_column_rows

    rows = speaker_column_rows([
        "Sujet | Extrait | Participante",
        "Délais | « On attend trois semaines pour un kiné » | SF2 – F, 36 ans, Lure Horaires | « Le soir, personne ne répond » | IDE4 – F, 50 ans, Vesoul",
    ])
    assert rows[1][1].startswith("SF2") and rows[1][3].startswith("IDE4")
    assert leading_code(rows[1][3]) == "IDE4"
    # a near miss: a cell opening with a word, not a code, names no code
    assert leading_code("Médecin – H, 58 ans") == ""


def test_dash_replies_signed_in_brackets_are_the_described_persons_words():
    # a group exchange restored reply by reply, each closed by [function, commune]; an em dash here
    from segment_text import segment_at, segment_lines

    from corpus.segment.regions import load_gazetteer
    gazetteer = load_gazetteer(str(GAZETTEER_PATH))
    lines = [
        "Sept professionnels du secteur ont pris part à la rencontre, restituée ci-dessous réplique par réplique.",
        "— Comment les sorties d'hôpital vous sont-elles annoncées aujourd'hui ? [animateur]",
        "— Souvent par la famille, le lendemain, quand le patient est déjà rentré et qu'il manque le matériel. [infirmier, Saint-Flour]",
        "— Moi on m'appelle le vendredi soir pour un retour le samedi, je n'ai jamais les ordonnances avant. [pharmacienne, Murat]",
        "— Les aidants ne savent pas qui appeler, alors ils rappellent le service qui ne répond pas. [assistante sociale, Riom-ès-Montagnes]",
    ]
    text, segs = segment_lines(lines, gazetteer)
    s = segment_at(text, segs, "Souvent par la famille")
    assert (s.kind, s.role, s.region) == ("verbatim", "infirmier", "Auvergne-Rhône-Alpes")
    assert segment_at(text, segs, "Moi on m'appelle le vendredi").role == "pharmacien"
    # the animator's question, signed by a function only, is nobody's verbatim
    assert segment_at(text, segs, "Comment les sorties").kind != "verbatim"


def test_bracketed_stage_direction_is_no_signature():
    from corpus.segment.fallbacks import bracketed_signature

    assert bracketed_signature("médiatrice en santé, Papaïchton")
    assert not bracketed_signature("Le téléphone sonne, l'IDEC répond, reprise de l'entretien après deux minutes")
    assert not bracketed_signature("rires")


def test_two_roles_in_the_methods_leave_none_whatever_follows():
    # study_role stops reading at the second role (the set only grows): the sentences after it,
    # even one naming a single role again, change nothing
    two = "Nous avons interrogé des médecins généralistes et des infirmières libérales en entretiens."
    again = "Six pharmaciens titulaires ont été interrogés lors d'entretiens individuels en Corrèze."
    assert study_role([again]) == "pharmacien"
    assert study_role([two, again]) == ""
    assert study_role([again, two]) == ""


# s33-segr57a: a range of codes after a designation word AND a noun phrase ("désignés par les codes
# K1 à K4"): the codes take the role the sentence names (fallbacks.yaml code_range_nouns); near miss:
# the same phrase designating documents, no profession named.
RANGED = [
    "Méthodes",
    "Quatre masseurs-kinésithérapeutes libéraux ont été interrogés, désignés par les codes K1 à K4 : K1 et K2 (Quimper), K3 et K4 (Brest).",
    "Les comptes rendus sont désignés par les codes D1 à D6 dans la suite.",
    "Résultats",
    "K3 insiste sur la charge : « On fait les bilans le soir, après les séances, sans que ça soit compté nulle part » (K3).",
]


def test_a_range_designated_by_the_codes_takes_the_sentences_role(gazetteer):
    from segment_text import segment_at, segment_lines

    from corpus.segment.fallbacks import code_ranges

    found = {code: desc for _, code, desc in code_ranges(RANGED)}
    assert sorted(found) == ["K1", "K2", "K3", "K4"]  # not D1 … D6: documents, no profession
    text, segs = segment_lines(RANGED, gazetteer, doc={"kind": "memoire"})
    s = segment_at(text, segs, "On fait les bilans le soir")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "K3", "kinesitherapeute")



# s34-segr59c: a preparation sheet's model answers, "Exemple de réponse : « Je … »" under each question,
# recur like a voice; a lead made only of not_labels words joined by small words ("Exemple de réponse",
# "Question et réponse") names nobody, so it takes no turns.
def test_a_lead_of_not_label_words_takes_no_turns(gazetteer):
    from segment_text import segment_at, segment_lines

    from corpus.segment.discovery import not_label

    assert not_label("Exemple de réponse") and not_label("Question et réponse")
    assert not not_label("Réponse de l'intéressée") and not not_label("Animatrice")
    sheet = ["Atelier emploi de Lunel – Fiche 4 : préparer un entretien pour un poste d'auxiliaire de vie",
             "Question 1 – « Pourquoi ce métier ? »",
             "Exemple de réponse : « Je m'appelle Inès, j'ai gardé ma grand-mère pendant deux ans et c'est là "
             "que j'ai aimé ce travail. »",
             "À éviter :", "« Bah je sais pas trop, c'est ma mère qui m'a inscrite. »",
             "Question 2 – « Que faites-vous si la personne refuse sa toilette ? »",
             "Exemple de réponse : « Ben j'attendrais un peu, je lui expliquerais, et je le noterais dans le "
             "cahier de liaison. »",
             "À éviter :", "« Je la forcerais. »"]
    text, segs = segment_lines(sheet, gazetteer)
    assert generic_labels(split_lines(text), text) == ()
    assert segment_at(text, segs, "gardé ma grand-mère").kind == "narrative"
    assert segment_at(text, segs, "cahier de liaison").kind == "narrative"
    # near miss: a person's name in the same place is a voice that recurs (a labelled answer)
    named = [line.replace("Exemple de réponse", "Inès") for line in sheet]
    text, segs = segment_lines(named, gazetteer)
    assert generic_labels(split_lines(text), text) == ("Inès",)


def test_those_who_agreed_to_take_part_name_the_study_role():
    # s34-segr60a: "ont accepté de participer", "ont participé" say who took part, like "ont été interrogés";
    # near miss: a trade the informants only mention in the same paragraph is no population of the study
    assert study_role(["Huit sages-femmes libérales ont accepté de participer. Les entretiens ont duré "
                       "de 30 à 65 minutes."]) == "sage_femme"
    assert study_role(["Onze kinésithérapeutes ont participé à l'étude. Les entretiens ont été enregistrés."]) \
        == "kinesitherapeute"
    assert study_role(["Les entretiens ont duré de 30 à 65 minutes. Les patientes évoquaient souvent la "
                       "disponibilité de leur médecin."]) == ""


def test_lay_informants_counted_in_the_methods_leave_no_study_role():
    # s41 (round 85): the women met are the informants; a body's name in a later sentence ("Collège
    # national des gynécologues …") is no trade of theirs
    methods = "Nous avons rencontré sept femmes suivies pour une hypertension de la grossesse à la maternité."
    later = ("Les recommandations de la Société française de cardiologie, que toutes les femmes interrogées "
             "connaissaient, visent les cardiologues.")
    assert study_role([methods, later]) == ""
    # near-miss: patients named in passing by a study of one trade leave its role
    gps = "Six médecins généralistes de la Sarthe ont été interrogés sur la prise en charge des patients."
    assert study_role([gps]) == "medecin_generaliste"
