"""s23-segmeet1: questions a moderator reads out inside her own turn ("Question de Mickaël
(kinésithérapeute, Le Port) : « … »", "Une question anonyme : « … »") are their authors' words,
the moderator's words before them hers (segment/read_questions.py); look-alikes: a research
question, an intervention's label with a civility, a lead without guillemets."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.read_questions import _leads


def _webinar(first, second):
    return ["Webinaire de la CPTS – questions-réponses",
            "Intervenante : Dr Nathalie Payet, pharmacienne titulaire, référente vaccination de la CPTS. "
            "Modération : Sabrina Hoarau, chargée de mission. La partie questions-réponses est transcrite ci-dessous.",
            f"S. Hoarau : Merci Nathalie. On a beaucoup de questions dans le tchat, je les prends dans l'ordre. {first}",
            "N. Payet : Non, pas pour l'instant, ce n'est pas dans les professions autorisées par le décret.",
            f"S. Hoarau : {second}",
            "N. Payet : Pour la dengue, la recommandation reste très restreinte, c'est sur prescription.",
            "S. Hoarau : Merci beaucoup, on s'arrête là pour aujourd'hui ?",
            "N. Payet : Oui, et on en reparlera dans un prochain webinaire, c'est promis."]


def test_chat_questions_read_by_the_moderator_are_their_authors_words(gazetteer):
    # the case (round 41)
    text, segs = _segment(_webinar(
        "Question de Mickaël (kinésithérapeute, Le Port) : « Est-ce que les kinés vont pouvoir vacciner contre la grippe ? »",
        "Une question anonyme : « Et pour la dengue, il y a quelque chose de prévu en officine ? »"), gazetteer)
    s = _at(text, segs, "Est-ce que les kinés")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Mickaël", "kinesitherapeute")
    s = _at(text, segs, "Et pour la dengue")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "", "inconnu")
    m = _at(text, segs, "On a beaucoup de questions")
    assert (m.kind, m.speaker) == ("moderator", "S. Hoarau")
    assert "Est-ce que" not in text[m.char_start:m.char_end]
    assert _at(text, segs, "pas pour l'instant").kind == "turn"


def test_an_unseen_radio_message_read_out(gazetteer):
    # unseen: a message with a surname, another profession and place, an anonymous "message"
    text, segs = _segment(_webinar(
        "Message de Josiane Le Goff (aide-soignante, Quimper) : « Pourquoi les SSIAD ne sont-ils jamais invités aux réunions ? »",
        "Un message anonyme : « Qui paie le temps passé en réunion le soir ? »"), gazetteer)
    s = _at(text, segs, "Pourquoi les SSIAD")
    assert (s.kind, s.speaker, s.region) == ("verbatim", "Josiane Le Goff", "Bretagne")
    assert _at(text, segs, "Qui paie le temps").kind == "verbatim"


def test_look_alike_leads_are_no_read_out_question():
    # near misses: a research question (no author), an intervention's label (a civility: its own
    # convention), a lead without guillemets, a quotation not closing the line
    assert _leads("Question de recherche : « Comment les CPTS changent-elles l'exercice ? »") == []
    assert _leads("Question de Mme Sylvie Brunaud (élue, Argenton) : « Et le transport ? »") == []
    assert _leads("Merci. Question de Mickaël (kinésithérapeute) : est-ce que les kinés vaccinent ?") == []
    assert _leads("Merci. Question de Mickaël : « Et la grippe ? » Je la transmets à Nathalie.") == []


# s28-segr47c: a live's followers write from a handle ("@maman_973 demande : « … »", round 47)
def test_a_followers_question_from_a_handle_is_theirs(gazetteer):
    lines = ["Le pharmacien de Sarlat répond chaque jeudi en direct sur Facebook ; nous avons relevé les questions écrites.",
             "@lulu.perigord écrit : « Ma fille a de la fièvre depuis hier soir, je peux lui donner du paracétamol et de l'ibuprofène ? »",
             "Il rappelle de ne pas alterner sans avis médical.",
             "@papa_de_3 demande : « Est-ce que la pharmacie de garde peut faire le test de l'angine ? »"]
    text, segs = _segment(lines, gazetteer)
    s = _at(text, segs, "je peux lui donner du paracétamol")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "@lulu.perigord", "autre")
    assert _at(text, segs, "le test de l'angine").speaker == "@papa_de_3"
    assert _at(text, segs, "ne pas alterner").kind == "narrative"


def test_a_handle_in_a_sentence_reads_nothing_out():
    # near misses: an address or a handle inside a sentence, a handle without a verb of writing, or
    # a verb but no guillemets
    assert _leads("Écrivez à contact@cpts-sud.fr : « Votre question » sera lue en direct.") == []
    assert _leads("Le compte @ars_bretagne : « Vaccination ouverte à tous » depuis lundi.") == []
    assert _leads("@maman_973 demande si la pharmacie est ouverte le dimanche.") == []
