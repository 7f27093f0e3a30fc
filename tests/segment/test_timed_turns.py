"""Transcripts whose turns open with their time then a label ("[00:12:52] Médecin 1 : …"), the
turns run into one paragraph by the extraction (segment/discovery.py split_at_cues, TIMED_TURN):
the line is cut at each time, the time is no speaker label, and one time inside a sentence cuts
nothing."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.base import split_lines
from corpus.segment.discovery import split_at_cues
from corpus.segment.recurring_labels import prefix_of

FOCUS = [
    "Annexe 2 – Focus group de la CPTS du pays de Redon (extrait)",
    "Enregistrement du 3 mars 2023 à la maison de santé, cinq participants. [00:04:10] Animateur : "
    "Comment se passe le retour à domicile après une hospitalisation ? [00:04:31] Pharmacien 1 : Mal, "
    "on reçoit l'ordonnance de sortie le vendredi soir. [00:05:02] Infirmière : Et nous on découvre le "
    "patient sans aucun courrier, on appelle le service pour savoir. [00:05:40] Animateur : Et vous ? "
    "[00:05:44] Orthophoniste : Moi je ne suis jamais prévenue, c'est la famille qui m'appelle. "
    "[00:06:15] Pharmacien 2 : On voudrait une messagerie commune avec l'hôpital.",
]


def test_timed_turns_run_together_are_cut_and_read(gazetteer):
    text, segs = _segment(FOCUS, gazetteer)
    for snippet, speaker in [("Mal, on reçoit l'ordonnance", "Pharmacien 1"),
                             ("Et nous on découvre le patient", "Infirmière"),
                             ("Moi je ne suis jamais prévenue", "Orthophoniste"),
                             ("On voudrait une messagerie commune", "Pharmacien 2")]:
        s = _at(text, segs, snippet)
        assert (s.kind, s.speaker) == ("turn", speaker), snippet
    assert _at(text, segs, "Comment se passe le retour").kind == "moderator"
    assert _at(text, segs, "Enregistrement du 3 mars").kind == "narrative"


def test_lines_cut_at_each_time_that_opens_a_turn():
    lines = split_at_cues(split_lines("\n".join(FOCUS)))
    assert [ln.text.split(" : ")[0].strip() for ln in lines[2:]] == [
        "[00:04:10] Animateur", "[00:04:31] Pharmacien 1", "[00:05:02] Infirmière", "[00:05:40] Animateur",
        "[00:05:44] Orthophoniste", "[00:06:15] Pharmacien 2"]


def test_one_time_in_a_sentence_cuts_nothing():
    text = ("Le centre ouvre ses portes. 08:30 Accueil : les premiers patients arrivent sans rendez-vous, "
            "puis l'équipe les oriente vers la liste d'attente.")
    lines = split_lines(text)
    assert [ln.text for ln in split_at_cues(lines)] == [ln.text for ln in lines]


def test_a_time_is_no_label():
    p = prefix_of("[00:04:10] Animateur : Comment se passe le retour ?")
    assert p is None or p.label != "00:04:10"


# s27-segr47a: an interview typed as messages, each stamped "[08:05] Name :", without a final stop:
# the extraction runs them together and a stamped label cuts after any space (discovery.split_at_labels)
TYPED = [
    "Encadré 2. Un entretien par messagerie",
    "Inès (prénom modifié), 31 ans, travaille à la cueillette dans les vergers de Moissac ; elle a préféré écrire.",
    "[07:58] Moi : Tu as un médecin traitant ici ?",
    "[08:05] Inès : non jsuis sur liste dattente depuis un an [08:06] Moi : Et quand tu as mal au dos ?",
    "[08:12] Inès : jprends des cachets et jcontinue la cueillette [08:13] Inès : pas le choix on est payées au kilo",
    "La veille, son téléphone affichait [19:00] Rappel : prendre le traitement, un message qu'elle ignore.",
]


def test_stamped_messages_run_together_are_cut(gazetteer):
    text, segs = _segment(TYPED, gazetteer)
    for snippet in ("liste dattente depuis un an", "jprends des cachets", "payées au kilo"):
        s = _at(text, segs, snippet)
        assert (s.kind, s.speaker) == ("turn", "Inès"), snippet
        assert "Moi :" not in s.text
    assert _at(text, segs, "Et quand tu as mal au dos").kind == "moderator"
    # a bracketed time before a word that labels no one in the document cuts nothing
    s = _at(text, segs, "prendre le traitement")
    assert s.kind == "narrative" and s.char_start == _at(text, segs, "son téléphone affichait").char_start
