"""English word lists: general knowledge only (titles, suffixes, cues), never names from test data."""

# Ad and boilerplate vocabulary, by kind (the spam model counts hits per kind).
SPAM_CUES_BY_KIND = {
    "ad": ("wholesale", "buy now", "free shipping", "add to cart", "hot products", "hot sale", "best price",
           "low price", "factory price", "factory direct", "order now", "in stock", "advertisement", "sponsored",
           "manufacturer", "supplier", "exporter", "customized", "customization", "moq", "oem", "odm",
           "request a quote", "get a quote", "shop now", "limited offer", "discount", "% off", "promo code",
           "coupon", "free trial", "best seller", "on sale", "lowest price", "click here", "visit our",
           "taobao shop", "online store", "retail price", "accept customization", "wanted urgently",
           "now hiring", "apply now", "win a", "prize", "claim your", "promoted", "partner content", "paid post",
           "paid content", "sponsored content", "advertorial", "terms apply", "conditions apply", "limited time",
           "book now", "book your", "learn more", "[ad]"),
    "contact": ("whatsapp", "wechat", "skype", "tel:", "tel.", "fax:", "e-mail:", "email:", "mob:", "mobile:",
                "phone:", "contact us", "contact:", "hotline:", "call now", "call us"),
    "footer": ("copyright", "all rights reserved", "disclaimer", "statement:", "terms of use", "privacy policy",
               "reproduced from", "for reference only", "infringement", "source: internet", "icp",
               "does not represent", "please contact us to delete", "advertising"),
    "nav": ("related articles", "related news", "related posts", "related stories", "related reading",
            "recommended for you", "you may also like", "you might also like", "read more", "more news",
            "previous article", "next article", "previous post", "next post", "top stories", "most popular",
            "trending", "hot topics", "home >", "home /", "tags:", "login", "register", "sign in", "sign up",
            "print", "back to top", "see also", "further reading", "popular searches", "also read", "read also",
            "most read", "most viewed", "editor's picks", "more stories", "you are here", "current position",
            "current location", "home page", "filed under", "topics:", "font size", "text size", "font:",
            "listen to this article", "skip to content", "main menu"),
    "share": ("share this", "share on", "share to", "share:", "subscribe", "newsletter", "follow us",
              "scan the qr code", "qr code", "official account", "like this", "loading...", "facebook",
              "twitter", "linkedin", "weibo", "sign up for", "enter your email", "email address", "your inbox",
              "follow him", "follow her", "on wechat", "whatsapp channel"),
    "editor": ("editor:", "editor in charge", "responsible editor", "(editor", "[image]", "about the author",
               "the author is", "author bio", "more by this author"),
    # page furniture of news sites: consent banners, paywalls, comment sections, app prompts
    "cookie": ("cookie", "cookies", "accept all", "reject all", "manage preferences", "manage cookies",
               "privacy preferences", "consent preferences", "by continuing to browse", "by continuing to use",
               "by using this site", "by using our site", "got it"),
    "paywall": ("subscribers only", "subscriber-only", "for subscribers", "already a subscriber", "subscribe to read",
                "subscribe to continue", "continue reading", "keep reading", "free articles", "unlimited access",
                "unlock", "premium content", "log in to continue", "sign in to continue", "register to continue",
                "digital subscription", "per week", "per month"),
    "comment": ("comments", "leave a comment", "log in to comment", "post a comment", "add a comment",
                "view comments", "all comments", "reply", "report abuse", "wrote:", "posted by", "hours ago",
                "minutes ago", "days ago", "upvote", "join the conversation", "comment policy"),
    "app": ("download the app", "download our app", "get the app", "our app", "in the app", "open in app",
            "app store", "google play", "ios", "android", "push notifications", "news alerts", "mobile app"),
}
SPAM_CUES = tuple(dict.fromkeys(c for cues in SPAM_CUES_BY_KIND.values() for c in cues))
# News credits: who reported, wrote, edited or photographed the story. Content, not spam.
CREDIT_CUES = ("reporting by", "editing by", "writing by", "additional reporting", "compiled by", "edited by",
               "photo:", "photos:", "photo by", "(photo", "photo credit", "courtesy of", "file photo", "reporter",
               "correspondent", "staff writer", "contributed to this report", "/reuters", "/ap", "/afp",
               "/xinhua", "getty images")
# Tags in brackets that open an ad put inside a story ("[Sponsored]"); a unit starts there.
AD_TAGS = ("Ad", "AD", "Ads", "Advertisement", "ADVERTISEMENT", "Sponsored", "Promoted", "Promotion", "Paid post",
           "Partner content")
# Labels of page controls that sites print on the same line as the date or source; a unit starts there.
CONTROL_LABELS = ("Font:", "Font size:", "Text size:", "Print this", "Share this:", "Share:")
# Markers that news sites put inside the text of a story (an ad slot); a unit ends before and after them.
INLINE_BREAKS = ("ADVERTISEMENT", "Advertisement", "Sponsored content", "Scroll to continue reading",
                 "Scroll to continue", "Story continues below advertisement", "Story continues below",
                 "Article continues below", "Continue reading below", "Continue reading the main story")
# Words that make a line read as a sentence about the story rather than a listing.
VERB_HINTS = (
    " is ", " are ", " was ", " were ", " will ", " has ", " have ", " had ", " said", " says", " told", " would ",
    " could ", " can ", " should ", " expects", " expected", " plans", " added", " noted", " announced", " reported",
    " according to", " that ", " which ", " who ", " rose ", " fell ", " grew ", " increased ", " decreased ",
    " reached ", " became ", " began ", " did ", " does ", " made ", " took ", " gave ", " found ", " showed ",
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
    "introduce", "remind", "worry", "reiterate", "complain", "allege", "testify", "boast", "recommend", "propose",
    "advise", "affirm", "repeat", "fear", "doubt", "speculate", "foresee", "envisage", "envision",
)
# Reporting verbs whose content is about the future whatever its tense ("she expected the ratio to peak").
FORECAST_CUE_VERBS = ("expect", "predict", "forecast", "anticipate", "project", "plan", "hope", "vow", "pledge",
                      "promise", "aim", "intend")
# Verbs whose source is the one they were heard from: "The reporter learned from the bureau that …".
FROM_SOURCE_VERBS = ("learn", "hear")
# Verbs whose subject holds the intention of the verb it takes ("Google hopes to add …"): that subject is
# the source of an own-voice plan.
INTENT_VERBS = ("plan", "intend", "aim", "hope", "seek", "vow", "pledge", "promise", "want", "expect", "propose",
                "threaten")
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
    "magistrate", "county magistrate", "deputy magistrate",
    "board chairman", "general secretary", "deputy head", "team leader", "sales manager", "purchasing manager",
    "plant manager", "factory director", "representative", "consultant", "adviser", "advisor",
    "vice mayor", "vice governor", "vice minister", "vice premier", "premier", "deputy minister", "deputy governor",
    "executive vice president", "senior vice president", "general counsel", "chief financial officer",
    "chief operating officer", "chief technology officer", "chief scientist", "senior engineer", "party chief",
    "village head", "county head", "director-general", "deputy director-general", "ambassador", "consul general",
    "judge", "lawyer", "attorney", "general manager assistant", "board secretary", "supervisor", "vice chairwoman",
    "councillor", "councilor", "senator", "lawmaker", "legislator", "congressman", "congresswoman", "treasurer",
    "chancellor", "inspector", "coordinator", "strategist", "portfolio manager",
    "fund manager", "economist", "lecturer", "scientist", "curator", "reporter", "correspondent", "editor",
    "journalist", "columnist", "chair", "co-chair", "vice chair", "deputy chair", "superintendent", "buyer",
    "farmer", "grower", "villager", "resident", "vendor", "shopkeeper", "wholesaler", "trader", "distributor", "dealer",
)

# Honorifics written before a name, never part of it (Malaysian and British styles).
HONORIFICS = ("Tan Sri", "Puan Sri", "Datuk Seri", "Datuk", "Datin", "Dato' Sri", "Dato' Seri", "Dato'", "Dato", "Tun",
              "Toh Puan", "Sir", "Dame", "Yang Berhormat", "YB", "Pehin", "Hon.", "Hon", "Rt Hon.", "Rt Hon",
              # Nigerian and other West African forms of address
              "Engr.", "Engr", "Eng.", "Chief", "Cllr", "Cllr.", "Haji", "Hajjah", "Comrade", "Alhaji", "Alhaja", "Barr.", "Arc.", "Otunba", "Pastor", "Rev.", "Sheikh",
              # Indonesian and Indian forms of address and degrees written before the name
              "Ir.", "Drs.", "Dra.", "Hj.", "Smt.", "Shri", "Shrimati",
              # Thai, clerical and South African provincial forms of address
              "Khun", "Rev", "Revd", "Revd.", "MEC")

ORG_SUFFIXES = (
    "Co., Ltd.", "Co.,Ltd.", "Co. Ltd.", "Co., Ltd", "Co.,Ltd", "Co. Ltd", "Company Limited", "Co.", "Ltd.", "Ltd",
    "Limited", "Inc.", "Inc", "Incorporated", "Corp.", "Corp", "Corporation", "Company", "Group", "Holdings", "Holding", "LLC",
    "L.L.C.", "PLC", "plc", "GmbH", "AG", "S.A.", "SA", "N.V.", "AB", "K.K.", "Pte", "Pty", "LLP", "LP",
    "Association", "Federation", "Chamber of Commerce", "Chamber", "Council", "Committee", "Commission", "Bureau",
    "Administration", "Agency", "Authority", "Ministry", "Department", "Bank", "University", "College",
    "Institute", "Academy", "School", "Foundation", "Society", "Union", "Cooperative", "Co-operative", "Alliance",
    "Consortium", "Partners", "Industries", "Industry Co.", "Enterprises", "Technologies", "Technology",
    "Electronics", "Pharmaceutical", "Pharmaceuticals", "Motors", "Airlines", "Airways", "Securities",
    "Insurance", "Fund", "Capital", "Investment", "Ventures", "Trust", "Exchange", "Port Group", "Hospital",
    "Court", "Party", "Club", "Team", "News", "Daily", "Times", "Post", "Press", "Television", "TV", "Media",
)
# Ordinary words that name an organization's trade or remit ("Printing and Dyeing Co.", "Bureau of Industry
# and Information Technology"): "A and B" joined by one of these is one name, not two companies.
# Online marketplaces and platforms that news names as companies (general knowledge): "sells through Douyin
# live", "TikTok Shop sellers", 在抖音、快手开设直播间
PLATFORMS = ("TikTok Shop", "TikTok", "Douyin", "Kuaishou", "Taobao", "Tmall", "Pinduoduo", "Xiaohongshu", "Shopee",
             "Lazada", "Temu", "AliExpress", "Tokopedia", "Flipkart", "Jumia", "Mercado Libre", "Etsy", "eBay")

ORG_NAME_WORDS = (
    "industry", "industries", "information", "technology", "science", "sciences", "commerce", "trade", "trading",
    "development", "reform", "research", "rural", "urban", "affairs", "construction", "transport",
    "transportation", "housing", "finance", "financial", "economic", "economy", "culture", "tourism",
    "education", "health", "food", "foods", "drug", "drugs", "market", "regulation", "natural", "resources",
    "environment", "ecology", "planning", "investment", "import", "export", "printing", "dyeing", "valve",
    "valves", "pump", "pumps", "machinery", "equipment", "electric", "electrical", "electronics", "power",
    "energy", "chemical", "chemicals", "textile", "textiles", "garment", "garments", "apparel", "shoes",
    "leather", "footwear", "furniture", "home", "lighting", "hardware", "tools", "plastics", "rubber", "steel",
    "metal", "metals", "glass", "paper", "packaging", "logistics", "shipping", "parts", "sports", "media", "arts",
    "crafts", "design", "engineering", "services", "service", "consulting", "management", "social", "security",
    "human", "labor", "labour", "agriculture", "forestry", "fisheries", "water", "gas", "oil", "mining",
    "communications", "telecommunications", "insurance", "banking", "securities", "futures", "land", "property",
    "real", "estate", "industrial", "commercial", "public", "safety", "emergency", "customs", "taxation",
    "statistics", "justice", "defense", "defence", "foreign", "veterans", "quality", "inspection", "quarantine",
    "standards", "innovation", "medicine", "medical", "pharmaceutical", "biology", "beverage", "wine", "tea",
    "dairy", "grain", "textile", "wood", "bamboo", "silk", "jewelry", "toys", "gifts", "electronic", "software",
)
# Kinds of business that follow a brand in a company's short name ("Yongsheng Convenience", "Hexiang Tea").
BUSINESS_KINDS = (
    "convenience", "supermarket", "supermarkets", "mart", "market", "store", "stores", "shop", "shops", "bakery",
    "pharmacy", "restaurant", "restaurants", "hotel", "hotels", "cafe", "kitchen", "farm", "farms", "brewery",
    "winery", "distillery", "dairy", "foods", "food", "snacks", "beverages", "drinks", "fashion", "clothing",
    "textile", "fabrics", "knitting", "weaving", "ceramics", "porcelain", "motor", "motors", "auto", "automobile",
    "cars", "bikes", "bicycle", "tech", "technology", "smart", "digital", "network", "networks", "software",
    "semiconductor", "semiconductors", "battery", "batteries", "solar", "photovoltaic", "new", "materials",
    "material", "chemical", "pharma", "biotech", "bio", "medical", "health", "healthcare", "hospital", "clinic",
    "education", "school", "academy", "property", "properties", "realty", "estate", "construction", "building",
    "cement", "steel", "aluminium", "aluminum", "copper", "mining", "shipping", "shipyard", "port", "freight",
    "express", "courier", "delivery", "travel", "tourism", "airlines", "air", "bank", "securities", "capital",
    "fund", "funds", "insurance", "trust", "leasing", "finance", "holdings", "group", "industrial", "machinery",
    "machine", "tools", "electric", "electrical", "electronics", "appliances", "lighting", "optics", "optical",
    "furniture", "home", "homes", "decor", "packaging", "printing", "paper", "plastics", "rubber", "glass", "toys",
    "sports", "outdoor", "pet", "seeds", "agriculture", "agri", "fisheries", "seafood", "meat", "poultry", "grain",
    "oil", "oils", "tea", "coffee", "wine", "liquor", "media", "culture", "entertainment", "games", "film", "design",
    "consulting", "logistics", "trading", "imports", "exports", "garments", "apparel", "shoes", "footwear",
    "leather", "bags", "jewelry", "cosmetics", "beauty", "robotics", "drones", "energy", "power", "water", "gas",
    "terminal", "terminals", "gateway", "container", "containers", "harbour", "harbor", "wharf", "docks", "lines",
    "railway", "railways", "metro", "transit", "bus", "airport", "cold", "chain", "supply", "warehouse",
    "warehousing", "evening", "morning", "weekly", "herald", "tribune", "journal", "observer", "review",
    "lithium", "cobalt", "nickel", "rare", "earth", "gold", "silver", "zinc", "tin", "coal", "iron", "titanium",
    "silicon", "graphite", "mining", "minerals", "resources", "pharmaceutical", "biological", "biologics",
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

# Last words of news outlets' names, on a header line of their own ("Gulf Prairie Business Wire", "Irish Business
# Post"): many are surnames too ("Pieter Post"), so they make an outlet only where outlets are named
OUTLET_WORDS = ("Times", "News", "Daily", "Herald", "Journal", "Gazette", "Tribune", "Chronicle", "Ledger", "Courier",
                "Telegraph", "Weekly", "Magazine", "Newswire", "Monitor", "Wire", "Observer", "Insider", "Bulletin",
                "Digest", "Echo", "Post", "Review", "Record", "Express", "Standard", "Examiner", "Sentinel", "Dispatch",
                "Recorder", "Advertiser", "Mercury", "Argus", "Star", "Press")
