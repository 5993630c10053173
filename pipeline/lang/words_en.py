"""English word lists: general knowledge only (titles, suffixes, cues), never names from test data."""

SPAM_CUES = (
    "copyright", "all rights reserved", "related articles", "related news", "related posts", "related stories",
    "recommended for you", "you may also like", "you might also like", "read more", "more news", "previous article",
    "next article", "previous post", "next post", "share this", "share on", "share to", "share:", "subscribe",
    "sign up for our newsletter", "follow us", "click here", "wholesale", "buy now", "free shipping", "add to cart",
    "contact us", "hot products", "hot sale", "best price", "low price", "factory price", "order now", "in stock",
    "disclaimer", "editor:", "editor in charge", "responsible editor", "tags:", "source: internet", "advertisement",
    "sponsored", "whatsapp", "wechat", "skype", "tel:", "fax:", "e-mail:", "email:", "mob:", "mobile:",
    "terms of use", "privacy policy", "login", "register", "scan the qr code", "qr code", "top stories",
    "most popular", "trending", "hot topics", "manufacturer", "supplier", "exporter", "customized", "moq",
)
# Words that make a line read as a sentence about the story rather than a listing.
VERB_HINTS = (
    " is ", " are ", " was ", " were ", " will ", " has ", " have ", " had ", " said", " says", " told", " would ",
    " could ", " can ", " should ", " expects", " expected", " plans", " added", " noted", " announced", " reported",
    " according to", " that ", " which ", " who ",
)

# Reporting verbs (lemmas) that introduce a claim.
REPORTING_VERBS = (
    "say", "tell", "state", "express", "believe", "expect", "predict", "forecast", "warn", "note", "add", "announce",
    "estimate", "claim", "argue", "explain", "insist", "suggest", "report", "reveal", "confirm", "deny", "stress",
    "emphasize", "emphasise", "point", "indicate", "admit", "acknowledge", "assert", "maintain", "mention",
    "disclose", "declare", "project", "anticipate", "hope", "think", "feel", "caution", "remark", "observe",
    "comment", "reply", "respond", "write", "tweet", "pledge", "promise", "vow", "forecast", "predict", "estimate",
    "reckon", "contend", "concede", "assure", "urge", "recall", "agree", "conclude", "describe", "underline",
    "underscore", "highlight", "signal", "project", "judge", "calculate", "figure", "guess", "forecast", "show",
)
# Nouns that carry a claim: "the judgment that", "in the view of".
REPORTING_NOUNS = ("view", "opinion", "belief", "expectation", "forecast", "prediction", "estimate", "words",
                   "judgment", "judgement", "statement", "assessment")
ACCORDING_TO = ("according to", "in the view of", "in the words of", "as stated by", "in the opinion of")

PRONOUNS_PERSON = ("he", "she", "him", "her")
PRONOUNS_ORG = ("it", "they")
COMPANY_REFERENCES = ("the company", "the firm", "the group", "the enterprise", "the bank", "the association",
                      "the corporation", "the manufacturer", "the maker", "the business", "the carrier",
                      "the developer", "the supplier", "the retailer", "the exporter", "the startup", "the airline",
                      "the university", "the chamber", "the cooperative", "the lender", "the insurer",
                      "the automaker", "the brand", "the platform", "the operator", "the fund", "the school")

TITLES = (
    "chairman", "chairwoman", "chairperson", "executive chairman", "vice chairman", "deputy chairman", "president",
    "vice president", "general manager", "deputy general manager", "manager", "director", "deputy director",
    "managing director", "executive director", "chief executive", "chief executive officer", "ceo", "cfo", "coo",
    "cto", "founder", "co-founder", "secretary-general", "secretary general", "secretary", "head", "chief",
    "spokesman", "spokeswoman", "spokesperson", "minister", "mayor", "deputy mayor", "governor", "professor",
    "researcher", "analyst", "economist", "engineer", "dean", "principal", "owner", "boss", "partner", "leader",
    "party secretary", "official", "officer", "commissioner", "chief economist", "senior analyst", "expert",
    "board chairman", "general secretary", "deputy head", "team leader", "sales manager", "purchasing manager",
    "plant manager", "factory director", "representative", "consultant", "adviser", "advisor",
)

ORG_SUFFIXES = (
    "Co., Ltd.", "Co.,Ltd.", "Co. Ltd.", "Co., Ltd", "Co.,Ltd", "Co. Ltd", "Company Limited", "Co.", "Ltd.", "Ltd",
    "Limited", "Inc.", "Inc", "Corp.", "Corp", "Corporation", "Company", "Group", "Holdings", "Holding", "LLC",
    "L.L.C.", "PLC", "plc", "GmbH", "AG", "S.A.", "SA", "N.V.", "AB", "K.K.", "Pte", "Pty", "LLP", "LP",
    "Association", "Federation", "Chamber of Commerce", "Chamber", "Council", "Committee", "Commission", "Bureau",
    "Administration", "Agency", "Authority", "Ministry", "Department", "Bank", "University", "College",
    "Institute", "Academy", "School", "Foundation", "Society", "Union", "Cooperative", "Co-operative", "Alliance",
    "Consortium", "Partners", "Industries", "Industry Co.", "Enterprises", "Technologies", "Technology",
    "Electronics", "Pharmaceutical", "Pharmaceuticals", "Motors", "Airlines", "Airways", "Securities",
    "Insurance", "Fund", "Capital", "Investment", "Ventures", "Trust", "Exchange", "Port Group", "Hospital",
    "Court", "Party", "Club", "Team", "News", "Daily", "Times", "Post", "Press", "Television", "TV", "Media",
)
# Words that mark a generic, unnamed organization ("the municipal government").
GENERIC_ORG_HEADS = ("government", "authorities", "authority", "company", "companies", "firm", "firms",
                     "enterprises", "enterprise", "industry", "sector", "market", "ministry", "department")

FORECAST_CUES = (
    "will", "won't", "shall", "going to", "is expected to", "are expected to", "expected to", "expects",
    "is likely to", "are likely to", "likely to", "plans to", "plan to", "planned to", "aims to", "aim to",
    "intends to", "intend to", "is set to", "are set to", "set to", "is poised to", "poised to", "target",
    "targets", "forecast", "forecasts", "predict", "predicts", "projected", "projects", "anticipate",
    "anticipates", "would", "could", "may", "might", "next year", "next month", "next quarter", "in the future",
    "in the coming", "over the next", "in the next", "by 20", "by the end of", "from next", "is to", "are to",
    "hopes to", "hope to", "seeks to", "seek to", "scheduled to", "due to open", "due to be", "will be",
    "estimated to", "is projected", "outlook", "upcoming", "soon",
)
