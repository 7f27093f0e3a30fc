"""First-turn roles in focus-group labels ("Sandrine (IDEL) —" then "Sandrine —"), with the
look-alikes that must not fold: a continuation "(suite)" after the bare label, a caller
introduced as "Auditeur (Hervé, Scaër)", a person who speaks once."""

from corpus.segment.first_turn_roles import first_turns, merged_runs, person_key


def test_person_key_reads_the_first_name_before_a_role():
    assert person_key("Sandrine (IDEL)") == "Sandrine"
    assert person_key("Claire (kiné)") == "Claire"
    assert person_key("Animatrice") == "Animatrice"


def test_first_turn_role_folds_into_the_later_bare_label():
    run = ["Animatrice", "Sandrine (IDEL)", "Youssef (MG)", "Claire (kiné)", "Animatrice", "Claire", "Sandrine"]
    assert merged_runs(run) == ["Animatrice", "Sandrine", "Youssef (MG)", "Claire", "Animatrice", "Claire", "Sandrine"]


def test_continuation_after_the_bare_label_is_not_a_first_turn():
    run = ["Enquêtrice", "Interviewée", "Enquêtrice", "Interviewée (suite)", "Enquêtrice", "Interviewée"]
    assert merged_runs(run) == run
    assert first_turns(run) == set()


def test_lone_first_turns_need_one_role_in_parentheses():
    run = ["G. Le Floch", "Marc Jaouen", "G. Le Floch", "Auditeur (Hervé, Scaër)", "Youssef (MG)", "Marc Jaouen"]
    assert first_turns(run) == {"Youssef (MG)"}
