"""A social network's thread quoted post by post, each post opening on the thread's counter ("« 2/5
… »"), the account that publishes it named before with a thread noun (segment/thread_posts.py,
s31-segr55a); a handle with its profile in parentheses before a quotation's colon
(attributions.preceding_description)."""

from __future__ import annotations

from segment_text import segment_at, segment_lines

THREAD = [
    "4.2. Un fil viral sur les urgences fermées",
    "Le 3 août 2023, l'utilisatrice @sagefemme_morlaix, dont la biographie indique « sage-femme libérale à Morlaix », "
    "publie un thread de cinq messages qui sera repris par la presse locale.",
    "Le deuxième message décrit la nuit : « 2/5 Une patiente a accouché dans la voiture sur le parking, "
    "faute de maternité ouverte à moins d'une heure. »",
    "Le dernier message interpelle l'agence régionale : « 5/5 Qui décidera de rouvrir la nuit ? Nous, on tient, "
    "mais pour combien de temps ? »",
    "Parmi les réponses, la plus citée vient de @urgentiste_brest (médecin urgentiste, Brest) : « Chez nous aussi, "
    "trois nuits sans anesthésiste ce mois-ci, on transfère tout. »",
    "Le ton reste celui du témoignage plus que de la revendication.",
]


def test_a_threads_numbered_posts_are_its_publishers_words(gazetteer):
    text, segs = segment_lines(THREAD, gazetteer)
    for words in ("a accouché dans la voiture", "Qui décidera de rouvrir"):
        s = segment_at(text, segs, words)
        assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "@sagefemme_morlaix", "sage_femme", "Bretagne")
    s = segment_at(text, segs, "trois nuits sans anesthésiste")
    assert (s.kind, s.speaker, s.region) == ("verbatim", "@urgentiste_brest", "Bretagne")
    for prose in ("publie un thread de cinq", "Le ton reste celui"):
        assert segment_at(text, segs, prose).kind == "narrative"


def test_fractions_and_one_counter_make_no_thread(gazetteer):
    # near-miss: figures opening quoted report sentences (a fraction, one counter alone), an account
    # named without a thread
    lines = ["Le rapport de l'observatoire, relayé par le compte @obs_sante, résume : « 3/4 des communes rurales "
             "n'ont plus de garde de nuit. »",
             "Il ajoute plus loin : « 1/3 des maternités ont fermé depuis 2000. »",
             "Ces chiffres sont discutés par les auteurs."]
    text, segs = segment_lines(lines, gazetteer)
    for words in ("des communes rurales", "des maternités ont fermé"):
        s = segment_at(text, segs, words)
        assert s.kind != "verbatim" or s.speaker != "@obs_sante"


def test_a_handle_without_a_profile_is_no_speaker(gazetteer):
    # near-miss: the handle is whom the answer is addressed to, with no profile in parentheses
    lines = ["Une infirmière libérale répond à @DrKerouac : « On se relaie le samedi, il suffit de nous appeler. »"]
    text, segs = segment_lines(lines, gazetteer)
    s = segment_at(text, segs, "On se relaie le samedi")
    assert s.speaker != "@DrKerouac"
