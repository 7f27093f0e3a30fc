"""Sources set after a quote (segment/quote_sources.py): a report box's source line, a press
box's capitals signature; and their look-alikes."""

from corpus.segment.quote_sources import capitals_signature, source_line, source_person


def _after(text: str, quote_end: int) -> str:
    nl = text.find("\n", quote_end)
    return text[quote_end:nl if nl >= 0 else len(text)]


def test_source_line_under_a_box_quote():
    text = ("« L'agence nous a envoyé un modèle de lettre d'intention. »\n"
            "Source : entretien de la mission avec une pharmacienne titulaire, porteuse de projet (Ardennes).\n")
    b = text.index("»") + 1
    start, end, desc = source_line(text, b, _after(text, b))
    assert desc == "une pharmacienne titulaire, porteuse de projet (Ardennes)"
    assert text[start:end].startswith("Source : entretien")


def test_source_line_stops_at_the_next_quote_joined_by_extraction():
    text = ("« Nous avons un seul chargé de mission pour tout le département. »\n"
            "Source : entretien de la mission avec la délégation départementale de l'ARS (Meuse). "
            "« Le cadre national est le même partout. »\n")
    b = text.index("»") + 1
    start, end, desc = source_line(text, b, _after(text, b))
    assert desc == "la délégation départementale de l'ARS (Meuse)"
    assert "«" not in text[start:end]


def test_propos_recueillis_aupres_de():
    text = "« On a tout appris d'une CPTS voisine. »\nPropos recueillis auprès d'une infirmière de Sedan.\n"
    b = text.index("»") + 1
    assert source_line(text, b, _after(text, b))[2] == "une infirmière de Sedan"


def test_source_lines_that_are_not_an_interview():
    # a document or a figure as the source, prose after the quote, or no line below: none
    for text in ("« Le délai est de six mois. »\nSource : circulaire du 2 mars 2022.\n",
                 "« Le délai est de six mois. »\nSources : enquête de terrain, 2021-2022.\n",
                 "« Le délai est de six mois. » La mission l'a vérifié.\nSource : entretien avec un pharmacien.\n",
                 "« Le délai est de six mois. »"):
        b = text.index("»") + 1
        assert source_line(text, b, _after(text, b)) is None, text


def test_capitals_signature_of_a_press_box():
    name, desc, a, b = capitals_signature(" LAURE ISNARD, MÉDECIN GÉNÉRALISTE À FORCALQUIER")
    assert (name, desc) == ("Laure Isnard", "médecin généraliste à Forcalquier")
    assert capitals_signature(" PATRICIA, 71 ANS, PATIENTE À SISTERON")[:2] == ("Patricia", "71 ans, patiente à Sisteron")
    assert capitals_signature(" JEAN-MARC DUPUIS, PHARMACIEN À SAINT-JEAN-DE-LUZ")[:2] == (
        "Jean-Marc Dupuis", "pharmacien à Saint-Jean-De-Luz")


def test_capitals_look_alikes_are_no_signature():
    # a sentence after the quote, an acronym and a year, a name without a description
    assert capitals_signature(" Christophe Meynier, pharmacien à Manosque") is None
    assert capitals_signature(", résume Christophe Meynier.") is None
    assert capitals_signature(" CHRISTOPHE MEYNIER") is None
    assert capitals_signature(" (HAS, 2021)") is None


def test_description_then_name_after_the_verb():
    from corpus.segment.quote_sources import description_then_name

    assert description_then_name("l'adjointe à la santé de Digne-les-Bains, Fabienne Arnaud") == (
        "Fabienne Arnaud", "l'adjointe à la santé de Digne-les-Bains")
    # a name then a description (the other order), a place after the comma, a single capitalised word
    assert description_then_name("Fabienne Arnaud, adjointe à la santé") is None
    assert description_then_name("le maire, à Digne-les-Bains") is None
    assert description_then_name("la pharmacienne, Laure") is None


def test_a_municipal_portfolio_is_an_elected_official():
    from corpus.segment.roles import normalize_role

    assert normalize_role("l'adjointe à la santé de Digne-les-Bains") == "elu"
    assert normalize_role("adjoint aux affaires sociales") == "elu"
    assert normalize_role("directeur adjoint de l'hôpital") != "elu"


def test_a_national_administration_spelled_out():
    from corpus.segment.roles import normalize_role

    assert normalize_role("la direction générale de l'offre de soins") == "institutionnel_autre"


JOURNAL = ("Quand j'ai pris le poste. « On apprenait la sortie par le patient lui-même, parfois le vendredi "
           "soir »* ; « le courrier arrivait trois jours après le patient, quand il arrivait »†. Le code nous "
           "rappelle que l'infirmier « assure la continuité des soins » (article R. 4312-12).\n"
           "* Infirmière libérale, Aubenas. † Médecin généraliste, Privas.\n"
           "Plus tard : « ça marche tant que c'est la même cadre de santé »*. Les notes de bas de page*.\n")


def _sign_after(quote_start: str):
    from corpus.segment.quote_sources import sign_note

    b = JOURNAL.index("»", JOURNAL.index(quote_start)) + 1
    return sign_note(JOURNAL, b, JOURNAL[b:JOURNAL.find("\n", b)])


def test_sign_calls_resolved_by_the_notes_line():
    assert _sign_after("« On apprenait") == ("Infirmière libérale, Aubenas", 1)
    assert _sign_after("« le courrier") == ("Médecin généraliste, Privas", 1)
    # the same sign used again later: the note above
    assert _sign_after("« ça marche") == ("Infirmière libérale, Aubenas", 1)


def test_sign_look_alikes():
    from corpus.segment.quote_sources import sign_note

    # a quote without a sign, a sign whose note no line opens with
    assert _sign_after("« assure") is None
    text = "« On se voit tous les mois »‡ et ça suffit.\nUne note sans signe.\n"
    b = text.index("»") + 1
    assert sign_note(text, b, text[b:text.find("\n", b)]) is None


THESIS = ("Les citations sont suivies d'un symbole indiquant seulement la profession : * sage-femme libérale ; "
          "** médecin généraliste ; *** puéricultrice de PMI.\n"
          "Le délai était plus court en PRADO (2,4 jours contre 4,1 ; p < 0,05*).\n"
          "La PMI se décrit comme le dernier filet : « Quand une maman nous appelle, c'est souvent qu'elle n'a "
          "trouvé personne d'autre. »***\n"
          "* Test du khi-deux.\n")


def _key_sign(text: str, quote_start: str):
    from corpus.segment.quote_sources import sign_note

    b = text.index("»", text.index(quote_start)) + 1
    return sign_note(text, b, text[b:text.find("\n", b)])


def test_repeated_signs_resolved_by_a_key_in_a_sentence():
    # round 41: "»***" and the key "* sage-femme libérale ; ** … ; *** puéricultrice de PMI"
    assert _key_sign(THESIS, "« Quand une maman") == ("puéricultrice de PMI", 3)
    # unseen: daggers, the key in a note under the results
    text = ("Légende des symboles : † infirmière Asalée ; †† pharmacienne d'officine.\n"
            "« On a appris à se parler, les pharmaciens et nous, grâce au protocole. »††\n")
    assert _key_sign(text, "« On a appris") == ("pharmacienne d'officine", 2)


def test_a_single_sign_explained_once_is_no_key():
    # a significance mark ("p < 0,05*") or a lone "* non significatif" is no key of people
    text = ("Résultats : * différence significative au seuil de 5 %.\n"
            "« On a appris à se parler, les pharmaciens et nous. »**\n")
    assert _key_sign(text, "« On a appris") is None


MAP_ARTICLE = ("La pharmacie apparaît comme le seul point fixe : « les gens passent chez nous » (enquêtée 4, fig. 2).\n"
               "Figure 2 – Localisation des enquêtés. 1 : infirmière libérale, Lormes (Nièvre) ; 4 : pharmacienne, "
               "Saulieu (Côte-d'Or) ; 5 : élu, communauté de communes (Saône-et-Loire).\n"
               "Tableau 1 – Effectifs. 4 : 12 communes ; 5 : 8 communes.\n")


def test_figure_legend_describes_the_person():
    from corpus.segment.quote_sources import legend_reference

    assert legend_reference("enquêtée 4, fig. 2", MAP_ARTICLE) == ("enquêtée 4", "pharmacienne, Saulieu (Côte-d'Or)")
    assert legend_reference("enquêté 1, figure 2", MAP_ARTICLE) == ("enquêté 1", "infirmière libérale, Lormes (Nièvre)")


def test_figure_reference_look_alikes():
    from corpus.segment.quote_sources import legend_reference

    # a figure without a legend in the text, a person the legend does not number, a citation
    assert legend_reference("enquêtée 4, fig. 3", MAP_ARTICLE) is None
    assert legend_reference("enquêtée 7, fig. 2", MAP_ARTICLE) is None
    assert legend_reference("Dupont, 2019", MAP_ARTICLE) is None


# segfix31: a quote that bears only a footnote call glued to its guillemet ("»3"), the note at the
# foot of the document crediting an interview ("3. Entretien avec un infirmier libéral, Louviers").
REPORT = [
    "2.1 La sortie d'hospitalisation vue par la ville",
    "Le décret de 2017 voulait « fluidifier le parcours entre l'hôpital et le domicile »1. Sur le terrain, "
    "les libéraux découvrent la sortie le jour même.",
    "« On apprend la sortie par la famille, le vendredi à dix-huit heures, sans aucun compte rendu. »2 Les "
    "kinésithérapeutes parlent d'un oubli : « Personne ne nous appelle jamais avant le retour à domicile »3.",
    "1. Décret n° 2017-1234 du 10 août 2017.",
    "2. Entretien avec une infirmière libérale, Rennes, mars 2023.",
    "3. Entretien avec un masseur-kinésithérapeute, Vitré, avril 2023.",
]


def test_a_footnote_call_credits_the_interview_its_note_names():
    from conftest import GAZETTEER_PATH
    from segment_text import segment_at, segment_lines

    from corpus.segment.regions import load_gazetteer
    g = load_gazetteer(str(GAZETTEER_PATH))
    text, segs = segment_lines(REPORT, g, doc={"kind": "rapport"})
    s = segment_at(text, segs, "On apprend la sortie par la famille")
    assert (s.kind, s.role, s.region) == ("verbatim", "infirmier", "Bretagne")
    s = segment_at(text, segs, "Personne ne nous appelle jamais")
    assert (s.kind, s.role) == ("verbatim", "kinesitherapeute")
    # the decree's words: its note is a reference, no interview
    assert segment_at(text, segs, "fluidifier le parcours").kind != "verbatim"


def test_note_source():
    from corpus.segment.quote_sources import note_source
    assert note_source("Entretien avec une pharmacienne d'officine, Évreux, mai 2022.") == "une pharmacienne d'officine, Évreux"
    assert note_source("Propos recueillis auprès d'un médecin généraliste, Caen.") == "un médecin généraliste, Caen"
    assert note_source("Circulaire DHOS/O3 n° 2006-506 du 1er décembre 2006.") is None
    assert note_source("Voir le rapport de l'IGAS, 2019.") is None


def test_the_name_after_the_function_before_a_relative_clause():
    # round 33's press article: "« … », reconnaît le maire, Alain Pottier, qui cherche …" (segroles7)
    from corpus.segment.quote_sources import description_then_name

    assert description_then_name("le maire, Alain Pottier, qui cherche depuis trois ans un médecin") == (
        "Alain Pottier", "le maire")
    # a clause that is not relative after the name, or words after it without a comma: no such phrase
    assert description_then_name("le maire, Alain Pottier, depuis trois ans") is None
    assert description_then_name("le maire, Alain Pottier qui cherche un médecin") is None


def test_a_quote_attributed_to_a_function_then_a_name_takes_the_name():
    from conftest import GAZETTEER_PATH
    from segment_text import segment_at, segment_lines

    from corpus.segment.regions import load_gazetteer

    gazetteer = load_gazetteer(str(GAZETTEER_PATH))
    text, segs = segment_lines([
        "Le cabinet médical de Rozoy-sur-Serre cherche toujours un successeur.",
        "« Sans médecin, les familles partiront, on le sait tous », reconnaît le maire, Jean-Marc Dufour, "
        "qui a fait refaire les locaux l'an dernier.",
    ], gazetteer, doc={"kind": "presse"})
    s = segment_at(text, segs, "Sans médecin, les familles partiront")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Jean-Marc Dufour", "elu")


def test_source_line_with_a_comma_after_the_interview_word():
    # a restitution's slides: "Source : entretien, secrétaire médicale, Thonon-les-Bains" (segfix45)
    text = ("« Le standard sature à 8 h 02. Les patients de Thonon appellent trois cabinets en même temps. »\n"
            "Source : entretien, secrétaire médicale, Thonon-les-Bains\n")
    b = text.index("»") + 1
    assert source_line(text, b, _after(text, b))[2] == "secrétaire médicale, Thonon-les-Bains"
    # unseen: another interview word
    text = "« On se voit une fois par an, c'est peu. »\nSource : échange téléphonique, pharmacienne, Annecy\n"
    b = text.index("»") + 1
    assert source_line(text, b, _after(text, b))[2] == "pharmacienne, Annecy"
    # near miss: a survey, not an interview
    text = "« On se voit une fois par an. »\nSource : enquête régionale, 2023\n"
    b = text.index("»") + 1
    assert source_line(text, b, _after(text, b)) is None


def test_source_line_joined_to_the_quote_by_extraction():
    text = ("« La CPTS doit d'abord servir à ce que les gens se connaissent. Le reste viendra. » Source : entretien "
            "avec le Dr Favre, médecin généraliste, président de la CPTS\n")
    b = text.index("»") + 1
    start, end, desc = source_line(text, b, _after(text, b))
    assert desc == "le Dr Favre, médecin généraliste, président de la CPTS"
    assert text[start:end] == desc
    # near miss: prose after the quote on its line
    text = "« Le reste viendra. » La mission l'a vérifié auprès des membres.\n"
    b = text.index("»") + 1
    assert source_line(text, b, _after(text, b)) is None


def test_source_person_with_a_civility():
    assert source_person("le Dr Favre, médecin généraliste, président de la CPTS") == \
        ("Dr Favre", "médecin généraliste, président de la CPTS")
    assert source_person("Mme L., infirmière coordinatrice") == ("Mme L.", "infirmière coordinatrice")  # unseen
    assert source_person("une pharmacienne titulaire (Ardennes)") == ("", "une pharmacienne titulaire (Ardennes)")


# s25-segattr6: a council's report gives each quote only the date of the hearing in parentheses,
# "« … » (audition du 14 mars 2024)"; an annex lists who was heard, by date, one a line.
HEARINGS_REPORT = ("Les acteurs entendus décrivent un équilibre fragile : « Si je m'arrête demain, il n'y a plus "
                   "personne » (audition du 14 mars 2024).\n"
                   "Annexe – Personnes auditionnées\n"
                   "14 mars 2024 : Dr Paul-Antoine Santoni, médecin généraliste à Bastelica.\n"
                   "18 avril 2024 : M. Jean-Baptiste Luciani, maire de Vezzani.\n")
# an unseen variant: a regional health conference's working paper, meetings by numeric date, dashes
MEETINGS_PAPER = ("Plusieurs soignants décrivent la même fatigue : « On tient, mais pour combien de temps » "
                  "(entretien du 02/10/2023).\n"
                  "Liste des entretiens\n"
                  "– 02/10/2023 – Mme Hélène Grosjean, infirmière libérale à Pontarlier.\n"
                  "– 05/10/2023 : Mme Lucie Vernier, pharmacienne à Morteau.\n"
                  "– 05/10/2023 : M. Paul Bole, kinésithérapeute à Morteau.\n")


def test_a_hearing_date_and_the_annex_list_by_date():
    from corpus.segment.quote_sources import dated_reference

    assert dated_reference("audition du 14 mars 2024", HEARINGS_REPORT) == (
        "Paul-Antoine Santoni", "médecin généraliste à Bastelica")
    assert dated_reference("audition du 18 avril 2024", HEARINGS_REPORT) == ("Jean-Baptiste Luciani", "maire de Vezzani")
    assert dated_reference("entretien du 02/10/2023", MEETINGS_PAPER) == (
        "Hélène Grosjean", "infirmière libérale à Pontarlier")


def test_dated_reference_look_alikes():
    from corpus.segment.quote_sources import dated_reference

    # two persons met that day: the date does not say who spoke; a date nobody's line opens with;
    # a year cited after an author; a meeting's date in running text, no list of people
    assert dated_reference("entretien du 05/10/2023", MEETINGS_PAPER) is None
    assert dated_reference("audition du 4 avril 2024", HEARINGS_REPORT) is None
    assert dated_reference("Dupont, 2019", HEARINGS_REPORT) is None
    assert dated_reference("réunion du 3 mai 2022", "Lors de la réunion du 3 mai 2022, le Dr Paul Roux, médecin, a parlé.\n") is None


def test_hearing_quotes_get_the_annex_person(gazetteer):
    from segment_text import segment_at, segment_lines

    lines = ["2. Un maillage fragile",
             "Les institutions reconnaissent le retard : « Nous avons financé deux maisons de santé, mais une maison "
             "de santé sans médecin reste un bâtiment » (audition du 4 avril 2024).",
             "Annexe – Personnes auditionnées",
             "4 avril 2024 : Mme Marie-Laure Cristofari, directrice de la délégation départementale de Haute-Corse de "
             "l'agence régionale de santé."]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "rapport"})
    seg = segment_at(text, segs, "une maison de santé sans médecin reste")
    assert (seg.kind, seg.speaker, seg.role, seg.region) == ("verbatim", "Marie-Laure Cristofari", "institutionnel_ars",
                                                              "Corse")


# s25-segattr6: critical incidents under a header giving the participant's code in parentheses,
# the author's summary, then "Récit :" and the participant's account in guillemets.
INCIDENTS = ("Incident critique n° 17 (MG11, Saverne)\n"
             "Résumé : compte rendu reçu six semaines après la sortie.\n"
             "Récit : « Le compte rendu est arrivé alors que la patiente était déjà réhospitalisée. »\n")
# an unseen variant: a nursing dissertation's situations, a nurse's code and a town, "Témoignage :"
SITUATIONS = ("Situation 3 (IDE4, Dieppe)\n"
              "Contexte : retour à domicile d'une patiente de 92 ans un vendredi soir.\n"
              "Témoignage : « J'ai trouvé la porte ouverte et personne pour m'expliquer le traitement. »\n")


def test_an_account_label_under_a_coded_header():
    from corpus.segment.quote_sources import account_header

    assert account_header(INCIDENTS, INCIDENTS.index("« Le compte")) == "MG11, Saverne"
    assert account_header(SITUATIONS, SITUATIONS.index("« J'ai trouvé")) == "IDE4, Dieppe"


def test_account_label_look_alikes():
    from corpus.segment.quote_sources import account_header

    # a quotation led by another word ("Le rapport :"); a header whose parenthesis is a place and a
    # year, no participant's code; a label with words before it in its sentence
    text = "Incident n° 2 (Haguenau, 2021)\nRécit : « Le fils m'appelle le dimanche à midi. »\n"
    assert account_header(text, text.index("«")) is None
    text = INCIDENTS.replace("Récit :", "Le rapport :")
    assert account_header(text, text.index("« Le compte")) is None
    text = INCIDENTS.replace("Récit :", "Il commence son récit :")
    assert account_header(text, text.index("« Le compte")) is None


def test_the_account_is_the_header_codes_words(gazetteer):
    from segment_text import segment_at, segment_lines

    lines = ["3.2. Les situations rapportées",
             "Chaque infirmière a raconté une situation de sortie d'hospitalisation difficile.",
             "Situation 3 (IDE4, Dieppe)",
             "Contexte : retour à domicile d'une patiente de 92 ans un vendredi soir.",
             "Témoignage : « J'ai trouvé la porte ouverte et personne pour m'expliquer le nouveau traitement. »"]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "memoire"})
    seg = segment_at(text, segs, "personne pour m'expliquer")
    assert (seg.kind, seg.speaker, seg.region) == ("verbatim", "IDE4", "Normandie")
