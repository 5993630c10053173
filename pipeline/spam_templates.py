"""Page furniture and look-alike content for the spam trainer's synthetic articles (``spam_train``).

News pages carry more than ads: consent banners, ad-slot markers, "Read more" links, newsletter boxes,
author bios, paywall notices, market tickers, reader comments, app prompts, font and print controls. And
stories carry lines that look like spam but are content: credits and datelines, photo captions, tables of
figures and results, sub-headings, a speaker's name over a quotation. The generators below write both, in
English and Chinese, from general vocabulary (written for this project; no text of any evaluation set).

Each spam generator returns ``(text, where)``: ``where`` is ``start``, ``end``, ``middle`` (a block of its
own between paragraphs) or ``inline`` (inside a paragraph, between two sentences, as the site put it: no
full stop added). Each content generator returns ``(text, where)`` with ``where`` one of ``top`` (under the
title), ``body`` (a block between paragraphs), ``end`` (after the last paragraph), ``prefix`` (the start of
the first paragraph) or ``suffix`` (the end of a paragraph).
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

# --- shared vocabulary ----------------------------------------------------------------------------

EN_FIRST = ("James", "Mary", "Daniel", "Sarah", "Michael", "Emma", "David", "Laura", "Thomas", "Anna", "Peter",
            "Claire", "Mark", "Julia", "Paul", "Helen", "Kevin", "Grace", "Simon", "Nina", "Oliver", "Rachel",
            "Tom", "Lucy", "Ben", "Alice", "Adam", "Kate", "Ryan", "Sophie", "Li", "Wei", "Jing", "Hao", "Min",
            "Yan", "Priya", "Arjun", "Carlos", "Maria", "Ahmed", "Fatima", "Kenji", "Yuki", "Hans", "Ingrid")
EN_LAST = ("Smith", "Brown", "Taylor", "Wilson", "Clarke", "Walker", "Wright", "Hall", "Green", "Baker", "Hughes",
           "Turner", "Parker", "Evans", "Murphy", "Kelly", "Schmidt", "Weber", "Rossi", "Silva", "Tanaka", "Kim",
           "Nguyen", "Patel", "Singh", "Wang", "Li", "Zhang", "Liu", "Chen", "Huang", "Zhao", "Wu", "Zhou", "Lin",
           "Tan", "Lee", "Ng", "Cheung", "Ho", "Khan", "Lopez", "Garcia", "Novak", "Larsen")
EN_CITIES = ("Beijing", "Shanghai", "Shenzhen", "Hong Kong", "Singapore", "Tokyo", "Seoul", "London", "Frankfurt",
             "New York", "Washington", "Brussels", "Paris", "Sydney", "Mumbai", "Jakarta", "Bangkok", "Hanoi",
             "Dubai", "Nairobi", "Sao Paulo", "Toronto", "Guangzhou", "Hangzhou", "Chengdu", "Wuhan", "Taipei")
EN_COUNTRIES = ("China", "Japan", "U.S.", "Britain", "Germany", "France", "Italy", "Canada", "Australia", "Norway",
                "Sweden", "Kenya", "Brazil", "Spain", "South Korea", "India", "Russia", "Netherlands", "Austria")
EN_AGENCIES = ("Reuters", "AP", "AFP", "Xinhua", "Bloomberg", "EPA", "Getty Images", "VCG", "IC Photo")
EN_SITE_A = ("Daily", "Morning", "Evening", "Global", "Asia", "China", "Pacific", "Harbour", "Capital", "Metro",
             "Northern", "Southern", "Eastern", "Business", "Financial", "Trade", "Economic", "City")
EN_SITE_B = ("Herald", "Post", "Times", "Review", "Observer", "Tribune", "Journal", "News", "Monitor", "Standard",
             "Chronicle", "Gazette", "Report", "Wire", "Insider", "Weekly", "Digest")
EN_BEATS = ("energy", "trade", "technology", "property", "banking", "markets", "agriculture", "shipping", "autos",
            "retail", "health", "climate", "manufacturing", "telecoms", "logistics", "education", "aviation")
EN_SECTIONS_LONG = ("Home", "News", "Business", "Companies & Markets", "Science & Technology", "World", "Asia Pacific",
                    "China", "Economy", "Energy & Environment", "Industry", "Agriculture", "Property", "Finance",
                    "Opinion", "Sport", "Culture", "Autos", "Semiconductors", "Trade & Investment", "Local News",
                    "Regions", "Health", "Transport", "Retail", "Banking", "Commodities", "Video", "Pictures")
EN_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")

ZH_SURNAME = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
ZH_GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红玉兰春晓晨阳雪梅海波宁欣怡浩然子涵宇轩俊杰嘉琪思远慧敏文博立新振华"
ZH_CITY = ("北京", "上海", "广州", "深圳", "杭州", "南京", "武汉", "成都", "重庆", "西安", "天津", "苏州", "郑州", "长沙",
           "青岛", "宁波", "厦门", "合肥", "济南", "福州", "昆明", "南昌", "沈阳", "大连", "哈尔滨", "石家庄", "南宁", "贵阳")
ZH_SITE_A = ("财经", "商业", "经济", "产经", "资讯", "新闻", "商报", "观察", "时报", "日报", "晚报", "在线", "热线", "商讯")
ZH_TOPICS = ("财经", "楼市", "汽车", "科技", "三农", "外贸", "产业", "民生", "健康", "教育", "航运", "能源", "金融", "本地")
ZH_SECTIONS = ("首页", "新闻中心", "财经", "产经", "行业动态", "本地新闻", "国内", "国际", "科技", "汽车", "房产", "企业",
               "三农", "畜牧业", "农业", "能源", "金融", "证券", "正文", "专题", "评论", "图片", "视频", "政务")


def en_name(rng: random.Random) -> str:
    return f"{rng.choice(EN_FIRST)} {rng.choice(EN_LAST)}"


def zh_name(rng: random.Random) -> str:
    return rng.choice(ZH_SURNAME) + "".join(rng.choice(ZH_GIVEN) for _ in range(rng.randint(1, 2)))


def en_site(rng: random.Random) -> str:
    return rng.choice((f"The {rng.choice(EN_SITE_A)} {rng.choice(EN_SITE_B)}", f"{rng.choice(EN_SITE_A)} {rng.choice(EN_SITE_B)}",
                       f"{rng.choice(EN_CITIES)} {rng.choice(EN_SITE_B)}"))


def zh_site(rng: random.Random) -> str:
    return rng.choice(ZH_CITY) + rng.choice(ZH_SITE_A) + rng.choice(("网", "报", "", "网"))


def _handle(rng: random.Random, name: str) -> str:
    parts = re.sub(r"[^a-z ]", "", name.lower()).split() or ["news"]
    return rng.choice((parts[0][:1] + parts[-1], parts[0] + "_" + parts[-1], parts[-1] + str(rng.randint(1, 99))))


def _email(rng: random.Random, site: str, user: str | None = None) -> str:
    host = re.sub(r"[^a-z]", "", site.lower().replace("the ", ""))[:16] or "news"
    return f"{user or rng.choice(('news', 'tips', 'letters', 'desk', 'editor', 'newsroom'))}@{host}.{rng.choice(('com', 'com', 'net', 'co.uk', 'com.cn'))}"


def _url(rng: random.Random, site: str) -> str:
    host = re.sub(r"[^a-z]", "", site.lower().replace("the ", ""))[:16] or "news"
    path = rng.choice(("", f"/news/{rng.randint(2019, 2025)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}/{rng.randint(1000, 99999)}.html",
                       f"/a/{rng.randint(10 ** 5, 10 ** 7)}", f"/s/{''.join(rng.choice('abcdefghkmnpqrstuvwxyzABCDEFGH0123456789') for _ in range(10))}"))
    return rng.choice(("https://www.", "http://www.", "https://", "www.")) + host + rng.choice((".com", ".cn", ".com.cn", ".net")) + path


def _pick(rng: random.Random, choices):
    total = sum(w for w, _ in choices)
    x = rng.random() * total
    for w, f in choices:
        x -= w
        if x <= 0:
            return f
    return choices[-1][1]


@dataclass
class Page:
    """What a page's furniture refers to: the site, the story's words, other headlines."""

    site: str
    topic: list[str] = field(default_factory=list)
    headlines: list[str] = field(default_factory=list)
    vocab: list[str] = field(default_factory=list)  # content words of the story (EN) or 2-4 character chunks (ZH)


_EN_STOP = frozenset("that this with from have were will would said says also than their there they them been which "
                     "when where what about after before into over more most some such only other year years could "
                     "should while because first last since between under still many much very just like make made "
                     "including percent million billion according".split())


def story_vocab(rng: random.Random, body: str, zh: bool, k: int = 80) -> list[str]:
    """Words of the story a listing can be made of (spam sites fill listings with the page's own words)."""
    if zh:
        runs = re.findall(r"[\u4e00-\u9fff]{2,}", body)
        out = []
        for r in runs:
            n = rng.choice((2, 2, 3, 4))
            if len(r) >= n:
                at = rng.randint(0, len(r) - n)
                out.append(r[at:at + n])
        return list(dict.fromkeys(out))[:k]
    words = [w for w in re.findall(r"\b[a-z][a-z-]{3,}\b", body.lower()) if w not in _EN_STOP]
    return list(dict.fromkeys(words))[:k]


def _headlines(rng: random.Random, page: Page, k: int) -> list[str]:
    pool = page.headlines or ["Markets close higher"]
    return rng.sample(pool, min(len(pool), k))


# --- English page furniture (spam) -----------------------------------------------------------------

def _en_cookie(rng, page):
    subject = rng.choice(("We use cookies", "This site uses cookies", "This website uses cookies",
                          "We and our partners use cookies", "Our website uses cookies and similar technologies",
                          f"{page.site} uses cookies"))
    purpose = rng.choice(("to improve your experience", "to give you the best possible experience",
                          "to personalise content and ads", "to analyse our traffic",
                          "to provide social media features and analyse traffic", "for analytics and advertising",
                          "to remember your preferences", "to make our site work and to understand how you use it"))
    second = rng.choice(("By continuing to browse the site, you agree to our use of cookies.",
                         "By continuing to use this website, you consent to the use of cookies.",
                         "By clicking \"Accept\", you agree to the storing of cookies on your device.",
                         "You can change your cookie settings at any time.",
                         "Read our Cookie Policy to find out more.", "Find out more in our privacy notice.",
                         "Some are essential, others help us improve the service.", ""))
    buttons = rng.sample(("Accept", "Accept all", "Accept cookies", "Reject all", "Decline", "Manage settings",
                          "Cookie settings", "Manage preferences", "OK", "Got it", "I agree", "More info",
                          "Privacy policy"), rng.randint(1, 3))
    sep = rng.choice((" | ", "  ", " / ", " · "))
    text = f"{subject} {purpose}." + (f" {second}" if second else "")
    if rng.random() < 0.7:
        text += rng.choice(("\n", " ", "\n")) + sep.join(buttons)
    return text, rng.choice(("start", "start", "end"))


def _en_ad_slot(rng, page):
    marker = rng.choice(("Advertisement", "ADVERTISEMENT", "Advertisement", "Advertisement · Scroll to continue",
                         "Story continues below advertisement", "Article continues below", "Continue reading the main story",
                         "Advertisement - Continue reading below", "- Advertisement -", "Sponsored content", "AD"))
    return marker, rng.choice(("middle", "middle", "inline", "end"))


def _en_read_more(rng, page):
    prefix = rng.choice(("Read more:", "READ MORE:", "Also read:", "Related:", "RELATED:", "See also:", "MORE:",
                         "Read also:", "Recommended:", "Further reading:", "READ:", "Also on " + page.site + ":",
                         "You might also like:", "Related coverage:"))
    heads = _headlines(rng, page, rng.randint(1, 3))
    sep = rng.choice((" | ", "; ", " / ", " · ", " | "))
    return f"{prefix} {sep.join(heads)}", rng.choice(("middle", "middle", "inline", "end"))


def _en_newsletter(rng, page):
    beat = rng.choice(page.topic[:6] or EN_BEATS).lower() if page.topic and rng.random() < 0.5 else rng.choice(EN_BEATS)
    nl = rng.choice((f"The {beat.title()} Brief", f"{page.site} Today", f"The {rng.choice(EN_SITE_A)} Briefing",
                     f"{beat.title()} Weekly", "Morning Bulletin", f"Inside {beat.title()}"))
    day = rng.choice(("Monday", "Friday", "weekday", "morning", "Sunday", "week"))
    line = rng.choice((f"Sign up for {nl}, our free {rng.choice(('daily', 'weekly'))} newsletter on {beat}.",
                       f"Newsletter: {nl} - the week's {beat} stories, every {day}.",
                       f"Get {nl} in your inbox every {day}.",
                       f"Want more {beat} news? Sign up for our free {rng.choice(('daily', 'weekly'))} newsletter.",
                       f"Stay informed: subscribe to {nl} for the top {beat} stories.",
                       f"The best of {page.site}, delivered to your inbox every {day}."))
    cta = rng.choice(("Enter your email  Subscribe", "Email address  Sign up", "Sign up now", "Subscribe for free",
                      "Sign up", "By signing up you agree to our Terms of Use and Privacy Policy.", ""))
    sep = rng.choice((" ", "\n", " "))
    return line + (sep + cta if cta else ""), rng.choice(("middle", "end", "end", "inline"))


def _en_author_bio(rng, page):
    name = en_name(rng)
    she = rng.random() < 0.5
    pro, obj = ("She", "her") if she else ("He", "him")
    beat = rng.choice(EN_BEATS)
    head = rng.choice(("About the author", "ABOUT THE AUTHOR", "About the writer", "The author", "", ""))
    lines = [rng.choice((f"{name} is a {rng.choice(('reporter', 'senior correspondent', 'columnist', 'editor'))} at "
                         f"{page.site}, covering {beat} and {rng.choice(EN_BEATS)}.",
                         f"{name} covers {beat} for {page.site} from {rng.choice(EN_CITIES)}.",
                         f"{name} writes about {beat} and the {rng.choice(('Chinese', 'Asian', 'global'))} economy."))]
    if rng.random() < 0.6:
        lines.append(rng.choice((f"{pro} joined {page.site} in {rng.randint(2008, 2023)}.",
                                 f"{pro} previously reported from {rng.choice(EN_CITIES)} and {rng.choice(EN_CITIES)}.",
                                 f"Before that, {pro.lower()} worked for {en_site(rng)} for {rng.randint(2, 12)} years.")))
    if rng.random() < 0.6:
        lines.append(rng.choice((f"Follow {obj} on X @{_handle(rng, name)}", f"Contact {obj}: {_email(rng, page.site, _handle(rng, name))}",
                                 f"More by {name}", f"Email {obj} at {_email(rng, page.site, _handle(rng, name))}")))
    body = " ".join(lines) if rng.random() < 0.5 else "\n".join(lines)
    return (head + "\n" + body if head else body), "end"


def _en_paywall(rng, page):
    parts = rng.sample(("Subscribe to continue reading.", "This article is for subscribers only.",
                        "You have reached your limit of free articles this month.",
                        f"You have {rng.randint(1, 4)} free articles left this month.",
                        f"Subscribe now for unlimited access from ${rng.choice((1, 2, 4, 9))} a {rng.choice(('week', 'month'))}.",
                        "Already a subscriber? Log in", "Register for free to keep reading.",
                        f"Unlock this story and get full access to {page.site}.", "Start your free trial",
                        "Cancel anytime.", "Subscribe to unlock unlimited access to all our journalism.",
                        "Premium content: sign in to continue reading."), rng.randint(1, 3))
    return rng.choice((" ", "\n")).join(parts), rng.choice(("start", "middle", "end", "end"))


_TICKERS = ("SHCOMP", "SZCOMP", "HSI", "CSI 300", "Nikkei 225", "S&P 500", "Dow", "Nasdaq", "FTSE 100", "DAX",
            "KOSPI", "STI", "USD/CNY", "EUR/USD", "USD/JPY", "Gold", "Brent", "WTI", "Bitcoin", "Copper")


def _en_ticker(rng, page):
    items = []
    for t in rng.sample(_TICKERS, rng.randint(3, 6)):
        v = rng.uniform(1, 40000)
        chg = rng.uniform(0, 3)
        up = rng.random() < 0.5
        fmt = f"{v:,.2f}" if v > 100 else f"{v:.4f}"
        items.append(rng.choice((f"{t} {fmt} {'▲' if up else '▼'}{chg:.2f}%", f"{t} {fmt} {'+' if up else '-'}{chg:.2f}%",
                                 f"{t} {fmt} ({'+' if up else '-'}{chg:.2f}%)")))
    return rng.choice(("  ", " ", " | ")).join(items), rng.choice(("start", "start", "start", "end"))


_EN_OPINIONS = ("This is exactly what I expected.", "Who is going to pay for this?", "Great reporting, thanks.",
                "I don't buy it. The numbers don't add up.", "Same story every year.", "Finally some good news.",
                "Can anyone explain why prices are so high here?", "Totally agree with the last point.",
                "Let's see if they actually deliver this time.", "Not surprised at all.", "Interesting read.",
                "The government should have acted years ago.", "My family has been hit hard by this.",
                "Where are the regulators?", "Good luck with that.", "Anyone else think this is overhyped?")


_EN_OPENERS = ("", "", "Honestly, ", "Lol ", "Well, ", "Agree. ", "Not sure about this. ", "Sorry but ", "Wow. ",
               "As someone who works in this industry, ", "Let's be real, ", "@" + "{user} ")
_EN_CORES = ("{t} is the future, no doubt.", "{t} prices are crazy right now.", "I have been saying this about {t} for years.",
             "nobody asked for more {t}.", "{t} won't fix anything.", "my cousin works in {t} and says the same.",
             "who still believes the official {t} numbers?", "good for {t}, about time.", "{t} again? Seriously?",
             "this will hurt small {t} businesses the most.", "the real story is {t}, not this.",
             "I stopped buying {t} last year.", "{t} was better ten years ago.", "can't wait to see how {t} turns out.",
             "typical, they always blame {t}.", "where I live {t} is still a joke.")
_EN_CLOSERS = ("", "", " Just my two cents.", " Change my mind.", " Thanks for the article.", " Sad.", "!!", " :)",
               " Anyone agree?", " lol")


def _en_opinion(rng, page):
    topic = (rng.choice(page.topic) if page.topic and rng.random() < 0.6 else rng.choice(EN_BEATS)).lower()
    core = rng.choice(_EN_CORES).format(t=topic)
    opener = rng.choice(_EN_OPENERS).format(user=rng.choice(EN_FIRST).lower())
    text = opener + (core[0].upper() + core[1:] if not opener or opener.endswith(". ") else core)
    return text + rng.choice(_EN_CLOSERS)


def _en_comment(rng, page):
    n = rng.randint(1, 4)
    head = rng.choice(("Comments", f"Comments ({rng.randint(1, 300)})", f"{rng.randint(2, 300)} comments",
                       "Reader comments", "Join the conversation", "Leave a comment", "Show comments", ""))
    lines = [head] if head else []
    for _ in range(n):
        user = rng.choice((_handle(rng, en_name(rng)), en_name(rng), rng.choice(EN_FIRST) + str(rng.randint(1, 999))))
        words = rng.choice(_EN_OPINIONS) if rng.random() < 0.3 else _en_opinion(rng, page)
        style = rng.random()
        if style < 0.3:
            lines += [f"{user} · {rng.randint(1, 23)} hours ago", words]
        elif style < 0.6:
            lines.append(f"{user} wrote: {words}")
        else:
            lines.append(f"{user}: {words}")
        if rng.random() < 0.4:
            lines.append(rng.choice(("Reply", f"Reply | Like ({rng.randint(0, 99)})", "Report", f"{rng.randint(1, 90)} likes  Reply")))
    if rng.random() < 0.6:
        lines.append(rng.choice(("Log in to comment", f"View all {rng.randint(5, 400)} comments", "Load more comments",
                                 "Comments are moderated.", "Post a comment")))
    return "\n".join(lines), "end"


def _en_app(rng, page):
    site = page.site.removeprefix("The ")
    text = rng.choice((f"Download the {site} app for breaking news alerts.", f"Get the {site} app: iOS | Android",
                       f"Read this story in the {site} app", "Open in app",
                       "For the latest news, download our app on the App Store or Google Play.",
                       "Turn on push notifications to get the news first.", "Get our app  App Store  Google Play",
                       f"Tip-offs: {_email(rng, page.site)} | Get the {site} app: iOS | Android"))
    return text, rng.choice(("start", "end", "end", "middle"))


def _en_chrome(rng, page):
    text = rng.choice(("Font size: A A A", "Text size: Small | Medium | Large", "Font: Large Medium Small",
                       "Print | Email | Share", f"Listen to this article · {rng.randint(2, 9)} min", "Save article",
                       "Gift this article", "Skip to main content", "Menu  Search  Sign in", "A- A A+",
                       "Print this page  Email this page", "Share  Save  Print", "Text: Big Medium Small"))
    return text, rng.choice(("start", "start", "end"))


def _en_crumbs(rng, page):
    prefix = rng.choice(("", "", "You are here: ", "Current location: ", "Location: ", "Current position: "))
    first = rng.choice(("Home", "Home page", "Homepage", "HOME", ""))
    parts = ([first] if first else []) + rng.sample(EN_SECTIONS_LONG[1:], rng.randint(2, 3))
    sep = rng.choice((" > ", " » ", " / ", " › ", " >> "))
    return prefix + sep.join(parts), "start"


_EN_AD_OFFERS = ("Trade in your old phone for up to {n} yuan credit", "Get {p}% off your first order",
                 "Save up to {p}% on flights to Asia this summer", "Ready-built warehouses from {n} m2, flexible lease terms",
                 "Open a business account in 10 minutes, no paperwork", "Earn {p}% interest on your savings",
                 "Learn English online with native teachers - first lesson free", "New apartments from {n} yuan per m2",
                 "Free delivery on all orders this week", "Plan your retirement with our wealth advisers",
                 "Cloud servers from ${d} a month", "Hire verified suppliers in 48 hours",
                 "Book a free consultation with our tax experts", "Compare car insurance and save up to {p}%",
                 "Join {n} companies that trust our logistics platform", "Upgrade to the new model today")
_EN_AD_TAILS = ("Terms apply.", "Book now >>", "Learn more", "Sign up today.", "Limited time offer.", "Shop now.",
                "Apply now.", "Offer ends Sunday.", "Call us today.", "Find out more.", "")


def _en_native_ad(rng, page):
    tag = rng.choice(("[Sponsored]", "[Ad]", "Sponsored:", "Promoted:", "Partner content:", "PAID POST:", "(Advertisement)",
                      "[Advertorial]", "AD |", "Sponsored |", "[Promoted]"))
    offer = rng.choice(_EN_AD_OFFERS).format(n=rng.choice((500, 1500, 2000, 3000, 10000)), p=rng.choice((10, 15, 20, 30, 50)),
                                             d=rng.choice((3, 5, 9)))
    lead = rng.choice(("", "", f"{rng.choice(('Looking for a new home?', 'Expanding your factory?', 'Need a loan?', 'Travelling soon?'))} "))
    tail = rng.choice(_EN_AD_TAILS)
    text = f"{tag} {lead}{offer}{rng.choice(('.', ' -', '!', '.'))} {tail}".strip()
    return text, rng.choice(("middle", "middle", "inline", "end"))


def _en_follow(rng, page):
    beat = rng.choice(EN_BEATS)
    text = rng.choice((f"Follow {page.site} on {rng.choice(('WeChat', 'X', 'Facebook', 'LinkedIn', 'Instagram', 'Telegram'))} for the latest {beat} news",
                       f"Join our WhatsApp channel for {beat} updates", f"Like {page.site} on Facebook",
                       f"Follow us on {rng.choice(('X', 'Threads', 'Bluesky'))} @{_handle(rng, page.site)}",
                       f"Scan to follow {page.site} on WeChat"))
    return text, rng.choice(("inline", "inline", "end", "middle"))


def _en_most_read(rng, page):
    head = rng.choice(("Most read", "Most popular", "Trending now", "Top stories", "Most viewed", "Editor's picks",
                       "Latest news", "More from " + page.site))
    heads = _headlines(rng, page, rng.randint(3, 5))
    numbered = rng.random() < 0.6
    lines = [f"{i}. {h}" if numbered else h for i, h in enumerate(heads, 1)]
    return head + "\n" + "\n".join(lines), "end"


def _en_topics(rng, page):
    tags = rng.sample(list(dict.fromkeys((page.topic or []) + list(EN_BEATS))), 4)
    return rng.choice((f"Topics: {', '.join(tags)}", f"Filed under: {' | '.join(tags)}",
                       f"Hot topics: {' '.join('#' + t.replace(' ', '') for t in tags)}", f"Keywords: {', '.join(tags)}",
                       f"Tags: {' | '.join(tags)}")), rng.choice(("end", "end", "start"))


_EN_LIST_HEADS = ("Machine", "Kit", "Parts", "Set", "Supplies", "Equipment", "Module", "System", "Series", "Pro",
                  "Accessories", "Device", "Tool", "Unit", "Material", "Cover", "Frame", "Board", "Tray", "Valve")


def _en_story_listing(rng, page):
    """A product listing made of the story's own words: 'Harbour Crane Parts,Container Lashing Kit,...'."""
    vocab = page.vocab or list(EN_BEATS)
    items = []
    for _ in range(rng.randint(3, 7)):
        words = [w.title() for w in rng.sample(vocab, min(len(vocab), rng.randint(1, 3)))]
        if rng.random() < 0.4:
            words.append(rng.choice(_EN_LIST_HEADS))
        items.append(" ".join(words))
    sep = rng.choice((",", ",", ", ", " | ", " / ", ";"))
    return sep.join(items), rng.choice(("end", "end", "middle", "middle", "inline"))


def _en_disclaimer(rng, page):
    first = rng.choice(("Disclaimer: The content of this article is for reference only and does not constitute investment advice.",
                        "Disclaimer: This article does not represent the views of this site.",
                        f"The views expressed are the author's own and do not reflect those of {page.site}.",
                        "Risk warning: markets are risky and investment requires caution.",
                        "This content is provided by a third party and is for information only."))
    more = rng.sample(("Investors act at their own risk.", "Readers should verify the information independently.",
                       "Past performance is no guarantee of future results.", "Please consult a professional adviser.",
                       "The site accepts no liability for any loss arising from its use."), rng.randint(0, 2))
    return " ".join([first] + more), "end"


def _en_separator(rng, page):
    return rng.choice(("-" * rng.randint(5, 40), "=" * rng.randint(5, 30), "*" * rng.randint(5, 30), "—" * rng.randint(3, 12),
                       "~" * rng.randint(5, 20), "_" * rng.randint(5, 30))), rng.choice(("end", "middle"))


_EN_MENU = ("Home", "News", "World", "Business", "Markets", "Tech", "Sport", "Sports", "Opinion", "Culture", "Life",
            "Travel", "Weather", "Video", "Photos", "Podcasts", "Local", "Politics", "Science", "Health", "Autos",
            "Real Estate", "Jobs", "Classifieds", "Obituaries", "Contact us", "About us", "Advertise", "Careers",
            "Subscribe", "Sign in", "Log in", "Register", "RSS", "Newsletters", "E-paper", "Archive", "Search",
            "Terms of use", "Privacy", "Site map", "Help", "Events", "Education", "Entertainment", "Lifestyle")


def _en_menu(rng, page):
    """A site menu as text extraction leaves it: one short entry per line (or a run of them)."""
    items = rng.sample(_EN_MENU, rng.randint(4, 16))
    if rng.random() < 0.3:
        items = [i.upper() for i in items]
    sep = rng.choice(("\n", "\n", "\n", " | ", "  "))
    return sep.join(items), rng.choice(("start", "start", "end"))


EN_FURNITURE = ((3, _en_menu), (2, _en_disclaimer), (4, _en_story_listing), (1, _en_separator), (3, _en_cookie), (4, _en_ad_slot), (4, _en_read_more), (3, _en_newsletter), (3, _en_author_bio),
                (3, _en_paywall), (2, _en_ticker), (3, _en_comment), (2, _en_app), (2, _en_chrome), (3, _en_crumbs),
                (4, _en_native_ad), (2, _en_follow), (2, _en_most_read), (1, _en_topics))


def en_furniture(rng: random.Random, page: Page) -> tuple[str, str]:
    return _pick(rng, EN_FURNITURE)(rng, page)


# --- English look-alike content --------------------------------------------------------------------

def _en_credit(rng, page):
    a, b, c = en_name(rng), en_name(rng), en_name(rng)
    text = rng.choice((f"(Reporting by {a}; Editing by {b})", f"(Reporting by {a} in {rng.choice(EN_CITIES)}; Writing by {b}; "
                       f"Editing by {c})", f"(Editing by {a})", f"Additional reporting by {a} in {rng.choice(EN_CITIES)}",
                       f"{a} contributed to this report.", f"({a} reported from {rng.choice(EN_CITIES)}.)",
                       f"Compiled by {a}", f"(Reporting by {a} and {b}; Editing by {c})",
                       f"(Reporter {a} Correspondent {b})", f"-- {a}, {page.site}"))
    return text, rng.choice(("end", "end", "end", "body"))


def _en_byline(rng, page):
    a = en_name(rng)
    date = f"{rng.randint(2019, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    text = rng.choice((f"By {a} | {page.site} | Updated: {date}", f"By {a}, {page.site} correspondent", f"{a} | {date}",
                       f"By {a} | {page.site} | {date}", f"{page.site} | By {a} | Published {date}",
                       f"By {a} | {rng.choice(EN_CITIES)} | {date} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
                       f"By {a} in {rng.choice(EN_CITIES)}", f"Source: {page.site} {date} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
                       f"Published: {date} | Updated: {date}", f"By {a} and {en_name(rng)}",
                       f"{page.site} | {rng.choice(EN_MONTHS)} {rng.randint(1, 28)}, {rng.randint(2019, 2025)}"))
    return text, "top"


def _en_dateline(rng, page):
    city = rng.choice(EN_CITIES)
    text = rng.choice((f"{city.upper()}, {rng.choice(EN_MONTHS)} {rng.randint(1, 28)} ({rng.choice(EN_AGENCIES[:4])}) -",
                       f"{city.upper()} -", f"{city}, {rng.choice(EN_MONTHS)} {rng.randint(1, 28)} ({rng.choice(EN_AGENCIES[:4])}) --"))
    return text + " ", "prefix"


def _en_caption(rng, page):
    who = rng.choice(page.topic[:5]) if page.topic and rng.random() < 0.4 else en_name(rng)
    place = rng.choice(EN_CITIES)
    act = rng.choice((f"{who} speaks at a press conference in {place} on {rng.choice(('Monday', 'Tuesday', 'Thursday'))}.",
                      f"Workers load containers at a port in {place}.", f"A worker checks equipment at a factory in {place}.",
                      f"Visitors look at a display at an exhibition in {place}.", f"Shoppers walk past a store in {place}.",
                      f"{who} (centre) attends a signing ceremony in {place}."))
    credit = rng.choice((f"Photo: {en_name(rng)}", f"(Photo: {en_name(rng)})", f"Photo: {en_name(rng)} / {page.site}",
                         f"{rng.choice(EN_AGENCIES)}/{en_name(rng)}", f"Photo: courtesy of {rng.choice(page.topic or ['the company'])}",
                         f"(Photo by {en_name(rng)}/{rng.choice(EN_AGENCIES)})", f"File photo: {rng.choice(EN_AGENCIES)}"))
    if rng.random() < 0.3:
        return credit, rng.choice(("body", "suffix"))
    return f"{act} {credit}", rng.choice(("body", "body", "suffix"))


def _en_table(rng, page):
    style = rng.randrange(6)
    lead = rng.choice((("Spot rates this week:", "Prices at major markets on Friday:", "Average prices this week were:",
                        "The figures at a glance:"),
                       ("Results:", "Men's final results:", "Leading results:", "Women's results:"),
                       ("Results of the marathon:", "Leading finishers:", "Final times:"),
                       ("Final standings:", "Group A standings (played, won, drawn, lost, goals for, against, points):",
                        "Standings after Sunday's matches:"),
                       ("How the indexes closed:", "Closing levels:", "Key numbers:"),
                       ("Sales by region in the first half:", "Output in the first quarter:",
                        "The ministry gave the following figures:", "Preliminary figures:"))[style])
    rows = []
    for i in range(rng.randint(3, 7)):
        v = rng.uniform(1, 9000)
        p = rng.uniform(0.1, 15)
        up = rng.choice(("up", "down"))
        item = rng.choice(page.topic) if page.topic and rng.random() < 0.3 else rng.choice(EN_CITIES)
        if style == 0:
            rows.append(rng.choice((
                f"{rng.choice(('• ', '- ', '* ', ''))}{item}: ${v:,.0f} per {rng.choice(('tonne', 'TEU', 'unit', 'barrel'))}, {up} {p:.1f}%",
                f"{rng.choice(('• ', '- ', '* ', ''))}{rng.choice(EN_COUNTRIES)}: ${v:,.0f} {rng.choice(('million', 'billion'))}, {up} {p:.1f}%",
                f"{rng.choice(('• ', '- ', ''))}{item}: {rng.choice(('€', '£', '¥', '$'))}{v:,.2f}, {up} {p:.1f}% from a week earlier")))
        elif style == 1:
            rows.append(f"{i + 1}. {en_name(rng)} ({rng.choice(EN_COUNTRIES)}) {rng.uniform(20, 60):.2f}")
        elif style == 2:
            rows.append(f"{en_name(rng)} ({rng.choice(EN_COUNTRIES)}) {rng.randint(1, 3)}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}")
        elif style == 3:
            w, d, lo = rng.randint(0, 9), rng.randint(0, 5), rng.randint(0, 9)
            rows.append(f"{rng.choice(EN_COUNTRIES + EN_CITIES)} {w + d + lo} {w} {d} {lo} {rng.randint(5, 30)} {rng.randint(5, 30)} {3 * w + d}")
        elif style == 4:
            rows.append(f"{item} {v:,.2f} ({'+' if up == 'up' else '-'}{p:.2f}%)")
        else:
            rows.append(f"{rng.choice(('• ', '- ', ''))}{item}: {rng.randint(1, 900)} {rng.choice(('units', 'tonnes', 'million yuan', 'cases'))}, {up} {p:.1f}% year on year")
    sep = "\n"
    return lead + sep + sep.join(rows), "body"


def _en_sports_block(rng, page):
    """Results services of news agencies: scorecards, fixtures, match results, standings with their headers."""
    style = rng.randrange(4)
    if style == 0:
        rows = [rng.choice((f"{en_name(rng)} c {rng.choice(EN_LAST)} b {rng.choice(EN_LAST)} {rng.randint(0, 140)}",
                            f"{en_name(rng)} lbw b {rng.choice(EN_LAST)} {rng.randint(0, 90)}",
                            f"{rng.choice(EN_FIRST)[0]}. {rng.choice(EN_LAST)} st {rng.choice(EN_LAST)} b {rng.choice(EN_LAST)} {rng.randint(0, 60)}",
                            f"{en_name(rng)} not out {rng.randint(0, 120)}", f"{en_name(rng)} run out {rng.randint(0, 40)}"))
                for _ in range(rng.randint(3, 8))]
        rows.append(rng.choice((f"Extras (lb-{rng.randint(0, 9)} nb-{rng.randint(0, 5)} w-{rng.randint(0, 9)}) {rng.randint(5, 30)}",
                                f"Total (for {rng.randint(3, 9)} wickets, {rng.randint(30, 50)} overs) {rng.randint(150, 320)}")))
        head = rng.choice((f"{rng.choice(EN_COUNTRIES)} innings", "Scorecard:", f"{rng.choice(EN_COUNTRIES)} first innings"))
    elif style == 1:
        cities = [c.upper() for c in EN_CITIES]
        rows = [f"{rng.choice(cities)} AT {rng.choice(cities)}" for _ in range(rng.randint(2, 6))]
        head = rng.choice(("SATURDAY'S GAMES", "Fixtures for Sunday:", "SCHEDULE", "TUESDAY'S MATCHES"))
    elif style == 2:
        rows = []
        for _ in range(rng.randint(2, 6)):
            games = " ".join(f"{rng.randint(5, 21)}-{rng.randint(5, 21)}" for _ in range(rng.randint(2, 3)))
            rows.append(f"{en_name(rng)} ({rng.choice(EN_COUNTRIES)}) beat {en_name(rng)} ({rng.choice(EN_COUNTRIES)}) {games}")
        head = rng.choice(("Men's singles", "Women's singles", "Second round", "Quarter-finals:", "Results on Friday:"))
    else:
        rows = [rng.choice(("W L PCT GB", "W L T PF PA", "P W D L F A PTS"))]
        for _ in range(rng.randint(3, 6)):
            w, lo = rng.randint(0, 50), rng.randint(0, 50)
            rows.append(f"{rng.choice(EN_CITIES)} {w} {lo} .{rng.randint(100, 999)} {rng.randint(0, 20)}")
        head = rng.choice(("EASTERN DIVISION", "Standings:", "CENTRAL DIVISION", "Group B"))
    return head + "\n" + "\n".join(rows), "body"


def _en_speaker_colon(rng, page):
    org = rng.choice(page.topic) if page.topic and rng.random() < 0.5 else en_site(rng).replace("The ", "")
    who = f"{en_name(rng)}, {rng.choice(('chief economist', 'head of research', 'analyst', 'director', 'professor'))} at {org}:"
    quote = rng.choice(("\"We expect demand to recover slowly in the second half, but the risks are tilted to the downside.\"",
                        "\"The policy is a step in the right direction. What matters now is how fast it is implemented.\"",
                        "\"Prices have probably bottomed out, although inventories remain high.\"",
                        "\"Nobody expected the numbers to be this strong. It changes the outlook for the rest of the year.\""))
    return who + "\n" + quote, "body"


_EN_NOUNS = ("market", "gap", "risk", "bill", "deficit", "shortfall", "problem", "backlog", "discount", "subsidy",
             "surplus", "slowdown", "rebound", "stockpile", "fine", "tariff")


def _en_subhead(rng, page):
    topic = rng.choice(page.topic).lower() if page.topic else rng.choice(EN_BEATS)
    text = rng.choice(("What happens next", "What's next?", "Background", "By the numbers", "The bigger picture",
                       "Why it matters", "Key figures", "Q&A", "Mixed picture", "Looking ahead", "The context",
                       "Winners and losers", "How we got here", f"How big is the {rng.choice(_EN_NOUNS)}?",
                       f"What does it mean for {topic}?", "Who pays?", f"Why {topic}?", f"What next for {topic}?",
                       f"Is the {rng.choice(_EN_NOUNS)} over?", "What are the risks?", "What did they say?"))
    return (text.upper() if rng.random() < 0.4 else text), "body"


def _en_qa(rng, page):
    topic = (rng.choice(page.topic) if page.topic else rng.choice(EN_BEATS)).lower()
    qs = (f"Will {topic} prices keep rising?", f"What is the biggest risk for {topic}?", "What should policymakers do now?",
          "How do you see next year?", "Should investors buy, hold or sell?", f"Is {topic} in a bubble?")
    ans = ("Unlikely.", "The risks are manageable.", "Hold. There is no reason to sell now.",
           "We expect a recovery in the second half.", f"Demand for {topic} is still weak.", "Not in the short term.")
    lines = []
    for q in rng.sample(qs, rng.randint(2, 4)):
        a = rng.choice(ans)
        lines += [f"Q: {q}", f"A: {a}"] if rng.random() < 0.4 else [q, a]
    return "\n".join(lines), "body"


EN_CONTENT = ((2, _en_qa), (4, _en_credit), (4, _en_byline), (2, _en_dateline), (3, _en_caption), (6, _en_table), (2, _en_sports_block),
              (2, _en_speaker_colon), (2, _en_subhead))


def en_lookalike(rng: random.Random, page: Page) -> tuple[str, str]:
    return _pick(rng, EN_CONTENT)(rng, page)


# --- Chinese page furniture (spam) -----------------------------------------------------------------

def _zh_url(rng, site):
    return _url(rng, "".join(rng.choice("abcdefghjklmnpqrstwxyz") for _ in range(rng.randint(4, 9))))


def _zh_source_link(rng, page):
    name = rng.choice(ZH_TOPICS) + rng.choice(("观察", "参考", "早知道", "研究院", "圈", "头条", "内参"))
    text = rng.choice((f"原文链接：{_zh_url(rng, page.site)}", f"原文地址：{_zh_url(rng, page.site)}", "阅读原文",
                       f"本文转自微信公众号“{name}”", f"本文转载自{page.site}，原文链接：{_zh_url(rng, page.site)}",
                       f"文章转载自公众号“{name}”（ID：{_handle(rng, 'zh ' + ''.join(rng.choice('abcdefgh') for _ in range(5)))}）",
                       f"点击“阅读原文”查看更多{rng.choice(ZH_TOPICS)}资讯"))
    return text, "end"


_ZH_OPINIONS = ("这政策好，希望尽快落地", "价格什么时候能降下来？", "又是老问题，年年说年年有", "支持！", "关键还是要看执行",
                "说得好听，实际效果呢？", "我们这边早就这样了", "楼上说得对", "坐等后续", "这是利好还是利空？",
                "普通老百姓最关心的是收入", "希望不要一阵风", "有没有懂行的解释一下", "已经在排队了，太难了", "点赞",
                "早该这样了", "还是观望吧", "涨价容易降价难啊", "什么时候轮到我们县？")


_ZH_CORES = ("{t}是大势所趋", "{t}价格太离谱了", "{t}早该管管了", "说了多少年{t}了，还是老样子", "我家那边{t}还是老问题",
             "{t}这事谁说得清", "支持{t}，希望落到实处", "{t}还能撑多久？", "{t}和我们普通人有啥关系", "坐等{t}的后续",
             "去年就不买{t}了", "{t}水太深了", "听亲戚说{t}今年不好做")
_ZH_TAILS = ("", "", "！", "。", "？", "，个人看法", "哈哈", "…", "，顶", "，同意楼上")


def _zh_opinion(rng, page):
    topic = rng.choice(page.topic) if page.topic and rng.random() < 0.6 else rng.choice(ZH_TOPICS)
    return rng.choice(("", "", "说实话，", "楼上", "呵呵，", "唉，")) + rng.choice(_ZH_CORES).format(t=topic) + rng.choice(_ZH_TAILS)


def _zh_comment(rng, page):
    head = rng.choice(("网友评论", f"网友评论（{rng.randint(1, 999)}）", "热门评论", "评论区", f"全部评论（{rng.randint(1, 999)}）",
                       "最新评论", f"已有{rng.randint(2, 999)}人参与评论", ""))
    lines = [head] if head else []
    for k in range(rng.randint(1, 4)):
        city = rng.choice(ZH_CITY)
        nick = rng.choice((zh_name(rng)[1:] + rng.choice(("不吃鱼", "同学", "hh", "2024", "的猫", "小号", "")),
                           "用户" + str(rng.randint(1000, 99999)), rng.choice(("Kiki", "Tony", "阿杰", "小鱼", "老王", "jimmy"))))
        words = rng.choice(_ZH_OPINIONS) if rng.random() < 0.3 else _zh_opinion(rng, page)
        style = rng.random()
        if style < 0.3:
            lines.append(f"[{city}网友]：{words}")
        elif style < 0.55:
            lines.append(f"{city}网友{nick}：{words}")
        elif style < 0.75:
            lines.append(f"{k + 1}楼 {nick}：{words}")
        elif style < 0.9:
            lines += [f"{nick}　{rng.randint(1, 23)}小时前", words]
        else:
            lines.append(f"{nick}：{words}")
        if rng.random() < 0.3:
            lines.append(rng.choice((f"回复　点赞({rng.randint(0, 99)})", "回复 | 举报", f"赞{rng.randint(0, 99)}")))
    if rng.random() < 0.6:
        lines.append(rng.choice((f"我要评论 | 查看更多评论({rng.randint(5, 300)})", "查看全部评论>>", "发表评论",
                                 f"查看更多{rng.randint(5, 300)}条评论", "登录后发表评论", "网友评论仅供其表达个人看法，并不表明本网同意其观点")))
    return "\n".join(lines), "end"


def _zh_copyright(rng, page):
    site = page.site
    first = rng.choice((f"版权声明：凡本网注明“来源：{site}”的所有作品，版权均属于本网，未经授权不得转载、摘编或利用其它方式使用。",
                        f"本网声明：凡注明“来源：{site}”的作品，版权均属{site}所有。",
                        "凡本网注明“来源：XXX（非本网）”的作品，均转载自其它媒体，转载目的在于传递更多信息，并不代表本网赞同其观点和对其真实性负责。",
                        "图片来源于网络，如有侵权请联系删除。", "文中部分图片来源于网络，版权归原作者所有，如有侵权，请联系我们删除。",
                        f"本文转载自{site}，文章内容仅供参考，如涉及作品内容、版权和其它问题，请在30日内与本网联系。",
                        "声明：本文仅代表作者观点，不代表本站立场。", "本站所有文章、数据仅供参考，投资有风险，入市需谨慎。",
                        "来源网络，侵删。"))
    more = rng.sample(("已经授权使用的，应在授权范围内使用并注明出处。", "违者本网将依法追究其法律责任。",
                       "如需转载，请联系本网取得授权。", "违反上述声明者，本网将追究其相关法律责任。",
                       f"联系邮箱：{_email(rng, 'bqtousu')}", "本网站有权对违规转载行为依法追究责任。"), rng.randint(0, 2))
    return "".join([first] + more), "end"


def _zh_app(rng, page):
    text = rng.choice((f"下载{page.site}客户端，看更多{rng.choice(ZH_TOPICS)}资讯", "打开APP阅读全文", "APP内打开",
                       f"扫码下载{page.site}APP，随时随地看新闻", "[二维码]", f"更多精彩内容请下载{page.site}新闻客户端",
                       f"手机看新闻，就上{page.site}客户端", f"打开{page.site}APP，查看更多高清图片",
                       "打开客户端，阅读体验更佳", f"{page.site}APP 下载 | 安卓 | 苹果"))
    return text, rng.choice(("start", "end", "end", "middle"))


def _zh_cookie(rng, page):
    text = rng.choice(("本网站使用Cookie以提升您的浏览体验，继续浏览即表示您同意我们使用Cookie。",
                       "我们使用Cookie来改善您的体验，详情请阅读隐私政策。", "为了给您提供更好的服务，本站会使用Cookie。"))
    if rng.random() < 0.7:
        text += rng.choice(("\n", " ")) + rng.choice(("我知道了", "同意并继续", "接受全部 | 隐私设置", "确定"))
    return text, rng.choice(("start", "end"))


def _zh_ad_slot(rng, page):
    return rng.choice(("广告", "— 广告 —", "▲广告", "AD", "广告 ×", "推广", "-广告-", "广告位招租")), rng.choice(("middle", "middle", "end"))


_ZH_AD_COPY = ("{p}厂家直供 免费寄样 咨询热线：{ph}", "二手{p}回收 高价上门 电话：{ph}", "{p}批发 量大从优 微信：{wx}",
               "{p}限时特惠 立即抢购>>", "{city}{p}专卖 到手价{n}元 点击购买", "低息贷款 当天放款 详询：{ph}",
               "{p}加盟 零加盟费 总部扶持 电话：{ph}", "{city}新房 首付{n}万起 免费带看 {ph}")


def _zh_native_ad(rng, page):
    tag = rng.choice(("【广告】", "【推广】", "[广告]", "【赞助】", "广告：", "【好物推荐】"))
    prod = rng.choice(page.topic) if page.topic and rng.random() < 0.5 else rng.choice(("机器人", "空气能热泵", "预混料", "净水器", "钢材", "茶叶", "电动车", "保险"))
    ph = rng.choice((f"1{rng.choice('3589')}{rng.randint(0, 9)}XXXX{rng.randint(1000, 9999)}", f"400-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}",
                     f"0{rng.randint(10, 999)}-{rng.randint(1000000, 99999999)}"))
    text = tag + rng.choice(_ZH_AD_COPY).format(p=prod, ph=ph, wx=_handle(rng, "wx " + prod), city=rng.choice(ZH_CITY), n=rng.randint(2, 99))
    return text, rng.choice(("middle", "inline", "inline", "end"))


def _zh_paywall(rng, page):
    return rng.choice(("本文为付费内容，订阅后可阅读全文", "开通会员，解锁全部内容", "登录后查看全文",
                       f"剩余{rng.randint(30, 90)}%内容，订阅后可继续阅读", "试读已结束，开通VIP继续阅读",
                       "本文为会员专享内容，开通会员即可阅读", "免费试读结束，订阅后阅读全文")), rng.choice(("middle", "end"))


def _zh_ticker(rng, page):
    names = rng.sample(("上证指数", "深证成指", "创业板指", "沪深300", "恒生指数", "科创50", "美元/人民币", "黄金", "原油", "道琼斯"),
                       rng.randint(3, 5))
    items = []
    for t in names:
        v = rng.uniform(1, 30000)
        chg = rng.uniform(0, 3)
        up = rng.random() < 0.5
        items.append(f"{t} {v:.2f} {rng.choice(('▲' if up else '▼', '+' if up else '-'))}{chg:.2f}%")
    return rng.choice(("  ", " ", " | ")).join(items), "start"


def _zh_chrome(rng, page):
    return rng.choice(("字号：大 中 小", "【字体：大 中 小】", "打印本页 | 关闭窗口", "【打印】【关闭】",
                       f"浏览次数：{rng.randint(10, 99999)}", f"阅读量：{rng.randint(10, 99999)}", "[收藏] [打印] [关闭]",
                       "分享到： 微信 微博 QQ空间 | 字号：大中小", "【我要纠错】 【打印】", "返回顶部")), rng.choice(("start", "end"))


def _zh_crumbs(rng, page):
    prefix = rng.choice(("当前位置：", "您的位置：", "", "位置："))
    parts = ["首页"] + rng.sample(ZH_SECTIONS[1:], rng.randint(1, 3))
    return prefix + rng.choice((" > ", " >> ", ">", " » ", " / ")).join(parts), "start"


def _zh_click(rng, page):
    items = [f"点击进入>>【{rng.choice(ZH_TOPICS)}{rng.choice(('频道', '专题', '数据中心', '直播间', '排行榜'))}】"
             for _ in range(rng.randint(1, 3))]
    text = " ".join(items)
    if rng.random() < 0.5:
        text = items[0] + rng.choice(("查看更多", "了解更多", "看更多")) + rng.choice(ZH_TOPICS) + rng.choice(("资讯", "数据", "行情"))
    return text, rng.choice(("inline", "start", "end", "middle"))


def _zh_topic_list(rng, page):
    head = rng.choice(("相关专题：", "专题推荐", "相关阅读：", "热点专题", "延伸阅读"))
    heads = _headlines(rng, page, rng.randint(2, 4))
    mark = rng.choice(("· ", ">> ", "■ ", "", "▪ "))
    return head + "\n" + "\n".join(mark + h for h in heads), "end"


def _zh_follow(rng, page):
    name = rng.choice((page.site, rng.choice(ZH_TOPICS) + "观察"))
    return rng.choice((f"关注“{name}”公众号，第一时间获取{rng.choice(ZH_TOPICS)}资讯", f"扫码关注{name}，获取更多资讯",
                       f"更多{rng.choice(ZH_TOPICS)}资讯，请关注{name}微信公众号", f"欢迎关注{name}视频号")), rng.choice(("inline", "end", "end"))


def _zh_author_bio(rng, page):
    return rng.choice((f"作者简介：{zh_name(rng)}，{rng.choice(ZH_CITY)}某研究机构研究员，长期关注{rng.choice(ZH_TOPICS)}领域。",
                       f"【作者简介】{zh_name(rng)}，资深{rng.choice(ZH_TOPICS)}媒体人。")), "end"


_ZH_LIST_HEADS = ("批发", "定制", "设备", "配件", "厂家", "价格", "直销", "加工", "专卖", "现货", "供应", "型号")


def _zh_story_listing(rng, page):
    vocab = page.vocab or list(ZH_TOPICS)
    items = [rng.choice(vocab) + (rng.choice(_ZH_LIST_HEADS) if rng.random() < 0.5 else "")
             for _ in range(rng.randint(3, 7))]
    sep = rng.choice((" ", " ", "、", "，", " | ", "　", "/"))
    return sep.join(dict.fromkeys(items)), rng.choice(("end", "middle", "inline"))


def _zh_separator(rng, page):
    return rng.choice(("-" * rng.randint(5, 40), "=" * rng.randint(5, 30), "—" * rng.randint(3, 12),
                       "*" * rng.randint(5, 30), "━" * rng.randint(5, 20))), rng.choice(("end", "middle"))


_ZH_MENU = ("首页", "新闻", "国内", "国际", "财经", "股票", "基金", "科技", "汽车", "房产", "教育", "健康", "旅游", "体育",
            "娱乐", "文化", "视频", "图片", "专题", "评论", "本地", "政务", "招聘", "关于我们", "联系我们", "广告服务",
            "网站地图", "手机版", "登录", "注册", "订阅", "客户端", "投稿", "法律声明", "隐私政策", "帮助中心")


def _zh_menu(rng, page):
    items = rng.sample(_ZH_MENU, rng.randint(4, 14))
    return rng.choice(("\n", "\n", " | ", " ", "　")).join(items), rng.choice(("start", "start", "end"))


ZH_FURNITURE = ((3, _zh_menu), (3, _zh_story_listing), (1, _zh_separator), (3, _zh_source_link), (3, _zh_comment), (4, _zh_copyright), (3, _zh_app), (1, _zh_cookie),
                (3, _zh_ad_slot), (4, _zh_native_ad), (2, _zh_paywall), (2, _zh_ticker), (3, _zh_chrome),
                (2, _zh_crumbs), (3, _zh_click), (2, _zh_topic_list), (2, _zh_follow), (1, _zh_author_bio))


def zh_furniture(rng: random.Random, page: Page) -> tuple[str, str]:
    return _pick(rng, ZH_FURNITURE)(rng, page)


# --- Chinese look-alike content --------------------------------------------------------------------

def _zh_credit(rng, page):
    a, b = zh_name(rng), zh_name(rng)
    return rng.choice((f"（记者 {a} 通讯员 {b}）", f"（本报记者 {a}）", f"文/{a} 图/{b}", f"（记者 {a} 实习生 {b}）",
                       f"（{page.site}记者 {a}）", "（完）", f"记者 {a} 摄", f"（本报记者 {a} 通讯员 {b} 文/图）")), \
        rng.choice(("end", "end", "suffix"))


def _zh_dateline(rng, page):
    date = f"{rng.randint(2019, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    clock = f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
    top = rng.choice((f"来源：{page.site}　{date} {clock}", f"{date} {clock}　{page.site}", f"{date} {clock} 来源：{page.site}",
                      f"{rng.randint(2019, 2025)}年{rng.randint(1, 12):02d}月{rng.randint(1, 28):02d}日 {clock}　{page.site}",
                      f"发布时间：{date}　作者：{zh_name(rng)}　来源：{page.site}"))
    if rng.random() < 0.35:
        return rng.choice((f"本报讯（记者 {zh_name(rng)}）", f"新华社{rng.choice(ZH_CITY)}{rng.randint(1, 12)}月{rng.randint(1, 28)}日电（记者 {zh_name(rng)}）",
                           f"{page.site}讯（记者 {zh_name(rng)} 通讯员 {zh_name(rng)}）")), "prefix"
    return top, "top"


def _zh_caption(rng, page):
    place = rng.choice(ZH_CITY)
    return rng.choice((f"图为{place}某港口集装箱码头。{page.site}记者 {zh_name(rng)} 摄", f"{place}一家工厂的生产车间。（资料图）",
                       f"图为展会现场。记者 {zh_name(rng)} 摄", f"工人在{place}一处工地作业。新华社记者 {zh_name(rng)} 摄")), "body"


_ZH_REGIONS = ("华东地区", "华南地区", "华北地区", "西南地区", "东北地区", "欧洲航线", "美西航线", "东南亚航线", "一线城市", "二线城市",
               "三四线城市", "乘用车", "商用车", "新能源汽车", "生猪", "玉米", "大豆", "钢材", "煤炭", "原油")


def _zh_table(rng, page):
    lead = rng.choice(("其中：", "具体来看：", "各地区情况如下：", "主要数据如下：", "分品种看：", "本周主要运价：",
                       "截至发稿，主要指数表现如下："))
    rows = []
    style = rng.randrange(3)
    for r in rng.sample(_ZH_REGIONS, rng.randint(3, 5)):
        v, p = rng.uniform(1, 9000), rng.uniform(0.1, 20)
        d = rng.choice(("增长", "下降", "上涨", "下跌"))
        if style == 0:
            rows.append(f"{rng.choice(('■ ', '· ', '', '● '))}{r}：{v:.1f}万吨，同比{d}{p:.1f}%")
        elif style == 1:
            rows.append(f"{r}：每标准箱{v:.0f}美元，{d}{p:.1f}%")
        else:
            rows.append(f"{r} {v:.2f} {rng.choice(('+', '-'))}{p:.2f}%")
    return lead + "\n" + "\n".join(rows), "body"


def _zh_subhead(rng, page):
    return rng.choice(("【专家观点】", "【市场动态】", "【政策解读】", "【记者观察】", "【研报摘要】", "【数据】", "【背景】",
                       "■ 市场观察", "一、政策持续发力", "二、企业加快转型", "【延伸】", "记者手记", "多方观点")), "body"


def _zh_speaker(rng, page):
    return rng.choice((f"{zh_name(rng)}（{rng.choice(ZH_CITY)}某证券首席分析师）：", f"{zh_name(rng)}，{rng.choice(ZH_CITY)}大学教授：")) + \
        rng.choice(("“短期看政策效果还需观察，但方向是对的。”", "“预计下半年需求将逐步恢复。”", "“价格已经接近底部，但库存仍然偏高。”")), "body"


def _zh_hotline(rng, page):
    org = rng.choice(page.topic) if page.topic else "主办方"
    ph = rng.choice((f"0{rng.randint(10, 999)}-{rng.randint(1000000, 99999999)}", "12345", f"400-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"))
    return rng.choice((f"市民如有疑问，可拨打{org}咨询电话{ph}。", f"报名电话：{ph}（{org}）", f"详情可登录{org}官网查询，咨询电话：{ph}。")), "body"


def _zh_press_release(rng, page):
    org = rng.choice(page.topic) if page.topic else "公司"
    name_en = f"{rng.choice(EN_FIRST)} {rng.choice(EN_LAST)}"
    return rng.choice(("新闻稿 | Press Release", f"关于{org} | About {name_en.split()[1]} Group",
                       f"媒体联系 | Media Contact\n{zh_name(rng)} {name_en}\n电话：+86 {rng.randint(10, 99)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
                       f"媒体联系\n{zh_name(rng)}\n邮箱：{_email(rng, org, 'media')}", "（新闻稿）", f"{org}新闻中心供稿")), \
        rng.choice(("top", "end", "end"))


_ZH_SUBHEADS = ("企业加快转型", "政策持续发力", "市场信心回暖", "难题仍待破解", "新模式带来新变化", "从“跟跑”到“领跑”",
                "爱与责任", "一场接力", "未来可期", "变化正在发生", "数据背后", "多方合力")


def _zh_section(rng, page):
    """A feature article's numbered section head: '2' on a line of its own, then the heading."""
    n = rng.randint(1, 6)
    head = rng.choice(_ZH_SUBHEADS) if rng.random() < 0.6 else f"{rng.choice(page.topic or list(ZH_TOPICS))}{rng.choice(('的新变化', '如何破局', '仍有隐忧', '迎来转机'))}"
    return rng.choice((f"{n}\n{head}", f"{'一二三四五六'[n - 1]}、{head}", f"0{n}\n{head}", f"（{'一二三四五六'[n - 1]}）{head}")), "body"


def _zh_qa(rng, page):
    """An interview printed as questions and answers."""
    topic = rng.choice(page.topic or list(ZH_TOPICS))
    qs = (f"{topic}还会继续上涨吗？", f"{topic}最大的风险是什么？", "下一步政策会怎么走？", "您对明年怎么看？",
          "投资者现在应该怎么做？", f"{topic}会出现拐点吗？", "企业最关心的是什么？")
    ans = ("不太可能。", "风险总体可控。", "短期内看不到明显变化。", "关键还是看需求能否恢复。", "持有，不建议追高。",
           f"{topic}的调整可能还要持续一段时间。", "我们预计下半年会好转。")
    lines = []
    for q in rng.sample(qs, rng.randint(2, 4)):
        a = rng.choice(ans)
        lines += [f"问：{q}", f"答：{a}"] if rng.random() < 0.4 else [q, a]
    return "\n".join(lines), "body"


ZH_CONTENT = ((2, _zh_section), (2, _zh_qa), (2, _zh_press_release), (4, _zh_credit), (4, _zh_dateline), (2, _zh_caption), (4, _zh_table), (3, _zh_subhead),
              (2, _zh_speaker), (2, _zh_hotline))


def zh_lookalike(rng: random.Random, page: Page) -> tuple[str, str]:
    return _pick(rng, ZH_CONTENT)(rng, page)
