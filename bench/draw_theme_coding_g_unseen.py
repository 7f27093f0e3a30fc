"""Draw the passages of set G that come from outside the bundled corpus (issue #15, session 6).

Chosen BY SOURCE AND SUBJECT to lie on or near the corpus's subject (organisation of health and
social care, health professionals, local authorities), never by their words. Public sources read
from local snapshots, none used by sets C–F except the legal codes (at most 40 passages from any one repository):

- Texts of the French national digital-health agency (Agence du Numérique en Santé, GitHub
  organisation ansforge, MIT licence), the prose pages (``input/pagecontent/*.md``) of three
  implementation guides: the doctrine and governance of the interoperability framework
  (IG-doctrine-ci-sis: committees, consultation of the sector, work with the actors), the
  "service d'accès aux soins" (IG-fhir-service-acces-aux-soins: regulation of unscheduled care,
  CPTS and liberal doctors' appointment slots) and the "cercle de soins" (IG-fhir-cercle-de-soins:
  the professionals around a patient); of the two FHIR guides only the functional pages (index,
  FAQ, functional specifications) are read, the technical ones being request syntax. Markup is
  dropped (HTML tags, link targets, tables, code,
  includes); a heading closes a passage; consecutive paragraphs of one section are joined to about
  ``TARGET_CHARS`` characters and cut at a sentence end before 700.
- Local-life writing: the blog of a citizens' list of a rural "commune nouvelle" (Alice-Po/mccp,
  ``src/data/blog/*.md``, MIT licence of the repository): reports of public meetings held in its
  villages, the municipal council, the budget, the intercommunality; cut like the guides.
- Texts of an administration about liberal practice: the explanations (``description``, ``note``)
  of the rules on liberal professions of the public simulator of social contributions
  (betagouv/mon-entreprise, ``modele-ti/règles/indépendant/profession-libérale.publicodes`` and
  ``professions-libérales/*.publicodes``, MIT): pension funds of doctors, nurses, dentists,
  contributions of health professionals under the national agreement. One rule is one passage.
  Added after the other sources had been read (they said nothing about liberal practice); adding
  a source chosen by subject cannot favour the tool, nothing was removed.
- French legal codes (etalab/codes-juridiques-francais, LEGI, Licence Ouverte; official texts):
  one article is one passage, drawn at random inside parts chosen by their titles: organisation
  of social and medico-social action and the rights and duties of its establishments (Code de
  l'action sociale et des familles, partie réglementaire, livre III, titre Ier, chapitres I–III),
  economic development by local authorities (CGCT, 1re partie, livre V, titre Ier: aid to health
  professionals settling) and the few Code de la santé publique articles of the snapshot.
  Articles already in sets C, E or F are left out.

Passages are drawn with a fixed seed and a quota per source, then numbered unseenG001…
Prints CSV rows (doc_id, char_start, char_end, repository, commit, licence, location, text);
the coding is done afterwards by reading, against docs/CODEBOOK.md only.

    python bench/draw_theme_coding_g_unseen.py CODES_GIT_DIR DOCTRINE_GIT_DIR SAS_GIT_DIR \
        CERCLE_GIT_DIR MCCP_GIT_DIR \
        MON_ENTREPRISE_GIT_DIR > /tmp/set_g_unseen.csv
"""

from __future__ import annotations

import csv
import html
import random
import re
import subprocess
import sys

import draw_theme_coding_c as setc
import draw_theme_coding_c_unseen as setc_unseen
import yaml

SEED = 20261201_8
TARGET_CHARS = 350
MIN_CHARS = 80
CODES = ("etalab/codes-juridiques-francais", "Licence Ouverte (official texts)")
ROOT = "codes-en-vigueur/"
CASF_III = "code-de-l-action-sociale-et-des-familles/partie-reglementaire/livre-iii/titre-ier/"
# (folder under codes-en-vigueur, quota): parts chosen by their titles, articles at random.
CODE_PARTS = (
    (CASF_III + "chapitre-ier", 6),
    (CASF_III + "chapitre-ii", 16),
    (CASF_III + "chapitre-iii", 8),
    ("code-general-des-collectivites-territoriales/partie-legislative/premiere-partie/livre-v/titre-ier", 6),
    ("code-de-la-sante-publique/partie-legislative", 4),
)
MIT = "MIT"
# (repository, folder, prose pages or () for every page but SKIP_PAGES, quota). The technical
# pages of the two FHIR guides (resource profiles, request syntax) are left out: not prose.
GUIDES = (
    ("ansforge/IG-doctrine-ci-sis", "input/pagecontent/", (), 35),
    (
        "ansforge/IG-fhir-service-acces-aux-soins",
        "input/pagecontent/",
        ("index.md", "faq.md", "specifications_fonctionnelles.md"),
        20,
    ),
    (
        "ansforge/IG-fhir-cercle-de-soins",
        "input/pagecontent/",
        ("index.md", "specifications_fonctionnelles.md"),
        12,
    ),
    # A citizens' list of a rural "commune nouvelle" (Putanges-le-Lac, Orne) reporting its public
    # meetings and explaining the municipal council and the intercommunality: local-life writing.
    ("Alice-Po/mccp", "src/data/blog/", (), 25),
)
# The explanations that the public simulator of social contributions (beta.gouv.fr / Urssaf,
# betagouv/mon-entreprise, MIT) gives for the liberal professions (their pension funds, the
# contributions of conventionné health professionals): added after the first five sources were
# read and turned out to say next to nothing about liberal practice.
PUBLICODES = ("betagouv/mon-entreprise", "MIT")
PUBLICODES_DIR = "modele-ti/règles/indépendant/"
PUBLICODES_QUOTA = 20
# Pages that are not prose: change logs, download lists, acronym lists, translation notes.
SKIP_PAGES = ("change-log.md", "changes.md", "downloads.md", "acronymes.md", "translationinfo.md")
# Passages that are data or code rather than prose: cardinalities, inline code, URLs, queries.
NOT_PROSE = re.compile(r"\[\d\.\.[\d*]\]|`|https?://|\bselect\b|\bGET\b|\bPOST\b")
TAG = re.compile(r"<[^>]+>")
LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
ITEM = re.compile(r"<li[^>]*>")


def git(repo: str, *args: str) -> str:
    return subprocess.run(["git", "-C", repo, *args], capture_output=True, text=True, check=True).stdout


def used_articles() -> set[str]:
    used = set()
    for name in ("theme_coding_c_sources.csv", "theme_coding_e_sources.csv", "theme_coding_f_sources.csv"):
        for row in setc.read_commented_csv(setc.DATA / name):
            used.add(row["location"])
    return used


def code_rows(repo: str, rng: random.Random) -> list[dict]:
    commit, used, rows = git(repo, "rev-parse", "HEAD").strip(), used_articles(), []
    for part, quota in CODE_PARTS:
        paths = sorted(
            p
            for p in git(repo, "ls-tree", "-r", "--name-only", "HEAD", ROOT + part).splitlines()
            if p.rsplit("/", 1)[-1].startswith("article-") and p not in used
        )
        picked = []
        for path in rng.sample(paths, len(paths)):
            text = setc_unseen.article_text(git(repo, "show", f"HEAD:{path}"))
            if len(text) >= MIN_CHARS:
                picked.append(
                    {
                        "repository": CODES[0],
                        "commit": commit,
                        "licence": CODES[1],
                        "location": path,
                        "text": text,
                    }
                )
            if len(picked) == quota:
                break
        rows.extend(picked)
    return rows


def page_blocks(markdown: str) -> list[list[str]]:
    """Sections of a page (split at headings), each a list of plain-text paragraphs."""
    sections: list[list[str]] = [[]]
    paragraph: list[str] = []

    def close() -> None:
        text = " ".join(" ".join(paragraph).split())
        if text:
            sections[-1].append(text)
        paragraph.clear()

    in_code = False
    lines = markdown.splitlines()
    if lines and lines[0].strip() in ("---", "+++"):  # front matter of a blog post
        end = next((i for i, line in enumerate(lines[1:], 1) if line.strip() == lines[0].strip()), 0)
        lines = lines[end + 1 :]
    for line in lines:
        stripped = line.strip()
        if stripped.startswith("```"):
            in_code = not in_code
            continue
        if in_code or stripped.startswith(("|", "{%", "{{", "<table", "<img", "<script", "<style")):
            continue
        if stripped.startswith("#") or re.match(r"^<h\d", stripped):
            close()
            sections.append([])
            continue
        if ITEM.search(stripped):
            close()
        stripped = html.unescape(LINK.sub(r"\1", TAG.sub(" ", ITEM.sub("– ", stripped)))).replace("**", "")
        stripped = stripped.replace("\xa0", " ").replace("\\-", "-")
        stripped = stripped.lstrip("*-+ ").strip() if re.match(r"^[*+-] ", stripped) else stripped
        if not stripped:
            close()
            continue
        paragraph.append(stripped)
    close()
    return sections


def guide_passages(repo: str, folder: str, only: tuple[str, ...]) -> list[dict]:
    passages, seen = [], set()
    pages = sorted(
        p
        for p in git(repo, "ls-tree", "--name-only", "HEAD", folder).splitlines()
        if p.endswith(".md")
        and p.rsplit("/", 1)[-1] not in SKIP_PAGES
        and (not only or p.rsplit("/", 1)[-1] in only)
    )
    for page in pages:
        for s, section in enumerate(page_blocks(git(repo, "show", f"HEAD:{page}"))):
            current: list[str] = []
            first = 0
            for i, paragraph in enumerate(section + [""]):
                if paragraph and not current:
                    first = i
                if paragraph:
                    current.append(paragraph)
                if current and (not paragraph or len(" ".join(current)) >= TARGET_CHARS):
                    text = setc.cut(" ".join(current))
                    prose = sum(c.isalpha() for c in text) > 0.6 * len(text) and not NOT_PROSE.search(text)
                    if len(text) >= MIN_CHARS and prose and text not in seen:
                        seen.add(text)
                        passages.append({"location": f"{page}#section{s}.paragraph{first}", "text": text})
                    current = []
    return passages


def guide_rows(repos: list[str], rng: random.Random) -> list[dict]:
    rows = []
    for (name, folder, only, quota), repo in zip(GUIDES, repos):
        commit = git(repo, "rev-parse", "HEAD").strip()
        for p in rng.sample(guide_passages(repo, folder, only), quota):
            rows.append({"repository": name, "commit": commit, "licence": MIT, **p})
    return rows


def rule_texts(repo: str) -> list[dict]:
    """The explanatory text (``description`` and ``note``) of each rule of the liberal-profession
    files, markup dropped; rules repeated word for word in two files are kept once."""
    passages, seen = [], set()
    paths = sorted(
        p
        for p in git(
            repo, "-c", "core.quotepath=off", "ls-tree", "-r", "--name-only", "HEAD", PUBLICODES_DIR
        ).splitlines()
        if p.endswith(".publicodes")
        and (
            p.startswith(PUBLICODES_DIR + "professions-libérales/")
            or p.endswith("/profession-libérale.publicodes")
        )
    )
    for path in paths:
        rules = yaml.safe_load(git(repo, "show", f"HEAD:{path}")) or {}
        for name, rule in rules.items():
            if not isinstance(rule, dict):
                continue
            raw = " ".join(str(rule[k]) for k in ("description", "note") if rule.get(k))
            text = " ".join(
                html.unescape(LINK.sub(r"\1", TAG.sub(" ", raw))).replace("**", "").replace("#", " ").split()
            )
            text = setc.cut(text)
            if len(text) >= MIN_CHARS and not NOT_PROSE.search(text) and text not in seen:
                seen.add(text)
                passages.append({"location": f"{path}#{name}", "text": text})
    return passages


def rule_rows(repo: str, rng: random.Random) -> list[dict]:
    commit = git(repo, "rev-parse", "HEAD").strip()
    return [
        {"repository": PUBLICODES[0], "commit": commit, "licence": MIT, **p}
        for p in rng.sample(rule_texts(repo), PUBLICODES_QUOTA)
    ]


def draw(codes: str, guides: list[str], rules: str) -> list[dict]:
    rng = random.Random(SEED)
    rows = code_rows(codes, rng) + guide_rows(guides, rng) + rule_rows(rules, rng)
    for i, row in enumerate(rows, 1):
        row.update(doc_id=f"unseenG{i:03d}", char_start=0, char_end=len(row["text"]))
    return rows


def main(argv: list[str]) -> None:
    rows = draw(argv[1], argv[2:6], argv[6])
    fields = ["doc_id", "char_start", "char_end", "repository", "commit", "licence", "location", "text"]
    writer = csv.DictWriter(sys.stdout, fieldnames=fields)
    writer.writeheader()
    writer.writerows(rows)


if __name__ == "__main__":
    main(sys.argv)
