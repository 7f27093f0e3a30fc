"""Session 21 (themes21; tests/data/THEME_SCORES.md "Session 21"): coordination's disagreements of the default coder on
the blind sets U, V, W, each read against docs/CODEBOOK.md and classed once (mechanism, then the codebook reason);
checks that every false negative / positive of $UVW (bench/themes21_errors.py's JSON) has exactly one class, writes
bench/themes21_coord_classes.csv and prints the counts.

    UVW=/tmp/themes21/uvw_base.json python bench/themes21_classes.py
"""
import collections
import csv
import json
import os

# set -> {class: passage ids (gautier2019's by their start offset)}
FN = {
 "U": {"flip down": "131572 933102 1066320 unseenU022",
       "gate, care word missing from the field list": "unseenU002 unseenU051 unseenU074",
       "gate, no care word": "unseenU025 unseenU064 unseenU066 unseenU071 unseenU099",
       "weak entry alone, score < 0.5": "unseenU032",
       "no entry: working or organising together, knowing each other": "865400 1088477 1357005 279716 unseenU027 unseenU065 unseenU090",
       "no entry: sharing information about patients": "unseenU014 unseenU082 unseenU089 unseenU101",
       "no entry: a hyphenated entry split": "700767"},
 "V": {"flip down": "748945 1346347",
       "gate, care word missing from the field list": "unseenV058",
       "gate, no care word": "unseenV049 unseenV060 unseenV072 unseenV095",
       "weak entry alone, score < 0.5": "340378 unseenV077",
       "no entry: working or organising together, knowing each other": "385805 397871 667368 769085 1394826 1407434 unseenV001 unseenV033 unseenV073",
       "no entry: delegation, tasks shared between professions": "unseenV016 unseenV099 unseenV100 unseenV106",
       "no entry: hospital or maternity discharge": "unseenV021 unseenV023 unseenV056",
       "no entry: sharing information about patients": "unseenV051"},
 "W": {"flip down": "557063 1220189 unseenW072",
       "gate, care word missing from the field list": "unseenW006 unseenW040 unseenW071 unseenW093",
       "gate, no care word": "unseenW011 unseenW019 unseenW061 unseenW088",
       "weak entry alone, score < 0.5": "735367 unseenW001 unseenW016 unseenW020 unseenW063",
       "no entry: working or organising together, knowing each other": "850984 424786 unseenW018 unseenW021 unseenW022 unseenW056",
       "no entry: sharing information about patients": "unseenW004 unseenW010 unseenW013 unseenW050 unseenW098",
       "no entry: delegation, tasks shared between professions": "unseenW066 unseenW094",
       "no entry: hospital or maternity discharge": "unseenW062"},
}
FP = {
 "U": {"classifier flip up, no entry": "519605 749989 1104920 1286479 unseenU010 unseenU056 unseenU058",
       "a title or a word naming who (coordinateur, animateur, équipe, interlocuteur, réseau as a name)": "255542 311413 689783 978659 unseenU060",
       "« seul » not isolation": "389396 unseenU001 unseenU093",
       "coder's reading (organising meetings, governance, orienting, on-call relay, meeting mayors)": "935102 1049374 unseenU031 unseenU068 unseenU079",
       "the topic named (exam, tutorial, programme, survey theme, tool names)": "unseenU086"},
 "V": {"classifier flip up, no entry": "1027259 unseenV005 unseenV014 unseenV039 unseenV059 unseenV070 unseenV086 unseenV087",
       "a title or a word naming who (coordinateur, animateur, équipe, interlocuteur, réseau as a name)": "521089 675842 unseenV025 unseenV042 unseenV043 unseenV045 unseenV074",
       "another sense of a weak entry (the study's échanges, communication as media, a shared vision, a patient's communication)": "272551 934125 1027150 unseenV015",
       "« seul » not isolation": "unseenV032",
       "« rencontrer »: the researcher met someone, a situation met": "unseenV071",
       "the topic named (exam, tutorial, programme, survey theme, tool names)": "468314 unseenV029",
       "coder's reading (organising meetings, governance, orienting, on-call relay, meeting mayors)": "317374 1082632"},
 "W": {"classifier flip up, no entry": "811401 926888 1017954 1078143 1139503 1274596 unseenW007 unseenW008 unseenW046 unseenW052 unseenW086 unseenW087",
       "a title or a word naming who (coordinateur, animateur, équipe, interlocuteur, réseau as a name)": "747252 1323660",
       "another sense of a weak entry (the study's échanges, communication as media, a shared vision, a patient's communication)": "343062 728153",
       "« seul » not isolation": "unseenW045 unseenW085",
       "« rencontrer »: the researcher met someone, a situation met": "399569 unseenW101",
       "the topic named (exam, tutorial, programme, survey theme, tool names)": "unseenW033 unseenW035 unseenW074 unseenW103",
       "coder's reading (organising meetings, governance, orienting, on-call relay, meeting mayors)": "293427 597049 1009785 unseenW037 unseenW047"},
}


def main():
    d = json.load(open(os.environ["UVW"]))
    rows = []
    for kind, table, h, t in (("FN", FN, 1, 0), ("FP", FP, 0, 1)):
        for s, cl in table.items():
            errs = [o for o in d if o["set"] == s and o["human"]["coordination"] == h and o["default"]["coordination"] == t]
            for o in errs:
                key = o["id"].replace("gautier2019:", "").split("-")[0].split(":")[0]
                hit = [c for c, ids in cl.items() if key in ids.split()]
                assert len(hit) == 1, (s, o["id"], hit)
                rows.append((s, o["id"], kind, hit[0], o["rule"]["coordination"], o["evidence"]["coordination"],
                             "unseen" if o["doc"].startswith("unseen") else "bundled"))
            assert sum(len(ids.split()) for ids in cl.values()) == len(errs), (s, kind)
    with open("bench/themes21_coord_classes.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["set", "passage_id", "error", "class", "rule_coded", "rule_evidence", "half"])
        w.writerows(rows)
    count = collections.Counter((r[2], r[3]) for r in rows)
    for (kind, cl), n in sorted(count.items(), key=lambda x: (x[0][0], -x[1])):
        per = {s: sum(1 for r in rows if r[2] == kind and r[3] == cl and r[0] == s) for s in "UVW"}
        unseen = sum(1 for r in rows if r[2] == kind and r[3] == cl and r[6] == "unseen")
        print(f"| {kind} | {cl} | {n} | {per['U']} | {per['V']} | {per['W']} | {unseen} |")


if __name__ == "__main__":
    main()
