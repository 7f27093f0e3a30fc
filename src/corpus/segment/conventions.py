"""Patterns of the conventions the segmenter recognises."""

from __future__ import annotations

import re

MODERATOR_LABELS = re.compile(r"^(A|Enqu[êe]t(?:eur|rice)|Animat(?:eur|rice)|Modérat(?:eur|rice)|Interviewe(?:u)?r)$")

# "P5 : « …", "P15 « …", "P8 (…) …", "A : …", "Enquêteur : …", "Plusieurs P : …", "E16(1) : …"
TURN = re.compile(
    r"^(?P<lead>«\s*)?(?P<label>Plusieurs P|P\d{1,3}|E\d{1,3}\s?t?(?:\s?\(\d\))?|A|Enqu[êe]t(?:eur|rice)|"
    r"Animat(?:eur|rice)|Modérat(?:eur|rice))"
    r"(?:\s*:\s*|\s+(?=[«(]))")
STAGE = re.compile(r"^Relance\b[^:]{0,80}\b(animat|modérat|enquêt)\w*\s*\W?$", re.IGNORECASE)
ATTRIBUTION = re.compile(
    r"^\(?\s*Entretien\s+n\s*°\s*(?P<num>\d{1,3})\s*t?\s*(?:[–—-]\s*(?P<rest>.*?))?\s*\)?\s*$")
# the speaker code that opens a dash-led attribution line or a parenthesis: an interview number
# (E3, Entretien n°3), a focus-group participant (P5) or a person's name (two or three words)
SPEAKER_CODE = (
    r"Entretien\s+n\s*°\s*\d{1,3}|E\d{1,3}|P\d{1,3}|"
    r"(?!(?:Le|La|Les|Un|Une|Des|Dans|Pour|Selon|Comme|En|Au|Aux|Du|De)\b)"
    r"[A-ZÉÈ][a-zéèëïîçô]+(?:-[A-ZÉÈ][a-zéèëïîçô]+)?(?:\s+[A-ZÉÈ][\w'’-]+){1,2}")
# "— E3, infirmière libérale, 48 ans, Hennebont", "– P5 – MG", "— Anne Le Gall, coordinatrice"
DASH_ATTRIBUTION = re.compile(
    r"^[—–-]\s*(?P<code>" + SPEAKER_CODE + r")\s*(?:,|\s[–—-]\s|:)\s*(?P<rest>\S.*?)\s*$")
# "(E1, médecin généraliste)", "(P5)", "(Entretien n°3 – pharmacienne)"
PAREN_CODE = re.compile(r"^(?P<code>" + SPEAKER_CODE + r")\s*(?:(?:,|\s[–—-]\s|:)\s*(?P<rest>\S.*?))?\s*$")
# "Retranscription de l'entretien E4 (pharmacienne, 52 ans, Lanester)", "Entretien n°4 (…)"
INTERVIEW_DECLARATION = re.compile(
    r"\b[Ee]ntretien\s+(?:avec\s+)?(?:n\s*°\s*|E)?(?P<num>\d{1,3})\s*\((?P<desc>[^()]{3,150})\)")
AGE_FIELD = re.compile(r"^\d{2,3}\s*ans$")
FIELD_SPLIT = re.compile(r"\s*(?:,|;|\s[–—-]\s)\s*")
ATTR_REST = re.compile(
    r"^(?P<role>[^–—]+?)\s*[–—-]\s*(?P<scale>R[ée]gion [A-Z]|Nationale?)\s*,?\s*"
    r"(?P<inst>CPTS \d+|Minist[eè]re de la sant[ée]|Structure support|Syndicat|[A-Z]{2,6})?(?P<tail>.*)$")
LABELLED_ANSWER = re.compile(r"^[A-ZÉ][\w'-]+(?: [\w'-]+){0,2}\s*:\s*«")
ANNEX_TAG = re.compile(
    r"(?:(?<=^)|(?<=\s))(?P<tag>Enqu[êe]t(?:eur|rice)|E(?P<num>\d{1,3})\s?t?(?:\s?\((?P<person>\d)\))?)\s?:\s")
ROW = re.compile(r"^(?P<cell>.*?\S)(?:\t+|\s+\|\s+|\s*\|\s*)(?P<num>\d{1,3})\s?(?P<t>t)?\s*\|?\s*$")
NUMBER_CELL = re.compile(r"^(?P<num>\d{1,3})\s?(?P<t>t)?(?:\s+(?P<rest>[a-zà-ÿ].*))?$")
CITATION_NUM = re.compile(r"^\s*[.,]?\s*\(\s*\d{1,3}(?:\s*[,;–-]\s*\d{1,3})*\s*\)")
PAREN = re.compile(r"^\s*[.,;]?\s*\((?P<attr>[^()]{2,100})\)")
AUTHOR_YEAR = re.compile(r"(et al|[A-Z][\w'-]+,?\s+(?:19|20)\d\d\b|\b(?:19|20)\d\d\s*[a-z]?$)")
PERSON_WORDS = re.compile(
    r"\b(m[ée]decin|g[ée]n[ée]raliste|infirmi|pharmacien|coordinat|coordonnat|secr[ée]taire|"
    r"direct(eur|rice)|d[ée]l[ée]gu[ée]|charg[ée]e? de mission|biologiste|psychologue|kin[ée]|"
    r"soignant|professionnel|pr[ée]sident|[ée]lue?|maire|responsable|sage-femme|interne|"
    r"Entretien n|MG|IDE|MSP|CPTS|CLS|ARS|URPS|CPAM)", re.IGNORECASE)
SPEECH_VERBS = (
    r"explique|raconte|assure|pr[ée]cise|souligne|ajoute|indique|observe|regrette|r[ée]sume|d[ée]taille|"
    r"d[ée]veloppe|vante|d[ée]crit|r[ée]pond|souffle|ironise|projette|rappelle|souvient|estime|affirme|"
    r"confie|t[ée]moigne|note|dit|d[ée]clare|poursuit|conclut|insiste|reconna[iî]t|constate|lance|"
    r"martèle|juge|relève|nuance|commente|rapporte|s'interroge|analyse|retient|met en garde|"
    r"faisant dire [àa]|fait valoir|se f[ée]licite|d[ée]plore|avance|signale|t[ée]moignent|expliquent")
VERB_AFTER = re.compile(
    r"^\s*[,;]?\s*(?:se\s+)?(?P<verb>" + SPEECH_VERBS + r")(?:-t-|-)(?P<pron>il|elle)\b"
    r"|^\s*[,;]?\s*(?:se\s+)?(?P<verb2>" + SPEECH_VERBS + r")\s+(?P<who>[^.;!?«\"“]{2,140})", re.IGNORECASE)
VERB_BEFORE = re.compile(
    r"(?:" + SPEECH_VERBS + r")\s+(?P<who>(?:un|une|le|la|l'|l’|cette|ce|des|les|l'un|l’un)\b[^:«]{1,90}?)\s*[:,]\s*$"
    r"|(?P<who2>(?:un|une|le|la|l'|l’|cette|ce)\s+[^:«]{1,60}?)\s+(?:" + SPEECH_VERBS + r")\b[^«]{0,160}:\s*$",
    re.IGNORECASE)
NAME = re.compile(
    r"\b(?!(?:Le|La|Les|Sa|Son|Ses|Cette|Ce|Un|Une|Des|Dans|Pour|Mais|Et|En|Au|Aux|Du|De|À|A|"
    r"Selon|Comme|Depuis|Puis|Si|Il|Elle|Ils|Elles|On|Nous|Vous|Lui|Leur|Madame|Monsieur|Docteur|"
    r"Professeur|Pr|Dr)\b)"
    r"(?P<name>[A-ZÉÈ][a-zéèëïîçô]+(?:-[A-ZÉÈ][a-zéèëïîçô]+)?\s+[A-ZÉÈ][a-zéèëïîçô]+(?:-[A-ZÉÈ][a-zéèëïîçô]+)?)\b")
# a parenthesis after a quote that starts like this is a remark, not who spoke
NOT_A_DESCRIPTION = re.compile(
    r"^(en|dans|pour|avec|cf|voir|sur|à|au|aux|des|du|de|la|le|les|l'|un|une|et|ou|p\.|op\.|ibid|sic|\.\.\.|…)\b",
    re.IGNORECASE)
# who a description-attributed quote belongs to must be a person
PERSON_NOUN = re.compile(
    r"m[ée]decin|g[ée]n[ée]raliste|infirmi|pharmacien|coordinat|coordonnat|secr[ée]taire|"
    r"direct(eur|rice)|soignant|professionnel|[ée]lue?\b|maire\b|responsable|pr[ée]sident|"
    r"interview[ée]|enqu[êe]t[ée]|participant|consultant|charg[ée]e? de mission|biologiste|"
    r"psychologue|kin[ée]|sage-femme|l'un d'eux|l’un d’eux|praticien|confr[èe]re|coll[èe]gue|"
    r"repr[ée]sentant|d[ée]l[ée]gu[ée]", re.IGNORECASE)
# "Sylvie Rossignon retient toutefois que "…"": a named person, a speech verb, then the quote
NAMED_BEFORE = re.compile(NAME.pattern + r"\s+(?:" + SPEECH_VERBS + r")\b[^«\"“]{0,40}$")

