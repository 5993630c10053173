"""PERSON and ORG mentions from the language backends, corrected by what news text tells.

Each step is a named rule; ``DISABLED_RULES`` switches rules off to measure what each adds. Order for
English:
1. the model's PERSON/ORG spans, trimmed ("the", titles and honorifics, "'s", "China's", a headline's verb,
   "X Desk", an organization's unit after "'s"); its place spans (GPE/LOC) are kept as votes only;
   ``pinyin_person``: a romanized Chinese name the model calls an ORG is a PERSON; ``person_place``: a lone
   "person" after "in"/"near" or before "mills"/"plants" is a place; ``person_org``: a "person" ending in a
   company's kind or legal form ("Fitch Ratings", "Serra Nova SGPS") or whose shares or unit are spoken of
   is an ORG; Chinese inside English text is judged as Chinese names are; a name coordinated with a model
   place after "the ports of" / "in" is a place; a product named by its apposition ("X, the company's
   sensor platform") votes against the name throughout;
2. rules that override the model: ``byline`` ("By Clara Westbrook", "(Reporter Zhuo Mingxuan)"), ``suffix``
   (company suffixes, "... Co., Ltd."), ``institution`` ("Municipal Bureau of Industry and Information
   Technology"), ``list`` (companies named as such: "Xinmao, Ruida, Haoyun and other companies"),
   ``media`` (the source of a wire dateline or a "Source:" line), ``apposition`` ("X, general manager of
   Y"), ``kind`` ("fashion retailer X", "X, the Swedish business daily", "according to X data"), ``split``
   (a span that joins two companies with "and"), ``surname`` ("He Zhaolin"), ``places`` ("in Harmon, Lisle
   and Ortega counties");
3. filters: ``listing`` (keyword listings "Widget One,Widget Two,..." hold no names), ``dateline``
   ("FRANKFURT, May 3 --"), non-names (Tel, Email, unit, chip and battery acronyms, road codes, "Media
   Contact"), countries and large cities, venues ("Cricket Ground", "Convention Centre"), generic references
   and lone head words ("the Party", "State", "Customs"), a platform in a promotion line ("Follow X on Y").
Chinese follows the same order on LAC's words (or an hf: model's spans): ``suffix`` (集团/有限公司/协会/
局… with the words before it, a bracketed place inside: 鑫禾（江西）食品有限公司; not a place's industry:
泉州纺织), ``media`` (X网 / X日报 named as a source), ``list`` (、-lists ending in 等企业), ``latin``
(English names inside Chinese text, after a title: 首席执行官 Thomas Kessel), ``latin_org``, ``title``
(董事长/总经理 + name: the title is no part of the name), ``reporter`` (（记者 林晓舟）, a photographer's 摄
left out), ``modifier`` (智能家居|控制器: a trade word describing the next noun), ``kind`` (北欧航运公司Nordhavn
Lines: a kind of company, then its Latin name; “竹溪小院”民宿), role words cut (承运方…, X旗下…), a ministry's bureau
joined (美国商务部|工业与安全局), and generic filters (城商行, 嘉兴工厂, 西南地区支线航空, 纳西族, 中俄, 福建厦门,
一家制衣厂, 该集团通报, 宁波讯).
Document-level consistency (a name tagged ORG once is ORG throughout; a "person" that is part of an
organization's name is that organization: ``person_in_org``; lone words that are places: ``places``) is
done in assemble.py with ``surface_label_votes``.
"""
from __future__ import annotations

import functools
import re
from dataclasses import replace

from .lang import Parse, words_en, words_zh
from .names import (CJK_RE, DOUBLE_SURNAMES, NAME_PARTICLES, ZH_SURNAME_CHARS, fold_accents, is_pinyin_word, normalize,
                    simplified_chars, to_simplified, world_places)
from .records import ORG, PERSON

PLACE = "PLACE"  # a model's place tag: a vote against PERSON/ORG for the same name, never an entity
RawMention = tuple[int, int, str, str]  # start, end (in the parsed text), label, source
DISABLED_RULES: set[str] = set()  # rule names switched off (to measure what each rule adds)


def _on(rule: str) -> bool:
    return rule not in DISABLED_RULES


def _by_first_char(words) -> dict[str, tuple[str, ...]]:
    """Words grouped by their first character, in the order given: a prefix test looks only at its group."""
    out: dict[str, tuple[str, ...]] = {}
    for w in words:
        out[w[0]] = (*out.get(w[0], ()), w)
    return out


# ---------------------------------------------------------------- English rules
# Capital and small letters of Latin-script names, accents included (Çelik, Sørlie, İskenderun, Lucía)
_UP, _LO = "A-ZÀ-ÖØ-ÞĀ-ŽİƠƯẠ-Ỹ", "a-zß-öø-ÿā-žıơưạ-ỹ"  # (Vietnamese: Ơ, Ư, Ạ-Ỹ)
# A capitalised word of a name: "Co." / "Inc." / "St." keep their period, other words end before one.
_CAP = r"(?:(?:[A-Z]\.){2,}|(?:Co|Corp|Inc|Ltd|Bros|Dept|St|Mt|Ft|Jr|Sr|No|Intl)\.(?=[\s,]|$)|[A-Z](?:[\w&'’-]|\.(?=\w))*|\d+[\w-]*[A-Za-z][\w-]*)"
_JOIN = r"(?:\s+(?:and|&)\s+|\s*&\s*|\s+|-)"
_LEGAL = (r"(?:Co\.,\s?Ltd\.?|Co\.\s?Ltd\.?|Co\.,\s?Limited|Company Limited|Ltd\.?|Limited|Inc\.?|Incorporated|LLC|LLP|"
          r"PLC|[Pp]lc|GmbH|AG|Pte\.?\s?Ltd\.?|Pty\.?\s?Ltd\.?|S\.A\.|N\.V\.|S\.p\.A\.)")
# European and Latin American legal forms, written after a company's name, slash and dots included: the
# name runs through them ("Fjordvik Pumper A/S", "Industrias Morales S.A. de C.V.", "GmbH & Co. KG")
_EU_LEGAL = (r"(?:GmbH\s?&\s?Co\.?\s?KG(?:aA)?|S\.A\.B\.\s?de\s?C\.V\.|S\.A\.\s?de\s?C\.V\.|S\.p\.A\.|S\.r\.l\.|"
             r"S\.A\.S\.|S\.A\.C\.|S\.A\.A\.|S\.R\.L\.|E\.I\.R\.L\.|S\.L\.|S\.A\.|N\.V\.|B\.V\.|K\.K\.|Sp\.\s?z\s?o\.o\.|A/S|ApS|ASA|AS|AB|Oyj|Oy|GmbH|AG|KGaA|"
             r"KG|SE|SpA|Srl|SARL|SAS|NV|BV|SGPS|e\.\s?V\.|mbH|Lda\.?|Ltda\.?|Sdn\.?\s?Bhd\.?|Bhd\.?|Berhad|Tbk|PJSC|JSC|OJSC|A\.Ş\.|A\.S\.|"
             r"Ltd\.\s?Şti\.|Kaisha,?\s?Ltd\.?|Public Company Limited|PCL|d\.o\.o\.|d\.d\.|s\.r\.o\.|Kft\.|Zrt\.|Nyrt\.)")
_COMPANY_HEADS = (
    "Co\\.,\\s?Ltd\\.?", "Co\\.\\s?Ltd\\.?", "Company Limited", "Co\\.", "Co(?=\\s+(?:said|says|has|had|is|was|will|would|and)\\b)",
    "Ltd\\.?", "Limited", "Inc\\.?", "Corp\\.?",
    "Corporation", "Incorporated", "Company", "Group", "Holdings", "LLC", "LLP", "PLC", "[Pp]lc", "GmbH", "AG", "Pte\\.?\\s?Ltd\\.?",
    "Pvt\\.?\\s?Ltd\\.?",
    "Airlines", "Airways", "Securities", "Pharmaceuticals?", "Technologies", "Electronics", "Industries", "Motors",
    "Cooperative", "Co-operative", "Bank", "Capital", "Ventures", "Partners", "Law Firm", "Robotics", "Logistics",
    "Technology", "Advisory", "Consulting", "Consultancy", "Associates", "Analytics", "Investments", "Investors",
    "Asset Management", "Research", "Ratings", "Bancorp", "Bancorporation", "Bancshares",
    # a family firm: "Okafor & Sons", "Verhaegen & Fils", "Hijos de X" is written the other way round
    "(?:&|&amp;|and)\\s+(?:Sons|Fils|Frères|Freres|Hijos|Söhne|Soehne|Figli|Filhos|Brothers|Daughters)",
)
_INSTITUTION_HEADS = (
    "Chamber of Commerce", "Association", "Federation", "Bureau", "Administration", "Ministry", "Department",
    "Commission", "Council", "Committee", "University", "Institute", "Academy", "College", "Society", "Agency",
    "Authority", "Foundation", "Alliance", "Union", "Customs", "Court", "Procuratorate", "Bank", "Office",
    "Organisation", "Organization",
)
_START = r"(?<![A-Za-z0-9&'’-])"
EXCHANGE_OF_RE = re.compile(r"(?<![A-Za-z0-9&'’-])((?:The\s+)?(?:Stock|Futures|Commodity|Commodities)\s+Exchange\s+of\s+"
                            r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:\s+Limited)?)\b")
LOCAL_GOVERNMENT_RE = re.compile(r"(?<![A-Za-z0-9&'’-])((?!The\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:Municipal|County|Provincial|"
                                 r"District|City|Prefectural|Town|Township)\s+(?:People's\s+|People’s\s+)?Government)\b")
LEGAL_FORM_RE = re.compile(rf"{_START}((?:[{_UP}][\w&'’-]*\s+)(?:(?:[{_UP}][\w&'’-]*|de|del|la|las|los|das|dos|do|da|di|du|van|"
                           rf"von|der|den|und|y|e|ve|et|&)\s+){{0,5}}(?:\([A-Z][a-z]+\)\s+)?){_EU_LEGAL}(?![A-Za-z0-9_À-ɏ/-]|\.\w)")
COMPANY_RE = re.compile(
    rf"{_START}{_CAP}(?:{_JOIN}{_CAP})*?\s+(?:{'|'.join(_COMPANY_HEADS)})(?:,?\s+{_LEGAL})?(?![A-Za-z0-9_À-ɏ-])")
_WHEN = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
         r"August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)")
INSTITUTION_RE = re.compile(
    rf"(?:{_START}{_CAP}(?:{_JOIN}{_CAP})*?\s+)?{_START}(?:{'|'.join(_INSTITUTION_HEADS)})"
    rf"(?:\s+(?:of|for|on)\s+(?:the\s+)?(?!{_WHEN}\b){_CAP}(?:(?:\s+(?:and|&)\s+|,\s+(?=(?:{_CAP}(?:\s+{_CAP})?,\s+)*{_CAP}(?:\s+{_CAP})?,?\s+(?:and|&)\s+{_CAP})|\s+)"
    rf"{_CAP}){{0,7}})?(?![\w-])")
_ITEM = (rf"(?:{_CAP}(?:\s+{_CAP}){{0,5}}(?:\s*[（(][\u4e00-\u9fff]{{2,12}}[）)])?|"  # ("Jinglan Optical (晶岚光学)")
         r"[\u4e00-\u9fff]{2,12}(?![\u4e00-\u9fff]))")  # (a Chinese name in English text)
_GROUP_NOUNS = (r"(?:companies|firms|enterprises|brands|manufacturers|makers|producers|banks|groups|retailers|"
                r"suppliers|carriers|airlines|developers|platforms|exporters|operators|insurers|automakers|"
                r"carmakers|shoemakers|players|giants|leaders|businesses|corporations|lenders|brokerages|"
                r"customers|clients|rivals|competitors|peers|partners|universities|institutions|associations|"
                r"forwarders|traders|importers|distributors|vendors|processors|mills|cooperatives|co-ops|investors|"
                r"wholesalers|packers|packhouses|miners|refiners|shipping lines|logistics firms)")
_LIST_INTRO = r"(?:such as|including|like|namely|led by|e\.g\.)"
LIST_RE = re.compile(
    rf"(?:{_LIST_INTRO}\s+)?((?:{_ITEM},\s*)*{_ITEM}),?\s+(?:(?:and|or|as well as)\s+"
    rf"(?:(?:other|many|several|some|more)\s+(?:[\w-]+\s+){{0,3}}{_GROUP_NOUNS}|({_ITEM}))|and so on\b|etc\b\.?)")
LIST_INTRO_RE = re.compile(rf"(?:{_LIST_INTRO})\s*$|{_GROUP_NOUNS}\s*,?\s*(?:{_LIST_INTRO})?\s*$")
_TITLE_ALT = "|".join(sorted((re.escape(t) for t in words_en.TITLES), key=len, reverse=True))
APPOSITION_RE = re.compile(
    rf"^,?\s+(?i:(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){{0,3}}?(?:{_TITLE_ALT})s?\s+(?:of|at|with|for|from)\s+"
    rf"(?:the\s+)?)({_CAP}(?:{_JOIN}{_CAP})*(?:,?\s+{_LEGAL})?)")
_HONORIFIC_ALT = "|".join(sorted((re.escape(t) for t in words_en.HONORIFICS), key=len, reverse=True))
TITLE_PREFIX_RE = re.compile(rf"^(?:(?:{_TITLE_ALT}|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Prof\.?)\s+|(?-i:(?:{_HONORIFIC_ALT})\s+))+", re.I)
# an honorific or a Mr/Ms before a name: "Dame Rosa Hale", "Mr. Okafor"
_HONORIFIC_OR_MR = rf"(?:{_HONORIFIC_ALT}|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Prof\.?)"
ORG_TITLE_PREFIX_RE = re.compile(rf"^(?i:(?:{_TITLE_ALT})\s+(?:of|at)\s+(?:the\s+)?)(?=[A-Z])")
_INSTITUTION_IN = re.compile(rf"\b(?:{'|'.join(_INSTITUTION_HEADS)})\b")
NOT_ORG_TAIL = re.compile(r"(?i)\b(?:plan|program|programme|project|initiative|law|act|regulation|strategy|scheme|messe|valley|"
                          r"policy|report|index|award|prize|expo|fair|forum|summit|conference|festival|week|"
                          r"zone|park|(?:industrial|trading|business|retail) estate|(?<!school )district|road|street|province|city|county|town|township|village|river|"
                          r"port|airport|station|region|area|square|bridge|lake|mountain|island|territory|highway|avenue|boulevard|motorway|"
                          r"exhibition|show|symposium|seminar|workshop|roundtable|dialogue|games|cup|championships?|"
                          r"tournament|olympics|marathon|gala|ceremony|awards|competition|contest|guidelines|measures|"
                          r"rules|notice|blueprint|outline|agreement|treaty|accord|pact|standards?|charter|"
                          r"declaration|roadmap|catalogue|catalog|partnership|"
                          # facilities and venues: "Melbourne Cricket Ground", "Marlow Expo Center"
                          r"stadium|arena|circuit|ground|towers?|plaza|building|terminal|wharf|pier|planetarium|"
                          r"(?:convention|exhibition|expo|conference|shopping|trade|sports|visitor|science|event|"
                          r"events|congress|cultural|culture)\s+cent(?:er|re))$")
GENERIC_ORG = re.compile(r"(?i)^(?:the\s+)?(?:(?!\w+\s+(?-i:Municipal|Provincial|County|City|District|Prefectural)\s)\w+\s+)?(?:municipal|provincial|local|central|city|state|county|"
                         r"national|federal)?\s*(?:government|authorities|party committee|people's government)$")
# A keyword listing spliced into a story: three or more Title Case items joined by commas without a space.
LISTING_RE = re.compile(r"(?:[A-Z0-9][\w'&-]*(?:\s[\w'&-]+){0,5},(?=\S)){2,}[A-Z0-9][\w'&-]*(?:\s[\w'&-]+){0,5}")
# "NINGBO, China, May 2 (Harbor News Wire) -": the source in a wire dateline.
def _outlet_in_brackets(group: str = "") -> str:
    """The outlet in a dateline's brackets, a reporter's credit after it allowed; `group` names its group."""
    return (rf"\((?!(?:Staff|Our|Special|Own)\s+(?:Reporter|Correspondent|Writer)\))"  # (Staff Correspondent): no outlet
            rf"({group}[A-Z][\w&'. -]{{1,60}}?)(?:\s+(?:staff\s+)?(?:reporter|correspondent)\b[^)\n]{{0,40}})?\)")


DATELINE_SOURCE_RE = re.compile(rf"(?m)^\s*(?:[{_UP}][{_UP} ./'-]+,[^\n(]{{0,60}}?)?{_outlet_in_brackets()}\s*(?:[-—–]{{1,2}}|[:：])|"
                                # "Shaodong, November 10 (Zijiang Evening News reporter Tan Yiming) The …"
                                rf"^\s*[{_UP}][{_LO}]+(?: [{_UP}][{_LO}]+)?,\s+[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}}(?:,\s+\d{{4}})?\s+"
                                rf"{_outlet_in_brackets('?P<o2>')}\s*(?=[A-Z])")
# "NAIROBI, Kenya, Oct. 7, 2026 /PRNewswire/ --": the wire a press release went out on
WIRE_DATELINE_RE = re.compile(r"(?m)^\s*[A-Z][A-Za-z .'-]+,[^\n]{0,60}?\d{4}\s*/([A-Z][\w&'.-]*(?: [A-Z][\w&'.-]*){0,2})/"
                              r"\s*(?:[-—–]{1,2})")
# "Source: Grain Market Info Net  Time: ...": the publisher named on a source line.
SOURCE_LINE_RE = re.compile(r"(?m)(?:^|\s)(?:Source|From)\s*[:：]\s*([A-Z][\w&'.-]*(?: (?!(?:Time|Date|Author|Editor|Views|Reporter|Release|Released|Published|Publish|Updated|Posted|Hits|Clicks)\b)[A-Z][\w&'.-]*){0,6})(?=\s{2}|\u00a0|\s*$|\s*[(（|]|\s+\d{4}[-/.年]|\s+(?:Time|Date|Author|Editor|Views|Reporter|Release|Released|Published|Publish|Updated|Posted|Hits|Clicks)\b)")
# "in Harmon, Lisle and Ortega counties": the items of a list the next word calls places.
PLACE_LIST_RE = re.compile(rf"((?:{_CAP}(?:\s+{_CAP}){{0,2}},\s*)*{_CAP}(?:\s+{_CAP}){{0,2}},?\s+(?:and|or)\s+{_CAP}(?:\s+{_CAP}){{0,2}})"
                           r"\s+(?:counties|cities|provinces|districts|towns|townships|villages|states|countries|"
                           r"regions|prefectures|municipalities|islands|ports)\b")
DATELINE_RE = re.compile(rf"(?m)^\s*([{_UP}][{_UP}.'/-]+(?:\s[{_UP}][{_UP}.'/-]+)*)(?=,|\s+[-—–(]|\s*\(|\s+\d{{4}}(?:-\d\d-\d\d)?\s*$)")
# A byline or credit: "By Clara Westbrook", "(Reporter Zhuo Mingxuan  Correspondent Bai Lu)", "(Editing by Ada Brennan)".
BYLINE_RE = re.compile(r"(?:(?:^|(?<=[(\[|/\u00a0\u3000])|(?<=\s\s)|(?<=^--)|(?<=\n--))\s*(?:(?:By|Reporter|Reported by|Correspondent|Editing by|Edited by|"
                       r"Writing by|Reporting by|Additional reporting by|Photo|Photo by|Text|Author|Written by|"
                       r"Compiled by|Posted [Bb]y|Story by|Words by|With assistance from)\s*[:：]?\s+)"
                       # a labelled field in a header line: "Source: X Daily Author: Zhou Li 2026-05-09"
                       r"|(?<=\s)(?:Author|Reporter|Correspondent|Writer)\s*[:：]\s*(?:(?:Reporter|Correspondent)\s+)?)("
                       rf"[{_UP}][{_LO}'’-]+(?:[A-Z][a-z]+)?(?: (?:(?:de|da|del|van|von|der|la|le|di|du|dos|das) )?"
                       rf"[{_UP}][{_LO}'’-]+(?:[A-Z][a-z]+)?){{1,3}})(?=\s*(?:$|[)\]|/,;]|\.\s*$|\s{{2}}|\u00a0|\u3000|"
                       r"\s+(?:and|in|for|on|Correspondent|Reporter)\b|\s+(?:\d{4}[-/.年]|\d{1,2}[-/.]\d)))", re.M)
REPORTER_CREDIT_RE = re.compile(r"(?:^|(?<=[\s\u3000]))(?:all-media\s+)?(?:reporter|correspondent|intern)\s+"
                                r"([A-Z][a-z]+\s[A-Z][a-z]+(?:-[a-z]+)?)(?=\s*(?:\u3000|\s{2}|$|\n|correspondent\b|,|\)|）))", re.M)
BYLINE_PIPE_OUTLET_RE = re.compile(r"(?m)^\s*By\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2},\s+((?:The\s+)?[A-Z][\w&'’-]*"
                                   r"(?:\s+[A-Z][\w&'’-]*){0,3})\s*\|\s*(?:\d|[A-Z][a-z]+\.?\s+\d)")
_UNNAMED_BYLINE = re.compile(r"(?i)(?:our|staff|special|a|from)\s")
_STAFF_WORDS = re.compile(r"\s+(?:Editorial\s+)?(?:Team|Desk|Staff|Editors|Newsroom)$|\s+Editorial$")
_BYLINE_NAME = rf"[{_UP}][{_LO}'’-]+(?:[A-Z][a-z]+)?(?: (?!The\b)[{_UP}][{_LO}'’-]+(?:[A-Z][a-z]+)?){{1,2}}"
_BYLINE_AND = re.compile(rf"(?:\s+in\s+[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?\s+and\s+({_BYLINE_NAME})(?=\s+in\s+[A-Z]|\s*[;)\n]|\s*$)")
BYLINE_CAPS_RE = re.compile(r"(?m)^\s*By\s+([A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){1,2})(?=\s*$|\s+(?:and\b|[A-Z][a-z]|\||,))")
ALIAS_RE = re.compile(r"\s*\((?:(?:hereinafter|hereafter)\s+(?:referred\s+to\s+as\s+|called\s+)?(?:the\s+)?)?[\"“']"
                      r"([A-Z][\w&'’. -]{1,40}?)[\"”']\s*\)")
# 鑫禾食品有限公司（以下简称“鑫禾”）, 澄洋食品有限公司（Clearwave Foods Pte. Ltd.，以下简称“澄洋”）
ZH_ALIAS_RE = re.compile(r"[（(][^（()）]{0,60}?(?:以下简称|以下称|下称|简称|(?P<cn>中文名称?|中文译名))[:：]?\s*[“\"「]([^”\"」]{2,12})[”\"」]"
                         r"[^（()）]{0,20}[)）]")
# "fashion retailer Corvalho Apparel", "the Norwegian brand Varmfjell": a name the text calls a company.
_KINDS = (r"(?:brand|retailer|chain|company|firm|law firm|maker|manufacturer|supplier|start-?up|lender|insurer|carrier|automaker|"
          r"carmaker|chipmaker|developer|conglomerate|consultancy|brokerage|bank|distributor|wholesaler|exporter|"
          r"importer|shipper|shipping line|operator|producer|shipowner|pension fund|hedge fund|sovereign fund|(?:tenants['’]|residents['’]|trade|industry|farmers['’]) "
          r"association|foundation|cooperative)")
# the kinds above a person can be too (a shipowner, an importer), not only a firm
_PERSON_KIND = re.compile(r"\b(?:distributor|wholesaler|exporter|importer|shipper|shipowner)\s")
KIND_RE = re.compile(rf"\b{_KINDS}\s+({_CAP}(?:\s+(?:(?:de|del|la|de la|do|da|dos|das|di|du|van|von|der|&)\s+)?{_CAP}){{0,3}})(?![\w-])")
# a name, then what it is: "Dagsposten, the Swedish business daily", "The Campaign for Ashcombe Lanes, a
# residents' group"
_NAME_WORD = r"[A-Z](?:[\w&'’-]|\.(?=\w))*"
KIND_AFTER_RE = re.compile(rf"(?:^|(?<=[\s(“\"]))({_NAME_WORD}(?:\s+(?:for|of|and|&)?\s*{_NAME_WORD}){{0,5}}),\s+(?:the|a|an)\s+"
                           r"(?:(?!(?:at|of|for|with|from|in|on|to)\s)[\w'’-]+\s+){0,3}?"
                           r"(?:daily|newspaper|paper|magazine|broadcaster|news agency|wire service|website|news site|"
                           r"residents['’] group|campaign group|pressure group|lobby group|trade group|industry group|"
                           r"trade body|industry body|charity|think tank|think-tank|consultancy|brokerage|"
                           r"(?:research |charitable |private |non-?profit )?foundation|(?:trade |industry |tenants['’] |"
                           r"residents['’] |farmers['’] )association|non-?profit|"
                           r"lender|insurer|conglomerate|retailer|carmaker|automaker|chipmaker|airline|"
                           r"holding company|parent company|state-owned company|private equity firm|law firm|"
                           r"trade union|labor union|labour union|union|(?:business|company|firm|contractor|supplier|"
                           r"manufacturer|producer|exporter|start-?up|cooperative|co-op)(?=\s*[,.;:)]|\s+(?:based|that|"
                           r"which|whose|in|from|with|founded|owned|known|headquartered|run|specialising|specializing)\b))\b"
                           r"(?!['’]s|[\s-]+(?:owner|leader|official|chief|boss|head|"
                           r"president|members?|spokes\w+|representative|organi[sz]er|activist|executive|director|"
                           r"chairman|secretary|founder|analyst|economist|reporter|editor|columnist|lawyer|partner|"
                           r"owner|veteran|worker|employee|staff)\b)")
# "according to FactMark data": a data provider
DATA_SOURCE_RE = re.compile(rf"\baccording to ({_NAME_WORD}(?:\s{_NAME_WORD}){{0,3}})\s+(?:data|figures|estimates|"
                            r"statistics|research|calculations|surveys?|tallies)\b")
# "analysts at Ashby Lorne", "an economist with Harlow & Finch": people who work at a firm name the firm, even
# one the model reads as a person's name
STAFF_AT_RE = re.compile(rf"\b(?i:analysts?|economists?|strategists?|researchers?|traders?|bankers?|consultants?|"
                         rf"auditors?|brokers?)\s+(?:at|from|with)\s+(?:the\s+)?"
                         rf"({_NAME_WORD}(?:\s+(?:for\s+|of\s+|&\s+)?{_NAME_WORD}){{0,5}})")
_KIND_AFTER = re.compile(rf"\s+{_KINDS}\b")
_PART_OF = re.compile(r"\s+(?:region|branch|office|division|unit|plant|factory|headquarters|area|market|"
                      r"subsidiary|department|team|arm|business|segment)\b")


_KICKER_RE = re.compile(r"[A-Z]{3,}\s*[-—–:]\s*(?:(?:What|Why|How|Who|When|Where)\s+)?(?=[A-Z])")


_BASED_PREFIX = re.compile(r"(?:[A-Z][\w.'’]*[\s-])*[A-Z][\w.'’]*-(?:based|headquartered|listed|owned|backed|funded|"
                           r"registered|born)\s+(?:(?:fashion|retailer|brand|company|firm|group|lender|insurer|"
                           r"developer|maker|manufacturer|supplier|consultancy|fund|bank|carrier|startup)\s+)*(?=[A-Z])")


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " ,.;:'\"“”‘’()[]-–—*&•·▪■●◆|>":
        s += 1
    m = _KICKER_RE.match(text, s, e)
    if m and m.group().split("-")[0].split(":")[0].strip().upper() in NON_NAMES:  # "EXPLAINER-What Tianmu Group"
        s = m.end()
    while e > s and text[e - 1] in " ,;:'\"“”‘’()[]-–—*&":
        e -= 1
    if e > s and text[e - 1] == "." and not re.search(r"(?:Co|Ltd|Inc|Corp|Jr|Sr|Bros|[A-Z])\.$", text[s:e]):
        e -= 1
    if text[e - 2:e] in ("'s", "’s"):
        e -= 2
    m = re.match(r"(?i)the\s+", text[s:e])
    if m:
        s += m.end()
    m = re.search(r"\b(?:Ltd|Inc|Corp|Plc)\.(?=\s+[A-Z][a-z])", text[s:e])
    if m:  # "Harwick Home Ltd. Bennett said": the name ends with its legal form, a new sentence follows
        e = s + m.end()
    m = _BASED_PREFIX.match(text, s, e)
    if m and e - m.end() >= 2:  # "Lisbon-based Tagus Policy Institute"
        s = m.end()
        while s < e and text[s] in " “\"'‘(":
            s += 1
    m = re.match(r"([A-Z][\w.-]*(?: [A-Z][\w.-]*)?)['’]s\s+(?=[A-Z])", text[s:e])
    if m and normalize(m.group(1)) in PLACES_EN:  # "China's Ministry of Commerce"
        s += m.end()
    m = _KIND_OPENER.match(text, s, e)
    if m:
        s = m.end()  # "Importer Lakeshore Tuna Traders Ltd, whose …": the sentence opens with what the firm is
    m = _REGION_OF.match(text, s, e)
    if m and e - m.end() >= 2:
        s = m.end()  # "(Managing Director) Asia-Pacific of Norrhav": the firm, not its region
    m = re.match(r"(?:Data|Figures|Statistics|Numbers|Estimates)\s+(?:of|from)\s+(?:the\s+)?(?=[A-Z])", text[s:e])
    if m:
        s += m.end()  # "Data of Jinhe Fire Rescue Detachment show": the body the data come from
    return s, e


_MA_NAME_RE = re.compile(r"(?<![\w.])Ma\.\s+((?:[A-Z][a-z]+)(?:\s+[A-Z][a-z]+){1,2})(?![\w-])")
# world regions a firm's unit is named for ("Managing Director Asia-Pacific of X")
_REGIONS_EN = (r"(?:Asia[- ]Pacific|APAC|EMEA|Greater China|Southeast Asia|North America|Latin America|Americas|Europe|"
               r"Asia|China)")
_REGION_OF = re.compile(_REGIONS_EN + r"\s+of\s+(?:the\s+)?(?=[A-Z])")
_KIND_OPENER = re.compile(r"(?:Importer|Exporter|Retailer|Wholesaler|Distributor|Carmaker|Automaker|Chipmaker|Drugmaker|"
                          r"Shipbuilder|Shipowner|Lender|Insurer|Miner|Brewer|Broker)\s+(?=[A-Z][\w'’&.-]*\s+[A-Z])")


NON_NAMES = {
    "HON", "SME", "SMES", "FDI", "CE", "EBITDA", "EBIT", "CTC", "NCM", "NCA", "NCMA", "LFP", "VENUE", "ORGANIZER", "ORGANISER", "ORGANIZERS", "EXHIBITOR", "EXHIBITORS", "BOOTH",
    "DATES", "SPONSOR", "HOST", "CO-ORGANIZER", "SUPPORTER", "CEO", "CFO", "COO", "CTO", "GDP", "R&D", "IPO", "AI", "EV", "EVS", "CPI", "PMI", "ESG", "B2B",
    "B2C", "OEM", "ODM", "FOB", "VAT", "PPP", "RMB", "USD", "YOY", "Q1", "Q2", "Q3", "Q4", "IT", "HR", "PR", "MW",
    "GW", "KW", "KWH", "MWH", "GWH", "TEU", "TEUS", "LNG", "LPG", "EVA", "PVC", "PU", "PP", "PE", "SMT", "PCB",
    "LED", "LCD", "OLED", "GPS", "APP", "APPS", "SKU", "SKUS", "KPI", "MOQ", "CNC", "CAD", "API", "IOT", "5G",
    "4G", "ETF", "QFII", "RQFII", "QDII", "M&A", "COVID", "COVID-19", "NPL", "NPLS", "QR", "TV", "PC", "USB", "VR", "AR",
    "TEL", "FAX", "EMAIL", "E-MAIL", "MOB", "MOBILE", "PHONE", "WECHAT", "WHATSAPP", "QQ", "SKYPE", "WEB", "URL",
    "ADD", "ADDRESS", "CONTACT", "TAGS", "SOURCE", "EDITOR", "PHOTO", "FOUNDER", "CHAIRMAN", "PRESIDENT",
    "AUTHOR", "EXPLAINER", "ANALYSIS", "UPDATE", "EXCLUSIVE", "BREAKING", "FACTBOX", "INTERVIEW", "LPR", "AAA",
    # trade agreements and commodity codes: no organizations
    "RCEP", "CPTPP", "TPP", "NAFTA", "USMCA", "FTA", "BRI", "PTA", "MEG", "PX", "PET", "PTA", "POY", "FDY", "DTY",
    "TEU", "FEU", "CIF", "FOB", "EXW", "DDP", "LME", "SHFE", "WTI",
    # battery, vehicle and energy terms
    "LFP", "NMC", "NCM", "LCO", "BMS", "PHEV", "BEV", "HEV", "SUV", "MPV", "ADAS", "OTA", "SAF", "HVO", "ETS", "CBAM",
    "EPR", "CCS", "CCUS", "PV", "HVAC", "ERW", "GWH", "STEM", "MSME", "MSMES", "SEZ", "FTZ", "GST", "EPC",
    # page counters
    "VIEWS", "HITS", "CLICKS", "READS", "PAGEVIEWS",
    # chip and computing terms
    "MEMS", "RFID", "NFC", "IGBT", "LIDAR", "HBM", "HGV", "LGV",
    # standards bodies' codes and ship classes
    "ASTM", "ISO", "SUPRAMAX", "PANAMAX", "HANDYSIZE", "HANDYMAX", "CAPESIZE", "ULTRAMAX", "KAMSARMAX", "AFRAMAX", "SUEZMAX", "VLCC", "ULCC",
    # certifications and standards a product or factory holds
    "OEKO-TEX", "GRS", "GOTS", "BSCI", "SEDEX", "HACCP", "BRCGS", "LFGB", "ROHS", "REACH", "GMP", "GAP", "DRAM", "NAND", "CPU", "CPUS", "GPU", "GPUS", "NPU", "TPU", "SSD", "HDD", "EUV", "DUV", "SOC", "FPGA", "ASIC",
    # solar cell technologies
    "PERC", "TOPCON", "HJT",
    # hospital wards
    "ICU", "NICU", "OPD",
    # meetings, a byline's "Staff Correspondent", outsourcing
    "AGM", "EGM", "STAFF", "BPO", "KPO",
}
# Time zones and price benchmarks: a market story's "14:00 GMT" or "Brent crude" names no organization (a person
# may still be called Brent, so these only stop the ORG label).
_NOT_ORG_WORDS = {"gmt", "utc", "bst", "cet", "cest", "est", "edt", "pst", "pdt", "hkt", "jst", "sgt", "brent"}
# One head word alone names no organization ("the Party", "the Bureau").
_LONE_HEADS = {"party", "group", "company", "bureau", "ministry", "association", "bank", "council", "committee",
               "commission", "university", "institute", "federation", "union", "agency", "office", "court",
               "government", "department", "administration", "holdings", "ltd", "limited", "inc", "corp", "co",
               "organisation", "organization", "plc", "incorporated", "media", "press", "news", "team", "club", "board"}
# a firm's department named alone ("Securities Department", "Investor Relations"), and a ticker's cue
_FIRMS_DEPARTMENT = re.compile(r"(?:Securities|Sales|Marketing|Finance|Legal|Human Resources|Purchasing|Procurement|Brand|"
                               r"Public Relations|Media Relations|Investor Relations|Corporate Communications|"
                               r"Customer Service|After-Sales Service|Export|Import|Overseas)(?:\s+(?:Department|Dept\.?|Division))?")
_TICKER_BEFORE = re.compile(r"(?i)\b(?:ticker|symbol|stock code|code|ticker symbol)\s+(?:symbol\s+)?[\"“]?$")
# ... nor one of these words, alone ("the Secretary of State", "the firm")
_LONE_WORDS = _LONE_HEADS | {"state", "states", "secretariat", "firm", "corporation", "trust", "fund", "customs"}
_LONE_OR_NOT_ORG = frozenset(_LONE_WORDS | _NOT_ORG_WORDS)
# Countries and regions: a name that is one of these is a place, whatever the model says (general knowledge).
PLACES_EN = {
    "china", "chinese mainland", "mainland china", "hong kong", "macao", "macau", "taiwan", "united states", "u.s",
    "us", "usa", "america", "united kingdom", "uk", "britain", "great britain", "england", "scotland", "wales",
    "ireland", "france", "germany", "italy", "spain", "portugal", "netherlands", "holland", "belgium",
    "luxembourg", "switzerland", "austria", "poland", "czech republic", "czechia", "slovakia", "hungary",
    "romania", "bulgaria", "greece", "turkey", "türkiye", "russia", "ukraine", "belarus", "sweden", "norway",
    "denmark", "finland", "iceland", "estonia", "latvia", "lithuania", "serbia", "croatia", "slovenia", "japan",
    "south korea", "north korea", "korea", "india", "pakistan", "bangladesh", "sri lanka", "nepal", "vietnam",
    "viet nam", "thailand", "malaysia", "singapore", "indonesia", "philippines", "cambodia", "laos", "myanmar",
    "mongolia", "kazakhstan", "uzbekistan", "kyrgyzstan", "tajikistan", "turkmenistan", "afghanistan", "iran",
    "iraq", "syria", "jordan", "lebanon", "israel", "palestine", "saudi arabia", "uae", "united arab emirates",
    "qatar", "kuwait", "oman", "bahrain", "yemen", "egypt", "libya", "tunisia", "algeria", "morocco", "nigeria",
    "ghana", "kenya", "ethiopia", "tanzania", "uganda", "south africa", "angola", "zambia", "zimbabwe",
    "mozambique", "senegal", "canada", "mexico", "brazil", "argentina", "chile", "peru", "colombia",
    "venezuela", "ecuador", "bolivia", "uruguay", "paraguay", "cuba", "australia", "new zealand", "europe",
    "asia", "africa", "latin america", "south america", "north america", "middle east", "southeast asia",
    "east asia", "central asia", "asia-pacific", "asia pacific", "gulf", "eurozone",
    # blocs of countries, which the labels treat as the regions they cover (never marked as organizations)
    "eu", "european union", "asean", "the eu", "the european union",
    # state and province abbreviations of datelines ("KAMINAK FALLS, Ont. —", "DAYTON, Ohio")
    "ont", "que", "alta", "sask", "calif", "fla", "tenn", "minn", "mich", "wis", "ariz", "colo", "okla",
    "beijing", "shanghai",
    "guangzhou", "shenzhen", "tianjin", "chongqing", "hebei", "shanxi", "liaoning", "jilin", "heilongjiang",
    "jiangsu", "zhejiang", "anhui", "fujian", "jiangxi", "shandong", "henan", "hubei", "hunan", "guangdong",
    "hainan", "sichuan", "guizhou", "yunnan", "shaanxi", "gansu", "qinghai", "inner mongolia", "guangxi",
    "tibet", "xizang", "ningxia", "xinjiang", "london", "paris", "berlin", "tokyo", "new york", "washington",
    "moscow", "dubai", "seoul", "bangkok", "jakarta", "mumbai", "delhi", "new delhi", "sydney", "brussels",
    "east china", "south china", "north china", "central china", "northeast china", "southwest china",
    "northwest china", "southeast china",
    # Chinese provincial capitals and large cities, as romanized in English news
    "hefei", "wuhan", "chengdu", "hangzhou", "nanjing", "suzhou", "wuxi", "ningbo", "wenzhou", "xiamen", "fuzhou",
    "quanzhou", "dongguan", "foshan", "zhuhai", "zhongshan", "huizhou", "shantou", "changsha", "zhengzhou", "jinan",
    "qingdao", "yantai", "weifang", "dalian", "shenyang", "harbin", "changchun", "shijiazhuang", "taiyuan",
    "hohhot", "xi'an", "xian", "lanzhou", "xining", "yinchuan", "urumqi", "lhasa", "kunming", "guiyang", "nanning",
    "haikou", "sanya", "nanchang", "yiwu", "shaoxing", "jiaxing", "huzhou", "taizhou", "jinhua", "lishui", "quzhou",
    "zhoushan", "changzhou", "nantong", "yangzhou", "xuzhou", "yancheng", "lianyungang", "kunshan", "tangshan",
    "baoding", "luoyang", "wuhu", "zibo", "linyi", "jining", "ganzhou", "zhuzhou", "xiangtan", "yichang",
    "xiangyang", "mianyang", "liuzhou", "guilin", "zunyi", "macau",
    # large cities and ports elsewhere
    "rotterdam", "hamburg", "antwerp", "copenhagen", "amsterdam", "frankfurt", "munich", "milan", "rome", "madrid",
    "barcelona", "lisbon", "vienna", "zurich", "geneva", "stockholm", "oslo", "helsinki", "warsaw", "prague",
    "budapest", "istanbul", "cairo", "lagos", "nairobi", "johannesburg", "riyadh", "jeddah", "doha", "abu dhabi",
    "tehran", "karachi", "dhaka", "hanoi", "ho chi minh city", "manila", "kuala lumpur", "osaka", "taipei",
    "los angeles", "chicago", "houston", "san francisco", "toronto", "vancouver", "mexico city", "sao paulo",
    "são paulo", "buenos aires", "santiago", "lima", "melbourne", "piraeus", "felixstowe", "le havre", "genoa",
    "valencia", "busan", "yokohama", "kobe", "long beach", "savannah", "haiphong", "laem chabang",
    # more capitals and Chinese prefecture-level cities (general knowledge)
    "lusaka", "harare", "addis ababa", "dar es salaam", "kampala", "kigali", "accra", "abuja", "dakar", "luanda",
    "maputo", "khartoum", "tunis", "algiers", "rabat", "casablanca", "ankara", "baku", "tbilisi", "yerevan",
    "astana", "almaty", "tashkent", "bishkek", "dushanbe", "ashgabat", "kabul", "islamabad", "lahore", "colombo",
    "kathmandu", "thimphu", "ulaanbaatar", "vientiane", "phnom penh", "yangon", "naypyidaw", "bandar seri begawan",
    "canberra", "wellington", "auckland", "perth", "brisbane", "ottawa", "montreal", "bogota", "quito", "caracas",
    "la paz", "asuncion", "montevideo", "havana", "panama", "kyiv", "kiev", "minsk", "vilnius", "riga", "tallinn",
    "bucharest", "sofia", "belgrade", "zagreb", "ljubljana", "bratislava", "athens", "dublin", "edinburgh",
    "manchester", "birmingham", "marseille", "lyon", "turin", "naples", "seville", "porto", "gothenburg",
    "ordos", "baotou", "datong", "handan", "cangzhou", "langfang", "qinhuangdao", "zhangjiakou", "chengde",
    "anshan", "fushun", "jinzhou", "yingkou", "daqing", "jilin city", "qiqihar", "mudanjiang", "yangzhou",
    "zhenjiang", "taizhou", "suqian", "huai'an", "bengbu", "anqing", "maanshan", "ma'anshan", "chuzhou", "fuyang",
    "putian", "zhangzhou", "longyan", "ningde", "sanming", "nanping", "jiujiang", "jingdezhen", "shangrao",
    "yichun", "zaozhuang", "dongying", "rizhao", "weihai", "dezhou", "liaocheng", "heze", "binzhou", "tai'an",
    "kaifeng", "anyang", "xinxiang", "nanyang", "shangqiu", "xuchang", "pingdingshan", "jingzhou", "huangshi",
    "shiyan", "xiaogan", "yueyang", "changde", "hengyang", "chenzhou", "zhangjiajie", "shaoguan", "jiangmen",
    "zhanjiang", "maoming", "zhaoqing", "qingyuan", "meizhou", "chaozhou", "jieyang", "yangjiang", "beihai",
    "qinzhou", "fangchenggang", "wuzhou", "yulin", "zigong", "panzhihua", "luzhou", "deyang", "leshan", "nanchong",
    "yibin", "dazhou", "anshun", "qujing", "yuxi", "dali", "lijiang", "xishuangbanna", "baoji", "xianyang",
    "yan'an", "hanzhong", "tianshui", "jiuquan", "karamay", "kashgar", "korla", "shigatse", "haixi", "golmud",
}
_PRODUCT_WORD = re.compile(r"(?i)\s(?:model|series|edition|ultra|pro|plus|mini|lite|bot|gpt)(?:\s|$)")
# "Zeekr 001", "Airbus A320": a maker's model number ends a product's name
_MODEL_NUMBER = re.compile(r"\s(?:[A-Z]{0,3}-?\d{1,4}[A-Za-z]{0,2}|[A-Z]\d?)$")
# Peoples and nationality adjectives (general knowledge): never a name by themselves.
DEMONYMS = frozenset("""
chinese american british english french german italian spanish portuguese dutch belgian swiss austrian swedish
norwegian danish finnish irish polish czech hungarian romanian bulgarian greek turkish russian ukrainian japanese
korean indian pakistani vietnamese thai malaysian singaporean indonesian filipino australian canadian mexican
brazilian argentine argentinian chilean peruvian colombian egyptian nigerian kenyan ethiopian saudi emirati
qatari kuwaiti iranian iraqi syrian israeli palestinian lebanese jordanian afghan arab arabs european asian
african western eastern gulf sino
""".split())
_PERSON_NOT = re.compile(r"(?i)^(?:the|a|an|mr|ms|mrs|dr|prof|sir|engr\.?|eng\.?|chief|dame|pongal|onam|bill|act|comrade|alhaji|alhaja|barr\.?|otunba|easter|christmas|ramadan|diwali|thanksgiving|hanukkah|"
                         r"eid|lent|advent|passover|halloween|new year|lunar new year|chinese new year)$")


def _in_listing(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in LISTING_RE.finditer(text)] if _on("listing") else []


def _datelines(text: str) -> set[str]:
    """The cities of the text's datelines ("STUTTGART/CHANGZHOU –": each city, and both)."""
    if not _on("dateline"):
        return set()
    found = {m.group(1) for m in DATELINE_RE.finditer(text)}
    return found | {city.strip() for d in found if "/" in d for city in d.split("/")}


_DATED = re.compile(r"[A-Z][A-Z .'-]+\s+\d{4}(?:-\d\d-\d\d)?")  # "ABU DHABI 1996-12-06": a dateline


def _cut_score(text: str, s: int, e: int) -> int:
    """"Liverpool 0 Sheffield", "Bochum 2", "Utrecht 18 4 10": a result or a table row joined to a name; the
    name ends before the first number."""
    m = re.search(r"\s\d{1,3}(?=\s|$)", text[s:e])
    if not m or m.start() == 0:
        return e
    rest = text[s + m.end():s + m.end() + 25]
    if re.match(r"\s+(?:[A-Z]|\d)", rest) or re.search(r"\s\d", text[s + m.end():e]) or s + m.end() == e \
            and re.match(r"\s*(?:[-–,]\s*)?\d|\s+[A-Z]", text[e:e + 20]):
        return s + m.start()
    return e


_SITE_THEN_NEWS = re.compile(r"\s(?:Network|Net|Online|Web)\sNews$")
_REPORTER_AFTER = re.compile(r"\s*\((?:Reporter|Correspondent|Staff Reporter|By)\b")


def en_mentions(p: Parse) -> list[RawMention]:
    """English PERSON/ORG mentions (and PLACE votes) of one parsed unit, in its offsets."""
    text = p.text
    listing = _in_listing(text)
    datelines = _datelines(text)

    def in_listing(s: int, e: int) -> bool:
        return any(a <= s and e <= b for a, b in listing)

    found: list[RawMention] = []
    places: list[RawMention] = []
    possessed: list[RawMention] = []
    for s, e, label in p.ents:
        if label in ("GPE", "LOC"):
            s, e = _trim(text, s, e)
            words = text[s:e].split()
            if len(words) < 2 or not (_COMPOUND_BANK.match(words[-1]) or _GERMAN_FIRM_WORD.match(words[-1])):
                if e > s:
                    places.append((s, e, PLACE, "model"))
                continue
            label = ORG  # "Kasseler Landesbank": a bank, whatever the model says
        if label not in (PERSON, ORG):
            continue
        s, e = _trim(text, s, e)
        if label == ORG and _SITE_THEN_NEWS.search(text, s, e) and _REPORTER_AFTER.match(text, e):
            e -= len(" News")  # "X News Network News (Reporter …)": a Chinese site's 讯, translated after its name
        if label == ORG and text[s:e].count("(") > text[s:e].count(")") and re.search(r"\([A-Z][\w&.-]*$", text[s:e]):
            s, e = _trim(text, s, s + text[s:e].rfind("("))  # "the Board of Trade Promotion (BTP": the name before its bracket
        if "\n" in text[s:e]:  # no name runs over a line's end: a header's name line, then its outlet's (the longer)
            pieces, at = [], s
            for line in text[s:e].split("\n"):
                pieces.append((len(line.split()), -at, at, at + len(line)))
                at += len(line) + 1
            _n, _a, s, e = max(pieces)
            s, e = _trim(text, s, e)
        if CJK_RE.search(text[s:e]) and re.search(r"[A-Za-z]", text[s:e]) and re.search(r"[：“”「」]", text[s:e]):
            continue  # "Brandt在接受采访时用英语说：“We": a piece of a mixed sentence, no name
        inside = _ZH_TITLE_INSIDE.search(to_simplified(text[s:e])) if CJK_RE.search(text[s:e]) else None
        if inside:  # "Solutions首席执行官Imogen": a firm's last word, a title, a person's first: no one name
            continue
        if label == ORG and " at " in text[s:e] and _POST_OF_BEFORE.search(text, max(0, s - 40), s):
            s = s + text[s:e].rindex(" at ") + 4  # "Vice President of Global Procurement at X": the firm after "at"
        if _VESSEL_BEFORE.search(text, max(0, s - 30), s) or _STORM_RE.match(text, s, e) or _VESSEL_AFTER.match(text, e) \
                or _VESSEL_PREFIX.match(text, s, e):
            continue  # "the container ship Ever Alot", "Typhoon Doksuri": a vessel or a storm
        if _AWARD_IN.search(text, s, e) or _AWARD_AHEAD.match(text, e) or _AWARD_FOR.search(text, max(0, s - 16), s):
            places.append((s, e, PLACE, "rule"))  # "the Ngozi Ebere Award for Port Safety": a prize, no name
            continue
        if _STREET.match(text, s, e) or re.match(r"-(?:based|headquartered)\b", text[e:e + 16]) \
                or label == PERSON and (_PLACE_TAIL.search(text, s, e) or _NAMED_AFTER.match(text, e)
                                        or _PLACE_NOUN_AFTER.match(text, e)
                                        or " " not in text[s:e] and _MODEL_NUMBER_AFTER.match(text, e)):
            # "Avenida Teodoro Brandão", "Da Lat-based", "Peel Crescent", "Nelson Mandela | Bay", "Dak Nong province":
            # a street or a place; "the Kelwick 900": a product
            places.append((s, e, PLACE, "rule"))
            continue
        first = next((t for t in p.tokens if t.start == s), None)
        if first is not None and first.end < e and first.pos in ("VERB", "AUX") \
                and re.search(r"(?:^|\s)(?:to|To|TO)\s+$", text[max(0, s - 4):s]) and _headline_at(text, s):
            s = first.end + 1  # "Halsted Paper to Buy Corvina Embalagens": a headline's verb
        if label == PERSON:
            if text[s:e] in words_en.HONORIFICS or text[s:e + 1] in words_en.HONORIFICS:
                continue  # "Dr. Ir. Ratna Sari": the model's "person" Ir is a form of address
            m = TITLE_PREFIX_RE.match(text[s:e])
            if m:
                s += m.end()
            m = _POST_NOMINAL.search(text, s, e)
            if m and m.start() > s:
                e = m.start()  # "Dana Kerrigan MP", "Jane Roe KC": letters after the name are no part of it
            m = re.search(r"\s+(?:Time|Date|Source|Views|Editor|Author|Hits|Clicks|Release)$", text[s:e])
            if m and m.start() > 0 and re.match(r"\s*[:：]", text[e:e + 2]):
                e = s + m.start()  # "Author: Qiao Lanzhi Time: 2025-04-08": the header's next field label
            if _on("person_place") and (" " not in text[s:e].strip() or _PLACE_PAIR.fullmatch(text[s:e])) and (
                    _PLACE_PREP_BEFORE.search(text, max(0, s - 12), s) or _FACILITY_AFTER.match(text, e)):
                places.append((s, e, PLACE, "model"))  # "in Dunmore", "the Setubal and Aveiro mills": a place
                continue
            if " " not in text[s:e].strip() and re.search(r"(?:^|\s)the\s+$", text[max(0, s - 5):s]):
                continue  # "the Gazette's reporter": a person's name takes no article
            words = text[s:e].split()
            cut = _company_then_person(words) if _on("person_org") else 0
            if not cut and len(words) >= 3:
                cut = _body_then_person(text, s, words)  # "mayor of Baotou Qiao Lanfang"
                if cut and normalize(" ".join(words[:cut])) in world_places():
                    s, words, cut = e - len(" ".join(words[cut:])), words[cut:], 0  # the place is no body
            if cut:  # "The general manager of Yunfeng Tea Gao Meilan introduced": a company, then its person
                head = text[s:e].split(words[cut])[0].rstrip()
                possessed.append((s, s + len(head), ORG, "kind"))
                s = e - len(" ".join(words[cut:]))
                words = words[cut:]
            if (len(words) == 1 and _ORG_POSSESSION.match(text, e) or _FIRM_POSSESSION.match(text, e)
                    or len(words) == 1 and any(ps == e + 3 and pl == PERSON for ps, _pe, pl in p.ents)
                    and text[e:e + 3] in ("'s ", "’s ")):  # "Novo Nordisk's profit", "Tesla's Elon Musk"
                possessed.append((s, e, ORG, "kind"))  # "Midea's unit", "Anker's largest shareholder": a company,
                continue  # and a rule's vote, so the article's other mentions of it are that company too
            elif CJK_RE.search(text[s:e]):  # Chinese inside English text: judged as Chinese names are
                label = _cjk_label(text[s:e])
                if label is None:
                    continue
            elif _on("person_org") and len(words) >= 2 and (words[-1].lower().strip(".,") in _PERSON_IS_ORG_HEADS
                                                             or words[0].lower() in _FOREIGN_ORG_FIRST
                                                             or words[-1] in ("AI", "Labs", "Lab", "Inc")
                                                             or _COINED_ORG_WORD.search(words[-1])
                                                             or _COMPOUND_BANK.match(words[0])
                                                             or _COMPOUND_BANK.match(words[-1])
                                                             or _GERMAN_FIRM_WORD.match(words[-1])
                                                             or _ORG_STAFF_TAIL.search(text, s, e)):
                label = ORG  # "Fitch Ratings", "Tsingtao Brewery": a company's kind ends no person's name
        else:
            m = ORG_TITLE_PREFIX_RE.match(text[s:e])
            if m:
                s += m.end()
            words = text[s:e].split()
            cut = _body_then_person(text, s, words)
            if cut:
                # "Vice mayor of Baotou Qiao Lanfang", "Chairman of Jinshan Hydrogen Qin Haoran": machine
                # translation runs the body and its person together; the person ends it
                head_end = s + len(text[s:e].split(words[cut])[0].rstrip())
                if normalize(text[s:head_end]) not in world_places():
                    possessed.append((s, head_end, ORG, "kind"))
                s, label = e - len(" ".join(words[cut:])), PERSON
        about = re.match(r"About\s+(?=[A-Z])", text[s:e])
        if about and (s == 0 or text[s - 1] in "\n \u3000"):
            s += about.end()  # "关于瑞丰精密 About Ruifeng Precision": a heading over the firm's boilerplate
            if label == PERSON:
                label = ORG
        if label == PERSON and (dash := re.search(r"\s[-–—]\s", text[s:e])):
            e = s + dash.start()  # "Tran Quoc Hung - Chairman of the Board": the name before the dash
        if label == ORG:
            based = re.match(r"[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)?-(?:based|headquartered|owned|listed)\s+(?=[A-Z])", text[s:e])
            if based:
                s += based.end()  # "Tema-based Coastal Agro"
            dangling = re.search(r"\s(?:of|for|and|&)$", text[s:e]) and _NAME_AHEAD.match(text, e)
            if dangling:
                e = dangling.end()  # "the Chamber of Timber Industry of | Mazovia": the model stopped at "of"
            e = _cut_score(text, s, e)
            m = _ORG_STAFF_TAIL.search(text, s, e)
            if m and m.start() > s:
                e = m.start()  # "TradeDeskAsia Desk": the outlet, not its desk
            m = _OWNED_PART.search(text, s, e)
            if m and m.start() > s:
                e = m.start()  # "X Department of Commerce's Foreign Trade Division": the owner, not its unit or event
            m = re.match(r"(?:Main|GEM)\s+Board\s+of\s+", text[s:e])
            if m:
                s += m.end()  # "the Main Board of The Stock Exchange of …": the exchange, not its board
            m = _PLACE_OWNS_BODY.match(text, s, e)
            if m and normalize(m.group(1)) in world_places():
                s = m.end()  # "Ontario's Ministry of Energy": the ministry, not the province
            if _PROMO_BEFORE.search(text, max(0, s - 40), s):
                continue  # "Follow X on Google News": a platform in a promotion line
            if re.search(r"\s[-–—]\s", text[s:e]):
                continue  # "SOCCER - FRENCH LEAGUE RESULTS", "Goalkeepers - Bogdan Stelea": a kicker or a list
            if _EVENT_AHEAD.match(text, e):
                continue  # "International Robotics" | "and Automation Exhibition": part of an event's name
        if _PRODUCT_APPOSITION.match(text, e):  # "SensiLoop, the company's sensor platform": a product, and a
            places.append((s, e, PLACE, "rule"))  # vote against the name wherever the article writes it
            continue
        if e > s and not in_listing(s, e) and text[s:e] not in datelines \
                and not _DATED.fullmatch(text[s:e]):
            found.append((s, e, label, "model"))
    if _on("places"):
        found = _coordinated_places(found, places, text)
    rules: list[RawMention] = list(possessed)
    if _on("byline"):
        for m in BYLINE_RE.finditer(text):  # "By Pacific Commerce Times": a byline may give the outlet
            if _UNNAMED_BYLINE.match(m.group(1)):
                continue  # "By Our Staff Reporter", "By Special Correspondent": nobody named
            last = m.group(1).split()[-1].lower()
            team = _STAFF_WORDS.search(m.group(1))
            if team and team.start() > 0:  # "Posted by DrinksHub Global Editorial Team": the outlet's staff
                rules.append((m.start(1), m.start(1) + team.start(), ORG, "title"))
                continue
            rules.append((*m.span(1), ORG if last in _MASTHEAD_WORDS else PERSON, "title"))
            more = _BYLINE_AND.match(text, m.end(1))  # "Reporting by A in Jakarta and B in Shanghai"
            if more:
                rules.append((*more.span(1), PERSON, "title"))
        for m in BYLINE_OUTLET_RE.finditer(text):  # "By Owen Price, Environment Reporter | Severnside Echo"
            if not in_listing(*m.span(1)):
                rules.append((*_trim(text, *m.span(1)), ORG, "media"))
        for m in BYLINE_CAPS_RE.finditer(text):  # "By PAVEL NOVAK Associated Press"
            rules.append((*m.span(1), PERSON, "title"))
        for m in REPORTER_CREDIT_RE.finditer(text):  # "Nanyang Daily all-media reporter Qiao Wenbo　correspondent Du Mingxuan"
            rules.append((*m.span(1), PERSON, "title"))
        for m in BYLINE_PIPE_OUTLET_RE.finditer(text):  # "By Rachel Ong, LampTrade Asia | 2026-05-21"
            rules.append((*m.span(1), ORG, "media"))
        for m in ROLE_LINE_OUTLET_RE.finditer(text):  # "By Dana R. Whitlow\nStaff Writer, Lakeport Courier"
            rules.append((*m.span(1), ORG, "media"))
        alone = OUTLET_ALONE_RE.fullmatch(text)
        if alone:
            rules.append((*alone.span(1), ORG, "media"))
        for m in OUTLET_LINE_RE.finditer(text):  # "By Eilidh Ross\nIslands Courier" (a header line of its own)
            if m.group(0).count("\n") >= 1 and not in_listing(*m.span("outlet")):
                rules.append((*m.span("outlet"), ORG, "media"))
                if m.group("who") and m.group("who").isupper():  # "DANIELLE OKAFOR\nNorthern Business Journal"
                    rules.append((*m.span("who"), PERSON, "title"))
    if _on("pinyin_person"):  # "Qiu Lanfang, general manager of X": a Chinese name the model missed, before
        for m in _PINYIN_BEFORE_TITLE.finditer(text):  # the title that says what the person does
            if _reads_as_chinese_name(m.group(1)) and not any(a < m.end(1) and m.start(1) < b for a, b, *_ in found):
                found.append((*m.span(1), PERSON, "model"))
    if _on("pinyin_person"):  # "said Tianlan co-founder Lu Wenbo": a Chinese name the model calls an ORG
        found = [(s, e, PERSON, src) if label == ORG and _reads_as_chinese_name(text[s:e]) else (s, e, label, src)
                 for s, e, label, src in found]
    if _on("kind"):  # "Anji Yifeng Seating, a 120-worker factory", "a workshop named Zhaoming Costume Factory": a firm
        found = [(s, e, ORG, src) if label == PERSON and (_FIRM_APPOSITION.match(text, e)
                                                          or _NAMED_FIRM_BEFORE.search(text, max(0, s - 30), s))
                 else (s, e, label, src) for s, e, label, src in found]
    if _on("kind"):  # "sells through Douyin live", "TikTok Shop sellers": a platform named as the company it is
        rules += [(*m.span(), ORG, "platform") for m in PLATFORM_EN_RE.finditer(text)]
    if _on("person_apposition"):  # "Ms 覃丽华, a vice-president of X", "龚海燕, the general manager of Y, said":
        for m in _CJK_IN_ENGLISH_RE.finditer(text):  # a name in characters the English model cannot read
            cue = _CJK_PERSON_CUE.match(text, m.end()) or _HONORIFIC_BEFORE.search(text, max(0, m.start() - 20), m.start())
            label = _cjk_label(m.group())
            if label == ORG or label == PERSON and cue:
                rules.append((*m.span(), label, "title" if label == PERSON else "suffix"))
    if _on("person_apposition") and CJK_RE.search(text):  # 首席执行官Imogen Pendarves in a mixed English unit
        for m in ZH_TITLED_LATIN_RE.finditer(text):
            last = m.group(1).split()[-1].lower()
            if last not in _PERSON_IS_ORG_HEADS and last not in _ORG_KIND_WORDS:
                rules.append((*m.span(1), PERSON, "title"))
    if _on("person_apposition"):  # "Ma. Corazon Villaruel": Ma. (Maria) opens a Filipino given name
        for m in _MA_NAME_RE.finditer(text):
            if any(x[2] == PERSON and x[0] == m.start(1) for x in found):
                rules.append((m.start(), m.end(), PERSON, "title"))
    if _on("person_apposition"):  # "Annie Leong Mei-ling said": a name the model cuts at its hyphenated given name
        for m in HYPHEN_GIVEN_RE.finditer(text):
            a = _skip_sentence_opener(p, text, m.start(1), m.end(1))
            t = TITLE_PREFIX_RE.match(text[a:m.end(1)])
            a += t.end() if t else 0  # "Chairman Tsao Ming-hsin": the name after the title
            if not in_listing(a, m.end(1)) and not any(x[2] == ORG and x[0] <= a < x[1] for x in found):
                rules.append((a, m.end(1), PERSON, "title"))
    if _on("person_apposition"):  # "Ms Thornley said": a person
        for m in HONORIFIC_NAME_RE.finditer(text):
            if text[m.start(1):m.end(1) + 1] in words_en.HONORIFICS or m.group(1) in words_en.HONORIFICS:
                continue  # "Dr. Ir. Ratna Sari": a second form of address, no name
            if normalize(m.group(1)) not in PLACES_EN and not in_listing(*m.span(1)):
                rules.append((*m.span(1), PERSON, "title"))
    if _on("person_apposition"):  # "Priya Raghavendran, an analyst at X, said": a person, whatever the model says
        nicknamed = [m.span(1) for m in _NICKNAMED_RE.finditer(text)
                     if any(x[2] == PERSON and x[0] < m.end(1) and m.start(1) < x[1] for x in found)
                     or _SPEAKING_AFTER_RE.match(text, m.end(1)) or re.match(r",\s+(?:a|an|the|its|\d)\s", text[m.end(1):])]
        for a, b in [m.span(1) for rx in (PERSON_APPOSITION_RE, _AGED_NAME_RE, _WHO_NAME_RE) for m in rx.finditer(text)] \
                + nicknamed + _role_named(text):
            a = _skip_sentence_opener(p, text, a, b)
            prev = re.search(r"\S+\s+$", text[max(0, a - 20):a])  # "Tan | Sri Lim Kok Seng": an honorific cut in two
            if prev:
                h = TITLE_PREFIX_RE.match(text[a - len(prev.group()):b])
                a = a - len(prev.group()) + h.end() if h and h.end() > len(prev.group()) else a
            t = TITLE_PREFIX_RE.match(text[a:b])
            a += t.end() if t else 0  # "Dr Anil Rao, managing director of X": the name after the title
            words = [w.lower().strip(".,") for w in text[a:b].split()]
            if len(words) >= 2 and not in_listing(a, b) and normalize(text[a:b]) not in PLACES_EN \
                    and not any(w in _ORG_KIND_WORDS or w in _PERSON_IS_ORG_HEADS for w in words) \
                    and not _INSTITUTION_IN.search(text[a:b]) and not re.search(r"\bClub\b", text[a:b]):
                rules.append((a, b, PERSON, "title"))
    if _on("suffix"):
        rules += _suffix_rule(p, text, COMPANY_RE, "suffix")
    if _on("institution"):
        rules += _suffix_rule(p, text, INSTITUTION_RE, "institution")
        # "the Shengzhou Municipal Government": a government named with its place (bare "the municipal government" is
        # a generic reference)
        rules += [(*m.span(1), ORG, "institution") for m in LOCAL_GOVERNMENT_RE.finditer(text)]
        # "Associação dos Produtores de Cacau do Pará", "Koperasi Petani Kopi Lintong Jaya": a body's name in
        # a language that puts its kind first, which the English model cuts or calls people
        rules += [(*m.span(), ORG, "institution") for m in FOREIGN_BODY_RE.finditer(text)]
        # "The Stock Exchange of Hong Kong Limited": an exchange named with its place (the model cuts at "of")
        rules += [(*m.span(1), ORG, "institution") for m in EXCHANGE_OF_RE.finditer(text)]
        # "the Belitan Smelters Forum", "Islay Ferry Users' Forum": a forum of members named by what they are is a body
        # (the Boao Forum, a forum held, is an event)
        rules += [(*m.span(1), ORG, "institution") for m in (_MEMBERS_FORUM.finditer(text) if "Forum" in text else ())]
    if _on("legal"):  # "Hengyuan-Karlsberg Precision Bearings (Suzhou) Co., Ltd.": a Chinese firm's English name
        rules += [(*m.span(1), ORG, "legal") for m in _PLACE_BRACKET_FIRM.finditer(text)]
        rules += [(*m.span(), ORG, "legal") for m in (_PT_FIRM.finditer(text) if "PT " in text else ())]  # PT X (Tbk)
        for m in LEGAL_FORM_RE.finditer(text):
            s = m.start() + len(_LEADING_FUNCTION_WORDS.match(m.group(1)).group(0)) \
                if _LEADING_FUNCTION_WORDS.match(m.group(1)) else m.start()
            if s < m.start(1) + len(m.group(1).rstrip()):
                a, _b = _trim(text, s, m.end())
                rules.append((a, m.end(), ORG, "legal"))
    if _on("list"):
        rules += _list_rule(text, [(s, e) for s, e, label, _ in found if label == PERSON])
    if _on("media"):
        for rx in (DATELINE_SOURCE_RE, SOURCE_LINE_RE, WIRE_DATELINE_RE):
            for m in rx.finditer(text):
                g = 1 if m.group(1) else "o2"
                if normalize(m.group(g)) not in PLACES_EN and not re.match(
                        r"(?i)(?:(?:reporting|reported|written|edited)\s+by|reporter|correspondent)\b", m.group(g)) \
                        and not _SECTION_WORD.fullmatch(m.group(g).strip()):  # ("(Economy) -": the site's section)
                    rules.append((*_trim(text, *m.span(g)), ORG, "media"))  # (not "(Reporting by our correspondent)")
    if _on("places"):
        for m in PLACE_LIST_RE.finditer(text):
            base = m.start(1)
            for item in re.split(r",\s*|\s+(?:and|or)\s+", m.group(1)):
                at = text.find(item, base)
                if item.strip() and at >= 0:
                    places.append((at, at + len(item), PLACE, "rule"))
                    base = at + len(item)
    if _on("apposition"):
        for s, e, label, _ in found:
            if label != PERSON:
                continue
            m = APPOSITION_RE.match(text[e:e + 200])
            if m and not _PART_OF.match(text[e + m.end(1):e + m.end(1) + 30]) \
                    and not _KIND_AFTER.match(text, e + m.end(1)):  # "the Norwegian | brand Varmfjell"
                a, b = _trim(text, e + m.start(1), e + m.end(1))
                if b > a and not _not_org_tail(text[a:b]) and text[a:b] not in datelines:
                    rules.append((a, b, ORG, "apposition"))
    if _on("alias"):  # "Foshan Jinrui Ceramics Co., Ltd. (佛山金瑞陶瓷有限公司)", "Zhang Wei (张伟)": the Chinese name
        for m in _CJK_BRACKET_RE.finditer(text):
            before = [x for x in found + rules if x[1] == m.start() and x[2] in (PERSON, ORG)]
            if before and _cjk_label(m.group(1)) == before[0][2]:
                rules.append((*m.span(1), before[0][2], "alias"))
    for m in _TICKER_BRACKET_RE.finditer(text):  # "Orinda Payments Inc. (NASDAQ: ORPY)": the exchange is a body of its
        rules.append((*m.span(1), ORG, "kind"))  # own, the ticker no name (a vote against it)
        places.append((*m.span(2), PLACE, "rule"))
    for m in _ACRONYM_BRACKET_RE.finditer(text):  # "high-pressure acid leach (HPAL)": a term's letters, no name
        if _lowercase_initials(text[max(0, m.start() - 80):m.start()], m.group(1)):
            places.append((*m.span(1), PLACE, "rule"))
    if _on("alias"):  # "the Baltic Hauliers' Association (BHA)": the abbreviation it defines
        for m in _ACRONYM_BRACKET_RE.finditer(text):
            if m.group(1).upper() not in NON_NAMES and any(label == ORG and e == m.start() and len(text[s:e].split()) >= 2
                                                           for s, e, label, _ in found + rules):
                rules.append((*m.span(1), ORG, "alias"))
    if _on("alias"):  # "Yongle Shuangma Bengye Co., Ltd. (Shuangma Pump)": a short name sharing a word with the name
        for m in _NAME_BRACKET_RE.finditer(text):
            before = [text[s:e] for s, e, label, _ in found + rules if label == ORG and e == m.start()]
            words = {w.lower() for w in re.findall(r"[A-Za-z]{4,}", m.group(1))}
            if before and words & {w.lower() for w in re.findall(r"[A-Za-z]{4,}", before[0])} \
                    and normalize(m.group(1)) != normalize(before[0]):
                rules.append((*m.span(1), ORG, "alias"))
    if _on("alias"):  # "Wuxi Ruikang ... Co., Ltd. (hereinafter referred to as "Ruikang")"
        for m in ALIAS_RE.finditer(text):
            if any(label == ORG and e <= m.start() + 2 and e >= m.start() - 1 for _, e, label, _ in found + rules):
                rules.append((*m.span(1), ORG, "alias"))
    if _on("kind"):
        for m in KIND_RE.finditer(text):
            a, b = _trim(text, *m.span(1))
            if _PERSON_KIND.search(text, m.start(), m.start(1)) \
                    and any(x[2] == PERSON and x[0] < b and a < x[1] for x in found):
                continue  # "Warri shipowner Chidi Obi-Nnaji": a trade a person can ply, before a person's name
            if b > a and not TITLE_PREFIX_RE.match(text[a:b]) and normalize(text[a:b]) not in PLACES_EN \
                    and not _reads_as_chinese_name(text[a:b]) and text[a:b] not in datelines:
                rules.append((a, b, ORG, "kind"))
        for rx in (KIND_AFTER_RE, DATA_SOURCE_RE):
            for m in rx.finditer(text):  # "Dagsposten, the Swedish business daily", "according to X data"
                a, b = _trim(text, *m.span(1))
                lead = _LEADING_FUNCTION_WORDS.match(text[a:b])
                a += lead.end() if lead else 0  # "with Ngarra Building, a local business"
                j = re.search(r"\s+(?:and|&)\s+", text[a:b])
                if j and (COMPANY_RE.fullmatch(text[a:a + j.start()]) or LEGAL_FORM_RE.fullmatch(text[a:a + j.start()])):
                    a += j.end()  # "Ife Cement Company and Bello & Sons, a family firm": the last is described
                if b > a and not TITLE_PREFIX_RE.match(text[a:b]) and normalize(text[a:b]) not in PLACES_EN \
                        and normalize(text[a:b]) not in DEMONYMS and text[a:b] not in datelines \
                        and not _reads_as_chinese_name(text[a:b]) and not re.fullmatch(_WHEN, text[a:b]) \
                        and (not _FIRM_KIND_END.search(m.group(0)) or _APPOSITION_ENDS.match(text, m.end())) \
                        and (_FIRM_KIND_END.search(m.group(0))
                             or not any(x[2] == PERSON and x[0] <= a < x[1] for x in found)):
                    rules.append((a, b, ORG, "kind"))  # (a firm's kind outvotes the model's person)
        for m in STAFF_AT_RE.finditer(text):
            a, b = _trim(text, *m.span(1))
            if b > a and not TITLE_PREFIX_RE.match(text[a:b]) and normalize(text[a:b]) not in PLACES_EN \
                    and normalize(text[a:b]) not in DEMONYMS and text[a:b] not in datelines \
                    and not _reads_as_chinese_name(text[a:b]) and not _PART_OF.match(text, b) \
                    and not _KIND_AFTER.match(text, b) \
                    and not _PLACE_TAIL.search(text[a:b]):  # "traders on Wall Street" is a place
                rules.append((a, b, ORG, "kind"))
    if _on("list"):
        rules += _company_list_members(text, found, rules)
    rules = [r for r in rules if not in_listing(r[0], r[1]) and not _AWARD_AHEAD.match(text, r[1])
             and not _AWARD_IN.search(text, r[0], r[1])  # "the Yun Seok-ho Maritime Award": a prize
             and not (r[2] == PERSON and _SHIP_BEFORE.search(text, max(0, r[0] - 30), r[0]))]  # "MV Sir Walter Scott"
    rules = _cut_at_persons(rules, found, text)
    rules = _extend_to_model(rules, found, text)
    if _on("split"):
        found, extra = _split_coordinations(found + rules, text,
                                            {(s, e) for s, e, label, _ in found if label == ORG})
        rules = [r for r in rules if r in found] + extra
        found = [f for f in found if f[3] == "model"]
    if _on("surname"):
        found = [_vietnamese_surname_before(text, _particles_before(text, _given_name_before(text, _extend_surname(text, m))))
                 for m in found]
    found, rules = _extend_bodies(found, text), _extend_bodies(rules, text)
    rules = [r for r in rules if not (r[2] == PERSON and _EVENT_TAIL.search(" " + text[r[0]:r[1]]))]  # ("secretary of
    # the Cargo Owners| Forum": a title rule's "person" that ends like an event or a forum is no person)
    return _resolve(found, rules, text, p) + places + product_votes(text)


# what a body's name goes on with where the model stops: "X Chamber | of Commerce", "X Administration | Center",
# "Instituto Rio Claro | do Vale"
_BODY_GOES_ON = re.compile(r" of (?:Commerce(?: and Industry)?|Industry(?: and Commerce)?)\b|"
                           r" (?:Center|Centre|Office)\b|"
                           rf" (?:do|da|dos|das|del|de la|de) [{_UP}][{_LO}]+(?: [{_UP}][{_LO}]+)?(?![\w-])|"
                           # "X Rural Commercial Bank | Luyang Branch": a bank's local branch, named in full (GUIDE.md)
                           r" (?:[A-Z][a-z]+ ){1,2}(?:Sub-?[Bb]ranch|Branch)\b")
_OFFICE_OF = ("Administration", "Commission", "Service", "Services", "Council")  # what goes on with Center/Office


def _extend_bodies(mentions: list[RawMention], text: str) -> list[RawMention]:
    out = []
    for s, e, label, src in mentions:
        m = _BODY_GOES_ON.match(text, e) if label == ORG else None
        if m and (text[s:e].endswith(("Chamber", "Chambers")) if m.group().startswith(" of") else
                  text[s:e].endswith(_OFFICE_OF) if m.group().startswith((" Center", " Centre", " Office")) else
                  text[s:e].endswith("Bank") if m.group().endswith("ranch") else
                  text[s:e].split()[0].lower() in _FOREIGN_ORG_FIRST):  # (de/do/da after "Instituto", "Banco" …)
            e = m.end()
        elif label == ORG and re.search(r"\s(?:[Vv]an(?: [Dd]e[rn])?|[Vv]on|[Dd]e|[Dd]el|[Dd]a|[Dd]os)$", text[s:e]) \
                and (m2 := re.match(r" [A-Z][\w'’-]+", text[e:e + 30])):
            e += m2.end()  # "Kwekerij Van der| Hoeven": the model stops at the surname's particle
        elif label == ORG and re.search(r"\b(?:University|Institute|College|Polytechnic)\b", text[s:e]) \
                and (m2 := re.match(r", [A-Z][a-z]+(?=,)", text[e:e + 30])):
            e += m2.end()  # "Federal University of Agriculture, Makurdi,": the campus's city is part of the name
        elif label == ORG and re.search(r"\b(?:Local|Lodge|Branch)$", text[s:e]):
            m = re.match(r" (?:No\. ?)?\d{1,5}(?:-\d{1,5})?\b", text[e:e + 12])
            e += m.end() if m else 0  # "Harbor Stevedores Guild Local 12": a union's local is named by its number
        out.append((s, e, label, src))
    return out


_POST_NOMINAL = re.compile(r"(?:,?\s+(?:MP|MLA|MPP|MEP|MSP|QC|KC|SC|OBE|MBE|CBE|KBE|DBE|PhD|Ph\.D\.|MD|Jr\.?|Sr\.?))+$")
# "Ms Thornley", "Mr. Okafor" as a name: the honorific says it is a person, whatever the model calls it
HONORIFIC_NAME_RE = re.compile(r"(?<![\w.])(?:Mr|Ms|Mrs|Dr|Prof|(?:" + _HONORIFIC_ALT + r"))\.?\s+"
                               r"(?!(?:Executive|Technology|Operating|Financial|Information|Marketing|Commercial|Risk|"
                               r"Investment|Economist|Engineer|Justice|Minister|Secretary|Officer|Inspector|Editor|Whip)\b)"
                               rf"([{_UP}][\w'’-]+(?:\s+[{_UP}][{_LO}'’-][\w'’-]*){{0,2}})"
                               r"(?=\s+(?:said|says|told|added|noted|explained|argued|warned|believes|expects|predicted|"
                               r"stated|runs|owns|has|had|is|was|who|and)\b|[,.;:?!)”\"]|\s*$)")
# "in Dong Nai and Binh Phuoc": two short capitalised words after a preposition of place, no given name's shape
_PLACE_PAIR = re.compile(r"[A-Z][a-z]{1,5} [A-Z][a-z]{2,6}")
# "Annie Leong Mei-ling", "Choe Man-sok": a name whose given name is two hyphenated syllables (Cantonese, Korean)
HYPHEN_GIVEN_RE = re.compile(r"(?<![\w-])((?:[A-Z][a-z]+ )?[A-Z][a-z]{1,5} [A-Z][a-z]{1,4}-(?!(?:tech|scale|year|term|"
                             r"level|end|time|based|owned|made|up|off|out|run|class|wide|free|sized|type|style|grade|"
                             r"speed|cost|value|range|hand|print|load|care|line|site|stop|way|tier)\b)[a-z]{2,5})(?![\w-])")
# "in Dunmore": a lone capitalised word right after a preposition of place is a place, whatever the model says
_PLACE_PREP_BEFORE = re.compile(r"(?:^|\s)(?:in|near|outside|across|throughout|around)\s+$")
# "the Setubal and Aveiro mills": the word before a facility is the place it stands in
# "Sarvodaya Hydrotech", "Norvatronics": coined company words no surname ends with
_COINED_ORG_WORD = re.compile(r"(?i)[a-z](?:tech|tronics?|soft|pharma|chem|tek|logix|matic)$")
_FACILITY_AFTER = re.compile(r"\s+(?:(?:container|cargo|oil|gas|LNG|coal|grain|steel|cement|power|rail|ferry|fish|"
                             r"processing|assembly|car|bus|truck|chemical|fertili[sz]er)\s+)?"
                             r"(?:mills?|plants?|factory|factories|works|sites?|ports?|terminals?|airport|campus|berths?|"
                             r"depots?|yards?|branch|branches|offices|stores|refinery|refineries|smelter|shipyard|mine|"
                             r"mines|harbou?r)\b")
# "'s" then a unit, a meeting or a programme of the organization before it
_OWNED_PART = re.compile(r"['’]s\s+(?:[A-Z][\w&-]*\s+){0,5}?(?:Division|Department|Office|Unit|Branch|Section|Team|Desk|"
                         r"Meeting|Summit|Conference|Forum|Programme|Program|Project|Initiative|Fund|Index|Award|Prize|"
                         r"Report|Survey)(?:\s+(?:of|on|for)\s+.*)?$")
_VESSEL_BEFORE = re.compile(r"\b(?:ship|vessel|tanker|freighter|boxship|containership|carrier|bulker|liner|ferry|"
                            r"cruise ship|ro-ro|icebreaker|frigate|destroyer|submarine|yacht|rocket|probe|satellite|"
                            r"spacecraft|train)(?:,\s+the)?\s+$")
_NAME_AHEAD = re.compile(rf"\s+[{_UP}][{_LO}'’-]+(?:\s+[{_UP}][{_LO}'’-]+){{0,2}}(?![\w-])")
# "the Seorim Voyager, a 174,000-cubic-metre LNG carrier", "her sister ship, the X"
_VESSEL_AFTER = re.compile(r",\s+(?:a|an|the)\s+(?:[\w.,-]+\s+){0,4}?(?:(?:LNG|LPG|gas|car|bulk|crude|ore|container|"
                           r"vehicle)\s+carrier|tanker|vessel|ship|bulker|freighter|ferry|containership|boxship|trawler|"
                           r"dredger|tugboat|icebreaker)\b(?!\s+(?:operator|owner|line|company|maker|builder|firm|group))")
_AWARD = r"(?:Award|Awards|Prize|Medal|Trophy|Scholarship|Fellowship)"
_AWARD_IN = re.compile(rf"\b{_AWARD}\b")
_AWARD_AHEAD = re.compile(rf"(?:\s+[A-Z][\w'’-]*){{0,3}}\s+{_AWARD}\b")
_AWARD_FOR = re.compile(rf"\b{_AWARD}\s+(?:for|in)\s+(?:the\s+)?$")
_PLACE_NOUN_AFTER = re.compile(r"\s+(?:province|prefecture|county|district|region|municipality|township|village)\b")
_MODEL_NUMBER_AFTER = re.compile(r"\s+\d{2,5}\b(?![,.]\d|\s*(?:per\s*cent|percent|%|years?|people|workers|jobs))")
_NAMED_AFTER = re.compile(r"\s+(?:Bay|Stadium|Airport|Bridge|Street|Road|Avenue|Boulevard|Square|Park|Dam|Station|"
                          r"Hospital|Arena|Stadion|Centre|Center|Hall|Building|Tower|Terminal|Harbour|Harbor)\b")
_STREET = re.compile(r"(?:Avenida|Rua|Calle|Jalan|Jl\.|Rue|Via|Viale|Boulevard)\s+[A-Z]")
_VESSEL_PREFIX = re.compile(r"(?:MV|M/V|MS|MT|SS|RV|FV|HMS|USS|HMAS|INS)\s+[A-Z]")  # "MV Loch Eynort" (the ship's prefix inside)
_STORM_RE = re.compile(r"(?:Super\s+)?(?:Typhoon|Hurricane|Storm|Cyclone|Tropical\s+Storm|Tropical\s+Depression)\s+[A-Z]")
# what only a company has, whatever the model says its name is ("Novo Nordisk's profit")
_FIRM_POSSESSION = re.compile(r"['’]s\s+(?:\w+\s+)?(?:profits?|revenues?|earnings|subsidiary|subsidiaries|unit|chief\s+executive|"
                              r"CEO|chairman|headquarters|workforce|employees|factories|plants|market\s+share|IPO|"
                              r"listing|board\s+of\s+directors|shareholders?)\b")
_ORG_POSSESSION = re.compile(r"['’]s\s+(?:\w+\s+)?(?:shares|stock|subsidiary|subsidiaries|unit|units|revenue|revenues|profit|"
                             r"profits|sales|earnings|board|shareholders?|stake|market\s+value|valuation|listing|IPO|"
                             r"chief\s+executive|CEO|chairman|headquarters|workforce|employees|factories|plants|"
                             r"parent(?:\s+company)?|owner|market\s+share|bonds|debt|creditors)\b")
_LINE_KIND = (r"(?:[a-z-]+\s+){0,2}(?:range|ranges|series|line|lines|lineup|collection|lighting|furniture|sofas?|models?|"
              r"sensors?|devices?|handsets?|scooters?|bikes?|drinks?|snacks?|brand|label)\b")
# a brand, a product line or a variety, named as such: "under the brand “SunPebble”", "the own brand ThermoKing", "its
# ClearView Pro line", "sold under the name FlexGrind", "the AquaDry brand", "Catimor trees", "the Heimtextil fair",
# 自主品牌“GreenBolt”系列, 韦拉诺的HydroLoop湿法冶金工艺: a vote against the word as a name wherever the article writes it
_PRODUCT_NAMED = re.compile(
    r"\b(?:under\s+(?:the|its|their)\s+(?:brand|label|name|line)\s+(?:name\s+)?|under\s+(?:its|their)\s+(?=[A-Z])|"
    r"own\s+brand\s+|sold\s+(?:under|as)\s+(?:the\s+name\s+)?)[“\"']?([A-Z][\w-]*[A-Za-z](?:\s[A-Z][\w-]*)?)(?=[”\"']?"
    r"(?:\s+(?:line|range|series|brand|products?))?\b)|"
    r"\b(?:the|its|their)\s+([A-Z][a-z]+[A-Z][\w-]*|[A-Z][\w-]+)\s+(?:brand|series|line|range|fair|expo|variety)\b|"
    # "makes the Treacle Drops and Pennine Crunch brands": two brands named before the word
    r"\b(?:the|its|their)\s+([A-Z][\w-]*(?:\s[A-Z][\w-]*)?)\s+and\s+([A-Z][\w-]*(?:\s[A-Z][\w-]*)?)\s+(?:brands|ranges|lines)\b|"
    r"\b([A-Z][a-z]+)\s+(?:trees|beans|seedlings|cultivars?)\b|"
    r"(?:品牌|系列|型号)[“\"「]?([A-Za-z][A-Za-z0-9-]{2,})|[“\"「]([A-Za-z][A-Za-z0-9-]{2,})[”\"」]?(?:系列|品牌|牌)|"
    r"的([A-Z][a-z]+[A-Z][A-Za-z]+)(?=[\u4e00-\u9fff]{2,6}(?:工艺|技术|产品|系列|设备|拿铁|饮品))|"
    # a company's own product lines, named before what they are: "its Brackwater sofa range and Lumenda garden lighting"
    rf"\b(?i:its|their|the (?:company|firm|group|brand|retailer|maker)['’]s)\s+([A-Z][\w-]*(?:\s[A-Z][\w-]*)?)"
    rf"(?:\s+(?:and|or)\s+([A-Z][\w-]*(?:\s[A-Z][\w-]*)?))?\s+{_LINE_KIND}"
    rf"(?:\s+(?:and|or)\s+([A-Z][\w-]*)\s+{_LINE_KIND})?|"
    # 旗下“步云”牌休闲鞋, “霁惠贷”系列产品: a brand or a product line in quotes
    r"[“\"「]([\u4e00-\u9fff]{2,6})[”\"」](?:牌|品牌|系列|商标)")


def product_votes(text: str) -> list[RawMention]:
    """Votes against words the article names as brands, product lines, varieties or fairs (`_PRODUCT_NAMED`)."""
    out = []
    for m in _PRODUCT_NAMED.finditer(text):
        for g in (i for i in range(1, m.re.groups + 1) if m.group(i)):
            if m.group(g).upper() in NON_NAMES or _COMPANY_WORD_END.search(m.group(g)):
                continue
            out.append((*m.span(g), PLACE, "rule"))
            first = re.match(r"(\S+) (?:Pro|Max|Plus|Mini|Lite|Air|Ultra|Neo|\d+)$", m.group(g))
            if first:  # "ClearView Pro": the line's name without its model word too
                out.append((m.start(g), m.start(g) + len(first.group(1)), PLACE, "rule"))
    return out


_COMPANY_WORD_END = re.compile(r"(?i)\b(?:group|inc|ltd|corp|company|co|holdings|gmbh|ag|sa|llc|plc|limited)\.?$")
_EVENT_AHEAD = re.compile(r"(?:\s+(?:and|&)\s+|\s+)(?:[A-Z][\w&'’-]*\s+){0,4}(?:Expo|Exhibition|Fair|Forum|Summit|Conference|"
                          r"Festival|Show|Week|Congress|Symposium|Convention)\b")
_ORG_STAFF_TAIL = re.compile(r"\s+(?:Desk|Staff|Web Desk|News Desk|Digital Desk)$")
_PROMO_BEFORE = re.compile(r"\b(?:(?:Follow|Find|Like|Join)\s+(?:us|[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?)\s+on|Powered\s+by|"
                           r"(?:Download|Get)\s+(?:it\s+|the\s+app\s+|our\s+app\s+)?(?:on|from))\s+$")
# "SensiLoop, Kelderman's proprietary sensor platform": a product, named by what it is
_PRODUCT_APPOSITION = re.compile(r",\s+(?:a|an|the|its|their|[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*)?['’]s?)\s+(?:[\w-]+\s+){0,3}?"
                                 r"(?:platform|system|software|app|application|product|device|sensor|tool|model|drug|"
                                 r"vaccine|chip|engine|series|handset|smartphone|phone|car|vehicle|sedan|SUV|aircraft|jet|"
                                 r"plane|robot|algorithm|service|program|programme|index|fund|game|chatbot|assistant|"
                                 r"rocket|satellite|probe|vessel|ship|tanker|train|film|movie|album|song|novel|"
                                 r"medicine|treatment|therapy|pill|jab|shot)\b")
# Last words that make a "person" an organization: company heads and kinds of business no surname is
# the last words of newspapers' and magazines' names ("Pacific Commerce Times", "Harbor Daily"): never a person's
_MASTHEAD_WORDS = frozenset({"echo", "times", "news", "daily", "herald", "journal", "gazette", "tribune", "chronicle", "ledger",
                             "courier", "telegraph", "weekly", "magazine", "newswire", "monitor", "wire", "observer",
                             "insider", "bulletin", "digest"})
_MASTHEAD_ALT = "|".join(sorted(words_en.OUTLET_WORDS))
# an outlet's name on a header line of its own, under a byline or over a date: "By Eilidh Ross\nIslands Courier",
# "Northern Plains Business Journal\nPublished Nov. 4, 2025", "X Star-Courier | Friday 6 March 2026"
_HEADER_NAME_LINE = r"[ \t]*(?:By[ \t]+)?(?P<who>[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){1,3})(?:[ \t]*,[ \t]*[A-Z][\w ]{2,40})?[ \t]*\n"
_OUTLET_NAME = rf"(?:The[ \t]+)?(?:(?:[A-Z][\w'’.-]*|&|and|of)[ \t]+){{0,4}}(?:[A-Z][a-z]+-)?(?:{_MASTHEAD_ALT})"
OUTLET_LINE_RE = re.compile(
    rf"(?m)(?:^{_HEADER_NAME_LINE}|\A)[ \t]*(?P<outlet>{_OUTLET_NAME})"
    rf"[ \t]*(?:\|[^\n]*)?$(?:\n[ \t]*(?:Published|Updated|Posted|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)|\d{{1,2}}[ \t]+[A-Z][a-z]+|"
    rf"{_WHEN}|[A-Z]{{3,}}))?")
# a unit that is an outlet's name alone (the header's lines read one by one), a date after a bar allowed
OUTLET_ALONE_RE = re.compile(rf"\s*({_OUTLET_NAME})[ \t\u00a0]*(?:(?:\||\d{{4}}-\d\d?-\d\d?)[^\n]*)?\s*")
# a byline's second line: "Staff Writer, Lakeport Courier"
ROLE_LINE_OUTLET_RE = re.compile(
    rf"(?m)^[ \t]*(?:[A-Z][\w-]*[ \t]+){{0,2}}(?:Reporter|Correspondent|Editor|Writer|Columnist)[ \t]*[,|][ \t]*"
    rf"((?:The[ \t]+)?(?:[A-Z][\w'’&-]*[ \t]+){{0,4}}?(?:{'|'.join(w.title() for w in sorted(_MASTHEAD_WORDS))}))[ \t]*$")
# a Chinese firm's English name with its city in brackets: "Hengyuan-Karlsberg Precision Bearings (Suzhou) Co., Ltd.",
# "Qinlue Fjellhaug (Jiaxing) Composites Co., Ltd." (a joint venture's trade after the city)
_PLACE_BRACKET_FIRM = re.compile(r"(?<![\w-])((?:[A-Z][\w&'’-]*\s+){1,6}\([A-Z][a-z]+\)\s+(?:[A-Z][\w&'’-]*\s+){0,4}"
                                 r"(?:Co\.,?\s*Ltd\.?|Co\.|"
                                 r"Company Limited|Ltd\.?|Limited|Inc\.?))")
# "By Owen Price, Environment Reporter | Severnside Echo", "By Karen Dale The Prairie Courier": the outlet after a byline
BYLINE_OUTLET_RE = re.compile(
    rf"(?:^|(?<=\s))By\s+{_BYLINE_NAME}(?:\s+and\s+{_BYLINE_NAME})?(?:,\s*(?:[A-Z][\w-]*\s+){{0,3}}(?:Reporter|"
    rf"Correspondent|Editor|Writer|Columnist))?\s*(?:,|\||\s)\s*((?:The\s+)?(?:[A-Z][\w'’&-]*\s+){{0,4}}?"
    rf"(?:{'|'.join(w.title() for w in sorted(_MASTHEAD_WORDS))})(?:\s(?!By\b)[A-Z][a-z][\w-]*){{0,2}}?)"
    rf"(?=\s*(?:[|,;)(\n—–]|$)|\s{{2}}|\s+[A-Z]{{2,}}\b)")
_PERSON_IS_ORG_HEADS = frozenset(x.lower().rstrip("?").replace("\\", "").strip(".") for x in _COMPANY_HEADS
                                  if re.fullmatch(r"[A-Za-z]{3,}\??", x)) | {
    "ratings", "brewery", "breweries", "winery", "distillery", "foods", "pharma", "biotech", "semiconductor",
    "dairies", "creamery", "creameries",
    "semiconductors", "textiles", "apparel", "logistics", "shipping", "airlines", "airways", "motors", "insurance",
    "bancorp", "bancshares", "systems", "software", "networks", "telecom", "communications", "media", "entertainment",
    "studios", "pictures", "records", "publishing", "hotels", "resorts", "restaurants", "stores", "supermarkets",
    "materials", "chemicals", "plastics", "werke", "maschinenbau", "grocers", "grocery", "markets", "farms", "partners",
    "co-op", "coop", "distribution", "insights", "handling", "engineering", "packaging", "line", "lines", "express",
    "semicon", "terminal", "insight", "retail", "retailing", "distillers", "brewers", "vintners", "advisors", "advisers",
    "brokers", "broking", "blenders", "packers", "exporters", "importers", "traders", "processors", "millers",
    "smelting", "smelters", "refining", "refiners", "bearing", "bearings", "transmission", "glassworks", "ironworks",
    "steelworks", "commodities", "trading", "tyre", "tyres", "tire", "tires", "rubber", "cells", "gloves", "events",
    # Japanese company words after a firm's name (Shoji "trading", Bussan, Sangyo "industry", Kogyo, Seisakusho)
    "shoji", "bussan", "sangyo", "kogyo", "seisakusho",
    # Turkish trade words after a firm's name (Bankası "bank", Sanayi "industry", Menkul Değerler; not Çelik, "steel",
    # which is also a common surname)
    "bankası", "sanayi", "ticaret", "holding", "yatırım", "değerler", "menkul", "enerji", "otomotiv", "tekstil",
    *_MASTHEAD_WORDS,
    # legal forms written after a company's name
    "sgps", "sa", "s.a", "ag", "nv", "n.v", "bv", "b.v", "ab", "asa", "oyj", "spa", "s.p.a", "srl", "s.r.l", "sarl", "sas",
    "lda", "ltda", "kk", "k.k", "gmbh", "plc", "llc", "llp", "inc", "ltd", "co", "corp", "pte", "pty", "bhd", "tbk", "jsc", "pjsc",
    "ojsc", "a/s", "aps", "kgaa", "kg", "se",
    # kinds of business that end a brand's name ("Pennydale Toys", "Corvex Silicon")
    "toys", "fashion", "clothing", "textile", "fabrics", "ceramics", "porcelain", "snacks", "beverages", "drinks",
    "bakery", "pharmacy", "supermarket", "farms", "freight", "leasing", "machinery", "tools", "electric",
    "electrical", "appliances", "optics", "furniture", "packaging", "printing", "rubber", "cosmetics", "drones",
    "energy", "solar", "batteries", "chemical", "medical", "healthcare", "properties", "realty", "construction",
    "cement", "mining", "minerals", "resources", "trading", "imports", "exports", "garments", "shoes", "footwear",
    "leather", "jewelry", "jewellery", "terminals", "railways", "automotive", "auto", "cars", "silicon", "funds",
    "films", "games", "digital", "tech", "airport", "shipyard", "wines", "spirits", "dairy", "seafood", "agritech",
    # company words of other languages that end a firm's name (Turkish, German, Dutch, Spanish, Italian, French)
    "sanayi", "ticaret", "yatırım", "yatirim", "holding", "a.ş", "a.s", "getränke", "handel", "logistik", "werke", "werk",
    "bau", "versicherung", "sparkasse", "karton", "fabriek", "groep", "industrias", "inversiones", "constructora",
    "seguros", "fils", "frères", "freres", "hijos", "söhne", "figli", "filhos", "agro", "agri", "foods", "terminals",
    "tekstil", "gıda", "gida", "enerji", "inşaat", "insaat", "otomotiv", "stahl", "chemie", "technik", "reederei",
    "e.v", "mbh",
    "elektronik", "lebensmittel", "alimentos", "conservas", "aceites", "vinos", "têxtil", "textil",
    # kinds of travel and transport business ("Salinas Tours", "Lagoa Boats")
    "tours", "travel", "boats", "cruises", "ferries", "coaches", "taxis", "charters", "expeditions",
    # unions in other languages ("Dokwerkers Unie")
    "unie", "unión", "união", "gewerkschaft", "syndicat", "sindicato", "sendikası", "sendikasi"}
# a German bank's compound first word: "Förderbank Oberpfalz", "Volksbank Mittelhessen", "Sparkasse Ulm"
_COMPOUND_BANK = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{2,}(?:bank|kasse)$|Sparkasse$")
# a German firm's compound word, last: "Brenzinger Textilmaschinen", "Brenner Antriebstechnik", "Hoffmann Stahlbau"
_GERMAN_FIRM_WORD = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{2,}(?:maschinen|technik|werke|logistik|chemie|stahlbau|handel|"
                               r"versand|vertrieb|gesellschaft|versicherung|reederei|verein|verband|genossenschaft)$")
# first words that make a "person" an organization in other languages ("Grupo Alvarez", "Banco Serrano", "PT Sinar")
_FOREIGN_ORG_FIRST = frozenset({
    "grupo", "banco", "banca", "industrias", "inversiones", "minera", "constructora", "compañía", "compania", "companhia",
    "sindicato", "gewerkschaft", "société", "societe", "groupe", "gruppo", "autopistas", "transportes", "laboratorios",
    "laboratoires", "fundación", "fundacion", "fundação", "instituto", "universidad", "universidade", "universität",
    "università", "hochschule", "editorial", "aerolíneas", "aerolineas", "cooperativa", "coopérative", "kooperatif",
    "pt", "cv", "casa", "empresa", "empresas", "corporación", "corporacion", "productos", "servicios", "distribuidora",
    "comercial", "comercializadora", "maison", "établissements", "etablissements", "stichting", "verein", "fábrica",
    "fabrica", "manufacturas", "textiles", "agrícola", "agricola", "vinícola", "bodegas", "viñedos", "hacienda", "frutas",
    "alimentos", "conservas", "aceites", "vinos", "barcos", "transportadora", "hoteles", "hotéis", "viagens"})


# kinds of body that open a name in Romance, German, Dutch, Turkish and Malay/Indonesian (not adjectives such as
# "Comercial", which also open brand names)
_FOREIGN_BODY_HEADS = (
    "Associação", "Asociación", "Associazione", "Associació", "Federação", "Federación", "Federazione", "Fédération",
    "Confederação", "Confederación", "Sindicato", "Syndicat", "Cooperativa", "Coopérative", "Kooperatif", "Koperasi",
    "Fundação", "Fundación", "Fondazione", "Stichting", "Instituto", "Institut", "Istituto", "Universidade",
    "Universidad", "Università", "Université", "Universität", "Câmara", "Cámara", "Camera", "Chambre", "Conselho",
    "Consejo", "Ministério", "Ministerio", "Ministère", "Secretaria", "Secretaría", "Agência", "Agencia", "Comissão",
    "Comisión", "Companhia", "Compañía", "Banco", "Banque", "Caisse", "Grupo", "Groupe", "Gruppo", "Empresa",
    "Corporación", "Gewerkschaft", "Verband", "Genossenschaft", "Perusahaan", "Yayasan", "Persatuan", "Dernek", "Birliği")
_FOREIGN_JOIN = r"(?:\s+(?:de|do|da|dos|das|del|de la|de los|de las|di|della|delle|dei|du|des|de l'|für|der|van|voor|e|y|et|und)\s+|\s+)"
FOREIGN_BODY_RE = re.compile(rf"(?<![\w-])(?:{'|'.join(_FOREIGN_BODY_HEADS)})(?:{_FOREIGN_JOIN}[{_UP}][{_LO}'’-]+){{1,7}}(?![\w-])")


def _lowercase_initials(before: str, acronym: str) -> bool:
    """The lower-case words right before a bracket spell the acronym in it ("mixed hydroxide precipitate (MHP)")."""
    words = re.findall(r"[a-z][a-z]*", before.split(".")[-1].split(",")[-1])
    letters = acronym.replace(".", "").replace("-", "").lower()
    return len(letters) >= 2 and len(words) >= len(letters) and "".join(w[0] for w in words[-len(letters):]) == letters \
        and before.rstrip()[-1:].islower()


_NAME_BRACKET_RE = re.compile(r"\s?\(([A-Z][\w&'’-]*(?:\s[A-Z][\w&'’-]*){0,3})\)")
_PLACE_OWNS_BODY = re.compile(r"([A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?)['’]s\s+(?=(?:Ministry|Department|Secretariat|Office|"
                              r"Bureau|Agency|Government|Commission)\b)")


PLATFORM_EN_RE = re.compile(r"(?<![A-Za-z0-9&'’-])(?:" + "|".join(sorted(map(re.escape, words_en.PLATFORMS), key=len,
                                                                           reverse=True)) + r")(?![A-Za-z0-9&'’-])")
PLATFORM_ZH_RE = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[在从到于、和与及过助驻陆的]))(?:" + "|".join(map(re.escape, words_zh.PLATFORMS))
                            + r")")
_TICKER_BRACKET_RE = re.compile(r"\((NASDAQ|Nasdaq|NYSE|[A-Z]{2,5})\s?:\s?([A-Z0-9][A-Z0-9.]{0,9})\)")
_ACRONYM_BRACKET_RE = re.compile(r"\s?\(([A-ZÀ-ÞĀ-Žİ][A-ZÀ-ÞĀ-Žİ&.\-]{1,7})\)")
_CJK_BRACKET_RE = re.compile(r"\s?[（(]([\u4e00-\u9fff·]{2,30})[)）]")


# a run of characters standing alone in English text (not beside more Chinese, not in brackets after a name)
_CJK_IN_ENGLISH_RE = re.compile(r"(?<![\u4e00-\u9fff（(·])[\u4e00-\u9fff]{2,16}(?![\u4e00-\u9fff）)·])")
_CJK_PERSON_CUE = re.compile(r"\s*(?:,\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?i:" + _TITLE_ALT
                             + r")\b|\s+(?:said|says|told|added|predicted|expects|believes|noted|stressed)\b|\s*[（(][A-Z][a-z]+ "
                               r"[A-Z][a-z]+[）)])")
# English titles and forms of address a name in characters follows ("Association president 应某", "Ms 覃某")
_EN_TITLE_BEFORE_CJK = (r"(?:\b(?:Mr|Ms|Mrs|Dr)\.?|(?i:\b(?:president|chairman|chairwoman|director|manager|secretary|"
                        r"secretary-general|chief|founder|CEO|head|mayor|governor|professor|deputy|spokesman|spokeswoman|"
                        r"spokesperson|analyst|engineer)))")
_HONORIFIC_BEFORE = re.compile(_EN_TITLE_BEFORE_CJK + r"\s*$")


def _cjk_label(surface: str) -> str | None:
    """A Chinese name inside English text: an organization by its suffix, a person by its surname, else none."""
    surface = surface.strip()
    if not re.fullmatch(r"[\u4e00-\u9fff·]+", surface):
        return None
    if len(surface) >= 3 and _zh_suffix_of(surface) and not ZH_GENERIC_ORG.match(surface):
        return ORG
    if 2 <= len(surface) <= 4 and (surface[0] in ZH_SURNAME_CHARS or surface[:2] in DOUBLE_SURNAMES) \
            and not _zh_suffix_of(surface):
        return PERSON
    return None


def _headline_at(text: str, s: int) -> bool:
    """The line holding offset `s` is written in Title Case (a headline): most of its longer words are capitalised."""
    a, b = text.rfind("\n", 0, s) + 1, text.find("\n", s)
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text[a:b if b >= 0 else len(text)]) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _coordinated_places(found: list[RawMention], places: list[RawMention], text: str) -> list[RawMention]:
    """"the ports of Houston and Corpus Christi", "in Setubal and Aveiro": a name joined by "and" or a comma to a
    place the model found, the pair said to be places ("in", "the cities of"), is a place too, unless it carries an
    organization's head word."""
    out = []
    # (names of the world places list count as places here too, whatever the model called them: "in Batangas,
    # Iloilo and Cagayan de Oro")
    world = [x for x in found + places if fold_accents(normalize(text[x[0]:x[1]])) in world_places()]
    for m in found:
        s, e, label, src = m
        words = {w.lower().strip(".,") for w in text[s:e].split()}
        joined = any(_COORD.fullmatch(text[pe:s]) and _PLACES_INTRO.search(text, max(0, ps - 30), ps)
                     or _COORD.fullmatch(text[e:ps]) and _PLACES_INTRO.search(text, max(0, s - 30), s)
                     for ps, pe, _, _ in places) or _PLACES_OF.search(text, max(0, s - 80), s) or any(
            _COORD.fullmatch(text[pe:s]) and _PLACES_INTRO_RUN.search(text, max(0, ps - 80), ps)
            or _COORD.fullmatch(text[e:ps]) and _PLACES_INTRO_RUN.search(text, max(0, s - 80), s)
            for ps, pe, _, _ in world if (ps, pe) != (s, e))
        pair = " and " in text[s:e] and all(fold_accents(normalize(x)) in world_places()
                                            for x in text[s:e].split(" and "))  # "Iloilo and Cagayan de Oro"
        if joined and (pair or not words & (_NAME_HEAD_LOWER | _PERSON_IS_ORG_HEADS)):
            places.append((s, e, PLACE, "model"))
            continue
        out.append(m)
    return out


_PLACES_INTRO = re.compile(r"(?:^|\s)(?:in|near|across|from|between|(?:the\s+)?(?:ports?|cities|towns|provinces|states|counties|"
                           r"regions|districts|villages|islands|capitals|municipalities)\s+of)\s+$")
# the same, with the list's earlier items between ("in Kariega, East London and | Rosslyn")
_PLACES_INTRO_RUN = re.compile(_PLACES_INTRO.pattern[:-1] + r"(?:[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2}"
                               r"(?:,\s*|\s+(?:and|or)\s+)){0,4}$")
# "the ports of Galvest and Port Lavon": names listed after a plural place noun
_PLACES_OF = re.compile(r"\b(?:ports|cities|towns|provinces|states|counties|regions|districts|villages|islands|"
                        r"capitals|municipalities|prefectures)\s+of\s+(?:[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)*"
                        r"(?:,\s*|\s+(?:and|or)\s+|,\s+(?:and|or)\s+))*$")
_COORD = re.compile(r"(?:,\s*|\s+(?:and|or)\s+|,\s+(?:and|or)\s+)")


_TITLE_OF_BEFORE = re.compile(r"(?i)\b(?:mayor|governor|chairman|chairwoman|chair|director|manager|president|secretary|"
                              r"head|chief|founder|dean|party secretary|general manager|director-general|"
                              r"secretary-general)\s+of\s+(?:the\s+)?$")


def _body_then_person(text: str, s: int, words: list[str]) -> int:
    """Where "mayor of | Baotou Qiao Lanfang", "Chairman of | Jinshan Hydrogen Qin Haoran" splits: before the
    Chinese name that ends the span, after a title and "of"; 0 when it does not."""
    if not _TITLE_OF_BEFORE.search(text, max(0, s - 40), s):
        return 0
    return next((c for c in (len(words) - 2, len(words) - 3) if c >= 1 and _reads_as_chinese_name(" ".join(words[c:]))), 0)


def _company_then_person(words: list[str]) -> int:
    """Where a "person" that machine translation ran together from a company and its person ("Yunfeng Tea Gao
    Meilan") splits: before a Chinese name of two or three words, after a kind of business; 0 when it does not."""
    for cut in (len(words) - 2, len(words) - 3):
        if cut >= 1 and _reads_as_chinese_name(" ".join(words[cut:])) \
                and words[cut - 1].lower().strip(".,") in _PERSON_IS_ORG_HEADS | _ORG_KIND_WORDS \
                and all(w[:1].isupper() for w in words[:cut]):
            return cut
    return 0


_PINYIN_BEFORE_TITLE = re.compile(rf"(?:^|(?<=[\s(“\"]))([A-Z][a-z]+ [A-Z][a-z]+(?:-?[a-z]+)?)(?=,\s+(?:the\s+)?"
                                  rf"(?:[\w-]+\s+){{0,2}}?(?i:{_TITLE_ALT})\s+(?:of|at)\s)")
# A person's name told by the role beside it: "Priya Raghavendran, a resources analyst at X," / "said Ana
# Lindqvist, 52, chief economist of Y" (a name, then what the person is), "Its chief executive, Tomas Berg, said"
# (a role, then the name between commas). Roles a firm can also hold ("an adviser to the deal", "a partner of
# the group") count only before "at". A name of two to four words, particles and initials allowed.
_PNAME_WORD = rf"[{_UP}](?:[{_LO}]+|['’][{_UP}][{_LO}]+)(?:[{_UP}][{_LO}]+)?(?:-[{_UP}]?[{_LO}]+)?"
_PNAME_MORE = rf"\s+(?:(?:{'|'.join(NAME_PARTICLES)})\s+)*(?:[A-Z]\.\s+)?{_PNAME_WORD}"
# "T. Ravindra Pillai", "S. K. Arumugam": initials first, then one name or more
_PNAME = rf"(?:{_PNAME_WORD}(?:{_PNAME_MORE}){{1,3}}|(?:[A-Z]\.\s?){{1,3}}\s*{_PNAME_WORD}(?:{_PNAME_MORE}){{0,2}})"
_FIRM_ROLES = ("adviser", "advisor", "consultant", "partner", "leader", "owner", "representative", "head", "chief",
               "expert", "boss", "supplier")
_PERSON_ROLE_ALT = "|".join(sorted((re.escape(t) for t in words_en.TITLES if t not in _FIRM_ROLES), key=len, reverse=True))
_FIRM_ROLE_ALT = "|".join(_FIRM_ROLES)
PERSON_APPOSITION_RE = re.compile(
    rf"(?:^|(?<=[\s(“\"]))({_PNAME})(?:\s?[（(][\u4e00-\u9fff·]{{2,10}}[）)])?,\s+(?:\d{{2}},\s+)?(?:the\s+|a\s+|an\s+|its\s+|their\s+|"
    rf"[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){{0,3}}['’]s\s+)?"  # (", Brantmoor's chief operating officer,")
    rf"(?:[\w'’-]+\s+){{0,3}}?(?i:(?:{_PERSON_ROLE_ALT})s?(?=(?:\s+{_REGIONS_EN})?\s+(?:of|at|for|with|from|in|on|to)\s|,|"
    rf"(?<![sS])[.;](?:\s|$)|\s+(?:said|says|told)\b|"
    rf"[ \t]*(?:\n|$))|"  # "Eleanor Marsh, Industry Correspondent" on a byline's own line
    rf"(?:{_FIRM_ROLE_ALT})\s+(?:of\s+(?:[\w-]+\s+){{1,4}}?)?at\s|"
    # "head of the Iskenderun branch of the union": a person heads a part of a body
    rf"(?:head|chief)\s+of\s+(?:the\s+|its\s+)?(?:[\w'’-]+\s+){{0,4}}?(?:branch|division|department|unit|team|office|"
    rf"bureau|desk|section|operations|research|sales|marketing|strategy|communications|procurement|chapter)\b)")
# "İlyas Rüstem Karadağ, 71, has farmed …": a name, then an age between commas
# "Femi Olawale, a Nigerian buyer who has bought …": a name, then what the person is and "who"
_WHO_NAME_RE = re.compile(rf"(?:^|(?<=[\s(“\"]))({_PNAME}),\s+(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?[a-z][\w-]*\s+who\s")
_AGED_NAME_RE = re.compile(rf"(?:^|(?<=[\s(“\"]))({_PNAME}),\s+(?:[1-9]\d),\s+(?=[a-z])")
# 'Rudi "Bolang" Simanjuntak', 'Mustafa Kemal "Kemo" Yazıcı': a nickname in quotes inside a person's name
_NICKNAMED_RE = re.compile(rf"(?:^|(?<=[\s(]))({_PNAME_WORD}(?:\s+{_PNAME_WORD})?\s+[\"“]{_PNAME_WORD}(?:\s+{_PNAME_WORD})?[\"”]"
                           rf"{_PNAME_MORE}(?:{_PNAME_MORE})?)(?![\w-])")
# "OZP president Tomasz Zalewski said", "chief executive Anna Berg told": a role, then the person who speaks
# (found from the end of the name, then the role before it: a role alternation tried at every word is slow)
_SPEAKING_AFTER_RE = re.compile(r"(?<=[^\W\d_]|\.)(?:(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                                r"Sunday|yesterday|today|last\s+week))?\s+(?:said|says|told|tells|added|noted|explained|warned|expects|"
                                r"believes|predicted|stated|argued|insisted|stressed|emphasi[sz]ed|acknowledged|"
                                r"cautioned|admitted|confirmed|announced|urged|estimated|wrote|replied|presented|unveiled)\b|,\s+who\s|"
                                r",\s+(?:has\s+|had\s+)?(?:said|says|told|added|noted|warned)\b)")
_NAME_THEN_COMMA_RE = re.compile(r"(?<=[^\W\d_]),(?=\s)")
_ROLE_JUST_BEFORE = re.compile(rf"\b(?i:{_PERSON_ROLE_ALT})(?:\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w&'’-]*"
                               rf"(?:,?\s+(?:and\s+|&\s+|of\s+)?[A-Z][\w&'’-]*){{0,5}})?\s+"
                               rf"(?:{_HONORIFIC_OR_MR}\s+)?$")
_ROLE_COMMA_BEFORE = re.compile(rf"\b(?i:{_PERSON_ROLE_ALT})(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w&'’-]*"
                                rf"(?:,?\s+(?:and\s+(?:the\s+)?|&\s+|of\s+(?:the\s+)?)?[A-Z][\w&'’-]*){{0,5}}"
                                rf"(?:\s\([A-Z]{{2,8}}\))?)?,\s+"
                                rf"(?:{_HONORIFIC_OR_MR}\s+)?$")
_PNAME_END = re.compile(rf"(?:^|(?<=\s))({_PNAME})$")


def _name_ending(text: str, end: int) -> list[int]:
    """Where a person's name that ends at `end` may start, the longest first (two to four words)."""
    window = text[max(0, end - 60):end]
    out = []
    for k in range(len(window)):
        if (k == 0 or window[k - 1].isspace()) and window[k:k + 1].isupper() and _PNAME_END.match(window, k):
            out.append(end - len(window) + k)
    return out


def _role_named(text: str) -> list[tuple[int, int]]:
    """Names right after a role: "OZP president Tomasz Zalewski said", "Its chief executive, Joost Akker, said"."""
    out = []
    for rx, role, reach in ((_SPEAKING_AFTER_RE, _ROLE_JUST_BEFORE, 100), (_NAME_THEN_COMMA_RE, _ROLE_COMMA_BEFORE, 120)):
        for m in rx.finditer(text):
            if role is _ROLE_COMMA_BEFORE and not text[:m.start()].rstrip()[-1:].isalpha():
                continue
            s = next((s for s in reversed(_name_ending(text, m.start()))  # the shortest name the role stands before
                      if role.search(text, max(0, s - reach), s)), None)
            if s is not None:
                out.append((s, m.start()))
    return out

_ORG_KIND_WORDS = frozenset(w.lower() for w in words_en.BUSINESS_KINDS) | frozenset(
    w.lower() for w in words_en.ORG_NAME_WORDS)


def _reads_as_chinese_name(surface: str) -> bool:
    from .names import ROMAN_SURNAMES

    w = surface.split()
    return 2 <= len(w) <= 3 and w[0].lower() in ROMAN_SURNAMES and all(is_pinyin_word(x) for x in w[1:]) \
        and not any(x.lower() in words_en.ORG_NAME_WORDS for x in w)


def _suffix_rule(p: Parse, text: str, rx: re.Pattern, name: str) -> list[RawMention]:
    out = []
    for m in rx.finditer(text):
        s, e = _trim(text, m.start(), _more_heads(text, m.end()) if rx is COMPANY_RE else m.end())
        e = _cut_second_institution(text, s, e)
        owner = _PLACE_OWNS_BODY.match(text, s, e)
        if owner and normalize(owner.group(1)) in world_places():
            s = owner.end()  # "Ontario's Ministry of Energy": the ministry, not the province
        owned = _OWNED_PART.search(text, s, e)
        if owned and owned.start() > s:
            e = owned.start()  # "... Department of Commerce's Foreign Trade Division": the department
        more = _CAPS_AHEAD.match(text, e)
        if more and _not_org_tail(text[s:more.end()]) or _EVENT_AHEAD.match(text, e):
            continue  # "Greater Bay Area Robotics" | "Expo", "... Robotics" | "and Automation Exhibition": an event
        s = _skip_sentence_opener(p, text, s, e)
        words = [w.strip(".,").lower() for w in text[s:e].split()]
        if e > s and not _not_org_tail(text[s:e]) and " " in text[s:e].strip() \
                and not all(w in _LONE_HEADS for w in words):
            out.append((s, e, ORG, name))
    return out


# "First Union Capital Markets Corp.": capitalised words up to a further company head belong to the name too.
_MORE_HEADS = re.compile(rf"(?:\s+{_CAP})*?\s+(?:{'|'.join(_COMPANY_HEADS)})(?:,?\s+{_LEGAL})?(?![\w-])")


def _more_heads(text: str, e: int) -> int:
    while (m := _MORE_HEADS.match(text, e)) and not TITLE_PREFIX_RE.match(text[e:m.end()].strip()):
        e = m.end()
    return e


_NAME_HEAD_LOWER = frozenset(w.lower() for x in _COMPANY_HEADS + _INSTITUTION_HEADS for w in re.findall(r"[A-Za-z]{2,}", x))
_CAPS_AHEAD = re.compile(r"(?:\s+[A-Z][\w'’-]*){1,3}")
_HEAD_AHEAD = re.compile(rf"\s+and\s+(?:{_CAP}\s+){{0,4}}(?:{'|'.join(_INSTITUTION_HEADS + _COMPANY_HEADS)})\b")


def _cut_second_institution(text: str, s: int, e: int) -> int:
    """"Massachusetts Institute of Technology and Colorado State University": two institutions."""
    m = _HEAD_AHEAD.search(text, s, e)
    if m and m.start() > s and _two_names(text[s:m.start()], text[m.start():e].strip()[4:]):
        return m.start()
    return e


_LEADING_FUNCTION_WORDS = re.compile(r"^(?:(?:In|At|On|For|By|From|With|And|But|As|Also|Besides|Meanwhile|Today|Since|Until|During|"
                                     r"Yesterday|Now|Then|Both|Including|Like|Unlike)\s+)+")


def _list_rule(text: str, persons: list[tuple[int, int]] = ()) -> list[RawMention]:
    out = []
    for m in LIST_RE.finditer(text):
        intro = text[max(0, m.start() - 40):m.start()]
        # a list of companies says so: "companies such as A, B and C" or "A, B and other companies"
        if not (LIST_INTRO_RE.search(intro) and re.search(_GROUP_NOUNS, intro) or m.group(2) is None):
            continue
        items = []
        base = m.start(1)
        for item in re.split(r",(?!\s*(?:Ltd|Limited|Inc|LLC|PLC)\b)", m.group(1)):
            s0 = base + len(item) - len(item.lstrip())
            items.append(_trim(text, s0, s0 + len(item.strip())))
            base += len(item) + 1
        if m.group(2):
            items.append(_trim(text, *m.span(2)))
        # two names the intro calls companies ("producers, including Kestrel Mining and Mount Ore Resources",
        # "rivals Kaya Foods and Bluegum Stores"), two words or more each, are two; else "and" must join names
        if len(items) == 2 and m.group(2):
            a, b = (text[x:y] for x, y in items)
            named_group = bool(re.search(_GROUP_NOUNS, intro)) and len(a.split()) >= 2 and len(b.split()) >= 2 \
                and not _trade_word(b.split()[0])
            if not named_group and not _two_names(a, b):
                continue
        firm_named = any(_trade_word((text[s:e].split() or [""])[-1]) or COMPANY_RE.fullmatch(text[s:e]) for s, e in items)
        firm_intro = bool(_FIRM_GROUP_INTRO.search(intro))
        if m.group(2) and not firm_named and not firm_intro \
                and any(ps <= s < pe or s <= ps < e for s, e in items for ps, pe in persons):
            continue  # "such as Stan Lee, Margaret Atwood and Mark Hamill": people, whatever the noun (unless one
            # item reads as a firm: "including Wattle Lithium and Mount Ember Resources")
        for s, e in items:
            cut = re.search(r"\s*[（(]", text[s:e])
            if cut:  # "Jinglan Optical (晶岚光学)": the name, not its other name in brackets
                e = s + cut.start()
            lead = _LEADING_FUNCTION_WORDS.match(text[s:e])
            if lead and re.match(r"(?:In|At|From|To|Across)\s", lead.group()):
                continue  # "In Ningbo, Xinmao, ...": the place the sentence opens with
            s += lead.end() if lead else 0
            if e > s and text[s:e].lower() not in PLACES_EN and not TITLE_PREFIX_RE.match(text[s:e]):
                out.append((s, e, ORG, "list"))
    return out


# nouns that name firms only ("rival producers Halvdan, Norrvik and Moselkant"), never people
_FIRM_GROUP_INTRO = re.compile(r"\b(?:companies|firms|producers|manufacturers|makers|brands|banks|lenders|retailers|"
                               r"suppliers|exporters|importers|carriers|airlines|insurers|automakers|carmakers|"
                               r"mills|refiners|miners|forwarders|wholesalers)\b")
# (a word's full stop is a sentence's end unless an abbreviation's: "Haishan Tire. Pelorus …" are two sentences)
_COORD_WORD = r"[A-Z](?:[\w'’-]|\.(?=\w))*(?:(?:(?<=Co)|(?<=Inc)|(?<=Ltd)|(?<=Corp)|(?<=Bros)|(?<=Jr)|(?<=St))\.)?"
_COORD_ITEM = (rf"{_COORD_WORD}(?:(?:\s+(?:&|de|do|da|dos|das|del|della|di|du|van|von|der|den|la|le)\s+|\s+)"
               rf"{_COORD_WORD}){{0,4}}")
COORD_RE = re.compile(rf"(?<![\w&'’-])((?:{_COORD_ITEM},\s+)+{_COORD_ITEM},?\s+and\s+{_COORD_ITEM})(?![\w&'’-])")


_GROUP_AFTER = re.compile(rf"\s+(?:are|were|have been|rank)\s+(?:among\s+)?(?:the\s+)?(?:[\w-]+\s+){{0,3}}{_GROUP_NOUNS}\b")


def _company_list_members(text: str, found: list[RawMention], rules: list[RawMention]) -> list[RawMention]:
    """A plain list of three or more names in which companies are named is a list of companies: "Hollis Tool &
    Die, Clearwell Plastics and Ridgeway Hinge have added shifts" (the model reads "Ridgeway Hinge" as a
    person). A list with a person the text gives a role ("Anna Berg, Acme Ltd and ...") is left alone."""
    out = []
    for m in COORD_RE.finditer(text):
        if _PLACES_INTRO.search(text, max(0, m.start(1) - 60), m.start(1)) and any(
                fold_accents(normalize(x)) in world_places() for x in re.split(r",\s+(?:and\s+)?|,?\s+and\s+", m.group(1))):
            continue  # "in Batangas, Iloilo and Cagayan de Oro": places, not companies
        items, base = [], m.start(1)
        for part in re.split(r",\s+(?:and\s+)?|,?\s+and\s+", m.group(1)):
            at = text.find(part, base)
            if at < 0 or not part:
                break
            lead = _LEADING_FUNCTION_WORDS.match(part)
            s0 = at + (lead.end() if lead else 0)
            items.append(_trim(text, s0, at + len(part)))  # ("Germany's Feldkamp Antriebstechnik": the firm)
            base = at + len(part)
        if len(items) < 3 and not (len(items) == 2 and _GROUP_AFTER.match(text, m.end(1))):
            continue
        over = [[x for x in found + rules if x[0] < e and s < x[1]] for s, e in items]
        if any(x[2] == PERSON and x[3] == "title" for xs in over for x in xs):
            continue
        strong = sum(any(x[2] == ORG and x[3] != "model" for x in xs) for xs in over) \
            + bool(_GROUP_AFTER.match(text, m.end(1)))
        weak = sum(any(x[2] == ORG for x in xs) for xs in over)
        if not (strong >= 1 or weak >= 2):
            continue
        for (s, e), xs in zip(items, over):
            if e > s and normalize(text[s:e]) not in PLACES_EN and not TITLE_PREFIX_RE.match(text[s:e]) \
                    and not any(x[2] == ORG and x[3] != "model" for x in xs):
                out.append((s, e, ORG, "list"))
    return out


_NAME_WORD_RE = None


def _two_names(a: str, b: str) -> bool:
    """"Taoyuan Auto and Jinyue Motors" names two companies; "Printing and Dyeing", "Industry and
    Information Technology" and "Pump and Valve" are one name: the word after "and" must be a proper name
    (a romanized Chinese syllable run or a word the article writes only capitalised)."""
    first = b.split()[0] if b.split() else ""
    last = a.split()[-1] if a.split() else ""
    if first.lower() in words_en.ORG_NAME_WORDS or last.lower() in words_en.ORG_NAME_WORDS and len(a.split()) == 1:
        return False
    return is_pinyin_word(first)


def _trade_word(word: str) -> bool:
    return word.lower().strip(".,") in _ORG_NAME_WORDS


_ORG_NAME_WORDS = frozenset(words_en.ORG_NAME_WORDS)


def _split_coordinations(mentions: list[RawMention], text: str, model_orgs: set[tuple[int, int]] = frozenset()
                          ) -> tuple[list[RawMention], list[RawMention]]:
    """A model or rule ORG "A and B" that names two companies becomes two ORGs (source "split"): the word
    after "and" reads as a name, or the model found A and B as two organizations ("BYD and Contemporary
    Amperex Technology")."""
    keep, extra = [], []
    for m in mentions:
        s, e, label, src = m
        piece = text[s:e]
        parts = re.split(r"\s+and\s+", piece)  # "Lefort & Fils and Grupo Almagro": "and" between, "&" inside
        if len(parts) != 2:
            parts = re.split(r"\s+(?:and|&)\s+", piece)
        cut = piece.index(parts[1], len(parts[0])) if len(parts) == 2 else 0
        by_model = len(parts) == 2 and (s, s + len(parts[0])) in model_orgs and (s + cut, e) in model_orgs \
            and not _trade_word(parts[0].split()[-1]) and not _trade_word(parts[1].split()[0])
        one_name = len(parts) == 2 and re.search(r"\s&\s", piece) and (len(parts[1].split()) == 1 or " and " not in piece
                                                                         and len(parts[0].split()) == 1)
        # "Tool & Die", "Harbor & Pine Roasters": one firm's name
        whole_first = len(parts) == 2 and parts[1][:1].isupper() and " and " in piece and not _not_org_tail(piece) \
            and not _EVENT_TAIL.search(piece) and bool(
            COMPANY_RE.fullmatch(parts[0].strip()) or LEGAL_FORM_RE.fullmatch(parts[0].strip())
            or len(parts[0].split()) >= 2 and len(parts[1].split()) >= 2 and parts[0].split()[-1] == parts[1].split()[-1])
        # "Harwick General Hospital and Tamsin Valley Medical Center": each part a body of its own kind
        two_bodies = len(parts) == 2 and " and " in piece and len(parts[0].split()) >= 2 and len(parts[1].split()) >= 2 \
            and parts[0].split()[-1] in _BODY_HEADS and parts[1].split()[-1] in _BODY_HEADS \
            and parts[1].split()[0][:1].isupper()
        # "Prairie Vale Milling and Tollan Agri Partners": a trade ends the first, a company's kind the second, and
        # the second opens with a name ("Industry and Trade Co." is one firm)
        two_firms = len(parts) == 2 and " and " in piece and " of " not in piece and len(parts[0].split()) >= 2 \
            and len(parts[1].split()) >= 2 and (_trade_word(parts[0].split()[-1]) or parts[0].endswith("ing")
                                                or parts[0].split()[-1].lower() in _PERSON_IS_ORG_HEADS) \
            and parts[1].split()[-1].lower().strip(".,") in _PERSON_IS_ORG_HEADS \
            and parts[1].split()[0][:1].isupper() and not _trade_word(parts[1].split()[0])
        two_bodies = two_bodies or two_firms
        commas = re.split(r",\s+(?:and\s+)?", piece)
        if label == ORG and len(commas) >= 2 and " and " not in piece and all(_COMMA_ITEM.fullmatch(x) for x in commas) \
                and not any(normalize(x) in world_places() for x in commas):
            # "competes with Soilmetrix, AquaPlume and …": names in a series, the model's span over two of them
            at = 0
            for x in commas:
                at = piece.index(x, at)
                extra.append((s + at, s + at + len(x), ORG, "split"))
                at += len(x)
            continue
        if label != ORG or len(parts) != 2 or one_name or not (by_model or whole_first or two_bodies or _two_names(*parts)
                                                                and " of " not in piece and " for " not in piece):
            keep.append(m)
            continue
        extra.append((*_trim(text, s, s + len(parts[0])), ORG, "split"))
        extra.append((*_trim(text, s + cut, e), ORG, "split"))
    return keep, extra


# the kind of body a name ends with, when two are joined by "and"
_BODY_HEADS = frozenset("Center Centre Hospital University College School Bank Council Association Authority Institute "
                        "Agency Ministry Department Foundation Union Society Fund Trust Board Commission Museum Clinic "
                        "Chamber Federation Cooperative Company Corporation Group".split())
# one item of a comma series of company names: a single coined or capitalised word, no legal form, no place
_COMMA_ITEM = re.compile(r"[A-Z][a-z]+[A-Z][A-Za-z]+|[A-Z][a-z]{3,}(?<!Inc)(?<!Ltd)(?<!Corp)")
_NAME_TAIL = re.compile(rf"^(?:\s+(?:of|for|on)\s+(?:the\s+)?{_CAP}(?:\s+(?:of|and|&|for|on|the)\s+{_CAP}|\s+{_CAP})*"
                        rf"|(?:\s+{_CAP})+)$")


_FIRM_KIND_END = re.compile(r"(?:business|company|firm|contractor|supplier|manufacturer|producer|exporter|start-?up|"
                            r"cooperative|co-op|brokerage|lender|insurer|retailer|conglomerate|carmaker|automaker|"
                            r"chipmaker|airline|consultancy|foundation|association|non-?profit)$")
# what ends an apposition ("X, a local business, said"; "X, a firm based in ..."): "According to X, the company
# has ..." is a new clause about another subject
_APPOSITION_ENDS = re.compile(r"\s*[,.;:)]|\s+(?:based|that|which|whose|in|from|with|founded|owned|known|headquartered|"
                              r"run|specialising|specializing|backed|funded|set up|established|representing)\b")
_BYLINE_WORD = re.compile(r"\s+(?:Author|Editor|Editorial|Reporter|Time|Date|Views|Source|Team|Desk|Staff|Release|Released|"
                          r"Published|Updated|Posted|Hits|Clicks)\b")


def _extend_to_model(rules: list[RawMention], found: list[RawMention], text: str) -> list[RawMention]:
    """A rule span that stops where the model's organization goes on with "of ..." or with more capitalised
    words ("International Confederation" | "of Free Trade Unions") ends where the model's does."""
    out = []
    for s, e, label, src in rules:
        if label == ORG:
            for ms, me, mlabel, _ in found:
                if mlabel == ORG and ms <= s < e < me and _NAME_TAIL.match(text[e:me]) \
                        and not TITLE_PREFIX_RE.match(text[e:me].strip()) and not _BYLINE_WORD.match(text[e:me]):
                    e = me
                    break
        out.append((s, e, label, src))
    return out


def _cut_at_persons(rules: list[RawMention], found: list[RawMention], text: str) -> list[RawMention]:
    """"Ma Qinghua of Beichen Securities": a rule span that starts with a person starts after them."""
    out = []
    for s, e, label, src in rules:
        for ps, pe, plabel, _ in found:
            if plabel == PERSON and s <= ps < pe < e:
                m = re.match(r"\s*(?:,|of|at|from|with)\s+", text[pe:e])
                if m:
                    s = pe + m.end()
        if e > s:
            out.append((s, e, label, src))
    return out


def _extend_surname(text: str, m: RawMention) -> RawMention:
    """"He Zhaolin": the model often leaves out a surname that is also an English word (He, Ma, Gao)."""
    s, e, label, src = m
    if label not in (PERSON, ORG) or " " in text[s:e]:
        return m
    prev = re.search(r"(?:^|(?<=[\s(“\"]))([A-Z][a-z]{0,4})\s$", text[max(0, s - 7):s])
    if prev and prev.group(1).lower() in _roman_surnames() and is_pinyin_word(text[s:e]):
        if label == ORG and not (_NAME_FOLLOWS.match(text, e) and re.fullmatch(r"[A-Z][a-z]+", text[s:e])):
            return m
        return (s - len(prev.group(1)) - 1, e, PERSON, src)  # "He Minglu, who runs ...": the model said ORG
    return m


_OCCUPATIONS = r"(?:engineer|lawyer|teacher|doctor|nurse|worker|farmer|student|designer|developer|programmer|" \
               r"scientist|researcher|economist|analyst|banker|entrepreneur|investor|accountant|consultant|official|" \
               r"executive|employee|journalist|reporter|architect|trader|pilot|officer|colleague|classmate|" \
               rf"{_TITLE_ALT})"
_PERSON_APPOSITION = re.compile(rf"\s*,\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){{0,3}}?(?i:{_OCCUPATIONS})s?\b"
                                r"(?!\s+(?:firm|company|group|agency|network|platform)\b)")
_GIVEN_BEFORE = re.compile(r"(?:(?:^|(?<=\s))(?:and|by|with|of|to|from)|,)\s+([A-Z][a-z]{1,10})\s$")


_PARTICLES_BEFORE = re.compile(r"(?:^|(?<=[\s(“\"]))(?:Van|Von|De|Del|Della|Da|Di|Du|Dos|Das|Le|La|Ter|Ten)"
                               r"(?:\s+(?:der|den|de|la|le|los|las|da|di|del))?\s+$")


def _particles_before(text: str, m: RawMention) -> RawMention:
    """"Van der Molen said": a surname's particles, written capitalised at the start of a sentence, belong to it."""
    s, e, label, src = m
    if label != PERSON:
        return m
    p = _PARTICLES_BEFORE.search(text, max(0, s - 16), s)
    return (p.start(), e, label, src) if p else m


# Vietnamese family names (general knowledge), the first word of a name the model may leave out: "Đỗ | Minh Tuấn"
_VI_SURNAMES = frozenset("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trương Trịnh "
                         "Lương Phùng Vương Đoàn Nguyen Tran Pham Hoang Huynh Vu Vo Dang Bui Ngo Duong Trinh Truong".split())


def _vietnamese_surname_before(text: str, m: RawMention) -> RawMention:
    s, e, label, src = m
    prev = re.search(r"(\S+) $", text[max(0, s - 10):s])
    if label == PERSON and prev and prev.group(1) in _VI_SURNAMES and len(text[s:e].split()) <= 3:
        return (s - len(prev.group(1)) - 1, e, label, src)
    return m


def _given_name_before(text: str, m: RawMention) -> RawMention:
    """"founded by Feld and Rita Calado, a former engineer at ...": the model read only the surname, as an
    organization; the capitalised word before it and the person's description after it make it a person."""
    s, e, label, src = m
    if label != ORG or src != "model" or not re.fullmatch(r"[A-Z][a-z]+", text[s:e]):
        return m
    prev = _GIVEN_BEFORE.search(text, max(0, s - 20), s)
    if prev and prev.group(1).lower() not in _FUNCTION_WORDS and _PERSON_APPOSITION.match(text, e):
        return (prev.start(1), e, PERSON, src)
    return m


_FUNCTION_WORDS = {"the", "a", "an", "and", "or", "but", "in", "on", "at", "for", "of", "by", "with", "to", "from",
                   "as", "its", "his", "her", "their", "our", "this", "that", "these", "those", "new", "former"}


# what follows a person's name: ", who", " said", ", 45,", ", general manager of"
_NAME_FOLLOWS = re.compile(r"\s*(?:,\s*(?:who|whose|\d{2},|a|an|the|[a-z-]+\s+(?:manager|director|chairman|president|"
                           r"founder|secretary|researcher|analyst|professor|head|chief))\b|\s+(?:said|says|told|added|"
                           r"believes|thinks|noted|explained)\b)")


def _roman_surnames() -> frozenset[str]:
    from .names import ROMAN_SURNAMES

    return ROMAN_SURNAMES


def _skip_sentence_opener(p: Parse, text: str, s: int, e: int) -> int:
    """Drop capitalised words that only open the sentence ('Yesterday Tianmu Group ...', 'State-owned X Group')."""
    if text[:s].rstrip() and text[:s].rstrip()[-1] not in ".!?:;\"“”\n":
        return s
    m = re.match(r"[A-Z][a-z]+-[a-z]+\s+(?=[A-Z])", text[s:e])
    if m:
        s += m.end()
    for t in p.tokens:
        if t.start < s:
            continue
        if t.start >= e or t.pos in ("PROPN", "NUM") or t.text[:1].islower():
            break
        if t.pos in ("ADV", "DET", "ADP", "PRON", "VERB", "AUX", "SCONJ", "CCONJ", "INTJ"):
            nxt = text.find(" ", t.end)
            if 0 <= nxt < e:
                s = nxt + 1
                continue
        break
    return s


_RULE_RANK = {"list": 0, "split": 0, "legal": 1, "title": 1, "alias": 1, "platform": 1, "source": 1, "apposition": 2, "kind": 2, "institution": 2, "suffix": 2, "media": 2,
              "latin": 2}


def _resolve(model: list[RawMention], rules: list[RawMention], text: str, p: Parse | None = None) -> list[RawMention]:
    """Rules win over overlapping model spans; among rules lists first, then the longest."""
    pos_of = {t.start: t.pos for t in p.tokens} if p is not None else {}
    rules = [m for m in set(rules) if _plausible(text[m[0]:m[1]], m[2], m[3], None, text, m[0], m[1])]
    rules.sort(key=lambda m: (_RULE_RANK.get(m[3], 3), -(m[1] - m[0]), m[0]))
    kept: list[RawMention] = []
    for m in rules:
        if all(m[1] <= k[0] or m[0] >= k[1] for k in kept):
            kept.append(m)
    checked = len(kept) if not pos_of else 0  # (the rules passed the same test above when no word tags are given)
    for m in sorted(model, key=lambda m: (-(m[1] - m[0]), m[0])):
        if all(m[1] <= k[0] or m[0] >= k[1] for k in kept):
            kept.append(m)
    out = kept[:checked]
    for s, e, label, src in kept[checked:]:
        if _plausible(text[s:e], label, src, pos_of.get(s), text, s, e):
            out.append((s, e, label, src))
    return sorted(out)


_DOCUMENT_INSIDE = re.compile(r"\b(?:Plan|Programme|Program|Strategy|Initiative|Guidelines|Measures|Regulations|"
                              r"Roadmap|Blueprint|Outline)\s+(?:for|on|of|to)\s")
_EVENT_TAIL = re.compile(r"\s(?:Expo|Fair|Forum|Summit|Conference|Festival|Exhibition|Show|Week|Awards|Cup|Congress|"
                         r"Symposium|Convention|Games|Championships?)$")
_ORDINAL_START = re.compile(r"\d+(?:st|nd|rd|th)\s")
_TEAM_NUMBER = re.compile(r"(?i)\b(?:group|channel|club|fc|united|team|no\.?|number|district|local)\s+\S+$")
_NOT_ORG_FULL = re.compile(r"(?:Media|Press|Investor|Sales|Customer|Public)\s+(?:Contacts?|Enquiries|Inquiries|Relations|Office)|"
                           r"Research\s+(?:&|and)\s+Development|(?:Selected\s+)?Exhibitors?(?:\s+List)?|Selected|"
                           r"Main\s+Board|GEM\s+Board|STAR\s+Market|ChiNext|January|February|March|April|May|June|July|August|"
                           r"September|October|November|December|Double\s+(?:Eleven|Twelve)|Singles['’]?\s+Day|"
                           r"Black\s+Friday|Cyber\s+Monday|Prime\s+Day|"
                           r"(?:the\s+)?(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|new|current)\s+)?"
                           r"(?:Board\s+of\s+(?:Directors|Supervisors|Trustees)|Supervisory\s+Board|"
                           r"Management\s+Board|Executive\s+Committee)|"
                           r"(?:Corporate|Internal|External|Marketing)\s+Communications|Human\s+Resources|"
                           r"(?:Public|Government|Regulatory|Corporate|External)\s+Affairs|"
                           r"Chief\s+(?:Technology|Financial|Operating|Executive|Marketing|Information|Commercial|Risk)|"
                           # a company's documents, a filing's section headings, a sum of money
                           r"(?:the\s+)?(?:Articles|Memorandum)\s+of\s+Association|(?:the\s+)?Company\s+Law|"
                           r"(?:[IVX]{1,4}|\d{1,2})\.\s+.*|(?:The\s+)?Partners?|"
                           r"(?:EUR|USD|RMB|CNY|GBP|JPY|HKD|AUD|CAD|CHF|INR|SGD|US\$|€|£|\$)\s?\d[\d.,]*(?:\s+(?:million|billion|bn|m))?")
_DATE_LIKE = re.compile(r"(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|"
                        r"june|july|august|september|october|november|december)\.?\s+\d{1,2}(?:,?\s+\d{4})?|"
                        r"Q[1-4]\s+\d{4}|H[12]\s+\d{4}")


# patterns of _plausible, compiled once (it runs for every mention; a per-call pattern misses re's small cache
# once the article's own names have filled it)
_GAP = re.compile(r"\s{2}|\u00a0| / ")
_CREDIT_SLASH = re.compile(r"[A-Za-z]\s*/|/\s*[A-Za-z]|%")
_DIGIT = re.compile(r"\d")
_ALL_CAPS = re.compile(r"[A-Z][A-Z.'’ -]+")
_ADJ_SUFFIX = re.compile(r"(?i)-(?:based|owned|listed|funded|backed|made|born)$")
_JOINED = re.compile(r"-|\s&\s|\sand\s")
_JOIN_SPLIT = re.compile(r"\s*-\s*|\s+(?:&|and)\s+")
_LETTER = re.compile(r"[A-Za-z\u4e00-\u9fff]")
_CAPITAL = re.compile(r"[A-Z\u4e00-\u9fff]")
_ARTICLE_START = re.compile(r"(?:The|A|An)\s")
_ROAD_CODE = re.compile(r"[A-Z]{1,2}-?\d{1,4}")
_IRISH_COUNTY = re.compile(r"(?:^|,\s*)Co\.?\s+(?:Cork|Kerry|Dublin|Galway|Limerick|Clare|Mayo|Donegal|Kildare|Meath|"
                           r"Wicklow|Wexford|Waterford|Tipperary|Kilkenny|Sligo|Louth|Antrim|Down|Armagh|Tyrone|"
                           r"Fermanagh|Derry|Offaly|Laois|Westmeath|Longford|Roscommon|Leitrim|Cavan|Monaghan|Carlow)$")
_PLACE_HEAD_ORG = re.compile(r"(?:River|Lake|Mount|Mt\.?|Cape|Gulf of|Bay of|Isle of)\s+[A-Z]")
_CLOSING_QUOTE = re.compile(r"[\"”'’]")


def _plausible(surface: str, label: str, src: str, pos: str | None, text: str, s: int, e: int) -> bool:
    if surface.upper() in NON_NAMES or (src == "model" and _inside_longer_quote(text, s, e, label)):
        return False
    if label == PERSON and re.search(r"(?<!\bSt)(?<!\bMt)(?<!\bJr)(?<!\bSr)(?<!\bDr)(?<!\bMa)(?<=[a-z])\.\s+[A-Z]", surface):
        return False  # "Europe. We": two sentences, no name
    if re.fullmatch(r"\d{4,6}\.[A-Z]{1,2}|(?:the\s+)?(?i:city|town|county|district|borough|parish|village|"
                    r"regional|state|provincial|municipal)\s+(?i:council|assembly|legislature)", surface):
        return False  # "042710.KS": a ticker; "City Council" alone: a generic reference, like "the municipal government"
    row = label == ORG and src == "model" and _table_row(text, s, e)
    if src == "model" and " " not in surface and pos in ("VERB", "ADJ", "ADV", "AUX", "NOUN") and not row \
            and not (label == ORG and (_capitalised_inside_sentence(text, s, surface)
                                       or _pinyin_name_word(text, surface))):
        return False
    if _GAP.search(surface):  # "Info Net  Time": a name does not run over a gap
        return False
    if src in ("model", "propagated") and _CREDIT_SLASH.search(surface):
        return False  # "Uncredited/AP", "REUTERS/Eric Vidal", "Last Change % Change": photo credits and table heads
    if normalize(surface) in DEMONYMS:
        return False  # "Saudi", "Chinese": a people or an adjective, no name
    if label == ORG and surface.lower().strip(".") in _LONE_OR_NOT_ORG:
        return False
    if label == ORG and _FIRMS_DEPARTMENT.fullmatch(surface):
        return False  # "Securities Department", "Media Relations": a firm's department named alone, no body
    if label == ORG and _TICKER_BEFORE.search(text, max(0, s - 30), s) and re.fullmatch(r"[A-Z0-9.]{2,8}", surface):
        return False  # "trades on the exchange under the symbol KLX": the firm's ticker, no other body
    if label == ORG and (GENERIC_ORG.match(surface) or _not_org_tail(surface) and not row and src != "media"):
        return False  # (an outlet in a dateline's brackets may be called "… Business Report")
    if "›" in surface or "»" in surface or _CRUMB_KEYS.search(text) and \
            _CRUMB_LINE.match(text, text.rfind("\n", 0, s) + 1) and not (
            s == text.rfind("\n", 0, s) + 1 and any(w.lower() in _OUTLET_WORD_SET for w in surface.split())):
        return False  # "Business › Economy": a site's navigation crumbs, no names
    if label == ORG and src == "model" and _EVENT_AFTER.match(text, e):
        return False  # "the Birmingham Spring fair": an event
    if src == "model" and re.match(r"\s+d[’']Ivoire", text[e:e + 10]):
        return False  # "Côte d’Ivoire": a country
    if src == "model" and re.search(r"\b(?:Port|City|Province|State|Gulf|Bay|Isle|County|District) of\s+(?:[A-Z][a-z]+\s+)?$",
                                    text[max(0, s - 24):s]):
        return False  # "the Port of Prince Rupert": a place
    if src == "model" and _DATELINE_AHEAD.match(text, e) and (s == 0 or text[s - 1] == "\n") \
            and not any(w.lower() in _OUTLET_WORD_SET for w in surface.split()):
        return False  # "Alappuzha, August 1:": a dateline's city
    if src == "model" and " " not in surface and _NEAR_BEFORE.search(text, max(0, s - 12), s):
        return False  # "who farms near Wittebrug", "east Kerry": a place
    if label == PERSON and (_PLACE_TAIL.search(surface) or _PLACE_HEAD.match(surface) or _DIGIT.search(surface) or _PRODUCT_WORD.search(surface)):
        return False  # "Ho Chi Minh City", "Nimbus X7"
    if label == PERSON and _EVENT_TAIL.search(surface) or label == ORG and (_ORDINAL_START.match(surface)
                                                                             or " " in surface and surface.islower()):
        return False  # "Sourcing Expo", "3rd China (...) Expo": an event; "grey battery packs": ordinary words
    if label == PERSON and _STAFF_BYLINE.search(surface):
        return False  # "By BUSINESS REPORTER", "By Staff Writer": a desk, no person
    if label == PERSON and _ALL_CAPS.fullmatch(surface) and src != "title":
        return False  # "NINGBO", "HARBOR CITY", "ACME": datelines, headlines and acronyms name no person
    if _ADJ_SUFFIX.search(surface):
        return False  # "Singapore-based": an adjective
    if _JOINED.search(surface) and all(_place_or_region(x) for x in _JOIN_SPLIT.split(surface)):
        return False  # "Shanghai-North Europe": a route between places; "Europe & Latin America": two regions
    if normalize(surface) in PLACES_EN:
        return False
    if not _LETTER.search(surface) or len(surface) < 2 and src != "surname":
        return False
    if label == PERSON and (not _CAPITAL.search(surface) or _PERSON_NOT.match(surface)
                            or _ARTICLE_START.match(surface)):  # "The Commission": no person's name
        return False
    if label == ORG and (_ROAD_CODE.fullmatch(surface) or _NOT_ORG_FULL.fullmatch(surface)
                         or src == "model" and _MODEL_NUMBER.search(surface) and not _TEAM_NUMBER.search(surface)):
        return False  # "A45", "I-95": a road; "Media Contact": a label
    if text[e:e + 1] == "-" and text[e + 1:e + 2].islower() and not surface.isupper() \
            and (" " not in surface or src == "model" and label == ORG):
        return False  # "Cross-border": part of a compound word
    if label == ORG and _IRISH_COUNTY.search(surface):
        return False  # "Ringaskiddy, Co Cork": an Irish county
    if label == ORG and src == "model" and _PLACE_HEAD_ORG.match(surface):
        return False  # "River Leadon": a place
    if label == ORG and src == "model" and surface[:1] in "\"“'‘" and not _CLOSING_QUOTE.search(surface[1:]):
        return False  # '"Yongjia Pump Valve Industry High-quality Development': the start of a quoted title
    if label == ORG and _DOCUMENT_INSIDE.search(surface):
        return False  # "Jiangxi Action Plan for Battery Recycling": a document
    if label == ORG and _DATE_LIKE.fullmatch(surface):
        return False  # "Feb 27", "Q3 2024"
    if label == ORG and src in ("model", "split") and _QUOTED_NICKNAME_BEFORE.search(text, max(0, s - 60), s):
        return False  # 'known as the "China Hardware and Knife Scissors Capital"': a town's nickname, in quotes
    if label == ORG and src == "model" and surface[:1] in "\"“'‘" and surface.split()[-1].islower():
        return False  # '"Jiao Tong" paulownia': a quoted name, then the thing it names
    if label == ORG and surface.endswith("Capital") and (_NICKNAME_BEFORE.search(text, max(0, s - 40), s)
                                                         or surface.startswith(("China ", "China's "))
                                                         or _trade_nickname(surface, text)):
        return False  # 'its position as "New Energy Capital"', "China Hardware Capital": a town's nickname
    if label == PERSON and _SURNAMED.search(text, max(0, s - 12), s):
        return False  # "a wholesaler surnamed Tang": someone the article does not name
    if label == ORG and src in ("model", "institution", "suffix") and _LEVEL_BEFORE.search(text, max(0, s - 24), s):
        return False  # "The county Economy and Information Technology Bureau": a body named by its level only
    if label == ORG and src == "model" and (_MONEY_START.match(surface) or _INDEX_AHEAD.match(text, e)
                                            or _DOC_NUMBER_BEFORE.search(text, max(0, s - 12), s)
                                            or _MINISTER_POST.match(surface) or _TRAILING_LOWER.search(surface)):
        return False  # "HK$61"; "Hang Seng Tech" (Index); "18/NQ-HDND"; "Minister for Agriculture"; "Terminal 3 are"
    if label == ORG and re.fullmatch(r"(?:ISO|IEC|EN|GB|GB/T|ASTM|UL|IEEE|DIN|JIS|BS|AS|NZS)\s?[A-Z]?[\d.-]+(?:\s?[A-Z]?[\d.-]+)?|"
                                     r"(?:ISO|ASTM|EN|GB|UL)\s+[A-Z]?-?", surface):
        return False  # "ISO 13485", "ASTM D-4236": a standard
    if label == ORG and src == "model" and _KIND_NOUN_END.search(surface):
        return False  # "Changshu fund leads …": a place's fund, written as a common noun
    if label == PERSON and " " in surface and surface.rsplit(None, 1)[-1].upper() in NON_NAMES:
        return False  # "Yancheng PV (module makers)": a trade's acronym ends no person's name
    if label == ORG and src in ("model", "apposition") and _POST_OF_BEFORE.search(text, max(0, s - 40), s) \
            and _AT_BODY_AFTER.match(text, e):
        return False  # "Vice President of Global Procurement at Brookvale Homewares": a department of the firm after "at"
    if src in ("model", "kind") and _SHIP_BEFORE.search(text, max(0, s - 30), s) or src == "model" and _product_code(surface):
        return False  # "MV Al Noor Pearl": a ship; "Lumen-X1": a product's model
    if label == ORG and src == "model" and " " not in surface and surface[:1].isupper() and surface[1:].islower() \
            and re.search(rf"(?<![\w.@/-]){re.escape(surface.lower())}(?![\w@/-]|\.\w)", text):
        return False  # "Solvent" where the text also writes "a solvent leak": an ordinary word
    if label == ORG and surface.islower() and not (CJK_RE.match(text[s - 1:s] or " ") or CJK_RE.match(text[e:e + 1] or " ")) \
            and not CJK_RE.search(surface):  # lower-case brands occur in Chinese
        # text (vivo, ac米兰); in English a lower-case "name" is an ordinary word
        return False
    return "\n" not in _ZH_WRAP.sub("", surface) if label == ORG else "\n" not in surface


_ZH_WRAP = re.compile(r"(?<=[\u4e00-\u9fff])\n(?=[\u4e00-\u9fff])")  # a line wrapped inside a Chinese name


def _trade_nickname(surface: str, text: str) -> bool:
    """"Pump Capital", "Sock Capital": a trade the article writes as a common noun, then Capital: a town's nickname."""
    words = surface.split()
    return len(words) == 2 and bool(re.search(rf"\b{re.escape(words[0].lower())}s?\b", text))


_NICKNAME_BEFORE = re.compile(r"(?:\bas|known as|called|dubbed|title of|reputation as|hailed as)\s+(?:the\s+)?"
                              r"(?:[\"“']|&quot;)?\s*$")
_STAFF_BYLINE = re.compile(r"(?i)^(?:[\w-]+\s+)+(?:reporter|correspondent|writer|desk|editor|bureau|team|newsroom)s?$")
_QUOTED_NICKNAME_BEFORE = re.compile(r"(?:known as|called|dubbed|title of|reputation as|hailed as)\s+(?:the\s+)?"
                                     r"(?:[\"“]|&quot;)[^\"“”\n]{0,50}$")
_SURNAMED = re.compile(r"\bsurnamed\s+$|\bonly by (?:his|her) surname,?\s+$")
_LEVEL_BEFORE = re.compile(r"\b(?:the\s+)?(?:municipal|county|provincial|city|district|township|town|prefectural)\s+$")
_MONEY_START = re.compile(r"(?:[A-Z]{1,3})?[$€£¥₹₦]\s?\d|(?:RM|Rs\.?|Rp|Sh|KSh|R|Tk|TSh|USh|GH₵|N)\s?\d[\d.,]*(?:bil|mil|bn|mn|m|k|tr)?$")
_INDEX_AHEAD = re.compile(r"\s+(?:[A-Z][\w&-]*\s+){0,2}Ind(?:ex|ices)\b")
_DOC_NUMBER_BEFORE = re.compile(r"\d+\s?/\s?$|\bNo\.\s?\d*\s?$")
_MINISTER_POST = re.compile(r"(?:Minister|Secretary|Ministers?\s+of\s+State)\s+(?:for|of)\s")
_OUTLET_WORD_SET = frozenset(w.lower() for w in words_en.OUTLET_WORDS)
_DATELINE_AHEAD = re.compile(r",?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b")
_CRUMB_KEYS = re.compile(r"\s[›»>]\s")
_CRUMB_LINE = re.compile(r"[^\S\n]*[A-Z][\w&' -]{0,30}?(?:\s[›»>]\s[A-Z][\w&' -]{0,30}?)+[^\S\n]*$", re.M)
# an event after a name ("the Birmingham Spring fair"), or a programme named by its lower-case kind ("the state's
# Foundry Futures fund")
_EVENT_AFTER = re.compile(r"\s(?:trade\s+show|(?:trade\s+)?(?:fair|expo|exhibition|summit|forum|conference|festival)|"
                          r"(?:fund|grant|programme|program|scheme|initiative)(?!\s+(?:manager|managers|said|says)\b))\b")
_NEAR_BEFORE = re.compile(r"\b(?:near|outside|(?:north|south|east|west|north-east|north-west|south-east|south-west|"
                          r"northern|southern|eastern|western|central|upper|lower|rural|coastal))\s$")
_KIND_NOUN_END = re.compile(r"\s(?:fund|funds|group|firm|firms|company|companies|bank|banks|investor|investors|"
                            r"maker|makers|exporter|exporters|co-op|cooperative)$")
_POST_OF_BEFORE = re.compile(r"(?i:president|director|head|manager|officer|chief|vp|svp|evp|lead)\s+of\s+(?:the\s+)?$")
_AT_BODY_AFTER = re.compile(r"\s+(?:at|of)\s+(?:the\s+)?[A-Z]")
_TRAILING_LOWER = re.compile(r"\s(?:are|is|was|were|has|have|had|will|would|said|says)$")
_SHIP_BEFORE = re.compile(r"\b(?:MV|M/V|MS|MT|SS|HMS|RV|(?:container|cargo|cruise)?\s?ship|vessel|freighter|tanker|boxship|"
                          r"bulk carrier|bulker|carrier)"
                          r"\s+[\"“]?(?:[A-Z][\w'-]*\s+){0,3}$")


def _product_code(surface: str) -> bool:
    """"Lumen-X1", "QR-D260", "KT-48V20": one word of letters, a hyphen and a model code."""
    return " " not in surface and bool(re.fullmatch(r"[A-Za-z][A-Za-z]+-(?:[A-Z]{0,3}\d{1,4}[A-Za-z]?|\d+[A-Z]\d+[A-Z]?)",
                                                     surface))  # (and "KT-48V20")


_NUMBERS_AFTER = re.compile(r"(?:\s+[-+(]?\d[\d.,:%/-]*\)?){3,}\s*$", re.M)


def _table_row(text: str, s: int, e: int) -> bool:
    """"Celtic 14 8 3 3 32 15 27", "Tianmu Group 12.50 +0.30 2.4%": the name that opens a row of a results
    or price table is an organization the model saw, whatever its part of speech or last word."""
    line_start = text.rfind("\n", 0, s) + 1
    return not text[line_start:s].strip(" \t.0123456789") and bool(_NUMBERS_AFTER.match(text, e))


def _pinyin_name_word(text: str, word: str) -> bool:
    """"Qiaoxin chairman Meng Qiaosheng": a romanized Chinese word the article never writes in lower case is a
    name, even where it opens a sentence and the tagger reads it as an adjective."""
    return len(word) >= 5 and word[:1].isupper() and is_pinyin_word(word) \
        and re.search(rf"\b{re.escape(word.lower())}\b", text) is None


def _capitalised_inside_sentence(text: str, s: int, surface: str) -> bool:
    """"as Elf strike ends": a capitalised word that does not open a sentence or a headline is a name,
    whatever its part of speech."""
    before = text[:s].rstrip()
    return surface[:1].isupper() and not surface.isupper() and bool(before) and before[-1] not in ".!?:;\"“‘'([-—–*•|\n" \
        and not re.search(r"(?:^|\s)[A-Z][\w'’-]*$", before)  # "Hot Sale Widget": Title Case runs are headlines


_COMPASS = re.compile(r"(?i)^(?:north|south|east|west|northern|southern|eastern|western|central|northeast|northwest|"
                      r"southeast|southwest|us|u\.s\.)\s+(.+)$")
_SEA_REGIONS = {"mediterranean", "red sea", "persian gulf", "black sea", "baltic", "west coast", "east coast", "gulf coast",
                "caribbean", "scandinavia", "nordics", "balkans", "indochina", "oceania", "pacific", "atlantic"}


def _place_or_region(part: str) -> bool:
    """A country, large city or region, with a compass word allowed before it ("North Europe", "US West Coast")."""
    n = normalize(part)
    m = _COMPASS.match(n)
    return n in PLACES_EN or n in _SEA_REGIONS or bool(m) and (m.group(1) in PLACES_EN or m.group(1) in _SEA_REGIONS)


def _not_org_tail(surface: str) -> bool:
    """Ends like a plan, an event or a place ("... Development Plan", "... Industrial Park"), unless it is
    an institution's name ("Administration for Market Regulation")."""
    return bool(NOT_ORG_TAIL.search(surface)) and not _INSTITUTION_IN.search(surface) \
        and not _MEMBERS_FORUM.fullmatch(surface.strip())  # ("the Belitan Smelters Forum": its members' body)


_PLACE_HEAD = re.compile(r"(?:Port|Mount|Mt\.|Lake|Fort|Cape|Gulf|Isle|Lake|Co\.?|County)\s+[A-Z]")  # (Co Clare)
_PLACE_TAIL = re.compile(r"\b(?:City|County|Province|District|Town|Township|Village|Prefecture|Street|Road|River|"
                         r"Island|Port|Bay|Zone|Free Zone|Industrial Park|Park|Estate|Cluster|Valley|Falls|Springs|"
                         r"Heights|Creek|Hills|Beach|Harbou?r|State|Avenue|Boulevard|Highway|Lane|Terrace|Crescent|"
                         r"Parade|Square|Bridge|Drive|Crossing|Junction|Corners)$")


def _inside_longer_quote(text: str, s: int, e: int, label: str = ORG) -> bool:
    """Part of a quoted title ("the “Harbor City Logistics ... Plan”"): a document, not an organization."""
    left = text.rfind("“", max(0, s - 60), s + 1)
    if left < 0:
        return False
    close = text.find("”", left)
    if close <= e + 2 or text.rfind("”", left, s) >= 0 or "\n" in text[left:close] \
            or text.find("“", left + 1, close) >= 0:  # an unclosed quote: “有基于此，…李安“奥斯卡最佳导演”
        return False
    # a title holds no clause marks: a name in quoted speech ("“去年银监会下发…，…”") is kept (a two-character
    # "person" inside a word of a quoted slogan is not: "“西部陆海新通道越跑越顺，…”")
    speech = _CLAUSE_MARK.search(text, left, close) and close - left > 12 \
        or _SAID_AFTER.match(text, close + 1) or text[close - 1:close] in "。！？.!?"
    return not speech or (label == PERSON and len(surface := text[s:e]) <= 2 and CJK_RE.search(surface)
                          and not _name_boundary(text, s, e))


def _name_boundary(text: str, s: int, e: int) -> bool:
    """A two-character name stands between marks or before a speech verb, not inside a longer word."""
    return (s == 0 or not CJK_RE.match(text[s - 1])) or text[e:e + 1] in "，,。、：:" or text[e:e + 2] in ("表示", "认为")


_SAID_AFTER = re.compile(r"\s*[,，]?\s*(?:[\u4e00-\u9fff]{1,4}(?:说|表示|称|指出|认为|介绍|坦言|强调)|"
                         r"(?:he|she|they|it|[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)*)\s+(?:said|says|added|told)|"
                         r"(?:said|says|added|told)\b)")
_CLAUSE_MARK = re.compile(r"[,，。;；:：!！?？\n]")


# ---------------------------------------------------------------- Chinese rules
_ZH_PROPER = {"PER", "ORG", "LOC", "nz", "nw", "j", "nr", "ns", "nt"}
_ZH_NAMEISH = _ZH_PROPER | {"n", "vn", "an"}
_ZH_SUFFIXES = tuple(sorted(words_zh.ORG_SUFFIXES, key=len, reverse=True))
_ZH_SUFFIX_SET = frozenset(_ZH_SUFFIXES)
_ZH_SUFFIX_LENGTHS = sorted({len(x) for x in _ZH_SUFFIXES}, reverse=True)
# The last characters of the suffixes: a word ending otherwise has none (None: some suffix is empty)
_ZH_SUFFIX_LAST = frozenset(x[-1] for x in _ZH_SUFFIXES) if all(_ZH_SUFFIXES) else None
_ZH_WEAK_SUFFIX = {"部", "委", "署", "厅", "中心", "队", "店", "厂", "党", "科技", "电子", "电器", "投资", "能源", "制药",
                   "汽车", "航空", "物流", "制造", "食品", "地产", "基金", "股份", "控股", "证券", "保险", "新能源",
                   "光电", "实业", "服饰", "纺织", "鞋业", "化工", "钢铁", "重工", "置业", "乳业", "茶业", "药业"}
_ZH_LIST_HEAD = re.compile(r"^等(?!方面|领域|地区|国家|城市|省份|行业|产业|环节|内容|问题|措施|因素|手段|渠道|上下游|配套|相关|产业链)(?:\d+[多余]?家|[一二三四五六七八九十两]+[多余]?家|多家|几家|数家|一批|知名|龙头|头部|国内|本地|大型|骨干|重点)*[\u4e00-\u9fff]{0,7}?"
                           r"(?:企业|公司|品牌|鞋企|车企|药企|房企|银行|机构|集团|厂家|厂商|商家|平台|龙头企业|"
                           r"头部企业|知名企业|上市公司|单位|院校|高校|学校|协会|商会|酒店|航空公司|快递公司|业者|同业|同行|厂|跟投|参投|投资机构|机构投资者|"
                           r"供应商|经销商|合作伙伴|客户|采购商|承包商|服务商|基石投资者|战略投资者|投资者|股东|门店|商家|卖场|企(?!图|盼|望))")
_ZH_TITLE_ALT = "|".join(sorted(map(re.escape, words_zh.TITLES + words_zh.HONORIFICS), key=len, reverse=True))
ZH_TITLE_TAIL = re.compile(rf"(?:{_ZH_TITLE_ALT})$")
_ZH_TITLE_INSIDE = re.compile(rf"(?<=[A-Za-z])(?:{_ZH_TITLE_ALT})(?=[A-Z])")
_ZH_TITLE_HEAD = re.compile("^(?:" + "|".join(sorted(map(re.escape, words_zh.TITLES), key=len, reverse=True)) + ")")
_ZH_MODIFIERS = "|".join(words_zh.GENERIC_ORG_MODIFIERS)
_ZH_GENERIC_START = re.compile("^(?:" + "|".join(m for m in words_zh.GENERIC_ORG_MODIFIERS if len(m) >= 2) + ")")
ZH_GENERIC_ORG = re.compile(
    rf"^(?:(?:当地|地方|该|本|我|各级|有关|相关|上级|基层|市|省|县|区|镇|乡|村)?(?:政府|人民政府|党委|有关部门|相关部门|企业|"
    rf"公司|该公司|本公司|集团公司|工厂|新工厂|总部|分公司|子公司|门店|基地|园区|城商行|农商行|股份行|国有大行|大行|"
    rf"街道办事处|街道办|办事处|居委会|村委会|业主委员会|业委会|管委会|物业公司|村民委员会|居民委员会))$|^(?:{_ZH_MODIFIERS})+[\u4e00-\u9fff]{{0,2}}"
    rf"(?:银行|支行|分行|企业|公司|分公司|集团|工厂|机构|协会|商会|大学|医院|学校|平台|中心|合作社|示范社)$|"
    # 三家法国连锁超市, 美国采购商: buyers of a country, no name
    rf"^(?:{'|'.join(words_zh.FOREIGN_COUNTRIES)})(?:{_ZH_MODIFIERS})*[\u4e00-\u9fff]{{0,2}}"
    rf"(?:超市|商超|零售商|采购商|经销商|进口商|客户|买家|车企|厂商|品牌商|连锁店)$")
# A place (or none) and a facility: "嘉兴工厂", "合肥研发中心", "德国总部" name no organization.
ZH_FACILITY = re.compile(r"(?:工厂|新工厂|新厂|新廠|工廠|廠區|总部|研发中心|生产基地|基地|门店|旗舰店|专卖店|体验店|直营店|专营店|加盟店|仓库|园区|工业园|产业园|会展中心|展览中心|"
                         r"博览中心|商城|市场|港|码头|机场|车站|口岸|联运|实验室|(?<!研究|服务|监测|检测|数据|信息|培训|发展|"
                         r"技术|管理|指挥|交易|结算|评估|咨询|孵化|创新|质量|卫生|救助|控制|调度|保障|登记|鉴定|发行|开发|"
                         r"推广|促进|指导|保护|援助|认证|宣传|应急|急救|采购|档案|测试|联络|协调|资助|征信|清算|托管|仲裁|调解|"
                         r"公证|统计|预报|监控|防治|评审|审核|审评|核查|执法|受理|办证|供应|储备|指数|价格|计量)中心)$")
_ZH_BAD_ORG_TAIL = re.compile(r"(?:签署|签约|共建|合作|发布|举办|表示|认为|宣布|推出|成立|建设|投资建设|布局|"
                              r"制造|北部|南部|东部|西部|中部|例行)$")
# …整合为A集团、B集团和C集团三大集团: a count of what was listed, after the last name
_ZH_COUNT_TAIL = re.compile(r"(?:[一二三四五六七八九十两几]|\d{1,2})(?:大|家|个)(?:集团|公司|企业|银行|平台|机构)$")
# Events, documents, groups of people and industries end no organization's name: the span is dropped, not cut.
_ZH_NONORG_TAIL = re.compile(r"(?:竞争力|影响力|品牌力|实力|优势|产业集群|集群|产业带|博览会|展览会|交易会|展销会|洽谈会|推介会|论坛|峰会|年会|研讨会|座谈会|发布会|运动会|大赛|"
                             r"锦标赛|艺术节|文化节|购物节|电影节|规划|计划|方案|意见|通知|办法|条例|规定|指南|纲要|白皮书|"
                             r"报告|协定|公约|项目|工程|团队|小组|班子|人员|[^工商]人|干部|职工|员工|群众|球迷|官兵|当局|(?<!资)本报|"
                             r"餐厅|歌舞厅|游艺厅|录像厅|大厅|音乐厅|展厅|"
                             # documents, products and branches of a village's party
                             r"证书|证件|执照|许可证|合同|发票|凭证|护照|身份证|农产品|产品|商品|用品|制品|党支部|党总支|"
                             # a brand (PeakVolt牌电动车), a loan (5亿港元银团贷款)
                             r"(?<!品)牌|贷款|指数保险|保险产品|通报|"
                             # a commodity's futures (螺纹钢期货), a fair named by its trade (中东电力展)
                             r"(?:螺纹钢|铁矿石?|焦煤|焦炭|动力煤|原油|燃料油|沥青|黄金|白银|沪铜|沪铝|沪锌|沪镍|铜|铝|锌|镍|锡|"
                             r"大豆|豆粕|豆油|菜粕|玉米|棉花|白糖|生猪|鸡蛋|苹果|红枣|橡胶|甲醇|纯碱|玻璃|碳酸锂|工业硅|"
                             r"热卷|线材|乙二醇|PTA|聚丙烯|塑料|尿素)期货|(?<=[\u4e00-\u9fff]{2})(?<![发进拓开施伸扩会])展)$")
# words LAC now and then reads as people's names
_ZH_NOT_PERSON_WORDS = frozenset({"季增", "年增", "月增", "季减", "年减", "月减", "商超", "同比", "环比", "小微",
                                  # 于开|曼群岛注册成立 (a Hong Kong filing's "incorporated in the Cayman Islands")
                                  "於開", "于开"})
# 5亿港元|银团贷款: an amount's currency, then what it is
_ZH_CURRENCY_HEAD = re.compile(r"(?:港元|港币|美元|欧元|人民币|日元|英镑|澳元|新台币|台币|卢布|韩元|泰铢)")
# Words LAC now and then tags as organizations
_ZH_NOT_ORG_WORDS = {"合建", "直航", "联合", "企业品牌", "自主品牌", "区域品牌", "公共品牌", "此外", "另外", "同时", "因此", "然而", "但是", "目前", "其中", "记者", "本报", "央行行长", "下一步",
                     # a kind of firm by its owner's nation or ownership (德企 "German firms"), no name
                     "德企", "外企", "美企", "日企", "韩企", "港企", "台企", "欧企", "央企", "国企", "民企", "私企", "车企", "房企",
                     "药企", "鞋企", "商超", "国家", "红利",
                     # kinds of capital, not investors (注册资本3亿元)
                     "注册资本", "实收资本", "认缴资本", "社会资本", "民间资本", "国有资本", "产业资本", "金融资本", "外来资本",
                     # the nation, the two sides, parties by their role: no organization's name
                     "中华", "华夏", "神州", "两国", "两党", "两岸", "双方", "多党", "国务", "执政党", "在野党", "反对党",
                     "参政党", "爱国者", "自有", "自主", "本土", "国产",
                     # policy words that LAC reads as names before what they qualify (普惠小微贷款, 惠民保险)
                     "普惠", "惠民", "便民", "惠企", "绿色", "数字", "智慧"}
# what ends in 局 and is a state of affairs, no bureau (东亚政局, 全球格局, 香港当局 "the authorities")
_ZH_SITUATION_END = re.compile(r"(?:(?<![财民邮市行家])政局|格局|当局|时局|大局|布局|结局|骗局|棋局|残局|僵局|变局|新局|局势|局面)$")
# a bank's loan product (信易贷, 科创贷, 税易贷): no organization
_ZH_LOAN_PRODUCT = re.compile(r"[\u4e00-\u9fffA-Za-z]{1,4}贷")
# Two countries by their one-character short names (中俄, 美中, 澳葡): a pair of states, no organization
_ZH_COUNTRY_PAIR = re.compile(r"^[中美俄英法德日韩朝印澳葡埃爱巴越泰欧非意荷加墨蒙哈乌土沙以伊叙][中美俄英法德日韩朝印澳葡埃爱巴越泰欧非意荷加墨"
                              r"蒙哈乌土沙以伊叙]")
_ZH_PAIR_RELATIONS = frozenset("合作 关系 贸易 友好 科技 经贸 战略 对话 联合 双边 边防 边境 边防部队 建交 峰会 会谈 联演 "
                               "利差 汇率 贸易战 摩擦 博弈 竞争 谈判 磋商 协定 航线 班列".split())
# 深圳一家制衣厂, 某公司: a company the text does not name
_ZH_UNNAMED = re.compile(r"一家|这家|那家|某家|一所|这所|一座|^某|[\u4e00-\u9fff]某(?:公司|企业|集团|机构|银行|单位)|"
                         r"(?:外地|异地|各地|当地|本地|各类|多家|各家)[\u4e00-\u9fff]{0,3}(?:商会|企业|公司|协会|银行|机构)")
# a kind before the name: 美国飞机制造商|波音公司
_ZH_DESCRIPTOR = re.compile(r"^[\u4e00-\u9fff]{0,8}?(?:制造商|生产商|供应商|运营商|开发商|零售商|服务商|经销商|承包商|"
                            r"巨头|大厂|检测机构|认证机构|评估机构|评级机构|咨询机构)(?![户戶会會业業品务務城场場铺舖标標贸貿厦廈圈超行协協联聯])(?=[\u4e00-\u9fffA-Za-z]{2,})")
_ZH_REGION_UNIT = re.compile(r"(?:亚太|中国|大中华|欧洲|北美|南美|拉美|中东|东南亚|海外|全球|国际)区(?:办公室|总部)?$")
_ZH_MAKER_KIND = re.compile(r"[\u4e00-\u9fff]{2,5}?[厂廠](?!股份)(?=[\u4e00-\u9fff]{2,8}?(?:股份有限公司|有限公司)$)")
_ZH_FUNCTION_POS = {"f", "v", "vd", "a", "ad", "d", "m", "q", "r", "p", "u", "c", "xc", "w", "TIME", "s", "t"}
_ZH_NOT_A_BODY_AHEAD = re.compile(r"间")
_ZH_JOINED_BODY_RE = re.compile(r"[\u4e00-\u9fff]{2,6}(?:与|和|及)[\u4e00-\u9fff]{2,8}?"
                                r"(?:行业协会|协会|商会|联合会|促进会|研究会|委员会|管理局|局|厅)(?![\u4e00-\u9fff]{0,1}(?:会员|成员))")
_ZH_KABUSHIKI = re.compile(r"(?:^|(?<=[，。、；：“”（）()\s与和及同跟向对由]))((?:(?![与和及同跟向对由])[\u4e00-\u9fff]){2,8}?株式会社)")
_ZH_PLACE_BODY_KINDS = ("基金", "实验室", "联盟", "创新中心", "研究院", "研究中心", "孵化器", "产业园管委会")
_ZH_PLACE_BODY_WORD_POS = frozenset({"n", "nz", "a", "an", "vn", "b"})
_ZH_STATUS_WORDS = frozenset({"重点", "国家", "省级", "市级", "县级", "工程", "联合", "新型", "产业", "创新", "研发",
                              "股票", "债券", "货币", "指数", "私募", "公募", "养老", "主权", "投资"})  # ranks and kinds of fund


def _zh_place_named_bodies(toks, text: str) -> list[RawMention]:
    """A place, then plain words for what the body is for, then a fund's, a laboratory's or an alliance's kind
    (某某市储能材料与器件重点实验室, 某某新能源汽车产业投资基金): a body named after its place, which LAC reads
    as words. Verbs only right before the kind (引导基金, 创新联盟); 与/和 only between two words."""
    out = []
    for i, t in enumerate(toks):
        glued = next((k for k in (2, 3) if len(t.text) > k + 1 and t.text[k] in "省市县区"), None) if t.pos == "ORG" else None
        if not (t.pos in ("LOC", "ns") and len(t.text) >= 2 or t.pos == "ORG" and t.text[-1:] in "省市县区"
                and 3 <= len(t.text) <= 4 or glued):  # (LAC calls 某某市 an organization, or 某某市储能 one word)
            continue
        if t.text in _ZH_FOREIGN or _ZH_CONTINENT.match(t.text) or t.text in ("中国", "全国", "国内", "我国", "中方"):
            continue  # 欧洲私募基金, 东南亚主权基金, 中国股票基金: a region's kind of fund, no name
        j, size = i + 1, 0
        while j < len(toks) and toks[j].start == toks[j - 1].end and size <= 14:
            w = toks[j]
            if w.text.endswith(_ZH_PLACE_BODY_KINDS) and (j > i + 1 or glued) and (glued or any(
                    x.text not in _ZH_STATUS_WORDS for x in toks[i + 1:j])) or w.pos == "nz" and j == i + 1 \
                    and w.text.endswith(_ZH_PLACE_BODY_KINDS) and len(w.text) >= 4:
                out.append((t.start, w.end, ORG, "institution"))  # (a named laboratory: no facility)
                break
            nxt_kind = j + 1 < len(toks) and toks[j + 1].text.endswith(_ZH_PLACE_BODY_KINDS)
            if not (w.pos in _ZH_PLACE_BODY_WORD_POS or w.pos == "v" and nxt_kind and len(w.text) == 2
                    or w.text in ("与", "和") and j > i + 1 and toks[j - 1].pos in ("n", "nz", "vn")):
                break
            size += len(w.text)
            j += 1
    return out


_ZH_TITLE_NAME_RE = re.compile("(?:" + "|".join(sorted(map(re.escape, words_zh.TITLES), key=len, reverse=True)) + ")(["
                               + "".join(sorted(ZH_SURNAME_CHARS)) + "][\u4e00-\u9fff]{1,2}?)"
                               "(?=在|表示|说|指出|认为|介绍|透露|坦言|强调|称|告诉|预计|：|，|。|日前|近日|此前|也|则)")
_ZH_INDUSTRY_LIST_AFTER = re.compile(r"(?:[、和及与][\u4e00-\u9fff]{2,8}){0,6}等(?:[\u4e00-\u9fff]{0,4}?)"
                                     r"(?:产业集群|产业带|产业|行业|集群|板块|领域)")


def _join_dotted(text: str, found: list[RawMention]) -> list[RawMention]:
    """拉杰什|·|库马尔: two names joined by a middle dot are one person's (two outlets, 工商日报·华东商网, stay two)."""
    out: list[RawMention] = []
    for m in sorted(found):
        if out and out[-1][2] == m[2] == PERSON and text[out[-1][1]:m[0]] in ("·", "・", "•"):
            out[-1] = (out[-1][0], m[1], m[2], out[-1][3])
        else:
            out.append(m)
    return out


def _zh_cut_at_break(text: str, m: RawMention, breaks) -> RawMention:
    """瑞安汽配集群抱团出海 瑞安汽配协会：…: an organization read across the space between two parts of a headline
    starts after the space, where the part after it is a named body of its own."""
    s, e, label, src = m
    if label != ORG:
        return m
    for k in sorted(breaks):
        if s + 2 <= k <= e - 3 and (_zh_suffix_of(text[k:e]) and s + 4 <= k or re.search(r"[\d元%亿万]$", text[s:k])) \
                and (CJK_RE.match(text[k - 1:k] or " ") or text[k - 1:k] in "元%"):
            return (k, e, label, src)
    return m


_ZH_ROUND_CUE = re.compile(r"领投|跟投|参投|融资")
_ZH_INVESTOR_RE = re.compile(r"(?:(?:^|[、，和及与])(?:由|获)?|由|获)(?:老股东|新股东|现有股东|股东|机构)?((?:(?!由|获)[\u4e00-\u9fff]){2,6}?(?:资本|创投|基金|资管|创业投资|(?<!谈到|扩大|加大|增加|吸引|招商|实际|固定|对外|项目|产业)(?<!总)投资(?=继续|追加|领投|跟投|参投)))"
                             r"(?=[、，和及与]|(?:共同|联合|继续)?(?:超额)?(?:领投|跟投|参投|加码|追加|加注))")
# 据第三方机构茶饮观察社统计: a data firm named after what it is
_ZH_DATA_FIRM_RE = re.compile(r"据(?:第三方)?(?:研究|咨询|数据|调研|市场研究)?(?:机构|公司|平台)([\u4e00-\u9fffA-Za-z]{2,10}?)"
                              r"(?:的)?(?:统计|数据|监测|调研|调查|发布)")
_ZH_HEAD_TITLES = {"局长", "厅长", "部长", "会长", "院长", "校长", "社长", "行长", "所长", "站长", "处长", "科长", "委主任"}
_ZH_BROKER_SECTOR = re.compile(r"([\u4e00-\u9fff]{2,8}?(?:证券|研究院|研究所|基金|资管|期货|资本))([\u4e00-\u9fff]{2,9})")
# suffixes that only a body's name ends with (a transliterated "person" ending so is a bank, a group)
_ZH_NAMED_BODY_SUFFIXES = tuple(sorted({"银行", "集团", "公司", "有限公司", "股份有限公司", "协会", "商会", "基金会", "证券",
                                        "控股", "大学", "研究院", "研究所", "委员会", "评级"}, key=len, reverse=True))
_ZH_VENUE_END = re.compile(r"(?:国际)?(?:博览中心|会展中心|展览中心|会议中心|体育中心|体育馆|展览馆|博物馆|大剧院)$|"
                           r"(?:研发|制造|生产|物流|运营|服务|创新|销售|结算|数据|培训|展示|体验|检测|分拨|配送|仓储|康养){1,3}中心$|银行间.*$")
_LATIN_CAPITAL = re.compile(r"[A-ZÀ-ÖØ-Þ]")


def _latin_start(text: str, s: int, e: int) -> int | None:
    """Where the Latin name of a span found in Chinese text starts: after its last Chinese character or
    digit-and-character run (3亿欧元收购…物流商|Maas Harbour Logistics); None when no capital follows."""
    cut = max((i + 1 for i in range(s, e) if CJK_RE.match(text[i])), default=s)
    m = _LATIN_CAPITAL.search(text, cut, e)
    if m and text.startswith("About ", m.start()) and e - m.start() > 8:
        m = _LATIN_CAPITAL.search(text, m.start() + 6, e)  # 关于卡尔斯伯格 About Karlsberg AG: a heading
    return m.start() if m and not re.search(r"[a-z0-9]", text[cut:m.start()]) else None


_ZH_LATIN_THEN_GONGSI = re.compile(r"(?<![A-Za-z0-9&.-])([A-Z][A-Za-z0-9&.'’-]*(?: [A-Z][A-Za-z0-9&.'’-]*){0,3})\s?公司"
                                   r"(?![\u4e00-\u9fff]{0,2}(?:旗下|子公司))")


def _zh_venue(text: str, s: int, e: int) -> bool:
    """The word runs into a venue's or a unit's name with no organization's name before it: 青岛国际|博览中心,
    亚太研发|中心 (华为|研发中心 is a company, then its unit)."""
    for k in range(5):
        m = _ZH_VENUE_END.search(text, s, min(len(text), e + k))
        if m and m.start() < e and _zh_suffix_of(text[s:m.start()]) is None:
            return True
    return False


_ZH_INVESTOR_SUFFIXES = {"资本", "创投", "基金", "控股", "证券", "期货"}
_ZH_COMPANY_SUFFIXES = {"公司", "有限公司", "股份有限公司", "有限责任公司", "集团", "集团公司", "基金", "控股", "股份", "资本"}
_ZH_ROLE_NOUNS = {"平台", "投资平台", "子公司", "孙公司", "机构", "股东", "投资方", "合作方", "平台公司"}
_ZH_STOP_WORDS = {"电", "讯", "据", "在", "由", "对", "向", "将", "与", "同", "跟", "是"}
_ZH_STOP_TEXT = {"，", "、", "。", "：", "；", "（", "）", "“", "”", "《", "》", "和", "与", "及", "的"}
_LATIN_RUN = re.compile(r"[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ɏ'’.-]*(?:[ \u00a0][A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ɏ'’.-]*){1,3}")
_ZH_MEDIA_RE = re.compile(r"(?:日报|晚报|晨报|商报|时报|周报|报|周刊|杂志|电视台|广播电台|新闻网|网|在线|快讯|观察|财讯|资讯|财经|"
                          r"新闻|传媒|视点|头条|融媒体中心|融媒体|新闻中心)$")


def _last_chars(pattern: re.Pattern) -> frozenset[str] | None:
    """The characters a match of ``(?:word|word|...)$`` can end a text with ($ also matches before a final
    newline); None for any other kind of pattern."""
    if not re.fullmatch(r"\(\?:[^\\\[\](){}.*+?|^$]+(?:\|[^\\\[\](){}.*+?|^$]+)*\)\$", pattern.pattern):
        return None
    return frozenset(w[-1] for w in pattern.pattern[3:-2].split("|")) | {"\n"}


_ZH_MEDIA_LAST = _last_chars(_ZH_MEDIA_RE)
_ZH_MEDIA_CONTEXT_BEFORE = re.compile(r"(?:据|来源[:：]?|来自|（|\(|【|转自|本文转自|\d{1,2}:\d{2}(?::\d{2})?)\s*$")
_ZH_MEDIA_CONTEXT_AFTER = re.compile(r"^\s*(?:讯|报道|消息|记者|获悉|了解到|）|\)|】|发布|刊文|援引|称|$|统计|数据显示|监测|调查显示|"
                                     r"(?:\d{4}年)?\d{1,2}月\d{1,2}日\s*$|\d{4}-\d{1,2}-\d{1,2}|"
                                     r"[\u4e00-\u9fff]{0,4}\d{1,2}月\d{1,2}日[电讯])")
_ZH_DATELINE_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}\d{1,2}月\d{1,2}日[电讯]")
# A reporter's credit: （记者 林晓舟）. LAC often reads a name there as a place.
_ZH_SPACED_TITLED = re.compile(rf"(?:{'|'.join(sorted(map(re.escape, words_zh.TITLES), key=len, reverse=True))})"
                               r"[ \u3000]?([\u4e00-\u9fff](?:[ \u3000][\u4e00-\u9fff]){1,2}|[\u4e00-\u9fff][ \u3000]"
                               r"[\u4e00-\u9fff]{2})(?=[ \u3000，,。、：:；（(]|$|在|表示|介绍|认为|指出|告诉|坦言|透露|强调|对|也|则|还|向)"
                               r"(?![ \u3000][\u4e00-\u9fff](?:[ \u3000，,。]|$))")
# （新华社记者 王鹏 摄）: the photographer's credit 摄 ("photo") is no part of the name
ZH_REPORTER_RE = re.compile(r"(?:记者|通讯员|实习生|见习记者|特约记者|摄影记者|作者[:：])[:：]?\s*([\u4e00-\u9fff]{2,3}?)\s?(?:摄|报道)?"
                            # (记者钱予澄通讯员管仲坤: the spaces between credits gone in cleaning)
                            r"(?=[）)\]】\s、，,。]|$|(?:通讯员|实习生|见习记者|特约记者|摄影记者|记者)[\u4e00-\u9fff]{2,3}[）)\s])")
_EN_TITLES_ZH = "CEO|CFO|COO|CTO|President|Chairman|Chairwoman|Director|Manager|Founder"
# A Latin name after a title in Chinese text: 首席执行官 Thomas Kessel, 总裁 Peter Lowe.
ZH_TITLED_LATIN_RE = re.compile(
    rf"(?:{_ZH_TITLE_ALT}|{_EN_TITLES_ZH})(?:[（(][A-Za-z ,&.'-]{{2,40}}[）)])?\s*([A-ZÀ-ÖØ-Þ][a-zß-öø-ɏ]+(?:[ \u00a0](?:(?:van|von|de|der|den|da|di|du|le|la)[ \u00a0])?"
    rf"[A-ZÀ-ÖØ-Þ][a-zß-öø-ɏ]+(?:-[A-Za-zÀ-ÖØ-Þ][a-zß-öø-ɏ]+)?){{1,2}})(?![A-Za-zÀ-ÖØ-öø-ɏ-])")  # (首席执行官Joost van Dijken, Omar Al-Kaabi, Jeong Hae-rin)
# A kind of company, then its Latin name: 北欧航运公司Vestkyst Lines, 日本电子巨头Kashiwa Denki
ZH_KIND_LATIN_RE = re.compile(
    r"(?P<kind>(?:公司|企业|企業|集团|集團|品牌|厂商|廠商|制造商|製造商|生产商|生產商|供应商|供應商|运营商|運營商|开发商|開發商|"
    r"地产商|地產商|发展商|發展商|零售商|服务商|服務商|经销商|經銷商|货代|貨代|银行|銀行|机构|機構|巨头|巨頭|车企|車企|药企|藥企|"
    r"酒店|航司|船东|船東|货运商|物流商|咨询公司|律所|代理|代理商|平台|电商平台|電商平台|[\u4e00-\u9fff]{1,3}设备商|"
    r"[\u4e00-\u9fff]{1,3}材料商|贸易商|进口商|出口商|渠道商|品牌商|芯片商|零部件商|媒体|通讯社|私募基金|投行|连锁店|连锁超市|零售连锁|超市|德企|美企|日企|韩企|外企|欧企|港企|台企|"
    r"[\u4e00-\u9fff]{1,3}(?:烘焙|贸易|零售|批发|分销)商|"
    r"资管公司|研究机构|咨询机构|评级机构|律师事务所|会计师事务所))[ \u00a0]?"
    r"(?P<name>[A-Z][A-Za-z0-9&'’.-]*(?:[ \u00a0](?:&[ \u00a0])?[A-Z][A-Za-z0-9&'’.-]*){0,3})(?![A-Za-z0-9&])")
# 青溪县在沪商会: the chamber of a county's business people in another city
_ZH_AWAY_CHAMBER = re.compile(r"((?:[\u4e00-\u9fff]{2,4}(?:省|市|县|区)|[\u4e00-\u9fff]{2})在[\u4e00-\u9fff]{1,2}(?:商会|同乡会))")
# (a university's or academy's 研究所 is named in full, 青屿学院金融研究所; a 研究院's is its division)
_ZH_UNIT_TAIL = re.compile(r"(?:(?<=集团|公司|银行|大学|协会|商会|医院|学院|证券|控股|股份|基金)|(?<=研究院))"
                           r"[\u4e00-\u9fff]{1,8}(?:部|处|科|室|中心|办公室|事业部|分部|团队|小组|学系|系)$|"
                           r"(?<=(?<!科学)研究院)[\u4e00-\u9fff]{1,8}研究所$")
_ZH_SOURCE_PREFIX = re.compile(r"^[\u4e00-\u9fff]{2,8}?(?:消息|网讯|报讯|讯)\s*(?=[\u4e00-\u9fff])")
# one body acting with the next: 联合 (not 联合会/联合国), 会同, 携手
_ZH_ACTING = r"会同|联合(?!会|体|社|国(?!家))|携手"
_ZH_LEADING_JUNK = re.compile(r"^(?:本报讯|本报|本刊讯|讯|电|据|记者|通讯员|向|在|对|从|由|被|把|给|[文图]\s?/\s?|"
                              # a time the sentence opens with (下一步|市商务局将…, 假期|湖北酒店预订量)
                              r"下一步|下一阶段|接下来|今年|明年|去年|目前|当前|近日|日前|假期|节日期间|"
                              # one body acting with the next (协会正在联合|县市场监管局制定…)
                              + _ZH_ACTING + r"|"
                              # a party's role in a deal before its name: 承运方|云岭物流有限公司
                              r"承运方|主办方|承办方|协办方|合作方|投资方|运营方|供货方|供应方|收购方|出让方|受让方|委托方|"
                              r"中标方|建设方|施工方|甲方|乙方|卖方|买方|资方|[\u4e00-\u9fff]{2,8}旗下)")
_ZH_COMPANY_PREFIX = re.compile(r"^(?:德企|美企|日企|韩企|外企|民企|国企|央企|港企|台企|车企|房企|药企|鞋企|新势力|"
                                r"日商|美商|德商|韩商|法商|英商|台商|港商|外商|"
                                # 养殖企业|源茂牧业股份有限公司: the kind word LAC runs into the name
                                r"企业(?!家|联合会|协会|管理|服务|发展|信用|征信))")


_ZH_EVENT_AHEAD = re.compile(r"[\u4e00-\u9fff]{0,4}(?:博览会|展览会|交易会|洽谈会|展销会|论坛|峰会|年会|大赛|锦标赛|联赛|"
                             r"艺术节|文化节|购物节|电影节)")


# 恒润证券|家电行业首席分析师: the trade an analyst covers, then the title
_ZH_ANALYST_AHEAD = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:首席|高级|资深)?(?:分析师|研究员|经济学家|策略师)")
# Trade suffixes that only firms end in (恒润证券|家电行业: the firm, then the trade its analyst covers)
_ZH_STRONG_TRADE = ("证券", "基金", "保险", "控股", "股份", "投资", "实业")


def _zh_strong_prefix(surface: str) -> int | None:
    """The end of the longest head of `surface` that ends in an organization suffix other than a trade word."""
    for k in range(len(surface) - 1, 2, -1):
        suf = _zh_suffix_of(surface[:k])
        if suf and (suf not in _ZH_TRADE_SUFFIX or suf in _ZH_STRONG_TRADE) \
                and len(suf) >= 2:
            return k
    return None


@functools.lru_cache(maxsize=1 << 16)  # pure; asked for every word
def _zh_suffix_of(text: str) -> str | None:
    if not text.endswith(_ZH_SUFFIXES):  # one C-level check before the search
        return None
    # the longest suffix the text ends with (as the first of _ZH_SUFFIXES, longest first, that it ends with)
    return next((text[-n:] for n in _ZH_SUFFIX_LENGTHS if n <= len(text) and text[-n:] in _ZH_SUFFIX_SET), None)


def zh_spaced_names(text: str, breaks) -> list[RawMention]:
    """镇党委书记 农 立新: a name the raw text writes with spaces after a title (cleaning took them out,
    ``breaks`` says where they were), which LAC reads as a verb or noun: a PERSON."""
    if not breaks or not _on("title"):
        return []
    cut = set(breaks)
    spaced, where = [], []
    for k, ch in enumerate(text):
        if k in cut:
            spaced.append(" ")
            where.append(k)
        spaced.append(ch)
        where.append(k)
    where.append(len(text))
    out = []
    for m in _ZH_SPACED_TITLED.finditer("".join(spaced)):
        if m.group(1)[0] in ZH_SURNAME_CHARS:
            out.append((where[m.start(1)], where[m.end(1) - 1] + 1, PERSON, "title"))
    return out


def zh_mentions(p: Parse, breaks=()) -> list[RawMention]:
    """Chinese PERSON/ORG mentions (and PLACE votes) of one parsed unit, in its offsets."""
    read = to_simplified(p.text)
    if read != p.text:  # Hong Kong / Taiwan text: the rules and word lists read it in simplified characters, and
        # the mentions' offsets (the same) take their surfaces from the text as written
        p = replace(p, text=read, tokens=[replace(t, text=read[t.start:t.end], lemma=read[t.start:t.end])
                                          for t in p.tokens])
    toks = p.tokens
    text = p.text
    latin = _TWO_LATIN_LETTERS.search(text) is not None  # (rules for Latin names skip a unit without any)
    model: list[RawMention] = []
    places: list[RawMention] = []
    starts = {t.start: t for t in toks}
    for s, e, label in p.ents:  # LAC's PER/ORG/LOC words, or an hf: model's spans
        body = next((x for x in _ZH_NAMED_BODY_SUFFIXES if text.endswith(x, s, e)), None) if label == PERSON else None
        if body and CJK_RE.search(text[s:e]) and e - s > len(body) + 1:
            label = ORG  # 阿什库姆莱尔银行: a transliterated name that ends in 银行 is a bank, no person
        if text[e:e + 1] == "@":
            continue  # service@…: a mailbox
        if label == PERSON and _ZH_REGION_UNIT.search(text, s, e):
            continue  # 霍夫曼特亚太区(总裁): a firm's region, no person
        if label == PERSON and to_simplified(text[s:e]) in _ZH_PLACES:
            places.append((s, e, PLACE, "model"))  # 杜拜 (Dubai, as Taiwan writes it): a city
            continue
        if label == PERSON:
            model.extend(_zh_person(text, s, e))
        elif label == ORG and not CJK_RE.search(text[s:e]) and re.fullmatch(r"[A-Za-z][A-Za-z0-9&.\-]+", text[s:e]) \
                and not re.search(r"-(?:based|owned|listed|funded|backed)$", text[s:e]) \
                and text[s:e].upper() not in NON_NAMES and _on("latin_org"):
            model.append((s, e, ORG, "model"))  # FIFA, Capcom in Chinese text
        elif label == ORG and text[s:e] in _ZH_PLACES:
            places.append((s, e, PLACE, "model"))  # 在慕尼黑设立办事处: a city, not an organization
        elif label == ORG and CJK_RE.search(text[s:e]):
            m = _ZH_LEADING_JUNK.match(text, s)
            if m and m.end() >= e:
                continue  # 承运|方…有限公司: a party's role word (LAC cut it inside), no name
            m = _ZH_SOURCE_PREFIX.match(text, s, e)
            cue = 2 if m and m.group().rstrip().endswith("消息") else 1
            if m and _ZH_MEDIA_RE.search(m.group().rstrip()[:-cue]) and e - s - m.end() >= 3:
                model.append((s, s + len(m.group().rstrip()) - cue, ORG, "media"))  # 钱江财经|消息
            if _ZH_NONORG_TAIL.search(text[s:e]) or text[s:e] in _ZH_NOT_ORG_WORDS or _ZH_CURRENCY_HEAD.match(text, s) \
                    or _ZH_TITLE_INSIDE.search(text, s, e) \
                    or _ZH_LOAN_PRODUCT.fullmatch(text[s:e]) or ZH_TITLE_TAIL.fullmatch(text[s:e]) \
                    or re.fullmatch(r"[一二三四五六七八九十两几\d]+[大家个]", text[s:e]) \
                    or _ZH_SITUATION_END.search(text[s:e]):  # 国务卿: a title; 东亚政局: a situation
                continue  # 中国国际进口博览会, 十四五规划, 巴西高管团队, 印第安人: no organization
            if _ZH_NOT_A_BODY_AHEAD.match(text, e) and text[s:e].endswith("银行") or _zh_venue(text, s, e):
                continue  # 银行|间市场: interbank; 青岛国际博览中心, 亚太研发中心: a venue or a unit, no name
            sector = _ZH_BROKER_SECTOR.fullmatch(text[s:e])
            if sector and sector.group(2) in ("研究所", "研究院"):
                sector = None  # 华川证券研究所: the broker's research institute, named in full
            if sector and (sector.group(2).endswith("行业") or _ZH_ANALYST_AHEAD.match(text, e)
                           or re.match(r"行业|首席|分析师|研究员|团队", text[e:e + 3])):
                e = s + len(sector.group(1))  # 东川证券|交通运输(行业首席分析师): the broker, then the sector covered
            if text[s:e].endswith("银行业") and e - s > 5:
                e -= 3  # 华澄证券|银行业首席分析师: the broker, then the sector its analyst covers
            elif text[s:e].endswith("银行") and text[e:e + 1] == "业" and e - s > 4:
                e -= 2
            if text[e:e + 1] == "资" and text[e - 1:e] in "中美英法德日韩港台欧外内":
                continue  # 平湖德|资企业: a place, then "German-funded"
            if e - s > 3 and text[e - 2] == text[e - 1] and text[e - 1:e + 1] in _ZH_HEAD_TITLES:
                e -= 1  # 文化和旅游局局|长: the bureau, then its head's title
            if text[s:e].endswith("行业") or text[s:e].endswith("行") and text[e:e + 1] == "业":
                continue  # 新能源汽车行业: an industry
            if re.search(r"[报社网台刊]讯$", text[s:e]):
                e -= 1  # 楚江商报讯: the paper, then the word that opens its story
            s, e = _zh_trim_org(text, s, e)
            e = _zh_extend_branch(text, s, e)
            nxt = starts.get(e)
            if _zh_suffix_of(text[s:e]) in _ZH_TRADE_SUFFIX and nxt is not None and _zh_modifies(nxt) \
                    and _on("modifier"):
                cut = e - s if _zh_suffix_of(text[s:e]) in _ZH_STRONG_TRADE and _ZH_ANALYST_AHEAD.match(text, e) \
                    else _zh_strong_prefix(text[s:e])
                if cut is None:
                    continue  # 智能家居|控制器, 中欧贸易|领域: describes the next noun
                e = s + cut  # 华源证券|电子行业: the firm, then the trade its analyst covers
            if _ZH_EVENT_AHEAD.match(text, e):
                continue  # 中国柯桥国际纺织品面|辅料博览会: part of an event's name
            if e - s <= 4 and _zh_suffix_of(text[s:e]) is None and CJK_RE.match(text[e:e + 1] or " ") \
                    and any(text[s:e].startswith(w) and 0 < e - s - len(w) <= 1 for w in words_zh.INDUSTRY_WORDS):
                continue  # 冷链集|拼中心: an industry word and a character cut from the next word
            if _ZH_GENERIC_START.match(text[s:e]) and _zh_suffix_of(text[s:e]) in (None, *_ZH_WEAK_SUFFIX):
                continue  # 外资高端装备
            if e > s:
                model.append((s, e, ORG, "model"))
        elif label in ("LOC", "GPE") and CJK_RE.search(text[s:e]):
            places.append((s, e, PLACE, "model"))
    model = _zh_split_pairs(_zh_join_units(_zh_join_remits(model, text), text), text)
    # a span that runs over a colon or a quote mark is a piece of a sentence (Brandt在接受采访时用英语说：“We)
    model = [m for m in model if not (m[2] == ORG and re.search(r"[：“”「」]", text[m[0]:m[1]]))]
    place_words = frozenset(text[a:b] for a, b, _l, _s in places)
    for k, (s, e, label, src) in enumerate(model):  # 在匈牙利|德布勒森建设: a city after its country is a place
        if label == PERSON and CJK_RE.search(text[s:e]) and (_ZH_IN_COUNTRY.search(text, max(0, s - 8), s)
                                                             and _ZH_PLACE_AFTER.match(text, e)
                                                             or _ZH_LOCATED_IN.search(text, max(0, s - 12), s)
                                                             or _zh_place_by_form(text, s, e, place_words)):
            # (在美国特朗普政府…: a person; 总部位于德国埃尔兰根: where a thing is, a place)
            places.append((s, e, PLACE, "model"))
            model[k] = (s, e, PLACE, src)
    model = [m for m in model if m[2] != PLACE]
    rules: list[RawMention] = []
    if _on("alias"):
        ends = [m[1] for m in model if m[2] == ORG]
        for m in ZH_ALIAS_RE.finditer(text):
            if any(m.start() - 2 <= e <= m.start() for e in ends) or _zh_suffix_of(text[max(0, m.start() - 8):m.start()]) \
                    or m.group("cn") and re.search(r"[A-Z][\w&.-]+$", text[:m.start()]):  # Shopvella（中文名“晓铎”）
                rules.append((*m.span(2), ORG, "alias"))
    if _on("suffix"):
        rules += _zh_suffix_rule(toks, text)
        for t in toks:  # 常州市钢架与仓储设备行业协会, 岚溪县文化和旅游局: a place, two trades joined, a body's kind
            if t.text[-1:] in "省市县区" and len(t.text) >= 3 and (t.pos in ("LOC", "ns", "ORG") or _zh_all_places(t.text)):
                place_end = t.end
            elif t.pos == "ORG" and (k := next((k for k in range(2, min(len(t.text) - 1, 7))
                                                if t.text[k] in "省市县区" and _zh_all_places(t.text[:k + 1])), None)):
                place_end = t.start + k + 1  # (LAC read 常州市钢架 as one word)
            else:
                continue
            m = _ZH_JOINED_BODY_RE.match(text, place_end)
            if m:
                rules.append((t.start, m.end(), ORG, "suffix"))
    if _on("suffix"):  # 丸越精工株式会社: a Japanese company's name, which LAC cuts into words
        rules += [(*m.span(1), ORG, "suffix") for m in _ZH_KABUSHIKI.finditer(text)]
    if _on("suffix"):  # 某某市新兴产业引导基金, 某某市储能材料与器件重点实验室: a place, what the body is for, its kind
        rules += _zh_place_named_bodies(toks, text)
    if _on("suffix"):  # 青溪县在沪商会: the chamber of a county's business people in another city
        rules += [(*m.span(1), ORG, "suffix") for m in _ZH_AWAY_CHAMBER.finditer(text)]
    if _on("media"):
        rules += _zh_media_rule(toks, text)
        rules += [(t.start, t.end, ORG, "media") for t, nxt in zip(toks, toks[1:])  # 某某网发布的数据显示: a site
                  if t.pos == "nz" and t.text[-1:] == "网" and 3 <= len(t.text) <= 5 and nxt.start == t.end
                  and nxt.text in ("发布", "公布", "显示", "统计", "数据", "报道", "监测", "调查")]
    if _on("alias"):  # PulseRidge Fitness（中文名“脉峰健身”）: a Latin name the article gives its Chinese name for
        for m in _LATIN_WITH_ZH_NAME.finditer(text) if latin and ("（" in text or "(" in text) else ():
            zh = m.group(2)
            person = len(zh) <= 3 and (zh[0] in ZH_SURNAME_CHARS or zh[:2] in DOUBLE_SURNAMES)
            rules.append((*m.span(1), PERSON if person else ORG, "alias"))
    if _on("title"):  # "chairman 严海波 told …": an English title, then a name in characters
        rules += [(*m.span(1), PERSON, "title") for m in (_EN_TITLE_THEN_CJK.finditer(text) if latin else ())
                  if m.group(1)[0] in ZH_SURNAME_CHARS or m.group(1)[:2] in DOUBLE_SURNAMES]
    if _on("list"):
        rules += _zh_split_pairs(_zh_list_rule(toks, text), text, _ZH_ACTS_WITH)
        for m in _ZH_COUNTRY_LATIN.finditer(text) if _ZH_LATIN_CAPS.search(text) else ():
            name = m.group(2)  # 美国Harrowby签下…订单: a firm named after its country
            if to_simplified(m.group(1)) in _ZH_FOREIGN_SET and name.upper() not in NON_NAMES and not name.isupper() \
                    and not any(c.isdigit() for c in name):
                rules.append((*m.span(2), ORG, "kind"))
        listed = [(m.start(), m.group(0)) for m in (_ZH_LATIN_LIST.finditer(text) if _ZH_LATIN_CAPS.search(text) else ())
                  if _ZH_LIST_HEAD.match(text, m.end()) or _ZH_LATIN_LIST_PROJECTS.match(text, m.end())]
        listed += [(m.start(1), m.group(1)) for m in (_ZH_LATIN_LIST_NAMED.finditer(text) if _ZH_LATIN_CAPS.search(text)
                                                      else ())]
        for at, names in listed:  # 引进Bramwerk Robotik、Tamura Seiki等外资项目
            for item in _LATIN_NAME_ASCII.finditer(names):
                if item.group(0).split()[0].upper() not in NON_NAMES:
                    rules.append((at + item.start(), at + item.end(), ORG, "list"))
        for m in _ZH_COUNTRY_LATIN_LISTED.finditer(text) if _ZH_LATIN_CAPS.search(text) else ():
            name = m.group(2)  # 荷兰Brouwerskade Nutrition、泰国Siam Feeds以及…: a firm named by its country, in a list
            deng = text.find("等", m.end(), m.end() + 80)  # (the list's head calls them firms: 等企业, not 等国际展会)
            if to_simplified(m.group(1)) in _ZH_FOREIGN_SET and name.split()[0].upper() not in NON_NAMES \
                    and not name.isupper() and deng >= 0 and _ZH_LIST_HEAD.match(text[deng:deng + 20]) \
                    and not re.search(r"[。！？]", text[m.end():deng]):
                rules.append((*m.span(2), ORG, "list"))
    if _on("alias"):
        rules += _zh_latin_bracket_company(toks, text)
    if _on("latin"):
        masked = None  # (a Chinese character after a Latin name ends its last word; made when first needed)
        for rx in (COMPANY_RE, LEGAL_FORM_RE, INSTITUTION_RE):  # Silver Durian Agro Sdn Bhd, Brenz Hydraulik GmbH
            for m in rx.finditer(text):
                s0 = _latin_start(text, m.start(), m.end())  # (与德国|Kessler ...: the Latin name only)
                if s0 is not None:  # (Tidewell Capital|Partners参投: the name runs on over more heads)
                    if rx is COMPANY_RE and masked is None:
                        masked = CJK_RE.sub(" ", text)
                    e0 = _more_heads(masked, m.end()) if rx is COMPANY_RE else m.end()
                    if not re.fullmatch(r"[ A-Za-z0-9&.,'’-]*", text[m.end():e0]):
                        e0 = m.end()  # (not over a line's end, a wide space or Chinese words)
                    rules.append((*_trim(text, s0, e0), ORG, "latin"))
        for m in _ZH_LATIN_THEN_GONGSI.finditer(text):  # EuroLine Trading公司: the Latin name
            if m.group(1).split()[0].upper() not in NON_NAMES:
                rules.append((*m.span(1), ORG, "latin"))
        model = _zh_latin_persons(text, toks, model)
        for m in _ZH_FIRMS_LATIN_PERSON.finditer(text) if "的" in text else ():
            last = m.group(1).split()[-1].lower()  # 来自波兰某某公司的Tomasz Wierciak: the firm's person
            if last not in _PERSON_IS_ORG_HEADS and last not in _ORG_KIND_WORDS \
                    and m.group(1).split()[0].upper() not in NON_NAMES:
                rules.append((*m.span(1), PERSON, "latin"))
        for m in ZH_TITLED_LATIN_RE.finditer(text):
            last = m.group(1).split()[-1].lower()
            if last in _PERSON_IS_ORG_HEADS or last in _ORG_KIND_WORDS:
                rules.append((*m.span(1), ORG, "latin"))  # 该产品的发起人Sablecove Fund Advisors: a firm
            else:
                rules.append((*m.span(1), PERSON, "title"))
    if _on("media"):  # 据Bloomberg报道: a Latin news source; 据行旅网统计 (LAC reads 据行旅网 as one word)
        for m in ZH_LATIN_MEDIA_RE.finditer(text):
            if m.group(1).split()[0].upper() not in NON_NAMES:
                rules.append((*m.span(1), ORG, "media"))
        for m in ZH_ACCOUNT_RE.finditer(text):
            g = next(i for i in range(1, 7) if m.group(i))
            a, b = m.span(g)
            a = max([k for k in breaks if a < k < b], default=a)  # 原创 许 平 港航观察家: the spaced name before it
            if b - a >= (3 if g == 5 else 4) and not _zh_all_places(text[a:b]) and not _zh_generic(text[a:b], "media") \
                    and not ("·" in text[a:b] and text[b - 1] == "网") \
                    and not re.search(r"在?接受", text[a:b]):
                # (农经日报·中国农讯网: two outlets, found apart; 某某董事长某某在接受本网|记者采访时说: a source, no outlet)
                rules.append((a, b, ORG, "media"))
        for m in ZH_JU_MEDIA_RE.finditer(text):
            if not _zh_all_places(m.group(1)[:-1]) and m.group(1)[:2] not in ("该网", "本网", "本报", "该报"):
                rules.append((*m.span(1), ORG, "media"))
        # 来源：钱塘创投圈　2025-12-09: the outlet on a header's source field, whatever its name ends with;
        # 蜀川财经讯（记者 …）: a dateline's outlet
        for m in _ZH_SOURCE_FIELD_RE.finditer(text) if "源" in text or "讯" in text else ():
            g = 1 if m.group(1) else 2
            name = m.group(g)
            cut = _ZH_OUTLET_THEN_CITY.search(name)
            if cut:  # 湘楚日报|宜春讯: the outlet, then the city it reports from
                name = name[:cut.end()]
            if len(name) >= 3 and not _zh_all_places(name) and not _zh_generic(name, "media") \
                    and name not in _ZH_NOT_OUTLETS:
                rules.append((m.start(g), m.start(g) + len(name), ORG, "media"))
    if _on("kind"):  # 在抖音、快手开设直播间, TikTok Shop: a platform named as the company it is
        rules += [(*m.span(), ORG, "platform") for m in PLATFORM_ZH_RE.finditer(text)]
        rules += [(*m.span(), ORG, "platform") for m in PLATFORM_EN_RE.finditer(text)]
    if _on("kind"):  # 由远帆资本领投，禾润创投、星河基金跟投: the investors of a funding round
        if _ZH_ROUND_CUE.search(text):
            rules += [(*m.span(1), ORG, "suffix") for m in _ZH_INVESTOR_RE.finditer(text)
                      if not _zh_generic(m.group(1), "suffix") and not _zh_all_places(m.group(1)[:-2])]
        rules += [(*m.span(1), ORG, "source") for m in _ZH_DATA_FIRM_RE.finditer(text)
                  if not _zh_generic(m.group(1), "media")]
    if _on("kind"):  # “竹溪小院”民宿: a quoted name, then the kind of business it is
        for m in ZH_QUOTED_BUSINESS_RE.finditer(text):
            if not _zh_generic(m.group(1), "kind"):
                rules.append((*m.span(1), ORG, "kind"))
    if _on("kind"):  # 美国货代企业Ironbridge Freight, 英资地产商 Larchmont Properties: the kind, then the name
        for m in ZH_KIND_LATIN_RE.finditer(text):
            words = m.group("name").split()
            if words[0].upper() in NON_NAMES or words[0] in _EN_TITLES_ZH.split("|"):
                continue
            rules.append((*m.span("name"), ORG, "kind"))
            model = [x for x in model if not (x[2] == ORG and m.start("kind") < x[1] <= m.end("kind") + 1)
                     and not (x[2] == PERSON and m.start("name") <= x[0] < m.end("name"))]
    if _on("alias"):  # Westmoor Asset Management（韦斯特莫资产管理）: the Chinese name of a Latin-named organization
        latin_ends = {m[1] for m in model + rules if m[2] == ORG and not CJK_RE.search(text[m[0]:m[1]])}
        for m in _CJK_BRACKET_RE.finditer(text):
            name = m.group(1)
            if m.start() in latin_ends and len(name) >= 3 and not (len(name) <= 3 and name[0] in ZH_SURNAME_CHARS):
                rules.append((*m.span(1), ORG, "alias"))
    persons = [m for m in model if m[2] == PERSON]
    for m in zh_spaced_names(text, breaks):  # only where LAC found no person (a verb or a noun there), or only
        inside = [x for x in persons if m[0] <= x[0] and x[1] <= m[1] and x[1] - x[0] < m[1] - m[0]
                  and not _ZH_PERSON_CUE.search(text[m[0]:m[1]])]  # part of it (行长胡 斌说: LAC's 胡斌 is whole)
        if not any(m[0] < x[1] and x[0] < m[1] for x in persons if x not in inside):  # (刘 思源: LAC's 思源)
            rules.append(m)
            model = [x for x in model if x not in inside]
    if _on("reporter"):
        for m in ZH_REPORTER_RE.finditer(text):
            if m.group(1)[0] in ZH_SURNAME_CHARS and not _ZH_PERSON_CUE.search(m.group(1)):  # (记者时表示: a cue)
                rules.append((*m.span(1), PERSON, "title"))
    if _on("title"):  # 董事长应国栋在会上…: a name after a title, read by LAC as words (应|国栋)
        for m in _ZH_TITLE_NAME_RE.finditer(text):
            a, b = m.span(1)
            one_word = a in starts and starts[a].end == b and b - a == 2  # 会长单位，: one word (单位), no name
            # (首席分析|师程|依然|认为: LAC glued the title's last character to the surname)
            straddled = a not in starts and any(t.start < a < t.end and t.start >= m.start() for t in toks)
            if not ((a in starts or straddled) and b in starts and not one_word
                    and not _ZH_PERSON_CUE.search(m.group(1))):
                continue
            # LAC's person one character short, the character a word of its own (罗映|岚|日前): the whole name
            cut = [x for x in model if x[2] == PERSON and x[0] == a and x[1] == b - 1 and b - a == 3
                   and b - 1 in starts and starts[b - 1].end == b]
            if cut:
                model = [x for x in model if x not in cut]
            elif any(x[0] < b and a < x[1] for x in model if x[2] == PERSON):  # (记者|时表示)
                continue
            rules.append((a, b, PERSON, "title"))
    rules = [m for m in rules if not (m[2] == ORG and _zh_generic(text[m[0]:m[1]], m[3]))]
    out = _resolve(model, rules, text)
    out = [m for m in out if not (m[2] == ORG and _zh_generic(text[m[0]:m[1]], m[3]))]
    out = [_zh_cut_at_break(text, m, breaks) for m in out]
    out = _join_dotted(text, out)
    # 南安石材、德化陶瓷等产业集群: a place's trade in a list of industries, no company
    out = [m for m in out if not (m[2] == ORG and m[3] == "model" and _zh_suffix_of(text[m[0]:m[1]]) is None
                                  and _ZH_INDUSTRY_LIST_AFTER.match(text, m[1]))]
    out = [(s, e - 1, label, src) if label == ORG and e - s > 3 and text[e - 2] == text[e - 1]
           and text[e - 1:e + 1] in _ZH_HEAD_TITLES else (s, e, label, src) for s, e, label, src in out]
    out = [(s + len(m.group()), e, label, src) if label == ORG and (m := re.match(r"[文图]\s?/\s?", text[s:e]))
           and e - s - len(m.group()) >= 2 else (s, e, label, src) for s, e, label, src in out]  # 文/观察者网
    # 横岭灯博|会: a fair LAC cut before its last character; 对|华乘用车: "toward China", no name; 台中報導: a dateline
    out = [m for m in out if not (m[2] == ORG and m[3] == "model" and (
        text[m[1]:m[1] + 1] == "会" and text[m[1] - 1:m[1]] in "博展交洽" or text[m[0]:m[0] + 1] == "华"
        and text[m[0] - 1:m[0]] == "对" and _zh_suffix_of(text[m[0]:m[1]]) is None
        or text[m[0]:m[1]].endswith(("报道", "報導", "报导"))
        or text[m[1] - 1:m[1]] in "报報" and text[m[1]:m[1] + 1] in "导導道"
        or text.startswith(("本报讯", "本網訊", "本网讯"), m[0])))]  # 新竹報|導: a dateline; 本报讯据…: the paper itself
    things = [m for m in out if not CJK_RE.search(text[m[0]:m[1]]) and (
        _ZH_THING_AFTER_LATIN.match(text, m[1]) or re.search(r"(?<![A-Za-z0-9-])[A-Z0-9]{1,5}-$", text[max(0, m[0] - 6):m[0]]))]
    out = [m for m in out if m not in things]  # Ella小型电动车, Intersolar Europe 2026展会, MSCI中国指数, LC-|Zephyr 3: no names
    places += [(s0, e0, PLACE, "rule") for s0, e0, _l, _s in things]
    out = [_zh_latin_edges(text, _zh_credit_tail(text, m)) for m in out]
    out = [m for m in out if not (m[2] == ORG and (_zh_column_header(text, m[0], m[1])
                                                   or _ZH_PLANT.fullmatch(simplified_chars(text[m[0]:m[1]]))
                                                   or _ZH_IN_CHINA.match(text, max(0, m[0] - 1), m[1])))]
    products = [q.span(1) for q in _ZH_QUOTED_PRODUCT.finditer(text)]
    products += [q.span(1) for q in _ZH_QUOTED_VARIETY.finditer(text)]  # “宁杞红9号”: a variety or a model
    out = [m for m in out if not (m[3] == "model" and any(a <= m[0] and m[1] <= b for a, b in products))]  # “霁惠贷”系列
    return [_zh_across_wrap(text, m) for m in out] + places + product_votes(text)


def _zh_column_header(text: str, s: int, e: int) -> bool:
    """【行情快报】生猪价格连跌两周, 【港航动态】…: a site's column, a bracket that opens a headline line, names no
    body (unless it ends like one: 【新华网】)."""
    m = _ZH_COLUMN.match(text, text.rfind("\n", 0, s) + 1)
    return m is not None and m.start(1) <= s and e <= m.end(1) and (
        _ZH_COLUMN_WORD.search(m.group(1)) is not None or _zh_suffix_of(m.group(1)) is None
        and not _ZH_OUTLET_IN_BRACKET.search(m.group(1)))  # (【某某网讯】: an outlet's dateline)


# a firm's plant, numbered or in a country abroad (南科二厂, 越南北宁厂): a place of work, no body
_ZH_PLANT = re.compile(r"[\u4e00-\u9fff]{2,5}[一二三四五六七八九十]厂|(?:%s)[\u4e00-\u9fff]{1,4}厂" % "|".join(
    words_zh.FOREIGN_COUNTRIES))
# 在华投资, 来华设厂: "in China", then a verb LAC reads into a name
_ZH_IN_CHINA = re.compile(r"[在来赴访驻入][华華](?![\u4e00-\u9fff]{1,}(?:公司|集团|集團|银行|銀行|证券|證券))"
                          r"[\u4e00-\u9fff]{1,3}$")  # (在华为公司工作: a firm's name, suffix and all, is kept)
_ZH_COLUMN_WORD = re.compile(r"(?:快讯|快訊|快报|快報|速递|速遞|观察|觀察|动态|動態|头条|頭條|聚焦|视点|視點|资讯|資訊|播报|播報)$")
_ZH_OUTLET_IN_BRACKET = re.compile(r"[讯訊]$|网|網|报|報|在线|在線|[台社]$")
_ZH_COLUMN = re.compile(r"【([^】\n]{2,8})】(?=\S|\s*$|\s*\n)")


_ZH_THING_AFTER_LATIN = re.compile(r"\s*(?:\d{4}\s*)?(?:展会|展览会|博览会|峰会|论坛|系列|(?:中国|全球|亚洲)?指数|[（(]?型号|机型|"
                                   r"(?:小型|中型|大型|新款|纯电)(?:电动车|车型|SUV|轿车|手机))")
_ZH_QUOTED_PRODUCT = re.compile(r"[“\"「]([^“”\"「」\n]{2,10})[”\"」](?:牌|品牌|系列|商标|产品|认证|标志|贷|卡|促销|活动|[^，。；“”「」]{0,8}?(?:贷款|计划|計劃|贷款计划))")


# a foreign firm's country, and what it is, before its Latin name (法国Banque Sorelin, 英国连锁文具商Nibwick,
# 美系AI晶片大厂Aurelian Compute): the name is the Latin one
_ZH_COUNTRY_KIND_BEFORE_LATIN = re.compile(
    r"(?:" + "|".join(sorted(words_zh.FOREIGN_COUNTRIES, key=len, reverse=True)) + r"|[美日欧韩德台]系|外资|港资)"
    r"(?:[\u4e00-\u9fffA-Z]{0,8}?(?:商|厂|企业|公司|集团|巨头|大厂|品牌|银行|机构|基金|航空|货代|船公司|买家|客户))?(?=[A-Z][a-z])")
_FIRM_NOUNS_EN = (r"(?:factory|company|firm|maker|manufacturer|producer|supplier|retailer|chain|brand|start-?up|"
                  r"cooperative|co-op|exporter|importer|workshop|mill|plant|processor|distributor|wholesaler|brewery|"
                  r"winery|bakery|hotel|developer|lender|bank|insurer|fund|group|conglomerate)")
_FIRM_APPOSITION = re.compile(r",\s+(?:a|an)\s+(?:[\w'’-]+\s+){0,3}?" + _FIRM_NOUNS_EN + r"\b")
_NAMED_FIRM_BEFORE = re.compile(_FIRM_NOUNS_EN + r"\s+(?:named|called)\s+$")
_TWO_LATIN_LETTERS = re.compile(r"[A-Za-z]{2}")
_LATIN_WITH_ZH_NAME = re.compile(r"(?<![A-Za-z])([A-Z][A-Za-z0-9&'’.-]*(?: [A-Z][A-Za-z0-9&'’.-]*){0,4})\s*[（(]"
                                 r"(?:中文名称?|中文译名|以下简称|简称)"
                                 r"[:：]?\s*[“\"「]?([\u4e00-\u9fff]{2,12})")
_EN_TITLE_THEN_CJK = re.compile(_EN_TITLE_BEFORE_CJK + r"\s+([\u4e00-\u9fff]{2,4})(?![\u4e00-\u9fff])")
_LATIN_LETTERS_AFTER = re.compile(r"[A-Za-zÀ-ɏ]+(?:\s[A-Z][A-Za-zÀ-ɏ]+){0,2}")  # Fj|ällström
_LATIN_WORDS_AFTER = re.compile(r"(?: [A-Z][A-Za-z&'’-]+){1,3}(?![A-Za-z])")
_ZH_QUOTED_VARIETY = re.compile(r"[“\"「]([\u4e00-\u9fff]{2,6}[\dA-Za-z-]{1,6}号?)[”\"」]")


# capitalised Latin words (a particle among them) right before a name LAC starts late, Chinese before them
_LATIN_WORDS_BEFORE = re.compile(r"(?:(?<=[\u4e00-\u9fff，、（“])|^)(?:(?:[A-Z][A-Za-z&'’.-]*|van|von|de|der|den|la|le|du) )+$")


def _zh_latin_edges(text: str, m: RawMention) -> RawMention:
    """A Latin firm name's edges in Chinese text: its country and kind before it are cut off (法国|Banque Sorelin,
    英国连锁文具商|Nibwick); the name goes on where LAC stops inside it (大厂Aurelian| Compute已是, Fj|ällberg); a
    "公司" after it is no part of it (Lumikka Baby Oy|公司)."""
    s, e, label, src = m
    if label != ORG:
        return m
    k = _ZH_COUNTRY_KIND_BEFORE_LATIN.match(text, s, e)
    if k and e - k.end() >= 2:
        s = k.end()
    if text[s:s + 1].isupper() and text[s:s + 1].isascii() and text[s - 1:s] == " ":
        k = _LATIN_WORDS_BEFORE.search(text, max(0, s - 40), s)
        s = k.start() if k else s  # 荷兰Van Reest |Shipping合资公司: the name begins where its Latin words do
    if text[e - 1:e].isascii() and text[e - 1:e].isalpha():
        k = _LATIN_WORDS_AFTER.match(text[e:e + 40]) or _LATIN_LETTERS_AFTER.match(text[e:e + 30])
        e += k.end() if k else 0
    if text.endswith("公司", s, e) and e - s > 4 and re.match(r"[A-Za-z.]", text[e - 3]) and not CJK_RE.search(text, s, e - 2):
        e -= 2
    return s, e, label, src


def _zh_credit_tail(text: str, m: RawMention) -> RawMention:
    """记者 窦晓曦 文/图: the credit's 文 is no part of the name; 纳希尔|·古莱米: a foreign name goes on past its dot."""
    s, e, label, src = m
    if label == PERSON and e - s >= 3 and text[e - 1] == "文" and text.startswith(("/", "／"), e):
        return s, e - 1, label, src
    if label == PERSON and text[e:e + 1] in "·・":
        run = re.match(r"[·・][\u4e00-\u9fff]{2,6}(?:[·・][\u4e00-\u9fff]{2,6})?", text[e:])
        if run:
            return s, e + run.end(), label, src
    return m


def _zh_across_wrap(text: str, m: RawMention) -> RawMention:
    """据浙|\n|江电商研究院: a line wrapped inside a place's name cuts the organization named after it (LAC
    reads each line apart); the place's head at the end of the line before belongs to the name."""
    s, e, label, src = m
    if label != ORG or s < 2 or text[s - 1] != "\n":
        return m
    for k in (3, 2, 1):
        head = text[s - 1 - k:s - 1]
        if s - 1 - k < 0 or not re.fullmatch(r"[\u4e00-\u9fff]+", head):
            continue
        if any((head + text[s:s + j]) in _ZH_PLACES for j in (1, 2, 3)):
            return (s - 1 - k, e, label, src)
    return m


def _zh_join_adjacent(model: list[RawMention], joins) -> list[RawMention]:
    """Model organizations in text order, each pair for which `joins(a, b)` holds made one organization."""
    orgs = sorted(m for m in model if m[2] == ORG)
    out = [m for m in model if m[2] != ORG]
    k = 0
    while k < len(orgs):
        a = orgs[k]
        if k + 1 < len(orgs) and joins(a, orgs[k + 1]):
            out.append((a[0], orgs[k + 1][1], ORG, "model"))
            k += 2
            continue
        out.append(a)
        k += 1
    return out


def _zh_join_remits(model: list[RawMention], text: str) -> list[RawMention]:
    """青田县文化|和|广电旅游体育局: one bureau whose remits are joined by 和, which LAC reads as two; 云峰县文化|和旅游局:
    the same where LAC reads the second remit as no organization."""
    out = _zh_join_adjacent(model, lambda a, b: text[a[1]:b[0]] in ("和", "与", "及")
                            and _zh_suffix_of(text[a[0]:a[1]]) is None and text[b[0]:b[1]].endswith(_ZH_BUREAU_ENDS))
    starts = {m[0] for m in out if m[2] == ORG}
    for k, (s, e, label, src) in enumerate(out):
        m = _ZH_REMIT_AFTER.match(text, e) if label == ORG and _zh_suffix_of(text[s:e]) is None else None
        if m is None and label == ORG and text[s:e].endswith(("部", "委", "总局")):
            m = _ZH_MINISTRY_BUREAU.match(text, e)  # 美国商务部|工业与安全局: the ministry's bureau
            if m and _ZH_NOT_BUREAU.search(m.group()):
                m = None
        if m and m.end() not in starts and not any(a < m.end() and b > e for a, b, _, _ in out):
            out[k] = (s, m.end(), label, src)
    return out


_ZH_PLAIN = r"(?:(?![的对依据在于了将把被是为从向等])[\u4e00-\u9fff])"
_ZH_MINISTRY_BUREAU = re.compile(rf"{_ZH_PLAIN}{{2,4}}(?:(?:与|和){_ZH_PLAIN}{{1,4}})?(?:局|署)(?![\u4e00-\u9fff]?(?:长|局|署))")
# words that end in 局 and name no bureau (格局 "pattern", 当局 "the authorities")
_ZH_NOT_BUREAU = re.compile(r"(?:(?<!安)全|格|布|当|结|大|时|开|骗|僵|变|出|残|赌|饭|政|定|终|困|败|胜|棋|新)局$")
_ZH_REMIT_AFTER = re.compile(r"(?:和|与|及)[\u4e00-\u9fff]{1,6}?(?:局|委员会|厅|委|办公室)(?![\u4e00-\u9fff]{0,2}(?:局|会|厅|委|室))")


def _zh_split_pairs(model: list[RawMention], text: str, pair: re.Pattern = None) -> list[RawMention]:
    """北京市政府和科技部, 县政府及县委: two bodies LAC reads as one organization are two."""
    out = []
    for s, e, label, src in model:
        m = (pair or _ZH_PAIR).search(text, s, e) if label == ORG else None
        if m and _zh_suffix_of(text[s:m.start()]) and _zh_suffix_of(text[m.end():e]) \
                and m.start() - s >= 2 and e - m.end() >= 2 and not _zh_two_remits(text[s:m.start()], text[m.end():e]):
            out += [(s, m.start(), ORG, src), (m.end(), e, ORG, src)]
        else:
            out.append((s, e, label, src))
    return out


def _zh_two_remits(first: str, second: str) -> bool:
    """某某市物流|与|供应链协会, 某某市工业|和|信息化局: one body named for two trades, not two bodies (the first
    part ends in a trade, not in a kind of body, and the second is short and ends in one)."""
    return _ZH_BODY_END.search(first) is None and len(second) <= 6 and _ZH_REMIT_KIND.search(second) is not None


_ZH_BODY_END = re.compile(r"(?:公司|集团|局|委|委员会|厅|部|银行|政府|院|所|中心|办|会|大学|学校|队|社|报|台|网|店|厂|行|馆|站|联盟)$")
_ZH_REMIT_KIND = re.compile(r"(?:协会|学会|商会|联合会|促进会|研究会|联盟|局|委员会|厅)$")
_ZH_PAIR = re.compile(r"和|及|与|以及|" + _ZH_ACTING)
# a list item that is two bodies, the first acting with the second (市发改委联合国家开发银行X分行、…等机构)
_ZH_ACTS_WITH = re.compile(_ZH_ACTING)


def _zh_join_units(model: list[RawMention], text: str) -> list[RawMention]:
    """国家统计局|宁波调查队: a body and its local unit, read by LAC as two organizations side by side, are one."""
    return _zh_join_adjacent(model, lambda a, b: b[0] == a[1] and text[a[0]:a[1]].endswith(_ZH_PARENT_ENDS)
                             and _ZH_LOCAL_UNIT.match(text[b[0]:b[1]]) is not None)


_ZH_PARENT_ENDS = ("局", "部", "委", "署", "总局", "银行", "集团", "公司", "院", "会")
_ZH_LOCAL_UNIT = re.compile(r"^[\u4e00-\u9fff]{2,4}?(?:省|市|县|区)?(?:调查队|调查总队|分局|支队|总队|分行|支行|分公司|办事处|"
                            r"代表处|分院|分会|监管局)$")
_ZH_BUREAU_ENDS = ("局", "委员会", "委", "厅", "部", "办公室", "办")


_ZH_CREDIT_TAIL = re.compile(r"\s?(?:摄|报道)$")
# reporting cues and time words LAC now and then reads into a "person" (柯雅琴在接受采访|时表示)
_ZH_PERSON_CUE = re.compile(r"(?:表示|介绍|认为|指出|透露|强调|坦言|称|说)$|^(?:时|后|前|并|还|也|又|再|则|即)"
                            r"(?:表示|介绍|认为|指出|透露|强调|坦言|称|说)")


def _zh_person(text: str, s: int, e: int) -> list[RawMention]:
    surface = text[s:e]
    if surface in _ZH_NOT_PERSON_WORDS or surface.startswith(("於開", "于开")) or surface in words_zh.TITLES:
        return []  # 季增 ("quarter on quarter"), 商超 ("supermarkets"), 董秘 (a title alone): LAC's person, no name
    if len(surface) == 2 and CJK_RE.match(text[e:e + 1]) and text.startswith(("先生", "女士", "博士"), e + 1) \
            and surface[0] in ZH_SURNAME_CHARS:
        e += 1  # 顧家|樑先生: LAC stops inside a name that begins like a word
        surface = text[s:e]
    if len(surface) >= 3 and surface[0] == "方" and s > 0 and text[s - 1] in "卖賣买買甲乙" \
            and surface[1] in ZH_SURNAME_CHARS:
        s += 1  # 賣方|韋家澄先生: the seller, then the name
        surface = text[s:e]
    if len(surface) >= 4 and simplified_chars(surface).endswith(("投顾", "创投", "资本", "证券", "期货")):
        return [(s, e, ORG, "suffix")]  # 群岱投顧分析師…: an advisory firm LAC reads as a person
    if CJK_RE.search(surface) and _ZH_PERSON_CUE.search(surface):
        m = _ZH_PERSON_CUE.search(surface)
        if m.start() < 2:
            return []  # 时表示: a cue, no name
        e = s + m.start()
        surface = text[s:e]
    m = re.match(r"[\u4e00-\u9fff]{0,3}商(?=[\u4e00-\u9fff]{2,}[·・])", surface)
    if m:  # 展商|拉胡尔·库马尔: the role before a foreign name written in characters
        s += m.end()
        surface = text[s:e]
    m = _ZH_CREDIT_TAIL.search(surface)
    if m and m.start() >= 2 and re.match(r"\s*(?:[）)\]】]|$)", text[e:e + 2]):
        e = s + m.start()  # 王鹏摄）: a photographer's credit
        surface = text[s:e]
    if re.search(r"[A-Za-z]", surface):
        if CJK_RE.search(surface):  # "Norvell亚太区总裁 Helen": keep the Latin name at the end
            m = re.search(r"[A-Z][A-Za-z'’.-]*(?:\s+[A-Z][A-Za-z'’.-]*)*\s*$", surface)
            if not m:
                return []
            s = s + m.start()
        s, e = _trim(text, s, e)
        return [(s, e, PERSON, "model")] if e > s else []
    if s >= 2 and e - s <= 2 and text[s - 1] in " \u3000" and text[s - 2] in ZH_SURNAME_CHARS \
            and (s == 2 or not CJK_RE.match(text[s - 3]) or ZH_TITLE_TAIL.search(text[max(0, s - 8):s - 2])):
        s -= 2  # 经理楼 晓峰: a name written with a space after the surname, the surname read into the title
        surface = text[s:e]
    elif s >= 3 and e - s == 2 and text[s - 1] in ZH_SURNAME_CHARS and ZH_TITLE_TAIL.search(text[max(0, s - 8):s - 1]) \
            and not ZH_TITLE_TAIL.search(text[max(0, s - 8):s]):
        s -= 1  # 经理楼晓峰: the same, the space gone
        surface = text[s:e]
    if _on("title") and 2 <= len(surface) <= 3 and surface[0] in ZH_SURNAME_CHARS and any(
            len(t) > len(surface) - 1 and t.startswith(surface[1:]) and text.startswith(t, s + 1)
            for t in _ZH_TITLES_BY_FIRST.get(surface[1], ())):
        return [(s, s + 1, PERSON, "surname")]  # 甘局|长, 王主|任: LAC cut the title after its first character
    if _on("title"):
        core = ZH_TITLE_TAIL.sub("", surface)
        if core != surface and len(core) >= 2:
            e = s + len(core)
        elif core != surface and len(core) == 1:
            # 陈董事长, 李总, 王先生: a surname and a title name nobody by themselves; the surname alone joins the
            # article's full name that carries it (link.py) and is dropped when there is none
            return [(s, s + 1, PERSON, "surname")] if core in ZH_SURNAME_CHARS else []
        m = _ZH_TITLE_HEAD.match(text[s:e])
        if m and e - s - m.end() >= 2:
            s += m.end()  # 会长张伟 (titles only: 董 and 总 also begin names, 董文华)
    if _ZH_COMPANY_PREFIX.match(text[s:e]):  # 德企布兰登: a company, named after its kind
        m = _ZH_COMPANY_PREFIX.match(text[s:e])
        if e - s - m.end() >= 2:
            return [(s + m.end(), e, ORG, "title")]
    if e - s >= 1 and CJK_RE.search(text[s:e]):
        if e - s <= 3 and re.search(r"[跌涨幅]", text[s + 1:e]):
            return []  # 周跌, 周跌幅 ("weekly fall"): a market report, no name
        if e - s <= 3 and text[s] in _ZH_NOT_NAME_FIRST and text[s] not in ZH_SURNAME_CHARS:
            return []  # 唔順 (Cantonese "can't bear"): a function word begins no name
        if e - s == 2 and _ZH_ORG_AFTER_PERSON.match(text, e):
            return [(s, e, ORG, "model")]  # 抖音|平台, 京湘|集团: a brand, not a person
        if text[s:e] in _ZH_PEOPLE_NOUNS:
            return []  # 果农, 菜农: people by trade
        return [(s, e, PERSON, "model")]
    return []


_ZH_PEOPLE_NOUNS = frozenset("果农 菜农 茶农 棉农 蔗农 花农 渔民 农民 村民 居民 市民 牧民 农户 果商 菜商 商户 摊主 店主 工人 农工 "
                             "老农 老果农 瓜农 蕉农 药农 椒农 蒜农 桑农 蚕农".split())
# Cantonese and Mandarin function characters: a "person" LAC finds starting with one is a piece of a sentence
_ZH_NOT_NAME_FIRST = frozenset("唔嘅咗佢冇係啲嘢喺咁乜嗰呢哋噉嚟睇揾諗的了着在是也都就还還又再很最更被把给給让讓使对對向从從")
# what follows a brand's or company's name, never a person's
_ZH_ORG_AFTER_PERSON = re.compile(r"(?:平台|集团|公司|股份|控股|电商|直播间|小店|商城|APP|App|app|品牌|旗舰店)")


_ZH_PARTY_ROLES = frozenset({"主办", "承办", "协办", "合作", "投资", "运营", "供货", "供应", "收购", "出让", "受让", "委托",
                             "中标", "建设", "施工", "承运", "招标", "采购"})
_ZH_BUREAU_DIVISION = re.compile(r"([\u4e00-\u9fff]{2,}?(?:局|厅|委员会|署))([\u4e00-\u9fff]{2,8}?[处科])")


def _zh_trim_org(text: str, s: int, e: int) -> tuple[int, int]:
    """LAC's ORG word sometimes runs on past the suffix (东岳理工大学共建), into a title (中共中央政治局常委)
    or starts with a kind (德企)."""
    if text[s:s + 1] == "方" and text[max(0, s - 2):s] in _ZH_PARTY_ROLES:
        s += 1  # 承办|方湘澧会展集团: the role word's last character, then the organizer
    surface = text[s:e]
    m = _ZH_BUREAU_DIVISION.fullmatch(surface)
    if m:  # 岚江市商务局|对外贸易处: the bureau, not its division
        return s, s + m.end(1)
    m = _ZH_TITLE_THEN_NAME.search(surface)
    if m and m.start() >= 3 and _zh_suffix_of(surface[:m.start()]) and (m.group(2)[0] in ZH_SURNAME_CHARS
                                                                          or m.group(2)[:2] in DOUBLE_SURNAMES):
        e = s + m.start()  # 某某银行某某分行|行长方启明 (LAC's one word): the bank, then its head's title and name
        surface = text[s:e]
    m = ZH_TITLE_TAIL.search(surface)
    if m and m.start() >= 2 and (_zh_suffix_of(surface[:m.start()]) or len(m.group()) >= 2):  # 全国政协|常委
        e = s + m.start()
        surface = text[s:e]
    m = _ZH_BAD_ORG_TAIL.search(surface) or _ZH_COUNT_TAIL.search(surface)
    if m and m.start() >= 2 and (m.re is _ZH_BAD_ORG_TAIL or _zh_suffix_of(surface[:m.start()])):
        e = s + m.start()
        surface = text[s:e]
    if _zh_suffix_of(surface) is None:
        for k in range(len(surface) - 1, 1, -1):
            suf = _zh_suffix_of(surface[:k])
            if suf and len(suf) >= 2 and len(surface) - k <= 3:
                e = s + k
                break
    country = next((text[s:s + n] for n in _ZH_FOREIGN_LENGTHS if text[s:s + n] in _ZH_FOREIGN_SET), None)
    if country and e - s - len(country) >= 2 and _zh_suffix_of(text[s:e]) is None \
            and not _ZH_STATE_END.search(text[s:e]):  # (美国海军, 日本政府: the country's own body)
        s += len(country)  # 德国博恩, 日本发那科: the brand, after its country
    m = _ZH_DESCRIPTOR.match(text[s:e])
    if m and _zh_suffix_of(text[s:e]) and (not _zh_suffix_of(text[s:s + m.end()]) or m.group().endswith("大厂")):
        s += m.end()  # 美国飞机制造商|波音公司, 自行车大厂|宏轮…股份有限公司: the kind is no part of the name
    m = _ZH_REGION_UNIT.search(text, s, e)
    if m and m.start() - s >= 2:
        e = m.start()  # Skovmark|亚太区: the firm, not its region
    m = _ZH_TITLE_INSIDE.search(text, s, e)
    if m and m.start() - s >= 2:
        e = m.start()  # Harrowby Grid Solutions|首席执行官Imogen: the firm, then a person's title
    m = _ZH_MAKER_KIND.match(text, s, e)
    if m:
        s = m.end()  # 工具机厂|联钛精机股份有限公司: a kind of maker, then the firm's registered name
    m = _ZH_SOURCE_PREFIX.match(text[s:e])
    if m and e - s - m.end() >= 3:  # 钱江财经消息|国家统计局宁波调查队: a source's credit, then the organization
        s += m.end()
    m = _ZH_COMPANY_PREFIX.match(text[s:e]) or _ZH_LEADING_JUNK.match(text[s:e])
    if m and e - s - m.end() >= 2:
        s += m.end()
    m = re.search(r"(?<=[\u4e00-\u9fff])[A-Z]{2,6}$", text[s:e])
    if m and _zh_suffix_of(text[s:s + m.start()]):  # 某某基金QFII: the organization, then a scheme's acronym
        e = s + m.start()
    m = _ZH_UNIT_TAIL.search(text[s:e]) or _ZH_DEPT_TAIL.search(text[s:e])
    if m and m.start() >= 3:  # 远帆航运集团|市场部, 南方工业技术研究院|智能制造研究所: the organization, not its unit
        branch = _ZH_BRANCH.match(text, s + m.start(), e)  # (恒泰银行澄州分行|普惠金融部: the branch is named in full)
        if text.startswith("投顾", s + m.start()) and m.end() - m.start() > 3:
            e = s + m.start() + 2  # 某某证券投顾|研究部: a broker's advisory arm is a firm of its own
        else:
            e = branch.end() if branch and branch.end() < e else s + m.start()
    m = _ZH_LATIN_THEN_KIND.search(text, s, e)
    if m and m.end() == e:
        e = m.start()  # 与荷兰Van Reest Shipping|合资公司: the partner's name, then what the new firm is
    return s, e


_ZH_TITLE_THEN_NAME = re.compile(rf"({_ZH_TITLE_ALT})([\u4e00-\u9fff]{{2,3}})$")
_ZH_LATIN_THEN_KIND = re.compile(r"(?<=[A-Za-z.])\s?(?:合资|独资|合营|全资|控股|子|新)公司")


# a body's local branch, named in full with its parent (国家开发银行青川市分行, 国家金融监督管理总局青屿监管分局)
_ZH_BRANCH = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:省|市|县|区)?(?:监管分局|监管支局|分局|支局|分行|支行|中心支行|分公司|分院|办事处|调查队|监管局)")


def _zh_extend_branch(text: str, s: int, e: int) -> int:
    """国家金融监督管理总局|澄州监管分局: LAC stops at the parent; its local branch after it is part of the name."""
    m = re.match(r"(?:监管分局|监管支局|中心支行|分局|支局|分行|支行|分公司)", text[e:e + 4])
    if m and re.search(r"总局|银行|公司|集团", text[s:e]):
        return e + m.end()  # 国家金融监督管理总局蒲阳|监管支局: LAC stops inside the branch's name
    if text[s:e].endswith("证券") and text.startswith(("研究所", "研究院"), e):
        return e + 3  # 某某证券|研究所: a broker's research institute is named in full (its analysts' source)
    if text[s:e].endswith(("局", "总局", "银行", "集团", "公司", "院")):
        m = _ZH_BRANCH.match(text, e)
        if m and not re.search(r"[，。、]", m.group()):
            return m.end()
    if text[s:e].endswith(("大学", "学院", "科学院", "科学研究院")):  # 霁川大学|新型陶瓷研究所 (GUIDE.md: named in full)
        m = re.match(r"[\u4e00-\u9fff]{2,8}?研究所", text[e:e + 12])
        if m:
            return e + m.end()
    return e


# 某某市工业 (LAC's place): a place, then the first word of its bureau's remit
_ZH_PLACE_THEN_WORD = re.compile(r"^[\u4e00-\u9fff]{2,4}[市县区省][\u4e00-\u9fff]{2,4}$")
# a company's department (鑫达机械|销售部): the company, not its department
_ZH_DEPT_TAIL = re.compile(r"(?:销售|市场|外贸|财务|技术|研发|人事|采购|品牌|运营|生产|质量|质检|客服|法务|公关|战略|海外|"
                           r"电商|营销|行政|业务|设计|出口|进口|证券|投资者关系|研究)(?:部|事业部)$|"
                           r"(?<=期货|证券|投顾|期貨|證券|投顧)研究所$")  # 某某期货|研究所: the broker's unit


def _zh_suffix_rule(toks, text: str) -> list[RawMention]:
    """Proper words followed by an organization suffix, a bracketed place allowed inside:
    嘉兴明川新能源科技有限公司, 鑫禾（江西）食品有限公司, 江北区经济和信息化局."""
    out = []
    for i, t in enumerate(toks):
        if _ZH_SUFFIX_LAST is not None and t.text[-1:] not in _ZH_SUFFIX_LAST \
                and (i + 1 == len(toks) or toks[i + 1].text[-1:] not in _ZH_SUFFIX_LAST):
            continue  # no suffix ends this word or the next (the lookups below, cheaply)
        joined_end = t.end
        suf = _zh_suffix_of(t.text)
        if suf is None and i + 1 < len(toks) and toks[i + 1].start == t.end:
            # the suffix crosses a word boundary (江城日|报)
            both = t.text + toks[i + 1].text
            suf2 = _zh_suffix_of(both)
            if suf2 and len(suf2) > len(toks[i + 1].text) and len(suf2) >= 2:
                suf, joined_end = suf2, toks[i + 1].end
        if suf is None or t.pos == "PER" and joined_end == t.end:
            continue
        if suf == "资本" and text.startswith("市场", joined_end):
            continue  # 亚洲债券资本|市场: capital markets, no investment firm
        if joined_end == t.end and t.text in _ZH_REFERRING_WORDS:
            continue  # 马拉加队|两队, 英超|主队: a word that refers to teams or firms already named
        glued = len(suf) >= 2 and suf in _ZH_TRADE_SUFFIX | _ZH_COMPANY_SUFFIXES and i > 0 \
            and toks[i - 1].pos in ("PER", "ORG", "nz", "LOC") and toks[i - 1].end == t.start
        misread = t.pos == "w" and len(t.text) >= 2 and all(CJK_RE.match(c) for c in t.text)  # 食品有限公司/w
        if joined_end == t.end and (t.pos in _ZH_FUNCTION_POS and not glued and not misread
                                    or len(suf) == 1 and len(t.text) < 2):
            continue  # 下部 (below), 全部: a word that only ends like a suffix (芯拓|微电子 is a name's trade)
        j = i
        while j > 0 and i - j < 6:
            prev = toks[j - 1]
            if prev.end != toks[j].start and not re.fullmatch(r"\s+", text[prev.end:toks[j].start]):
                break
            if prev.text in ("）", ")") and j >= 3 and toks[j - 3].text in ("（", "(") \
                    and (toks[j - 2].pos in ("LOC", "ns") or suf in ("有限公司", "股份有限公司", "有限责任公司")
                         and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", toks[j - 2].text)):  # (骁骏电动车（漳屿）有限公司)
                j -= 3
                taken = 0  # 某某哈弗伯格（常州）电驱有限公司: the name before the bracket (its partners' short names),
                while j > 0 and taken < 2 and toks[j - 1].pos in ("PER", "ORG", "nz") \
                        and toks[j - 1].end == toks[j].start and len(toks[j - 1].text) >= 2:  # whatever LAC calls it
                    j -= 1
                    taken += 1
                if taken:
                    break
                k = j  # 铖锋|精密|机械（苏州）有限公司: trade words, then the name LAC calls a person's
                while k > 0 and j - k < 3 and toks[k - 1].pos in ("n", "vn", "a") and toks[k - 1].end == toks[k].start \
                        and _zh_suffix_of(toks[k - 1].text) is None and toks[k - 1].text not in _ZH_TITLE_WORDS:
                    k -= 1
                if k < j and k > 0 and toks[k - 1].pos in ("PER", "ORG", "nz") and toks[k - 1].end == toks[k].start \
                        and len(toks[k - 1].text) >= 2:
                    j = k - 1
                    break
                continue
            if prev.text in _ZH_TITLE_WORDS or ZH_TITLE_TAIL.search(prev.text) or prev.text in _ZH_STOP_WORDS:
                break
            if prev.text in _ZH_ROLE_NOUNS and toks[j].pos in ("ORG", "nz", "LOC", "PER"):
                break  # 旗下投资平台|澄海|资本: what the firm is to the one named before, then its name
            if prev.text in ("和", "与") and j >= 2 and (toks[j - 2].pos in ("n", "vn", "an", "ORG")
                                                     or toks[j - 2].pos == "LOC" and _ZH_PLACE_THEN_WORD.match(toks[j - 2].text)) \
                    and toks[j].pos in ("n", "vn", "an") \
                    and toks[j - 2].text not in _ZH_TITLE_WORDS \
                    and _zh_suffix_of(t.text) and t.text.endswith(("局", "委员会", "厅", "部", "委")):
                j -= 1  # 经济和信息化局, 人力资源和社会保障局
                continue
            if prev.pos == "a" and len(prev.text) == 1 and j == i and j >= 2 and toks[j - 2].pos == "PER" \
                    and suf in _ZH_TRADE_SUFFIX | _ZH_COMPANY_SUFFIXES:
                j -= 1  # 芯拓|微|电子
                continue
            if prev.pos == "PER" and j == i and joined_end == t.end and t.text in _ZH_INVESTOR_SUFFIXES \
                    and len(prev.text) == 2 and prev.end == t.start \
                    and not (t.text not in ("证券", "期货") and i + 1 < len(toks)
                             and (toks[i + 1].text in _ZH_TITLE_WORDS or toks[i + 1].text[:2] in
                                                    ("经理", "公司", "会员", "份额", "产品", "规模", "净值"))):
                j -= 1  # 高榕|资本, 云锋|创投: LAC reads an investment firm's name as a person's
                break
            if prev.pos == "PER" and j == i and joined_end == t.end and suf in _ZH_TRADE_SUFFIX | _ZH_COMPANY_SUFFIXES \
                    and len(prev.text) >= 3 and prev.text[0] not in ZH_SURNAME_CHARS and prev.end == t.start \
                    and not (i + 1 < len(toks) and toks[i + 1].text in _ZH_TITLE_WORDS):
                j -= 1  # 诺德霍姆|制药: a transliterated name LAC reads as a person's, then the firm's trade
                break
            if prev.pos == "PER" and toks[j].pos != "PER" and suf in _ZH_TRADE_SUFFIX | _ZH_COMPANY_SUFFIXES \
                    and i - j <= 1 and j >= 2 and toks[j - 2].pos in ("LOC", "ns") and toks[j - 2].end == prev.start:
                j -= 2  # 无锡|芯拓|微电子: LAC reads a company's name as a person's
                break
            if prev.pos not in (_ZH_PROPER if t.pos == "ORG" else _ZH_NAMEISH) or prev.pos == "PER" \
                    or prev.text in _ZH_STOP_TEXT or prev.pos == "ORG" and prev.text[-1] in "与及" and t.text == suf and j == i \
                    or not CJK_RE.search(prev.text):
                break  # (after a word LAC already calls an organization, only proper words: 学府|哈佛大学)
            j -= 1
        span = toks[j:i + 1]
        long_name = len(span) == 1 and len(t.text) >= 8 and suf in ("有限公司", "股份有限公司", "有限责任公司") \
            and not (i > 0 and toks[i - 1].pos in ("m", "q", "r"))  # (一家|畜禽产销有限公司: a kind of company)
        if not any(x.pos in _ZH_PROPER for x in span) and t.pos != "ORG" and not long_name:
            continue  # (one long word ending in 有限公司 is a company's whole name, whatever LAC tags it)
        if suf in _ZH_COMPANY_SUFFIXES and t.pos != "ORG" and not long_name and not any(
                x.pos in _ZH_PROPER - {"LOC", "ns"} for x in span) \
                and not (suf == "资本" and len(span) == 2 and span[0].text not in _ZH_PLACES):
            continue  # 德国|资产|管理|公司, 中东|主权|基金: a kind of company in a place, no name (星屿|资本: a "place"
            # LAC does not know, then 资本, is an investment firm)
        if suf in _ZH_WEAK_SUFFIX and any(_zh_suffix_of(x.text) not in (None, *_ZH_WEAK_SUFFIX) for x in span[:-1]):
            continue  # 远帆集团|投资, 北京某置业有限公司|公关部: the organization ends before
        if t.text == suf and suf in _ZH_WEAK_SUFFIX and len(span) == 1:
            continue
        if suf in _ZH_TRADE_SUFFIX and len(span) > 1 and all(x.pos in ("LOC", "ns") or x.pos == "ORG" and len(x.text) <= 2
                                                              for x in span[:-1]) and t.pos != "ORG" or \
                suf in _ZH_TRADE_SUFFIX and len(span) == 2 and span[0].pos in ("LOC", "ns", "ORG") \
                and len(span[0].text) <= 2 and i + 1 < len(toks) and toks[i + 1].text in ("及", "和", "与", "等", "产业"):
            continue  # 温州|鞋业, 武进|新能源汽车|及…产业: a place's industry, not a company
        if len(span) == 2 and span[0].pos in ("LOC", "ns") and t.text in _ZH_KIND_WORDS:
            continue  # 云峰县|酒店 (预订量): the county's hotels, no name
        if suf in _ZH_TRADE_SUFFIX and joined_end == t.end and i + 1 < len(toks) and _zh_modifies(toks[i + 1]):
            continue  # 华东冷链物流|枢纽, 智能家居|产业: the "suffix" describes the next noun
        s, e = span[0].start, joined_end
        s, e = _zh_trim_org(text, s, e)
        if e - s < 3 or ZH_GENERIC_ORG.match(text[s:e]) or _ZH_COUNT_TAIL.fullmatch(text[s:e]):
            continue  # (重组后三大集团: a count, no name)
        if t.pos == "ORG" and j == i and joined_end == t.end:
            continue
        out.append((s, e, ORG, "suffix"))
    return out


_ZH_TITLE_WORDS = set(words_zh.TITLES) | set(words_zh.HONORIFICS)
_ZH_TITLES_BY_FIRST = _by_first_char(sorted(_ZH_TITLE_WORDS))  # first character -> titles and honorifics
# Kinds of business that after a place name no business: 云峰县酒店 "the county's hotels"
_ZH_KIND_WORDS = frozenset({"酒店", "宾馆", "民宿", "企业", "工厂", "厂", "商场", "超市", "门店", "店", "景区", "商户", "商家", "药店",
                            "饭店", "餐馆", "工厂", "车企", "药企", "房企", "鞋企", "外企", "银行", "网点"})
_ZH_PLACES = frozenset(words_zh.PLACES)
_ZH_PLACE_LENGTHS = sorted({len(p) for p in _ZH_PLACES}, reverse=True)
_ZH_PLACE_HEADS = words_zh.PLACE_HEADS
_ZH_PLACES_LONGEST = sorted(_ZH_PLACES, key=len, reverse=True)
_ZH_PLACES_BY_FIRST = _by_first_char(_ZH_PLACES_LONGEST)  # first character -> places, longest first
_ZH_STATE_END = re.compile(r"(?:军|政府|国会|议会|院|部|局|署|委|会|党|队|厅|所|办|馆|台|社|网|报|协|联|盟)$")
_ZH_FOREIGN = tuple(sorted(words_zh.FOREIGN_COUNTRIES, key=len, reverse=True))
_ZH_FOREIGN_SET = frozenset(_ZH_FOREIGN)
_ZH_FOREIGN_LENGTHS = sorted({len(c) for c in _ZH_FOREIGN}, reverse=True)  # (the longest country a text starts with)
_ZH_LATIN_CAPS = re.compile(r"[\u4e00-\u9fff][A-Z]")
_ZH_COUNTRY_LATIN = re.compile(r"(?:^|(?<=[，,。、与和及同跟向对由被从在]))([\u4e00-\u9fff]{2,4}?)([A-Z][a-z][A-Za-z&'’-]{2,})"
                               r"(?=(?:与|和|签|宣布|表示|称|公司|集团|将|已|在|的|、|，))")
_ZH_COUNTRY_LATIN_LISTED = re.compile(r"(?:^|(?<=[、，,和及与]))([\u4e00-\u9fff]{2,4}?)"
                                      r"([A-Z][A-Za-zÀ-ɏ0-9&'’.-]*(?: (?:(?:de|del|da|do|dos|van|von|der|la|le|du) )?"
                                      r"[A-Z][A-Za-zÀ-ɏ0-9&'’.-]*){0,4})"
                                      r"(?=、|等|以及|和|与|及)")
_ZH_FIRMS_LATIN_PERSON = re.compile(r"(?:公司|集团|企业|银行|机构|工厂|协会|商会|大学)的"
                                    r"([A-Z][a-zà-ɏ'’-]+(?: [A-Z][a-zà-ɏ'’-]+){1,2})(?![A-Za-z])")
_ZH_LATIN_LIST_PROJECTS = re.compile(r"等(?:外资|外商|海外|国际|跨国)[\u4e00-\u9fff]{0,5}?项目")
# Words that end like a suffix but refer to organizations named elsewhere (两队 "both teams", 主队 "the home side").
_ZH_REFERRING_WORDS = {"两队", "双方", "主队", "客队", "全队", "球队", "该队", "本队", "各队", "此队", "两家", "两行", "该行",
                       "本行", "各行", "该店", "本店", "各店", "全厂", "该厂", "本厂", "两厂", "各厂", "该局", "本局", "两局"}
# Suffixes that name a trade (科技, 物流): they also describe a following noun (新能源汽车|产业).
_ZH_TRADE_SUFFIX = _ZH_WEAK_SUFFIX - {"部", "委", "署", "厅", "中心", "队", "店", "厂", "党"}


_ZH_TITLE_OPENERS = ("首席", "高级", "资深", "副", "常务", "执行", "销售", "技术", "市场", "区域", "总", "董事会", "党委")


def _zh_modifies(nxt) -> bool:
    return nxt.pos in ("n", "nz", "nw") and nxt.text not in _ZH_TITLE_WORDS \
        and not ZH_TITLE_TAIL.search(nxt.text) and not nxt.text.startswith(_ZH_TITLE_OPENERS)


def _zh_media_rule(toks, text: str) -> list[RawMention]:
    """A news source named where sources are named: 据东方财经网报道, 北岭商界网讯, （江南制造在线）."""
    out = []
    # words whose end could end a source name (the test below, cheaply): the spans end at one of the next 4
    may_end = [_ZH_MEDIA_LAST is None or text[x.end - 1:x.end] in _ZH_MEDIA_LAST for x in toks]
    for i, t in enumerate(toks):
        if not any(may_end[i:i + 4]):
            continue
        for k in range(i, min(i + 4, len(toks))):
            s, e = t.start, toks[k].end
            if toks[k].start != (toks[k - 1].end if k > i else t.start):
                break
            if _ZH_MEDIA_LAST is not None and text[e - 1:e] not in _ZH_MEDIA_LAST:
                continue  # cannot end like a news source (the test below, cheaply)
            piece = text[s:e]
            if piece.endswith("网讯"):
                e -= 1
                piece = piece[:-1]
            if not _ZH_MEDIA_RE.search(piece) or len(piece) < 3 or not CJK_RE.search(piece[:2]):
                continue
            if len(piece) == 3 and not _ZH_DATELINE_AFTER.match(text, e):
                continue  # 中新网深圳6月3日电: a three-character source only in a dateline
            if text.startswith(("媒体", "网站"), e):
                continue  # 据英国财经|媒体Harwick Post报道: the kind of outlet, its name after
            before = _ZH_MEDIA_CONTEXT_BEFORE.search(text[max(0, s - 12):s])
            if not before and i > 0 and len(toks[i - 1].text) == 1 and toks[i - 1].end == s \
                    and CJK_RE.match(toks[i - 1].text) and toks[i - 1].text not in _ZH_STOP_TEXT:
                before = _ZH_MEDIA_CONTEXT_BEFORE.search(text[max(0, s - 13):s - 1])
                if before:  # 来源：之|江商讯网
                    s -= 1
            if not (before or _ZH_MEDIA_CONTEXT_AFTER.match(text[e:e + 12])):
                continue
            weak = ("p", "c", "u", "w", "d", "r") if before else ("v", "p", "c", "u", "w", "d", "r")
            if any(x.pos in weak for x in toks[i:k + 1]):
                continue
            out.append((s, e, ORG, "media"))
    return out


_LATIN_RUN_END = re.compile(r"[A-Za-zÀ-ɏ0-9&.'’ -]*$")
_LATIN_ITEM = re.compile(r"[A-Z][\w&.'’-]*(?: (?:(?:de|del|da|do|dos|das|van|von|der|la|le|du|di|y|e) )?[A-Z][\w&.'’-]*){0,4}")
# Latin names listed in Chinese text, the list's head after 等 saying they are firms
# (the members named by a plural of people: Growers, Owners, Users, Citizens; not Brussels, Davos)
_MEMBERS_FORUM = re.compile(r"(?<![\w&'’-])((?:(?!The\b)[A-Z][\w&'’-]*\s+){0,5}[A-Z][a-z]+(?:ers|ors|ants|ents|ists|ees|ies|ens)"
                            r"['’]?\s+Forum)(?![\w-])")
# an Indonesian firm: PT, its name, Tbk when listed ("PT Halmasari Sentosa Nickel", "PT Bank Arunasa Tbk")
_PT_FIRM = re.compile(r"(?<![\w-])PT\s+(?:[A-Z][\w&'’-]*\s+){0,4}[A-Z][\w&'’-]*(?:\s+Tbk\.?)?(?![\w-])")
# a site's section in a dateline's brackets, no outlet
_SECTION_WORD = re.compile(r"(?:Economy|Business|Finance|Markets?|Politics|World|Local|Industry|Technology|Tech|Trade|"
                           r"Agriculture|Energy|Companies|Money|Opinion|National|Regional)")
_LATIN_NAME_ASCII = re.compile(r"[A-Z][A-Za-zÀ-ɏ0-9&'’.-]*(?: [A-Z][A-Za-zÀ-ɏ0-9&'’.-]*){0,3}")  # (no Chinese in it)
_ZH_LATIN_LIST = re.compile(rf"(?<![A-Za-z0-9 &'’.-]){_LATIN_NAME_ASCII.pattern}(?:、{_LATIN_NAME_ASCII.pattern})+"
                            rf"(?:(?:和|及|以及|与){_LATIN_NAME_ASCII.pattern})?(?=等)")
# 主要租户包括FreshNest Hong Kong及Medilane Distribution。: Latin firms the list's head names
_ZH_LATIN_LIST_NAMED = re.compile(rf"(?:租户|客户|股东|买家|买方|卖方|供应商|投资者|合作伙伴|采购商|经销商)(?:包括|有|为)"
                                  rf"({_LATIN_NAME_ASCII.pattern}(?:、{_LATIN_NAME_ASCII.pattern})*"
                                  rf"(?:和|及|以及|与){_LATIN_NAME_ASCII.pattern})(?=[。，；,]|$)")
_ZH_LATIN_BRACKET = re.compile(r"\s?[（(]\s*([A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,5})\s*[)）]")


def _zh_latin_bracket_company(toks, text: str) -> list[RawMention]:
    """云腾精机（Cloudrise Precision Machinery）: a Chinese word with its English company name in brackets after
    it, the English name ending in a kind of business, is that company under both names."""
    out = []
    ends = {t.end: t for t in toks}
    for m in _ZH_LATIN_BRACKET.finditer(text):
        t = ends.get(m.start())
        last = m.group(1).split()[-1].lower().strip(".,")
        first = m.group(1).split()[0]
        spelled = next((k for k in range(max(0, m.start() - 6), m.start() - 2) if _CJK_RUN.fullmatch(text, k, m.start())
                        and _spelled(text[k:k + 2], first)), None) if m.group(1).count(" ") >= 1 else None
        if spelled is not None and not _ZH_TITLE_NAME_RE.match(text, spelled):
            # 华屿健康（Huayu Health）: the name's characters spelled in pinyin by the English name's first word
            out.append((spelled, m.start(), ORG, "alias"))
            out.append((*m.span(1), ORG, "alias"))
            continue
        if t is None or not (2 <= len(t.text) <= 8) or not CJK_RE.fullmatch(t.text[0]) \
                or t.pos not in ("nz", "ORG", "n") or last not in _PERSON_IS_ORG_HEADS | _ORG_KIND_WORDS:
            continue
        start = t.start
        k = toks.index(t)  # 克朗伦|包装（Kronlund Packaging）, 哈尔登|乳业|设备: the name runs back over the name word
        for back in (1, 2):  # before the kind (and one more trade word)
            if k - back >= 0 and toks[k - back].pos in ("PER", "PERSON", "ORG", "nz", "nr", "LOC") \
                    and CJK_RE.match(toks[k - back].text) and all(toks[i].end == toks[i + 1].start for i in range(k - back, k)) \
                    and (back == 1 or toks[k - 1].pos == "n") and t.end - toks[k - back].start <= 10:
                start = toks[k - back].start
                break
        out.append((start, t.end, ORG, "alias"))
        out.append((*m.span(1), ORG, "alias"))
    return out


_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")


@functools.lru_cache(maxsize=4096)
def _spelled(chars: str, word: str) -> bool:
    """Is the Latin `word` the pinyin of the characters (华屿 → Huayu)?"""
    from pypinyin import Style, lazy_pinyin
    return "".join(lazy_pinyin(chars, style=Style.NORMAL)).lower() == fold_accents(word).lower()


def _zh_char_inside_name(toks, i: int) -> bool:
    """永|诠|工业: one character LAC read as a verb between a name's first character (a name word) and the rest."""
    return len(toks[i].text) == 1 and toks[i].pos == "v" and i > 0 and toks[i - 1].pos in ("ORG", "nz", "nr", "PER") \
        and len(toks[i - 1].text) == 1


_ZH_QUOTED_LIST = re.compile(r"((?:[“\"「][^“”\"「」\n]{2,12}[”\"」][、，]?\s*){2,})(?=等)")
_ZH_QUOTED_ITEM = re.compile(r"[“\"「]([^“”\"「」\n]{2,12})[”\"」]")


def _zh_list_rule(toks, text: str) -> list[RawMention]:
    """、-lists ending in 等企业: 鑫茂、瑞达、浩运等企业; names in quotes, one after another: “东岳物流”“恒达货代”等本地企业."""
    out = []
    for m in _ZH_QUOTED_LIST.finditer(text):
        if _ZH_LIST_HEAD.match(text[m.end():m.end() + 12]):
            for q in _ZH_QUOTED_ITEM.finditer(text, m.start(1), m.end(1)):
                if CJK_RE.search(q.group(1)):
                    out.append((*q.span(1), ORG, "list"))
    common = None
    for i, t in enumerate(toks):
        if not t.text.startswith("等") or not _ZH_LIST_HEAD.match(text[t.start:t.start + 12]):
            continue
        j = i - 1
        items = []
        while j >= 0:
            k = j
            while k > 0 and toks[k - 1].text not in ("、", "，", "和", "及", "与", "以及", "如", "像", "包括") \
                    and j - k < 3 and (toks[k - 1].pos not in ("w", "v", "p", "u", "c", "d", "r")
                                       or _zh_char_inside_name(toks, k - 1)
                                       or toks[k - 1].pos == "v" and k >= 2 and toks[k - 2].text == "、"):
                k -= 1  # (、曼栖|咖啡和: a name's first word LAC reads as a verb, right after the list's 、)
            if k > 0 and len(toks[k - 1].text) == 1 and toks[k - 1].pos == "v" and len(toks[k].text) == 1 \
                    and (k == 1 or toks[k - 2].text in ("，", "、", "；", "：", ",")):
                k -= 1  # ，领|芯|基金、: the name's first character, read as a verb at the item's start
            if toks[k].pos in ("TIME", "t", "m"):
                break  # "今年与A、B等企业": the year the sentence opens with, no company
            k = _zh_bracketed_place_before(toks, k)
            a = toks[k].start
            if _LATIN_CAPITAL.match(text, a) or text[a:a + 1].islower():  # Agrícola Valle|Colchagua Ltda.、: a
                a -= len(_LATIN_RUN_END.search(text, max(0, a - 60), a).group())  # Latin name LAC cut inside
                a += len(text[a:toks[k].start]) - len(text[a:toks[k].start].lstrip())
            last = j
            while last > k and toks[last].pos in ("d", "TIME", "t"):
                last -= 1  # 恒川新材|目前|已|与A、B等企业: the firm, not the time and adverb after it
            items.append((a, toks[last].end))
            if k > 0 and toks[k - 1].text in ("、", "和", "及", "与", "以及"):
                j = k - 2
            else:
                break
        if common is None:  # words that are common nouns, verbs or adjectives and no body's name (once per unit)
            common = {(t.start, t.end) for t in toks if t.pos in ("n", "vn", "v", "a", "an", "nw")
                      and CJK_RE.match(t.text) and _zh_suffix_of(t.text) is None}
        trades = sum((s, e) in common or text[s:e] in words_zh.INDUSTRY_WORDS for s, e in items)
        proper = sum(any(x.start == s and x.end == e and (x.pos in ("PER", "ORG", "nz") or x.pos == "LOC"
                                                          and x.text not in _ZH_PLACES) for x in toks) for s, e in items)
        if len(items) >= 2 and (trades * 2 < len(items) or proper and trades < len(items)):  # 包装、电商、仓配等上下游企业: trades, no names (飞跃、红蜻、
            for s, e in items:  # 金履等企业: one brand that is also a word)
                if CJK_RE.search(text[s:e]) and 2 <= e - s <= 20 and not _ZH_KIND_ONLY.fullmatch(text[s:e]) \
                        or _LATIN_ITEM.fullmatch(text[s:e]) \
                        and text[s:e].split()[0].upper() not in NON_NAMES:
                    out.append((s, e, ORG, "list"))  # (永鑫工业、Kingsway Tooling等业者: a Latin name too)
    return out


_ZH_KIND_ONLY = re.compile(r"(?:股份)?有限(?:责任)?公司|集团(?:公司)?|公司|企业|协会|商会")


def _zh_bracketed_place_before(toks, k: int) -> int:
    """The first token of a list item that writes a place in brackets inside the name: 鹿鸣生物医药（湖北）有限公司
    runs back over （湖北） to 鹿鸣生物医药."""
    if k >= 4 and toks[k - 1].text in ("）", ")") and toks[k - 3].text in ("（", "(") \
            and CJK_RE.search(toks[k - 2].text) and len(toks[k - 2].text) <= 4 and CJK_RE.search(toks[k - 4].text) \
            and toks[k - 4].pos not in ("w", "v", "p", "u", "c", "d", "r", "TIME", "t", "m"):
        return k - 4
    return k


def _zh_latin_persons(text: str, toks, model: list[RawMention]) -> list[RawMention]:
    """English names inside Chinese text: LAC tags "Helen" and "Carter" apart, or only "Keller"; the
    whole run of capitalised words is the name."""
    out = [m for m in model if not (m[2] == PERSON and re.fullmatch(r"[A-Za-zÀ-ÖØ-öø-ɏ'’.\- ]+", text[m[0]:m[1]]))]
    latin_pers = [m for m in model if m[2] == PERSON and re.fullmatch(r"[A-Za-zÀ-ÖØ-öø-ɏ'’.\- ]+", text[m[0]:m[1]])]
    for run in _LATIN_RUN.finditer(text):
        s, e = run.span()
        words = run.group(0).split()
        while words and (words[0].upper() in NON_NAMES or re.fullmatch(r"(?:Dr|Mr|Ms|Mrs|Prof)\.?|About", words[0])):
            s = text.index(words[1], s + len(words[0])) if len(words) > 1 else e
            words = words[1:]  # (Dr. Mathias Hellmann: the name after the title)
        if len(words) < 2 or not any(ps < e and pe > s for ps, pe, _, _ in latin_pers):
            continue
        if words[-1].lower().strip(".,") in _PERSON_IS_ORG_HEADS | _ORG_KIND_WORDS:
            out.append((s, e, ORG, "latin"))  # 范德霍夫（Vanderhoff Pet Retail）: a firm's name, whatever LAC says,
            out = [(a, b, ORG, src) if lab == PERSON and text[b:s].strip() in ("（", "(") else (a, b, lab, src)
                   for a, b, lab, src in out]  # and so is the name in characters before its bracket
            continue
        out.append((s, e, PERSON, "latin"))
    for m in latin_pers:
        if not any(o[0] <= m[0] and m[1] <= o[1] for o in out):
            if " " not in text[m[0]:m[1]].strip() and _ZH_MEDIA_AFTER_LATIN.match(text, m[1]):
                m = (m[0], m[1], ORG, "media")  # 据Bloomberg报道: a news source, not a person (据Walsh介绍 is one)
            out.append(m)
    return out


def _zh_place_by_form(text: str, s: int, e: int, place_words: frozenset = frozenset()) -> bool:
    """A "person" the text writes as a place or a unit: a city's Latin name in brackets after it (斯塔万格（Stavanger）),
    a port after it (泽布吕|赫港), an amount before it (3亿令吉: a currency), or a list item beside a place
    (墨西哥城、瓜达拉哈拉和蒙特雷)."""
    if "·" in text[s:e]:
        return False
    m = re.match(r"[（(]([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)?)[）)]", text[e:e + 30])
    if m and fold_accents(normalize(m.group(1))) in world_places():
        return True
    if re.match(r"[\u4e00-\u9fff]?港(?![口币元])", text[e:e + 2]) or re.search(r"[\d亿万千百]$", text[max(0, s - 1):s]):
        return True
    before = re.search(r"([\u4e00-\u9fff]{2,6})[、和]$", text[max(0, s - 8):s])
    after = re.match(r"[、和]([\u4e00-\u9fff]{2,6}?)(?=[、和，。；\s]|$)", text[e:e + 8])
    if before and any(before.group(1)[k:] in words_zh.PLACES or before.group(1)[k:] in place_words
                      for k in range(len(before.group(1)) - 1)):
        return True  # (在圣地亚哥和|瓦尔帕莱索: the place right before the 和, whatever precedes it)
    return bool(after and (after.group(1) in words_zh.PLACES or after.group(1) in place_words))


_ZH_LOCATED_IN = re.compile(r"(?:位于|坐落于|地处|总部设在|总部在)(?:" + "|".join(sorted(words_zh.PLACES, key=len, reverse=True))
                            + r")?$")
_ZH_IN_COUNTRY = re.compile(r"(?:在|于|赴|到|至|落户|位于|前往|抵达)(?:" + "|".join(sorted(words_zh.PLACES, key=len, reverse=True))
                            + r")(?:的)?$")
ZH_LATIN_MEDIA_RE = re.compile(r"(?:据|援引|来源[:：])\s?([A-Z][\w&.'’-]*(?:[ \u00a0][A-Z][\w&.'’-]*){0,3})\s?(?:报道|消息|刊文|援引|"
                               r"数据|统计|调查|报告显示)")
ZH_JU_MEDIA_RE = re.compile(r"(?:据|来源[:：]|援引)([\u4e00-\u9fff]{2,6}(?:网|日报|晚报|晨报|时报|商报|周刊|杂志|电视台|新闻|财经|数据|"
                            r"观察|观察家|研究))(?:统计|报道|消息|数据显示|监测|调查|发布)")
# 点击上方蓝字关注“港航观察家”, 芯途观察 记者 宋雨萌: a WeChat account or an outlet named where outlets are named
_ZH_SOURCE_FIELD_RE = re.compile(r"(?m)(?:来源|來源)[:：][ \t]*([\u4e00-\u9fff]{2,12}?)(?=[ \t\u3000]*(?:作者|编辑|記者|记者)|"
                                 r"[ \t\u3000]{1,}\d{4}[-/年]|"
                                 r"[ \t\u3000]*$)|"
                                 r"^[ \t\u3000]*([\u4e00-\u9fff]{2,10})讯[ \t]*[（(【][ \t]*(?:记者|記者|通讯员|通訊員)")
# what a source field says when it names no outlet
_ZH_NOT_OUTLETS = frozenset({"网络", "网友", "本站", "本网", "综合", "互联网", "网络综合", "综合整理", "本报", "原创", "转载",
                             "网络转载", "综合报道", "官网", "企业供图", "受访者供图", "企业供稿", "本网综合", "本站综合",
                             "本网整理", "本站整理", "网络整理", "供稿"})
_ZH_OUTLET_THEN_CITY = re.compile(r"(?:报|財經|财经|新闻网|网|電視台|电视台)(?=[\u4e00-\u9fff]{2,3}$)"
                                  r"(?![\u4e00-\u9fff]{0,1}(?:速递|快讯|头条|在线|观察|资讯|视点|要闻|周刊|日报|晚报|早报|快报|网)$)")
ZH_ACCOUNT_RE = re.compile(r"(?m)(?:关注|搜索|订阅)(?:公众号)?[“\"「]([\u4e00-\u9fff]{2,10})[”\"」]|"
                           r"[“\"「]([\u4e00-\u9fff]{2,10})[”\"」](?=关注|公众号)|"
                           r"^\s*(?:原创\s*)?(?:[\u4e00-\u9fff](?:\s[\u4e00-\u9fff]){1,3}\s+)?"
                           # (2024-06-18 08:05 | 某某网 | 记者 …: the date and time first)
                           r"(?:\d{4}-\d\d?-\d\d?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*[|｜]?\s*)?(?:来源[:：]\s*)?"
                           r"([0-9\u4e00-\u9fff·]{2,12}?(?:观察|观察家|财经|资讯|日报|商报|周刊|在线|头条|经济报道|晚报|时报|新闻|快讯|"
                           r"速递|融媒|融媒体|金融报|[^\W\d]{2}报|[\u4e00-\u9fff]{2}网))"
                           r"\s*[|｜]?\s*(?:记者|作者|文/|\d{4}-\d\d-\d\d)|"
                           # 原创 储能前沿 2026-11-27 08:30: a WeChat post's account, whatever its name
                           r"^\s*原创\s*([\u4e00-\u9fff]{2,10})\s+\d{4}-\d\d-\d\d|"
                           # 财经网讯（记者 …）: a web outlet's dateline
                           r"^\s*([\u4e00-\u9fff]{2,8}网)讯|"
                           # 英国《环球商报》, 《华尔街日报》: a paper named in title marks
                           r"《([\u4e00-\u9fff]{2,8}(?:日报|时报|晚报|晨报|邮报|商报|周刊|周报|新闻|杂志|报))》")
ZH_QUOTED_BUSINESS_RE = re.compile(r"[“「]([\u4e00-\u9fffA-Za-z]{2,10})[”」](?:民宿|餐厅|饭店|酒店|茶馆|书店|超市|工作室|农家乐|客栈|咖啡馆|"
                                   r"面馆|火锅店|茶楼|门店|公司|合作社|家庭农场|商行|作坊|酒坊|茶庄|网店|小店)"
                                   r"(?![\u4e00-\u9fff]{0,2}(?:口号|模式|理念|战略|计划|工程|行动|政策|标准|概念|效应|经济|体系|"
                                   r"建设|文化|形象|价值|意识|定位|名单|称号|认证|评选|创建|培育|集群|产业|行业|市场|街区|小镇|"
                                   r"示范|联盟|聚集区))")
_ZH_PLACE_AFTER = re.compile(r"(?:建|设|投资|开设|举行|召开|落户|市|州|省|港|工厂|基地|生产|运营|设厂|开工|投产|的工厂|的基地)")
_ZH_MEDIA_AFTER_LATIN = re.compile(r"\s*(?:报道|消息|援引|刊文|数据显示|统计)")


# 《宁波市商务局关于…的通知》: a document's title (an organization named only there is named by the title)
ZH_DOC_TITLE = re.compile(r"《([^《》]{4,60}?(?:通知|办法|意见|规划|方案|条例|规定|报告|指南|纲要|白皮书|决定|措施|细则|公告|"
                           r"计划|标准|目录|清单|章程|协议|函|批复|通报))》")
_ZH_PLACE_UNIT = re.compile(r"(?:市|省|县|区)?(?:子公司|分公司|公司|工厂|新工厂|总部|办事处|代表处|门店|基地|服务中心|营运中心|"
                            r"运营中心|物流中心|销售中心|客服中心|维修中心|仓储中心|配送中心)$")
# what a company is, not what it is called: 德国汽车零组件大厂, 家电巨头, 行业龙头
_ZH_DESCRIPTION_END = re.compile(r"(?:大厂|巨头|龙头|龙头企业|厂商|大户)$")


_ZH_REGION = re.compile(r"^(?:华东|华南|华北|华中|华西|西南|西北|东北|东南|中西部|西部|东部|中部|南部|北部|长三角|珠三角|京津冀|"
                        r"粤港澳|大湾区|成渝|环渤海|沿海|内陆)(地区|区域|一带)?")


def _zh_all_places(surface: str) -> bool:
    """福建厦门, 浙江省杭州市: places one after another, nothing else."""
    rest = surface
    while rest:
        p = next((p for p in _ZH_PLACES_BY_FIRST.get(rest[0], ()) if rest.startswith(p)), None)
        if p is None:
            return False
        rest = rest[len(p):]
        if rest[:1] in ("省", "市", "县", "区"):
            rest = rest[1:]
    return surface != ""


def _zh_trade_rest(rest: str) -> str:
    """The words before a name's trade suffixes: 支线航空 -> 支线, 国际物流 -> 国际."""
    while (suf := _zh_suffix_of(rest)) in _ZH_TRADE_SUFFIX and len(rest) > len(suf):
        rest = rest[:-len(suf)]
    return rest


def _zh_generic(surface: str, src: str) -> bool:
    if ZH_GENERIC_ORG.match(surface) or _ZH_BAD_ORG_TAIL.search(surface) or _ZH_NONORG_TAIL.search(surface):
        return True
    if re.fullmatch(r"[\d.,]+[万亿千百]?[\u4e00-\u9fff]{0,2}", surface):
        return True  # 360万只: an amount
    if src == "media" and _ZH_MASTHEAD_END.search(surface) and len(surface) >= 4:
        return False  # 环球商报, 经济日报: a paper's name, however common its words
    if _ZH_REGION_UNIT.match(surface):
        return True  # 中国区办公室: a firm's office for a region, no name
    if re.fullmatch(r"[万亿千百]+(?:立方米|平方米|吨|千瓦|千瓦时|元|美元|台|套|件|亩|标箱|人次|辆)", surface):
        return True  # 万立方米: a unit of an amount
    if surface.endswith(("外商投资", "外资企业", "外商投资企业")):
        return True  # 比利时外商投资: a country's investment
    if re.fullmatch(r"[\u4e00-\u9fff]企|(?:A股|港股|美股|中概股)(?:上市)?(?:公司|企业)|"
                    r"(?:市场|财经|新闻|行业|今日|最新|要闻|热点)(?:快讯|资讯|动态|观察|速递)", surface):
        return True  # 莞企, 浙企: a place's firms; A股公司: listed firms
    if surface in _ZH_NOT_ORG_WORDS or _ZH_UNNAMED.search(surface) or _zh_all_places(surface) \
            or surface.startswith(("该", "此")) or "某" in surface:
        return True  # 华夏, 两国, 深圳一家制衣厂, 福建厦门, 该集团通报, 浙江某科技有限公司
    m = re.fullmatch(r"(.+?)(?:市|县|区)?讯", surface)
    if m and _zh_all_places(m.group(1)):
        return True  # 宁波讯: a dateline's place
    if _ZH_COUNTRY_PAIR.match(surface) and surface[:2] not in _ZH_PLACES \
            and (len(surface) == 2 or surface[2:] in _ZH_PAIR_RELATIONS or surface[2:] in words_zh.INDUSTRY_WORDS):
        return True  # 中俄, 美中科技(合作): two countries (韩泰轮胎, 中英人寿 are companies)
    if surface.endswith("族") and not surface.endswith(("家族", "贵族")) and _zh_suffix_of(surface) is None:
        return True  # 纳西族, 上班族: a people or a group of people
    rest = surface
    while (suf := _zh_suffix_of(rest)) in _ZH_TRADE_SUFFIX and len(rest) > len(suf):
        rest = rest[:-len(suf)]
    if rest in _ZH_TRADE_SUFFIX or rest in words_zh.GENERIC_ORG_MODIFIERS or rest in words_zh.INDUSTRY_WORDS \
            or rest != surface and rest in _ZH_FOREIGN:  # 埃塞俄比亚投资: a country's investment (河北钢铁 is a firm)
        return True  # 新能源汽车, 智能制造: an industry, no name
    suf = _zh_suffix_of(surface)
    if suf and surface[:-len(suf)] in words_zh.GENERIC_ORG_MODIFIERS:
        return True  # 度假酒店, 辖内银行: a kind, no name
    if suf in _ZH_COMPANY_SUFFIXES and surface[:-len(suf)] in words_zh.INDUSTRY_WORDS:
        return True  # 物流公司, 博彩公司: a kind of company
    place = next((surface[:n] for n in _ZH_PLACE_LENGTHS if surface[:n] in _ZH_PLACES), None) \
        if surface[:2] in _ZH_PLACE_HEADS else None  # (the longest place the surface opens with)
    if place and surface[len(place):] in ("酒店", "宾馆", "超市", "商场", "工厂", "门店", "企业", "公司", "新厂", "新工厂",
                                          "厂区", "基地", "生产基地"):
        return True  # 湖北酒店(预订量): a place's hotels, no hotel's name
    if place and _ZH_PLACE_UNIT.fullmatch(surface[len(place):]):
        return True  # 香港子公司, 德国总部: a company's unit in a place, not a name
    m = _ZH_REGION.match(surface)
    if m and (m.group(1) and _zh_strong_prefix(surface + "。") is None
              or _zh_trade_rest(surface[m.end():]) in words_zh.INDUSTRY_WORDS):
        return True  # 西南地区支线航空, 华南国际: a region's trade, not a name
    if ZH_FACILITY.search(surface) and src in ("model", "suffix"):
        return True
    if _ZH_DESCRIPTION_END.search(surface) and src != "alias":
        return True
    m = _ZH_CONTINENT.match(surface)
    if m and (surface[m.end():] in _ZH_SERVICE_WORDS or _zh_trade_rest(surface[m.end():]) in words_zh.INDUSTRY_WORDS):
        return True  # 欧洲服务, 东南亚电商: a continent's trade, no name
    return len(normalize(surface)) < 2


_ZH_MASTHEAD_END = re.compile(r"(?:日报|时报|晚报|晨报|邮报|商报|周刊|周报|杂志)$")
_ZH_CONTINENT = re.compile(r"^(?:欧洲|亚洲|非洲|北美|南美|拉美|东南亚|中东|中亚|东欧|西欧|北欧|南欧|亚太|海外|全球)")
_ZH_SERVICE_WORDS = {"服务", "汽车", "市场", "业务", "制造", "零售", "贸易", "物流", "航运", "金融", "能源", "科技"}


def surface_label_votes(mentions: list[tuple[str, str, str]]) -> dict[str, str]:
    """normalized surface -> label, rules outvoting the model (a name tagged ORG by a rule is ORG
    throughout); a name the model calls a place at least as often as a person is a place (PLACE)."""
    votes: dict[str, dict[str, float]] = {}
    camel = set()
    for surface, label, src in mentions:
        w = 1.0 if src in ("model", "propagated") or src == "latin" and label == PERSON else 3.0  # (the model's
        # Latin person, widened to its run of capitalised words)
        d = votes.setdefault(normalize(surface), {})
        d[label] = d.get(label, 0.0) + w
        if re.fullmatch(r"[A-Z][a-z]+[A-Z]\w*", surface.strip()):
            camel.add(normalize(surface))  # "TradeDeskAsia", "SensiLoop": coined names, no places
    out = {}
    for k, v in votes.items():
        orgish = bool(_zh_suffix_of(k) or len(k) >= 4 and CJK_RE.fullmatch(k[0]) and "·" not in k)
        best = max((PERSON, ORG, PLACE), key=lambda lab: (v.get(lab, 0.0), lab != PLACE, (lab == ORG) == orgish))
        if best == PLACE and v.get(ORG, 0.0) + v.get(PERSON, 0.0) > v[PLACE]:
            best = max((PERSON, ORG), key=lambda lab: v.get(lab, 0.0))
        if v.get(PLACE) and " " not in k and not CJK_RE.search(k) and max(v.get(ORG, 0.0), v.get(PERSON, 0.0)) < 3 \
                and (k not in camel or v[PLACE] >= v.get(ORG, 0.0) + v.get(PERSON, 0.0)):
            best = PLACE  # "Suzhou makes the cars": the model calls it a place elsewhere, no rule calls it a name
        out[k] = best
    return out
