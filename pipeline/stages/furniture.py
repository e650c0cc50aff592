"""Phrases of page furniture, each with the reason it is not body text.

These are the short, formulaic lines sites put around an article (ads, promos, comment forms, share bars,
copyright footers, captions). They are only one signal: ``boilerplate`` applies them to short lines and combines
them with position, shape and repetition.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

import numpy as np

from pipeline.stages.dates import is_dateline
from pipeline.stages.text_blocks import DIGIT_RE, FOLDS_TO_ASCII_RE

_SOCIAL = (
    "share|shares|tweet|email|e-mail|mail|print|copy|link|copy link|whatsapp|facebook|twitter|x|linkedin|"
    "pinterest|reddit|telegram|messenger|flipboard|pocket|sms|save|comment|comments|bookmark|gift|article|"
    "this|story|on|via|the|url|copied|threads|bluesky|mastodon|instagram|youtube|tiktok|snapchat|close|to|more|"
    "sharing|buttons|addthis|post|pin|listen|follow"
)
SOCIAL_WORDS = frozenset(_SOCIAL.split("|"))
# The buttons that are furniture even alone on their line, wherever it sits (an app's "Bookmark" and "Listen" recur
# between paragraphs); "Save" and "Like" head a shopping guide's sections too, so only next to other buttons
_ALONE_BUTTONS = frozenset(
    {"share", "tweet", "print", "email", "whatsapp", "facebook", "twitter", "bookmark", "listen", "follow"}
)

# The label of a one-line teaser: "Trending now: <headline>", "Most read: <headline>"
_TEASER_LABEL = (
    r"(?:trending(?: now| today| stories| news)?|most (?:read|popular|viewed|shared|commented)(?: now| today|"
    r" stories| articles)?|popular (?:now|today)|"
    # "Related: <headline> | <headline>" (a colon or a bar after it: "Related to this, ..." is a sentence)
    r"related(?: articles?| stories| coverage| content| reading| posts?| news| links)?)"
)

_ACCOUNT_LINK = r"(?:sign (?:in|up)|log ?in|register|subscribe|my account)"

_RULES: list[tuple[str, str]] = [
    (
        "advertisement",
        r"(?:advertisements?|advert|ads?|ad feedback|sponsored(?: content| links?| stories)?|paid (?:content|post|"
        r"partnership)|promoted(?: content| stories)?|partner content|"
        # the slot's label pointing past it: "Story continues below this ad", "Continue reading below the
        # advertisement", "Keep reading after the advert"
        r"(?:(?:the )?(?:story|article) continues(?= )|(?:continue|keep) reading(?: the main story)?)"
        r"(?: (?:below|after|under|beneath)(?: (?:the|this))?(?: ad(?:vert(?:isement)?)?)?)?|"
        r"scroll (?:down )?to continue(?: reading| with "
        r"(?:the )?(?:content|article|story))?"
        r"|skip advert(?:isement)?|ad choices|advertise with us|remove ads?|report this ad|"
        r"this (?:is|was) a paid .*|"
        # the slot's label in the corpus's other languages (French, Spanish, Portuguese, Italian, German, Dutch,
        # Scandinavian, Finnish, Polish, Russian): a word of its own on the line, never a line of an article
        r"publicit[éeè]|publicidad|publicidade|pubblicit[àa]|anzeige|werbung|advertentie|reklame|annons|annonse|"
        r"mainos|reklama|реклама)",
    ),
    (
        "newsletter",
        r"(?:.{0,80}\bnewsletters?\b.{0,120}|.{0,60}(?:sign(?:ing)? up|subscribe) (?:for|to) (?:our|the|my) .{0,80}"
        r"(?:email|newsletter|briefing|digest|alerts?|updates).{0,60}|.{0,80}delivered (?:straight |directly )?"
        r"to your inbox.{0,60}|enter your email(?: address)?.{0,60}|by signing up,? you agree.{0,200}|"
        r"thanks? (?:you )?for signing up.{0,80}|get (?:our|the) .{0,40}(?:email|alerts).{0,40}|"
        # an e-mail edition's own links: "Unsubscribe | Update preferences", "View in browser | Forward to a friend"
        r"unsubscribe(?: here| from (?:this|these|all) [\w ]{1,30})?|(?:update|manage|change|edit) (?:your )?"
        r"(?:e-?mail |subscription |newsletter )?preferences|view (?:this (?:e-?mail|newsletter) |it )?(?:in|on) "
        r"(?:your |a |the )?(?:web )?browser|forward (?:this |it )?to a friend)",
    ),
    (
        "promo",
        r"(?:.{0,120}\bsubscribe (?:to|now|today|for|and)\b.{0,80}|subscribe|subscribers? only|already a "
        r"subscriber\??.{0,60}|become a (?:member|subscriber|supporter).{0,60}|support (?:our|independent|quality)"
        r" journalism.{0,80}|(?:download|get|install) (?:our|the) (?:free )?(?:\w+ )?apps?\b.{0,80}|"
        r"(?:follow|join|like) (?:us|our \w+(?: channel)?) on .{0,60}|join (?:our|my) (?:whatsapp|telegram).{0,60}|"
        r"click here .{0,80}|tap here .{0,60}|(?:start|get) (?:your )?free trial.{0,60}|get (?:full|unlimited|"
        r"digital) access.{0,60}|unlock (?:this|unlimited) .{0,60}|log ?in to (?:continue|read).{0,60}|"
        r"(?:you have|you've) reached your (?:free )?(?:article )?limit.{0,80}|.{0,40}\bon google news\b.{0,40}|"
        r"listen to (?:this|the) (?:article|story).{0,40}|watch:? .{0,10}video.{0,20}|"
        r"(?:got|have) a (?:news )?tip\?.{0,80}|we want to hear from you.{0,80}|"
        r"(?:for|to) (?:the )?latest .{0,60}(?:follow|download|subscribe).{0,60})",
    ),
    (
        "related-links",
        r"(?:related(?: articles?| stories| news| content| coverage| posts?| reading| topics| links)?(?: ?:.{3,160})?|"
        # a pointer to the outlet's own pages under a box's label: "Subscriber exclusive: read our timeline of ..."
        r"[\w'’-]+(?: [\w'’-]+){0,2}\s*:\s*(?:read|see|watch|listen to|explore|browse) (?:all )?our\b.{0,160}|"
        r"(?:most (?:read|popular|viewed|shared)|popular) (?:in|on|from) .{1,40}|more [\w ]{1,30}: https?://\S+"
        r"(?: and https?://\S+)?|read (?:more|"
        r"also|next|this|the full story|our)\b.{0,160}|see also.{0,160}|more (?:from|on|about|stories|news|in|"
        r"like this)\b.{0,80}|you (?:may|might) (?:also )?(?:like|be interested in|have missed).{0,40}|"
        r"recommended(?: for you| stories| articles| reading| videos)?|most (?:read|popular|viewed|shared|"
        r"commented)(?: stories| articles)?|trending(?: now| stories| news| topics)?|top (?:stories|news|"
        r"headlines)|latest (?:news|stories|headlines|articles|videos)|also read:?.{0,160}|must read:?.{0,160}|"
        r"(?:don['’]t|do not) miss:?.{0,120}|what to read next|further reading|in other news|up next|"
        r"(?:previous|next) (?:article|story|post)\b.{0,120}|editors?['’]?s? picks?|more headlines|"
        r"(?:catch|check out) (?:all|our|the) .{0,80}|explore more.{0,40}|more(?=\s*:\s*$)|"
        r"also in the news|(?:popular|trending) (?:now|today|this week)|"
        # one teaser on its line under its box's label, like "Read more: <headline>" (a colon or a bar, not a
        # sentence: "Trending upward, the share ...")
        + _TEASER_LABEL
        + r"\s*[\])]?\s*(?::|\||[-–—»›] ).{3,240})",
    ),
    (
        "comments",
        r"(?:comments?(?: \(\d+\))?|\d+ (?:comments?|responses|replies)|comments? \(?\d+\)?|(?:leave|post|add|"
        r"write|submit) a (?:reply|comment|response)\d*.{0,40}|your email address will not be published.{0,120}|"
        r"required fields are marked.{0,10}|no comments yet.{0,80}|be the first to comment.{0,40}|"
        r"(?:join|start) the (?:discussion|conversation|debate).{0,40}|(?:show|view|load|hide|read) (?:all )?"
        r"(?:\d+ )?comments?.{0,20}|comment (?:policy|guidelines).{0,40}|cancel reply|you must be logged in to "
        r"post a comment.{0,20}|(?:this|the) (?:discussion|comments?) (?:is|are|has been) (?:now )?closed.{0,40}|"
        r"comments are (?:closed|moderated).{0,80}|(?:sign in|log in|register) to (?:comment|reply).{0,40}|"
        r"what do you think\?.{0,80}|reply|report abuse|notify me of (?:follow-up comments|new posts).{0,80}|"
        r"save my name, email.{0,160})",
    ),
    (
        "copyright",
        r"(?:(?:©|\(c\)|copyright|ⓒ).{0,160}|.{0,120}all rights reserved.{0,80}|.{0,80}may not be (?:published|"
        r"reproduced|copied|redistributed).{0,120}|this (?:material|content) may not be .{0,120})",
    ),
    (
        "caption",
        r"(?:(?:photo|image|picture|photograph|illustration|file photo|video|graphic|credit|source|media|"
        r"pictured|gallery|caption)(?:\s*(?:credit|caption|source))?\s*[:|/].{0,220}|image (?:caption|source|"
        r"copyright).{0,200}|media caption.{0,200}|.{0,220}\((?:photo|image|picture|credit|file)(?: credit)?:?"
        r" .{0,60}\)|.{0,200}(?:getty images|/ ?afp|/ ?reuters|/ ?ap photo|shutterstock|istock(?:photo)?|"
        r"via reuters|ap photo/.{0,40}|\bfile\)|photo by .{0,40}|photograph: .{0,60}|pic(?:ture)?: .{0,40})"
        r"[)\]]?|\d+ of \d+|\d+/\d+|(?:open|view|expand) (?:image|gallery|in gallery)|enlarge this image|"
        r"toggle caption.{0,40}|hide caption|show caption)",
    ),
    (
        "cookie-notice",
        r"(?:.{0,120}\b(?:we|this (?:site|website)) uses? cookies\b.{0,200}|.{0,60}(?:accept|manage|reject) "
        r"(?:all )?cookies.{0,60}|cookie (?:policy|settings|preferences|consent).{0,60}|privacy (?:policy|notice|"
        r"settings)|terms (?:of (?:use|service)|and conditions|& conditions)|do not sell my (?:personal )?"
        r"info(?:rmation)?|your privacy choices|ad ?choices)",
    ),
    (
        "navigation",
        r"(?:skip to (?:main )?(?:content|navigation|footer).{0,20}|home|menu|search|sign (?:in|up|out)|log (?:in|"
        r"out)|login|register|back to top|go to top|close|open|toggle navigation|main menu|sections?|"
        r"more|next|previous|prev|page \d+(?: of \d+)?|loading\.*|please wait\.*|(?:about|contact) us|sitemap|"
        r"careers|help|faqs?|jump to|breadcrumbs?|you are here:?.{0,60}|home\s*[>›»/].{0,120}|"
        r"[\w ]{1,30}(?:\s*[>›»]\s*[\w ]{1,30}){1,6}|"
        # the account links side by side ("Log in   Subscribe", "Sign in | Register")
        + _ACCOUNT_LINK
        + rf"(?:\s*(?:[|/•·]|or)?\s*{_ACCOUNT_LINK}){{1,3}}|"
        # a menu button's label run into its items ("Menu  Towns  Transport  Schools")
        r"menu(?-i:(?:\s+[A-Z][\w&'’-]*){2,12})|"
        # the weather widget in a page's header ("Weather: 14°C Harrogate")
        r"weather\b:?.{0,20}?-?\d{1,3}\s*°\s*[cf]?\b.{0,30})",
    ),
    (
        "tags",
        r"(?:tags?|topics?|filed under|categories|category|keywords|posted in|more on)(?:\s*[:|].{0,200})?",
    ),
    (
        "reading-time",
        r"(?:\d+\s*(?:-|–)?\s*min(?:ute)?s?(?: read| reading time)?|reading time:? .{0,20}|estimated reading "
        r"time.{0,30}|\d+(?:\.\d+)?k? (?:views|shares|reads))",
    ),
    ("credits", r"\(?\s*(?:reporting|additional reporting|writing|editing) by .{2,200}"),
    (  # the outlet's staff credited as a body, no person named: "By Chronicle staff", "From staff reports"
        "byline",
        r"(?:(?:story|written|reported|words) )?(?:by|from):? (?:the )?(?:[\w.&'’-]+ ){0,3}staff"
        r"(?: (?:writers?|reporters?|reports?)| and (?:wire|news) (?:reports|services|agencies)| and agencies)?",
    ),
    (  # the job title a byline prints on a line of its own under the name: "Journalist", "Senior Business
        # Reporter", "Data Editor" (a capitalised title alone, no full stop: a sentence or a heading says more, and
        # "Hollywood Reporter." closes a sentence broken at its link). A reason of its own: the main-text search
        # counts it as the short line it is, not as the byline's own header line
        "byline-title",
        r"(?=(?-i:[A-Z])[^.!?:]*$)(?!(?:the|a|an|our|my|your|letters?|notes?|best)\b)(?:[\w'’&-]+ ){0,3}"
        r"(?:journalist|reporter|correspondent|columnist|writer|editor|contributor|photographer|photojournalist)",
    ),
    (
        "share-bar",
        r"click to (?:share|email|print|tweet)\b.{0,80}|"
        r"(?:share|email|print) (?:this|on) .{0,40}\(opens in new window\)",
    ),
    ("caption", r"\d{1,3} of \d{1,3}\s.{0,300}"),
    (  # a photographer's credit on a line of its own: "Jane Roe, AP", "Jane Roe/Agency"
        "caption",
        r"(?-i:(?:[A-Z][\w.'’-]+ ){1,3}?[A-Z][\w.'’-]+(?:, (?:AP|AFP|Reuters|EPA|Getty Images|Bloomberg|Shutterstock|"
        r"The Associated Press)| ?/ ?[A-Z][\w.&-]+(?: [A-Z][\w.&-]+){0,2}))",
    ),
    ("citation", r"citation: .{0,300}|.{0,200}retrieved .{0,40} from https?://\S+.{0,40}"),
    ("related-links", r"explore further|back to (?:gallery|article|story)|view (?:gallery|comments)"),
    ("cookie-notice", r"i accept|accept(?: all)?|agree|i agree|ok,? i agree"),
    (
        "contact",
        r"(?:write to .{2,60} at \S+@\S+|(?:e-?mail|contact)(?: the (?:author|writer|reporter))?:? \S+@\S+.{0,40}|"
        r"\S+@\S+\.\w+|(?:media|press) (?:contacts?|enquiries|inquiries):?.{0,80}|"
        r"(?:got|have) a (?:story|tip)\b.{0,80}|tell us what (?:you|YOU) think.{0,20}|"
        # a wire reporter's contacts closing the copy, nothing else on the line: "((jane.roe@wire.com; +44 20 7542
        # 1234))", "(jane.roe@wire.com / Messaging: jane.roe.wire.com@wire.net)"
        r"\(*[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?:\s*[;,/|]\s*(?:[\w ]{1,20}:\s*)?(?:\+?\(?\d[\d ().-]{6,20}\d|"
        r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+))+\s*\)*)",
    ),
    (
        "widget",
        r"(?:sorry!?|thank you!?|thanks!?|an error (?:has )?occurred.{0,60}|there was an error.{0,80}|"
        r"(?:please )?try again(?: later)?\.?|something went wrong.{0,40}|loading|like this story\?.{0,60}|"
        r"also on \w+\.\w+\b.{0,200}|\[\w+[^\]]*\].{0,200}\[/\w+\]|(?:this copy is for your personal|"
        r"to order presentation-ready copies).{0,300}|(?:order|print) reprints?|print article|"
        r"keep an eye on your inbox.{0,80}|javascript is (?:disabled|required).{0,100}|"
        r"please enable javascript.{0,100}|your browser does not support.{0,100}|like this:?|like loading\.*|"
        r"(?:comment|name|email|website)\s*\*?)",
    ),
]

RULES: list[tuple[str, re.Pattern[str]]] = [
    (reason, re.compile(rf"^\s*[\[(]?\s*(?:{pattern})\s*[\])]?\s*[.:!?…]*\s*$", re.I | re.S))
    for reason, pattern in _RULES
]
_REASON_OF_GROUP = {f"r{k}": reason for k, (reason, _) in enumerate(_RULES)}


def _any_rule_pattern(rules: list[tuple[str, str]]) -> re.Pattern[str]:
    """The rules as one pattern, each in a group named after its index (``_REASON_OF_GROUP``)."""
    groups = "|".join(f"(?P<r{k}>{p})" for k, (_, p) in enumerate(rules))
    return re.compile(r"^\s*[\[(]?\s*(?:" + groups + r")\s*[\])]?\s*[.:!?…]*\s*$", re.I | re.S)


# One pass over the line instead of one per rule (the rules are tried in order, first match wins).
ANY_RULE = _any_rule_pattern(_RULES)

# The branches of ``_RULES`` that open with any text (".{0,200}" then a phrase), each with the phrases (lower case)
# one of which every line it matches holds. The regex engine tries them from every character of every line: half
# the CPU of ``ANY_RULE``, on lines that mostly hold none of the phrases. Such a line cannot match them, so
# ``_match_any_rule`` gives it ``_ANY_CLOSED_RULE``, the rules without them (the same rules in the same order, so
# the same first rule to fit). tests/stages/test_boilerplate_speed_s16.py checks the phrases.
_OPEN_BRANCHES: dict[str, tuple[str, ...]] = {
    r".{0,80}\bnewsletters?\b.{0,120}|": ("newsletter",),
    r".{0,60}(?:sign(?:ing)? up|subscribe) (?:for|to) (?:our|the|my) .{0,80}(?:email|newsletter|briefing|digest|"
    r"alerts?|updates).{0,60}|": ("sign", "subscribe "),
    r".{0,80}delivered (?:straight |directly )?to your inbox.{0,60}|": ("delivered ",),
    r".{0,120}\bsubscribe (?:to|now|today|for|and)\b.{0,80}|": ("subscribe ",),
    r".{0,40}\bon google news\b.{0,40}|": ("on google news",),
    r".{0,120}all rights reserved.{0,80}|": ("all rights reserved",),
    r".{0,80}may not be (?:published|reproduced|copied|redistributed).{0,120}|": ("may not be ",),
    r".{0,220}\((?:photo|image|picture|credit|file)(?: credit)?:? .{0,60}\)|": ("(",),
    r".{0,200}(?:getty images|/ ?afp|/ ?reuters|/ ?ap photo|shutterstock|istock(?:photo)?|via reuters|ap photo/.{0,40}|"
    r"\bfile\)|photo by .{0,40}|photograph: .{0,60}|pic(?:ture)?: .{0,40})[)\]]?|": (
        "getty images",
        "/",
        "shutterstock",
        "istock",
        "via reuters",
        "file)",
        "photo by ",
        "photograph: ",
        "pic",
    ),
    r".{0,120}\b(?:we|this (?:site|website)) uses? cookies\b.{0,200}|": ("cookies",),
    r".{0,60}(?:accept|manage|reject) (?:all )?cookies.{0,60}|": ("cookies",),
    r"|.{0,200}retrieved .{0,40} from https?://\S+.{0,40}": ("retrieved ",),
}


def _closed(pattern: str) -> str:
    """A rule's pattern without its open branches (each an alternative written once in all of ``_RULES``)."""
    for branch in _OPEN_BRANCHES:
        pattern = pattern.replace(branch, "")
    return pattern


assert all(sum(p.count(branch) for _, p in _RULES) == 1 for branch in _OPEN_BRANCHES)
_ANY_CLOSED_RULE = _any_rule_pattern([(reason, _closed(p)) for reason, p in _RULES])
_OPEN_NEEDS = tuple(dict.fromkeys(phrase for phrases in _OPEN_BRANCHES.values() for phrase in phrases))


def _match_any_rule(line: str) -> re.Match[str] | None:
    """``ANY_RULE.match(line)``, which gives the same first rule to fit as ``_ANY_CLOSED_RULE`` on a line without
    the open branches' phrases (on a line holding none of the four characters that ``re.I`` matches with an ASCII
    letter and ``str.lower`` does not lower to it, ``FOLDS_TO_ASCII_RE``: its lower case shows each phrase)."""
    if FOLDS_TO_ASCII_RE.search(line) is None:
        low = line.lower()
        if not any(map(low.__contains__, _OPEN_NEEDS)):
            return _ANY_CLOSED_RULE.match(line)
    return ANY_RULE.match(line)


COMMENT_START_RE = re.compile(
    r"^\s*(?:\d+\s+)?(?:comments?|responses|replies|discussion|conversation|leave a (?:reply|comment)"
    r"(?: cancel reply)?|\d+ (?:responses|replies|comments|thoughts) (?:to|on) .{0,160}|"
    r"post a comment|add a comment|join the (?:discussion|conversation)|reader comments|what (?:do )?readers "
    r"(?:say|think)|show comments|view comments|\d+ thoughts on .{0,120})\s*(?:\(\d[\d,.]*\))?\s*[:.]?\s*$",
    re.I,
)
# The same labels in the other languages of the corpus (German, Portuguese, Spanish, Italian, French, Russian).
_RELATED_ELSEWHERE = (
    r"weitere (?:beiträge|artikel|nachrichten)(?: zum thema)?|ähnliche (?:beiträge|artikel)|lesen sie auch|"
    r"mehr zum thema|(?:artigos|posts|notícias|matérias) relacionad[oa]s|leia (?:também|mais)|veja também|"
    r"(?:artículos|noticias) relacionad[oa]s|lee (?:también|más)|articoli correlati|leggi anche|"
    r"(?:à|a) lire aussi|voir aussi|sur le même sujet|vous aimerez aussi|читайте также|похожие (?:статьи|новости)|"
    r"você (?:também )?pode gostar|(?:también )?te puede interesar|potrebbe interessarti|ti potrebbe interessare|"
    r"das könnte sie auch interessieren"
)
RELATED_START_RE = re.compile(
    r"^\s*(?:related(?: articles?| stories| news| content| coverage| posts?| reading| topics)?|read (?:more|next|also)|"
    r"more (?:from|on|stories|news)\b.{0,60}|you (?:may|might) (?:also )?(?:like|be interested in)|recommended"
    r"(?: for you| stories| articles| reading)?|most (?:read|popular|viewed|shared)|trending(?: now| stories)?|"
    r"top stories|latest (?:news|stories)|also read|what to read next|further reading|more headlines|"
    r"editors?['’]?s? picks?|around the web|from (?:the web|our partners)|more great .{1,30} stories|"
    r"more(?=\s*:)|"  # "More:" over a few headlines dropped into the text (a bare "More" is a menu's)
    # a box's label over a few headlines, worded as a phrase no sentence of the article takes alone
    r"in other news|top headlines|also in the news|see also|"
    # a tag box's label ("Explore more on these topics"): the tags under it are links run onto one line
    r"explore more(?: on (?:these|this|related) (?:topics?|subjects?))?|(?:don['’]t|do not) miss|"
    r"you (?:may|might) (?:also )?(?:have missed|enjoy)|(?:popular|trending|most read) (?:now|today|this week)|"
    r"more (?:in|about|like this)\b.{0,60}|" + _RELATED_ELSEWHERE + r")\s*(?:[:.]|\.\.\.|…)?\s*$",
    re.I,
)
# Rules tried only on short lines with a figure that none of ``_RULES`` fits (inside ``ANY_RULE`` they would cost a
# try on every line): a gallery's counter ("Image 1 of 5", "Foto 2/12"), reading time in the corpus's other
# languages ("Tempo de leitura: 1 minuto", "Lesezeit: 3 Min.")
_LATE_RULE = re.compile(
    r"^\s*(?:(?P<caption>(?:images?|photos?|pictures?|slides?|fotos?|imagem|imagen|bild)\s*\d{1,3}\s*"
    r"(?:of|/|de|von|di)\s*\d{1,3})|(?P<reading>(?:tempo de leitura|tiempo de lectura|temps de lecture|lesezeit|"
    r"tempo di lettura|leestijd|время чтения)\s*:? .{0,20}|\d+\s*min(?:utos?|uti|uten)?\.? (?:de leitura|"
    r"de lectura|de lecture|lesezeit|di lettura)\.?))\s*$",
    re.I,
)
_LATE_REASONS = {"caption": "caption", "reading": "reading-time"}
_LATE_MAX_CHARS = 60
# A postal address as a line of its own, the publisher's footer: "Harbor Media, 12 Quay Street, Bristol BS1 4DJ",
# "200 Main Street, Suite 4, Springfield, IL 62701": a numbered street, then a British or US postcode closing the
# line (an address inside a sentence is the article's).
_STREET = (
    r"(?i:street|st|road|rd|avenue|ave|square|sq|lane|ln|boulevard|blvd|place|pl|drive|dr|way|court|ct|plaza|quay|"
    r"wharf|row|terrace|parade|crescent|mews|embankment|parkway|pkwy|highway|hwy)"
)
_ADDRESS_RE = re.compile(
    rf"^\s*(?:[^,!?]{{1,60}},\s*){{0,3}}\d{{1,5}}[a-z]?(?:[-–]\d{{1,5}})?\s+(?:[A-Z0-9][\w'’.-]*\s+){{0,4}}{_STREET}\.?"
    r"(?:,\s*[^,.!?]{1,40}?){1,4}[\s,]+(?:[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|[A-Z]{2}\s+\d{5}(?:-\d{4})?)\s*\.?\s*$"
)
_ADDRESS_MAX_CHARS = 160
_COUNT_WORDS = ("comment", "comments", "replies", "responses")
_TEASER_COUNT_RE = re.compile(
    r"^\s*[^.!?]{3,160}[^\W\d_][\])]?\s+\(?\d{1,5} (?:comments?|replies|responses)\)?\s*[.:]?\s*$", re.I
)
_SOCIAL_SPLIT_RE = re.compile(r"[\s|/•·,;:]+")
# A share bar's buttons printed as their logos: one symbol ("✉", "🔗") or a network's letter ("f", "in", "p", "t",
# "w"). Only beside a "share" or "follow" label: "Follow in" is no button row, "f in" alone could be anything.
_LOGO_LETTERS = frozenset({"f", "in", "p", "t", "w"})
_BAR_LABELS = ("share", "follow")
# A transcript's stage direction on its own line: "[Outro music]", "[LAUGHTER]", "[Crosstalk]" (a few words in
# square brackets, nothing but letters: "[1]" is a note's number, "[Updated 5pm: ...]" a note, "[Photo=Agency]" a
# credit)
_STAGE_DIRECTION_RE = re.compile(r"^\s*\[[A-Za-z][A-Za-z '’-]{0,40}\]\s*$")
STAGE_DIRECTION_MAX_WORDS = 5


def _logo(word: str) -> bool:
    """A share button printed as its logo: a single symbol or a network's letter."""
    return word in _LOGO_LETTERS or (len(word) == 1 and not word.isalnum())


def _share_bar(words: list[str]) -> bool:
    """A share bar's words: buttons only ("Share  Tweet  Email"; one alone if it is a button of its own), or a
    "share"/"follow" label among the buttons' logos ("Share this article  f  X  in  ✉")."""
    if not words or len(words) > 12:
        return False
    if all(w in SOCIAL_WORDS for w in words):
        return len(words) >= 2 or words[0] in _ALONE_BUTTONS
    return (
        any(w in _BAR_LABELS for w in words)
        and all(w in SOCIAL_WORDS or _logo(w) for w in words)
        and sum(map(_logo, words)) >= 2
    )


# Two or three labels of furniture a page prints as one line: "Advertisement - scroll to continue reading",
# "Subscribers only | continue reading below". Each part alone is a formula, so the line is one too; a headline's
# part ("Budget 2026 - what it means for you") is no formula.
_LABEL_JOIN_RE = re.compile(r"\s+[-–—|•·]\s+")
JOINED_LABELS_MAX_CHARS = 100
JOINED_LABEL_MAX_WORDS = 6


def _joined_labels(line: str) -> str | None:
    """The first part's reason when every part of a line joined by dashes or bars is furniture on its own."""
    if len(line) > JOINED_LABELS_MAX_CHARS:
        return None
    parts = _LABEL_JOIN_RE.split(line.strip())
    if not 2 <= len(parts) <= 3 or any(len(part.split()) > JOINED_LABEL_MAX_WORDS for part in parts):
        return None
    reasons = [_match_any_rule(part) for part in parts]
    if any(r is None or not r.lastgroup for r in reasons):
        return None
    return _REASON_OF_GROUP[reasons[0].lastgroup]  # type: ignore[union-attr]


@lru_cache(maxsize=1 << 16)
def furniture_reason(line: str) -> str | None:
    """The reason a short line is page furniture, or None when no formula fits."""
    if len(line) > 400:
        return None
    words = [w for w in _SOCIAL_SPLIT_RE.split(line.lower()) if w]
    if _share_bar(words):
        # "More on this story" is made of a share bar's words too, but labels a box of headlines: the same
        # reason as "Related Articles", so that ``boilerplate`` opens the box there and takes its teasers with it
        return "related-links" if RELATED_START_RE.match(line) else "share-bar"
    m = _match_any_rule(line)
    if m is not None and m.lastgroup and _REASON_OF_GROUP[m.lastgroup] == "newsletter" and menu_line(line):
        return None  # "Film | TV | Awards | Newsletters": a menu with the newsletter page among its items
    if m is None and (joined := _joined_labels(line)):
        return joined
    if m is None and _STAGE_DIRECTION_RE.match(line) and len(line.split()) <= STAGE_DIRECTION_MAX_WORDS:
        return "stage-direction"
    if m is None:
        # a teaser's headline with its count: "Boy Kills Brother, Removes His Eyes 10 comments" (a rule of its own,
        # behind a cheap test: inside ``ANY_RULE`` its open start cost a scan of every line)
        if DIGIT_RE.search(line) is None:  # each of the late rules needs a figure
            return None
        if line[-14:].lower().rstrip(" ).:").endswith(_COUNT_WORDS) and _TEASER_COUNT_RE.match(line):
            return "related-links"
        if len(line) <= _LATE_MAX_CHARS and (late := _LATE_RULE.match(line)):
            return _LATE_REASONS[late.lastgroup or "caption"]
        if len(line) <= _ADDRESS_MAX_CHARS and _ADDRESS_RE.match(line):
            return "contact"
        return None
    # alternatives are tried in order, so the group that matched is the first rule that fits the whole line
    return _REASON_OF_GROUP[m.lastgroup] if m.lastgroup else "furniture"


# A footer's row of links and notices parted by bars, which closes with a full stop as a sentence does: "Cookie
# Preferences | Do Not Sell My Info | (c) 2026 Harbor Media Inc."
_BAR_SPLIT_RE = re.compile(r"\s+[|•·]\s+")
FOOTER_PART_MAX_WORDS = 8


def footer_links(line: str) -> str | None:
    """The reason of a row of short parts parted by bars, one of them a cookie or privacy formula: "copyright" when
    another part is a copyright notice (it names the publisher), else "cookie-notice"; None for any other line. A
    byline's "By Jane Roe | © Reuters" names no cookie or privacy page, and a sentence holds no bars."""
    if "|" not in line and "•" not in line and "·" not in line:
        return None
    parts = _BAR_SPLIT_RE.split(line.strip())
    if len(parts) < 2 or any(len(part.split()) > FOOTER_PART_MAX_WORDS for part in parts):
        return None
    reasons = set()
    for part in parts:
        m = _match_any_rule(part)
        if m is not None and m.lastgroup:
            reasons.add(_REASON_OF_GROUP[m.lastgroup])
    if "cookie-notice" not in reasons:
        return None
    return "copyright" if "copyright" in reasons else "cookie-notice"


# Furniture that also comes as full sentences; the only rules tried on sentence-like lines.
STRONG_RULES: list[tuple[str, re.Pattern[str]]] = [
    (
        "credits",
        re.compile(
            r"^[^.!?]{3,240}\b(?:contributed|also contributed) (?:to )?(?:this|the) (?:report|story|article)"
            r"|^\(?(?:additional )?reporting by\b",
            re.I,
        ),
    ),
    (
        "contact",
        re.compile(
            r"^(?:reach|contact|email|e-mail) (?:the )?(?:reporters?|writers?|authors?)\b.{0,60}(?:@|at\s)|"
            # the desk inviting letters: "We'd like to hear what you think about this or any of our articles."
            r"^(?=.{0,300}$)(?:[^.!?]{0,150}[.!?] )?we(?:['’]d| would)? (?:like|love|want) to hear "
            r"(?:from you|what you think|your (?:thoughts|views))",
            re.I,
        ),
    ),
    (
        "advertisement",
        re.compile(
            r"\b(?:may|might|will|could) (?:get|receive|earn|collect) (?:a )?(?:small )?(?:share|commission|portion|"
            r"affiliate commission)\b|\bearn (?:a )?commission (?:from|on|when)|affiliate (?:links?|commission)",
            re.I,
        ),
    ),
    (
        "comments",
        re.compile(
            r"your email address will not be published|required fields are marked|no comments yet|"
            r"save my name, email|"
            r"be the first to comment|start the discussion|comments (?:are|have been) closed|"
            r"\b(?:must|need to) be (?:logged|signed) in to (?:post|leave|write) a (?:comment|reply)|"
            r"\bdevi essere connesso per (?:inviare|pubblicare) un commento|"
            r"\bvous devez (?:être connecté|vous connecter) pour (?:publier|poster) un commentaire|"
            r"\b(?:precisa|deve) (?:estar logado|fazer login|estar conectado) para (?:publicar|postar|comentar)|"
            r"^(?:leave|post|add) a (?:reply|comment)|^(?:lascia|deixe|deja|laissez|laisser|hinterlasse) "
            r"(?:un|um|una|einen) (?:commento|comentário|comentario|commentaire|kommentar)",
            re.I,
        ),
    ),
    (
        "copyright",
        re.compile(
            r"all rights reserved|may not be (?:published|reproduced|broadcast|rewritten|"
            r"redistributed)(?: in whole or in part)?|subject to copyright|no part may be reproduced",
            re.I,
        ),
    ),
    (
        "caption",
        re.compile(
            r"(?:\b(?:photo|image|picture|photograph|illustration)\s*)?\bcredits?:\s*[^.!?]{2,60}$|"
            r"\((?:photo|image|picture|credit)s?(?: credit)?:\s*[^)]{2,60}\)\s*$",
            re.I,
        ),
    ),
    (  # a teaser's excerpt, cut off with a bracketed ellipsis: "Sometimes people ask me why this location […]"
        "related-links",
        re.compile(r"\w[\w,;:'’\"”]*\s*[\[(]\s*(?:…|\.\.\.)\s*[\])]\s*$"),
    ),
    (
        "author-bio",
        re.compile(
            # a bio names its author in full, never as "Mr X", and is short: "Guidant is a key producer of ..."
            # or "Mr Forsyth is a wonderful writer" opening a long paragraph are the article's own sentences
            r"^(?=.{0,600}$)(?!(?:Mr|Mrs|Ms|Miss)\.? )(?:[A-Z][\w.'’-]+ ){2,3}(?:\([^()]{1,60}\) )?"
            r"(?:is|was|has been) (?:a|an|the|\w+['’]s) "
            r"(?:[\w,'’-]+ ){0,4}(?i:writer|"
            r"reporter|journalist|editor|correspondent|contributor|columnist|curator|producer|blogger)\b|"
            r"^(?:[A-Z][\w.'’-]+ ){1,3}joined .{3,60}\. (?:He|She|They) (?:has|have) been "
            r"(?:reporting|writing|covering)",
        ),
    ),
    (
        "cookie-notice",
        re.compile(
            r"\b(?:we|this (?:web)?site) uses? cookies\b|use of cookies|consent to (?:our|the) use|"
            r"\b(?:utilizziamo|utilizamos|usamos|usiamo|verwenden|nutzen|utilisons|gebruiken|używamy) "
            r"(?:i |los |des |wir )?cookies?\b",
            re.I,
        ),
    ),
    (
        "newsletter",
        re.compile(
            r"delivered (?:straight |directly )?to your inbox|by signing up,? you agree|"
            r"sign up (?:for|to) (?:our|the) [\w ]{0,30}newsletter|unsubscribe at any time|\bopt-in box\b|"
            r"^get (?:the )?(?:breaking |latest )?news (?:alerts|e-?mails)\b|"
            r"\bsend me (?:the |occasional )?[\w\"“”' -]{0,60}newsletter",
            re.I,
        ),
    ),
    (
        "widget",
        re.compile(
            r"this copy is for your personal,? non-commercial use|an error (?:has )?occurred|"
            r"there was an error processing|keep an eye on your inbox|thanks? (?:you )?for "
            r"(?:signing up|subscribing)|please try again later|to order presentation-ready copies|"
            r"^(?:like|enjoy(?:ed)?|love) this (?:story|article|post)\?|^this article has been sent to",
            re.I,
        ),
    ),
    (
        "promo",
        re.compile(
            r"\bsubscribe (?:to|now)\b.{0,60}\b(?:magazine|channel|newsletter|podcast|youtube|"
            r"whatsapp|telegram|subscription|digital)\b|(?:download|get) (?:our|the) [\w ]{0,20}app\b|"
            r"(?:follow|join) (?:us|@\w+) on (?:facebook|twitter|x|instagram|whatsapp|telegram|linkedin|"
            r"google news)|^if you (?:enjoyed|liked|value|appreciate)d? (?:this|our) (?:article|story|journalism|"
            r"reporting)\b.{0,80}\b(?:join|subscribe|support|donate|membership|proposition)|^(?:click|tap) here\b|"
            r"^follow [^.]{0,60} on (?:facebook|twitter|instagram|youtube|"
            r"linkedin|tiktok)\b|^follow [^.]{0,40}(?:full )?coverage of\b|delivered (?:through|to) your "
            r"(?:letterbox|door(?:step)?|mailbox)|\b\d+ issues for\b",
            re.I,
        ),
    ),
]


# Pieces of a syndication notice, each one sentence (the notice is a run of them, split at their full stops, so a
# line is read one way only). A publication is a run of capitalised words or a domain: "first published in 2019"
# is a date and "first appeared in Grimm's collection" a story's history, not a notice.
_NOT_END = r"(?:[^.!?]|\.(?=\w))"  # (a full stop inside a domain: "Screenbuzz.com")
_DOMAIN = r"[\w-]+\.(?:com|org|net|co\.uk|news)\b"
_NAME_WORD = rf"(?:(?-i:[A-Z“\"'‘])[\w'’&-]*[”\"']?|{_DOMAIN}|of|the|and|&|for|de)"
_OUTLET = (
    rf"(?:(?:(?:the|a|an) )?(?:(?-i:[A-Z“\"'‘])[\w'’&-]*[”\"']?|{_DOMAIN})(?: {_NAME_WORD}){{0,8}}"
    r"|(?:the|his|her|their|my|our) (?:author['’]s |writer['’]s )?(?:own )?(?:blog|website|site|newsletter|substack))"
    # "on March 3, 2026", "in 2026"
    r"(?:,? (?:on|in) (?:(?-i:[A-Z])\w*\.? )?(?:\d{1,2}(?:st|nd|rd|th)?,? )?(?:(?-i:[A-Z])\w*\.? )?\d{4})?"
)
_PERMISSION = (
    r"(?:re(?:published|printed|produced|posted)|cross-?posted|syndicated) (?:here )?"
    r"(?:with (?:(?:the )?kind )?permission|from |under |courtesy of |by arrangement with |via )"
)
_SYNDICATED = (
    r"(?:(?:a|an)? ?(?:(?:earlier|longer|shorter|different|previous) )?version of |portions of |parts of )?"
    r"this (?:story|article|piece|post|essay|report|column|interview|feature|commentary|op-ed|analysis|review|"
    r"profile|investigation|blog post|content)"
    # "... originally appeared on <Outlet>", "... was first published by <Outlet> and is republished with ..."
    r"(?: (?:(?:was|is|has been) )?(?:originally|first|also) (?:appeared|published|posted|ran|run)"
    rf" (?:on|in|at|by|with) {_OUTLET}(?:,? and (?:is|was|has been) {_PERMISSION}{_NOT_END}{{0,100}})?"
    # "... was produced by <Outlet> and is republished with permission"
    rf"| [^.!?]{{0,100}}?\b(?:is|was|has been|are) {_PERMISSION}{_NOT_END}{{0,100}})"
)
_REPRINTED = rf"(?:(?:it|and) (?:is|was|has been) )?{_PERMISSION}{_NOT_END}{{0,100}}"
# (only beside one of the two above: alone, "Originally published on <Outlet>." is left to the article)
_ORIGINAL_SOURCE = rf"(?:originally|first) (?:published|appeared|posted) (?:on|in|at|by) {_OUTLET}"
_READ_ORIGINAL = rf"read the original(?: article| story| post| piece| version)?(?: here)?{_NOT_END}{{0,40}}"
_NOTICE = rf"(?:{_SYNDICATED}|{_REPRINTED})"


CORRECTION_NOTE = "correction-note"

# Furniture sentences told by how they begin, each rule with its own keys. Anchored patterns of their own: a "^"
# branch inside one of the searches above would cost that search a try at every character of every line.
_ANCHORED_STRONG_RULES: list[tuple[str, re.Pattern[str], tuple[str, ...]]] = [
    (  # the site on moderating its comments: "We are moderating all comments", "Comentários ... moderador"
        "comments",
        re.compile(
            r"^(?=.{0,300}$)(?:\w+: ?)?(?:we(?: are|['’]re| will| may)? (?:\w+ )?moderat\w* "
            r"(?:all |your |reader )?comments\b|(?:(?:the|all|les|los|os|i|die|alle) )?"
            r"(?:comments?|comentários?|comentarios?|commenti|commentaires?|kommentare?)\b.{0,160}"
            r"\b(?:modera[tdçc]|modérat|modérée?s?\b))",
            re.I,
        ),
        ("modera", "modér"),
    ),
    (  # a box's pitch: "Subscribe to ...", "Click the image above and see ..." (in the corpus's languages)
        "promo",
        re.compile(
            # a sentence, alone or after one other ("This story is part of our election coverage. Subscribe to ..."),
            # or before the offer's short terms ("Subscribe to ... for $1 a week. Cancel anytime.")
            r"^(?=.{0,300}$)(?:(?:[^.!?]{10,200}[.!?] +)?subscribe (?:to|now|today)\b(?:[^.!?]|\.(?=\d)){0,100}[.!?]"
            r"(?: +(?![^.!?]*\b(?:said|says|told)\b)[^.!?]{2,40}[.!])?$|"
            r"(?:click|tap|clique|clica|cliquez|klicken sie|klick|haz clic|haga clic|clicca)\b[^.!?]{0,60}?"
            r"\b(?:and|e|et|und|y) (?:see|read|find|learn|check|discover|watch|veja|saiba|confira|leia|assista|"
            r"voyez|découvrez|lisez|regardez|sehen|lesen|erfahren|mira|lee|descubre|conoce|vedi|leggi|scopri|guarda)\b)",
            re.I,
        ),
        ("subscribe", "clic", "cliqu", "klick"),
    ),
    (  # a syndication notice: where the story first ran and the permission to reprint it (a rights notice, like
        # "All rights reserved"; it closes the article). Only as a whole line opening "This story ..." or
        # "Republished ...": "The report was first published in 2019 by the ministry." is the article's.
        "copyright",
        re.compile(
            rf"^(?=.{{0,300}}$)[*_(\[]*(?:editor['’]?s? note:? |note:? )?(?:{_ORIGINAL_SOURCE}[.!] +)?{_NOTICE}"
            rf"(?:[.!] +(?:{_NOTICE}|{_ORIGINAL_SOURCE}|{_READ_ORIGINAL}))*[.!]?[*_)\]]*$",
            re.I,
        ),
        # (every match holds one: a verb of _PERMISSION or of the "originally appeared" branch)
        tuple(f"{w} {v}" for w in ("first", "also") for v in ("appeared", "published", "posted", "ran", "run"))
        + ("originally", "republished", "reprinted", "reproduced", "reposted", "crossposted", "cross-posted")
        + ("syndicated",),
    ),
    (  # a newsletter or app pitch written as a sentence: "Sign up for The Inference, our free weekly AI newsletter.",
        # "Sign up to The Brief - our free daily digest of ...", "Get the Valley Post evening newsletter every
        # weekday", or under its label: "Newsletter: The week's markets in five minutes, every Monday." (a briefing
        # only as the outlet's own or a regular one: "Sign up for the briefing on Monday" is a press event's)
        "newsletter",
        re.compile(
            r"^(?=.{0,200}$)(?:sign up|subscribe|register)\b[^!?]{0,120}\bnewsletters?\b"
            r"|^(?=.{0,200}$)(?!.*\b(?:said|says|told)\b)(?:sign up|subscribe)\b[^!?]{0,80}?"
            r"\b(?:our|free|daily|weekly|morning|evening|lunchtime|e-?mail)\b[\w '’-]{0,30}?"
            r"\b(?:briefing|digest|bulletin)s?\b"
            r"|^(?=.{0,160}$)(?:get|download|install)\s+(?:the|our)\s+[\w .'’&-]{1,40}?\bapp\b"
            r"|^(?=.{0,200}$)(?:get|receive)\s+(?:the|our)\s+[\w .'’&-]{1,50}?\bnewsletters?\b"
            r"|^(?=.{0,200}$)[*_(\[]*newsletters?\s*:\s*\S",
            re.I,
        ),
        ("newsletter", " app", "briefing", "digest", "bulletin"),
    ),
    (  # a radio station's or paper's text-to-win contest: "Win a weekend in Banff! Text CABIN to 43210." (a number
        # to text without a prize, "text HOME to 741741 for support", is left to the article)
        "promo",
        re.compile(
            r"^(?=.{0,300}$)(?=.*?\b(?:win|wins|winner|contests?|competition|giveaway|prizes?|enter)\b)"
            r".*?\b(?:text|txt|sms)\s+(?-i:[A-Z][A-Z0-9]{1,11})\s+to\s+\d{4,6}\b",
            re.I,
        ),
        ("text ", "txt ", "sms "),
    ),
    (  # a news agency's tagline closing its copy: "This report by The Canadian Press was first published Aug. 12,
        # 2026." (the agency named in the line, then a full date; "The report was first published in 2019" is news)
        "copyright",
        re.compile(
            r"^(?=.{0,200}$)[*_(\[]*this (?:report|story|article) by (?:the )?(?-i:[A-Z])[\w.&'’-]*"
            r"(?: (?-i:[A-Z])[\w.&'’-]*){0,5} was first published (?:on )?(?:(?-i:[A-Z])[a-z]{2,8}\.? \d{1,2},? \d{4}"
            r"|\d{1,2} (?-i:[A-Z])[a-z]{2,8}\.? \d{4})[.!]?[*_)\]]*$",
            re.I,
        ),
        ("first published",),
    ),
    (  # a plea for money or comments closing a post: "If you enjoyed this post, consider supporting the blog on
        # Patreon!", "Let me know in the comments below!"
        "promo",
        re.compile(
            r"^(?=.{0,300}$)(?:if you (?:enjoyed|liked|value|appreciate|found)\b.{0,100}?\b(?:support|donat|patreon|"
            r"tip|subscrib|chip in)|(?:please )?(?:consider )?(?:support|supporting) (?:us|our journalism|the blog|"
            r"this blog|independent journalism)\b)",
            re.I,
        ),
        ("enjoyed", "liked", "value", "appreciate", "found", "support"),
    ),
    (
        "comments",
        re.compile(
            r"^(?=.{0,200}$).{0,100}?\b(?:let (?:me|us) know|tell (?:me|us)|share your (?:thoughts|views)|"
            r"sound off)\b[^.!?]{0,40}\bin the comments\b",
            re.I,
        ),
        ("in the comments",),
    ),
    (  # a wire's pointer to its code of practice: "Our Standards: The Thomson Reuters Trust Principles."
        "copyright",
        re.compile(r"^(?=.{0,160}$)[*_(\[]*our (?:standards|editorial (?:standards|guidelines|policy))\s*:", re.I),
        ("our standards", "our editorial"),
    ),
    (  # one teaser on its line, headline after its box's label: "Trending now: <headline>", "Most read: <...>"
        "related-links",
        re.compile(rf"^(?=.{{0,260}}$)[\[(]?{_TEASER_LABEL}\s*[\])]?\s*(?::|\||[-–—»›] )\s*\w", re.I),
        (
            "trending",
            "most read",
            "most popular",
            "most viewed",
            "most shared",
            "most commented",
            "popular now",
            "popular today",
            "related",
        ),
    ),
    (  # the author's box and the desk's disclosure under their labels: "About the author: Jane Roe has covered ...",
        # "Disclosure: I own shares in ..." ("The author of the study said ..." has no label and colon)
        "author-bio",
        re.compile(
            r"^(?=.{0,600}$)[*_(\[]*(?:about the (?:authors?|writers?|reporters?|columnists?|contributors?)|"
            r"(?:(?:financial|editorial|full|affiliate|ethics) )?disclosures?(?: statement)?)\s*[:—–]\s*\S",
            re.I,
        ),
        ("about the", "disclosure"),
    ),
    (  # a copyright line, as a sentence too: "Copyright 2026 Harbor Media. Reproduction only with permission.",
        # "© Harbor Media Ltd 2026. Registered in England No. 1234.", a publisher's footer closing "... © Harbor
        # Media Inc." ("Copyright law is changing" and "(c) the third clause" are the article's)
        "copyright",
        re.compile(
            r"^(?=.{0,300}$)[*_(\[]*(?:\(c\)\s*(?:19|20)\d\d\b|(?:[^©ⓒ]{0,240}[.!?] +)?(?:copyright\s*(?:[©ⓒ]|\(c\))?"
            r"\s*(?:(?:19|20)\d\d\b|[©ⓒ])|[©ⓒ]\s*(?:(?:19|20)\d\d\b|(?-i:[A-Z]))))",
            re.I,
        ),
        ("copyright", "©", "ⓒ", "(c)"),
    ),
    (  # a pitch for the outlet's channel on a messaging or video app: "Join our WhatsApp channel for breaking news"
        # ("The ministry set up a Telegram channel" is news)
        "promo",
        re.compile(
            r"^(?=.{0,300}$)[*_(\[]*(?:join|follow|subscribe to)\s+(?:[\w'’.&@-]+\s+){0,4}"
            r"(?:whatsapp|telegram|youtube|viber|signal|discord)\s+(?:channel|community|group)s?\b",
            re.I,
        ),
        ("join ", "follow ", "subscribe to"),
    ),
    (  # a newsletter's sign-off with its pitch: "Thanks for reading Harbor Notes! Subscribe for free to ..."
        "promo",
        re.compile(
            r"^(?=.{0,300}$)[*_(\[]*thanks? (?:you )?(?:so much )?for reading\b.{0,200}?"
            r"\b(?:subscri|sign up|support|share|newsletter|pledg|donat|upgrade|paid)",
            re.I,
        ),
        ("for reading",),
    ),
    (  # a newsletter's form and footer: "By entering your email you agree to our Terms and Privacy Policy",
        # "Was this email forwarded to you? Sign up here", "You are receiving this newsletter because ...",
        # "Get the latest deals, reviews and more!"
        "newsletter",
        re.compile(
            r"^(?=.{0,400}$)[*_(\[]*(?:"
            r"by (?:submitting|entering|providing|sharing|subscribing|registering|signing up)\b"
            r"[^.!?]{0,120}\byou (?:agree|consent|accept|acknowledge|confirm)\b[^.!?]{0,200}"
            r"\b(?:terms|privacy|polic|conditions|notice|contact|receive)|"
            r"(?:(?:was|has) )?this (?:e-?mail|newsletter) (?:was |been )?forwarded(?: to you)?\?|"
            r"forwarded this (?:e-?mail|newsletter)\?|"
            r"(?:did )?(?:someone|a friend|a colleague) (?:forward(?:ed)?|sen[dt]) (?:you )?this (?:e-?mail|newsletter)"
            r"(?: to you)?\?|"
            r"you(?:['’]re| are)? (?:received?|receiving|getting) this (?:e-?mail|newsletter|message|alert)\b"
            r"[^.!?]{0,40}\b(?:because|as|since)\b|"
            r"(?=.{0,200}$)(?:get|receive|enjoy) (?:the (?:best|latest|top)|all the latest|our (?:best|top|latest))\b"
            r"[^.!?]{0,150}?(?:,? (?:and|plus) (?:much |lots )?more|straight to your inbox|in your inbox)\s*[.!]*$)",
            re.I,
        ),
        (
            "by submitting",
            "by entering",
            "by providing",
            "by sharing",
            "by subscribing",
            "by registering",
            "by signing up",
            "forward",
            "this email",
            "this e-mail",
            "this newsletter",
            "this message",
            "this alert",
            "more",
            "inbox",
        ),
    ),
    (  # the paywall's meter and pitch: "Subscribe to continue reading. You've read 3 of 3 free articles this month."
        # "This article is free to read." (a sentence alone or after one other, never the article's own)
        "promo",
        re.compile(
            r"^(?=.{0,300}$)[*_(\[]*(?:[^.!?]{0,120}[.!?:] +)?(?:you(?:['’]ve| have) (?:read|used|viewed|opened) "
            r"(?:\d+|all|your)(?: (?:of|out of) (?:\d+|your))? (?:free|complimentary) (?:articles?|stories|pieces)\b|"
            r"(?:subscribe|sign in|log ?in|register|sign up) (?:now )?to (?:continue|keep) reading\b|"
            r"this (?:article|story|piece|report) is free to read\b)",
            re.I,
        ),
        ("free article", "free stor", "free piece", "complimentary", "continue reading", "keep reading", "free to"),
    ),
    (  # the plea for readers' money: "Support our reporting: 80% of our funding comes from readers like you.",
        # "Support independent local journalism - donate from £3." (the outlet's own funding, said as "our")
        "promo",
        re.compile(
            r"^(?=.{0,300}$)[*_(\[]*(?:[^.!?]{0,120}[.!?:] +)?(?:\d{1,3}(?:\.\d)? ?(?:%|per ?cent) of our "
            r"(?:funding|income|revenue|budget) (?:comes?|is paid|is covered) (?:from|by) (?:readers|"
            r"supporters|members|listeners|viewers|people)\b|support (?:our|independent|quality|local|"
            r"public[- ]interest|this)\b[\w -]{0,40}?\b(?:journalism|reporting|newsroom|work)\b[^.!?]{0,60}?"
            r"\b(?:donat\w*|contribut\w*|give|chip in)\b)",
            re.I,
        ),
        ("funding", "income", "revenue", "budget", "donat", "contribut", "give", "chip in"),
    ),
    (  # the outlet's disclaimers: "Disclaimer: This is not investment advice.", "The views expressed are the
        # author's own." (an article quoting a fund's disclaimer says so in a sentence of its own words)
        "disclaimer",
        re.compile(
            r"^(?=.{0,400}$)[*_(\[]*(?:disclaimer\s*:|(?:this|the) (?:article|content|information|column|post|"
            r"newsletter|report)?\s?(?:is|does) not (?:constitute )?(?:investment|financial|legal|tax) advice\b|"
            # the article itself (named) disclaiming, and the fund pages' risk warning opening a line
            r"this (?:article|content|column|newsletter) (?:is|does) not (?:constitute )?(?:an? )?"
            r"(?:recommendation|advice)\b|past performance is (?:not|no) (?:a )?(?:reliable )?(?:guide|indicator|"
            r"guarantee) (?:to|of|for) future\b|"
            r"(?:the )?(?:views|opinions)(?: and (?:views|opinions))? expressed (?:in this [\w-]+ |here )?are "
            r"(?:those of )?(?:the (?:author|writer|contributor)['’]?s?|my|his|her|their)(?: own)?\s*[.!]?\s*"
            r"(?:$|and (?:do not|don['’]t))|(?:all )?views (?:are )?(?:my|the author['’]s|the writer['’]s) own\b)",
            re.I,
        ),
        ("disclaimer", "advice", "expressed", "views", "recommendation", "past performance"),
    ),
    (  # the imprint: "Harbourside Weekly is published by Quay Media Ltd. Registered in England No. 0123456."
        # (a line of its own, nothing after the publisher's name but the registration details)
        "copyright",
        re.compile(
            r"^(?=.{0,300}$)(?:The )?[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,4} is (?:published|produced|owned) "
            r"(?:and (?:published|operated|owned) )?by (?:the )?[A-Z][\w.'’&-]*(?: (?:[A-Z][\w.'’&-]*|of|and|&)){0,5}"
            r"[.,]?\s*(?:$|(?i:registered (?:in|office|company|number)|company (?:no|number|registration)|"
            r"tel\b|phone\b))"
        ),
        ("published by", "produced by", "owned by"),
    ),
    (  # a report's circulation notice: "This report is for subscribers only. Redistribution prohibited."
        "copyright",
        re.compile(
            r"^(?=.{0,300}$)[*_(\[]*(?:[^.!?]{0,120}[.!?] +)?(?:this (?:report|article|newsletter|briefing|content|"
            r"story|email|e-mail|note) is (?:for|available to|intended for) (?:paying |paid )?subscribers only\b|"
            r"(?:unauthori[sz]ed )?(?:redistribution|forwarding|reproduction) (?:is )?(?:strictly )?prohibited\b)",
            re.I,
        ),
        ("subscribers only", "prohibited"),
    ),
    (  # a columnist's or guest author's bio line (a line of its own, no one speaking in it): "Jane Roe writes
        # about money every other Friday.", "Jane Roe's latest book is "Title".", "Jane Roe is a senior fellow at
        # the Institute and the author of "Title"", "... and a former adviser to ...", "... . She previously
        # worked at ...". A news sentence names the expert in passing ("Roe, a fellow at ..., said").
        "author-bio",
        re.compile(
            r"^(?=.{0,400}$)(?!(?:Mr|Mrs|Ms|Miss|Dr)\.? )(?:[A-Z][\w.'’-]+ ){1,2}[A-Z][\w.'’-]+"
            r"(?!.*\b(?:said|says|told|according)\b)(?: writes (?:about|on|for) [^.!?]{1,80}? "
            r"(?i:every (?:other |second )?(?:day|week|fortnight|month|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|"
            r"(?:weekly|fortnightly|monthly)\b)|"
            r" writes a (?:weekly|fortnightly|monthly|regular) (?:column|newsletter)\b|"
            r"['’]s? (?:latest|new|most recent|forthcoming|debut) book,? (?:is )?[\"“'‘*_]|"
            r" is (?:a |an |the )?(?:[\w,'’-]+ ){0,5}(?:at|of|for|with) [^.!?]{2,80}?(?:,? and (?:the |a |an )?"
            r"(?:co-?)?author of\b|,? and a former\b|\. (?:He|She|They) (?:previously|formerly|has previously|"
            r"was previously) (?:worked|served|was|led|held|advised|taught)\b))",
        ),
        ("writes", "book", "author of", "former", "previously", "formerly"),
    ),
    (  # the privacy notice under a sign-up form: "Privacy Notice: Newsletters may contain ..."
        "cookie-notice",
        re.compile(r"^(?=.{0,400}$)[*_(\[]*privacy (?:notice|statement)\s*:\s*\S", re.I),
        ("privacy notice", "privacy statement"),
    ),
    (  # the desk's note on a revised copy, ahead of the text or closing it: "UPDATED 13:10 GMT: corrects the rise
        # in paragraph two, adds ECB paragraph", "(Adds analyst comment in paragraph 5)", "Correction: An earlier
        # version of this story misstated ...", "This article has been updated to include ..." (a label or the
        # brackets, then the wire's verbs for an edit, or the copy speaking of its own versions)
        CORRECTION_NOTE,
        re.compile(
            r"^(?=.{0,400}$)[*_\[]*(?:(?:(?:updated?|correction|corrected|clarification|editor['’]?s? note)\b.{0,60}?"
            r"\s*[:—–-]\s*|\()(?:corrects|adds|updates|recasts|rewrites|refiles|removes|clarifies|inserts|"
            r"deletes|replaces|amends|restores)\b|"
            # (the label may carry the note's date: "Correction, March 4:", "Clarification (12 May):")
            r"(?:(?:correction|clarification|editor['’]?s? note)\b[^:!?]{0,30}?\s*"
            r"[:—–-]\s*)?(?:an? )?(?:earlier|previous) version of this (?:story|article|report|post|piece)\b"
            r"[^.!?]{0,40}?\b(?:misstated|misspelled|misidentified|misattributed|incorrectly|wrongly|mistakenly)\b|"
            r"this (?:story|article|post|piece) (?:has been|was) (?:updated|corrected|amended)\b)",
            re.I,
        ),
        ("updat", "correct", "clarif", "note", "version of this")
        + tuple(f"({verb}" for verb in ("adds", "recasts", "rewrites", "refiles", "removes", "inserts", "deletes"))
        + tuple(f"({verb}" for verb in ("replaces", "amends", "restores")),
    ),
    (  # the plea to pay, after its sentence or alone: "Support independent analysis. Become a member from €5 a
        # month.", "Become a supporter today" (a price or "today"/"now": "members of the club" is news)
        "promo",
        re.compile(
            r"^(?=.{0,300}$)[*_(\[]*(?:[^.!?]{0,200}[.!?] +)?(?:become|join (?:us )?as) an? (?:paying |digital |"
            r"premium )?(?:member|subscriber|supporter|patron)\b[^.!?]{0,80}?(?:\bfrom\b[^.!?\d]{0,20}\d|"
            r"\bfor (?:just |only )?[£$€¥]?\d|[£$€¥]\s?\d|\btoday\b|\bnow\b|\bhere\b)",
            re.I,
        ),
        ("become a", "join as", "join us as"),
    ),
    (  # the desk's number or address as a line of its own: "Got a story? Email news@example.com or call
        # 0161 555 0100", "For more details, call 020 7946 0000.", a helpline under its label: "Need help? Call the
        # council's emergency line on 01632 960961." (not "Customers could call a helpline on ...")
        "contact",
        re.compile(
            r"^(?=.{0,240}$)[*_(\[]*(?:[^.!?]{0,80}\? +|(?:[\w'’-]+ ){0,4}[\w'’-]+: +)?"
            r"(?:(?:for (?:more|further) (?:information|details|info)"
            r"|to (?:find out|learn) more)(?: (?:on|about) [^.!?,]{1,60})?,? )?(?:please )?"
            r"(?:call|phone|ring|text|contact|write to|e-?mail|reach)\b[^.!?]{0,80}?"
            # an e-mail address, or a phone number in three groups at least ("2024-2025" is two), or in two of nine
            # digits or more (a trunk code and a local number: "01632 960961")
            r"(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?\(?\d{1,5}\)?(?:[ .-]\d{2,5}){2,4}\b|"
            r"(?=(?:[ .()+-]?\d){9})\+?\(?\d{2,5}\)?[ .-]\d{5,8}\b)",
            re.I,
        ),
        ("call", "phone", "ring", "text", "contact", "write to", "mail", "reach"),
    ),
    (  # the print edition's note closing the web copy: "Appeared in the May 2, 2026, print edition as 'Title'.",
        # "A version of this article appears in print on May 2, 2026, Section B, Page 3 ...", and a print view's
        # footer: "Printed from example.com - © Example News 2026" (a line opening so: "The advert appeared in
        # the print edition" and "Printed on recycled paper, ..." are the article's)
        "copyright",
        re.compile(
            r"^(?=.{0,400}$)[*_(\[]*(?:(?:an? (?:earlier |shorter |longer )?version of this [\w-]+ )?"
            r"appear(?:ed|s) in (?:print on\b|(?:the )?[^.!?]{0,40}?\bprint edition\b)|"
            r"printed (?:from|on|via|at) [^.!?]{0,60}?(?:\b[\w-]+(?:\.[a-z]{2,12})+\b|[©ⓒ]))",
            re.I,
        ),
        ("print edition", "in print on", "printed "),
    ),
    (  # the plea for readers' money, with the outlet's own funding as its reason: "Harbour News is funded by its
        # readers. Please consider a monthly donation from £2.", "... If you value our reporting, support us ..."
        # (a line of its own; "The museum is funded by donations" names no plea to the reader)
        "promo",
        re.compile(
            # (after up to two other sentences: "Support Harbour News. We're run by volunteers and funded by ...")
            r"^(?=.{0,400}$)(?!.*\b(?:said|says|told)\b)[*_(\[]*(?:[^.!?]{0,160}[.!?] +){0,2}(?:"
            r"[^.!?]{0,80}\b(?:is|are|['’]re) (?:[^.!?]{0,50}? and )?(?:funded|supported|paid for|made possible) "
            r"(?:\w+ )?by (?:its |our )?"
            # (then the plea itself: "... whose donations rose 5%" reports the outlet's funding)
            r"(?:readers|members|supporters|listeners|viewers|subscribers)\b(?=.*\b(?:please|consider|donate|"
            r"support (?:us|our|independent)|become a (?:member|supporter|subscriber)|subscribe|chip in|from [£$€]\d))|"
            r"(?:if you (?:enjoyed|liked|value|appreciate|found)\b[^.!?]{0,100}?,? )?please consider "
            r"(?:(?:making )?an? (?:(?:small|monthly|one-off|regular|annual|recurring) )?"
            r"(?:donation|contribution|gift)|donating|contributing|supporting (?:us|our|this)|subscribing|"
            r"becoming a (?:member|subscriber|supporter)))",
            re.I,
        ),
        ("funded by", "supported by", "paid for by", "made possible by", "please consider"),
    ),
    (  # a pointer to the outlet's pages written as a sentence, under its box's label or to its readers:
        # "Subscribers only: read our full analysis of the merger.", "Premium members can download the full
        # survey here." ("He said: read our lips" is a quote; "Readers can find it in the library" is news)
        "related-links",
        re.compile(
            r"^(?=.{0,240}$)[*_(\[]*(?:(?!(?:\w+ )?(?:said|says|told|added|wrote)\s*:)(?-i:[A-Z])[\w'’-]*"
            r"(?: [\w'’-]+){0,2}\s*:\s*(?:read|see|watch|listen to|explore|browse) (?:all )?our\b[^!?]{0,160}|"
            r"(?:(?:[\w'’&.-]+ ){0,4}(?:subscribers|members|readers|users)|you) (?:can|may) (?:now )?"
            r"(?:download|read|view|access|find|see|watch|listen to|get)\b[^.!?]{0,100}?\b(?:here|below|"
            r"on our (?:website|site|app))\s*[.!]?[*_)\]]*$|"
            r"(?:listen|tune in|watch|hear)(?: to)? (?:the|our) (?:full|whole|entire|complete|extended) (?:report|"
            r"interview|programme|program|episode|show|story|conversation|podcast|debate|discussion|documentary|"
            r"broadcast|bulletin)\b(?![^.!?]*\b(?:said|says|told)\b)[^.!?]{0,80}[.!]?[*_)\]]*$)",
            re.I,
        ),
        (": read ", ": see ", ": explore ", ": browse ", " can ", " may ", "listen", "tune in", "watch", "hear"),
    ),
    (  # the publisher's registration closing its footer: "Harbour Media Ltd, 4 Dock Road. Registered in England
        # No. 01234567." (a line that ends with the number; a company in the news is registered mid-sentence)
        "copyright",
        re.compile(
            r"^(?=.{0,300}$)[*_(\[]*(?:[^!?]{0,200}?[.,;|] +)?(?:registered in (?:england|wales|scotland|"
            r"northern ireland|ireland)(?: (?:and|&) wales)?[^.!?]{0,40}?|(?:company|registration|registered) )"
            r"(?:no\.?|number|reg(?:istration)?\.? no\.?)\s*:?\s*[A-Z]{0,2}\d{5,9}\.?[*_)\]]*\s*$",
            re.I,
        ),
        (
            "registered in",
            "company no",
            "company number",
            "registration no",
            "registration number",
            "registered no",
            "registered number",
        ),
    ),
    (  # an advertisement's label run into its copy, in sentences: "Advertisement - Open a savings account from £1.
        # Capital at risk." (the label, then a dash, bar or colon: "Advertising revenue fell" and "Sponsored by the
        # council, the fair ..." are the article's, and a heading, "Advertisement - the industry fights back", ends
        # with no full stop)
        "advertisement",
        re.compile(
            r"^(?=.{0,300}$)[*_(\[]*(?:advertisements?|advert|ad|sponsored(?: content| post| links?)?|promoted "
            r"(?:content|post|stories)|paid (?:content|post|partnership)|partner content)[\])]?\s*(?:[-–—|:]|\s·)\s*\S"
            r".*[.!][*_)\]]*\s*$",
            re.I,
        ),
        ("advert", "ad ", "ad:", "ad-", "ad–", "ad—", "ad|", "ad)", "ad]", "sponsored", "promoted", "paid ", "partner"),
    ),
    (  # a newsletter's pitch with no "sign up": "Don't miss a story - join 80,000 readers of our morning briefing."
        # (a number of readers or subscribers to join; "don't miss" only with a newsletter or an inbox named)
        "newsletter",
        re.compile(
            r"^(?=.{0,240}$)[*_(\[]*(?:(?:don['’]t|never) miss (?:a |an |another )?(?:single )?(?:story|thing|update|"
            r"issue|headline|edition)\b(?=[^!?]*\b(?:newsletter|inbox|e-?mail|sign up|subscribe|join)\b)|[^.!?]{0,80}"
            r"\bjoin (?:over |more than |some |the |our )?\d[\d,.]*\s?(?:k|m|million|thousand)?\+? (?:other |fellow )?"
            r"(?:readers|subscribers)\b)",
            re.I,
        ),
        ("miss ", "join "),
    ),
    (  # a live page's closing notice: "Our live coverage has now ended. Thanks for following." (the page's own
        # coverage, blog or updates: "The live broadcast ended at 9pm" is news)
        "widget",
        re.compile(
            r"^(?=.{0,240}$)[*_(\[]*(?:(?:(?:our|this|the) )?live (?:coverage|blog|updates?|page|reporting)"
            r"(?: (?:of|on|from) [^.!?]{1,60}?)? (?:has|have|is|are) (?:now )?(?:ended|finished|closed|over|paused|"
            r"concluded)\b|we(?:['’]re| are|['’]ll| will| have) (?:now )?(?:pausing|ending|closing|wrapping up|ended|"
            r"paused|closed) (?:our|this|the) live (?:coverage|blog|updates?|page)\b)",
            re.I,
        ),
        ("live coverage", "live blog", "live update", "live page", "live reporting"),
    ),
    (  # an e-mail edition's greeting and sign-off, each a line of its own: "Good morning, and welcome to The Daily
        # Brief. Here's what you need to know.", "That's all for today. Forward this to a friend." (a live page's
        # "Good morning and welcome to our coverage of the strike, which ..." goes on with the news, and stays)
        "newsletter",
        re.compile(
            r"^(?=.{0,200}$)[*_(\[]*(?:(?:good (?:morning|afternoon|evening)|hello|hi|hey)(?: (?:all|everyone|folks|"
            r"there|friends|readers))?[,!.]? +(?:and )?(?:(?:a (?:warm )?)?welcome (?:back )?to (?:the |this |"
            r"today['’]s |your )?(?-i:[A-Z0-9#])[^.!?]{0,50}[.!]|here(?:['’]s| is) (?:your|today['’]s|this "
            r"(?:week|morning)['’]s|what you need to know)[^.!?]{0,60}[.!:])(?: +here(?:['’]s| is) [^.!?]{0,80}[.!:])?"
            r"|that['’]?s (?:all|it) (?:for (?:today|tonight|now|this (?:week|morning|evening|edition|issue|weekend))|"
            r"from (?:us|me))\b(?![^.!?]*\b(?:said|says)\b)[^.!?]{0,60}[.!]?(?: +[^.!?]{0,120}[.!?]?)?)\s*$",
            re.I,
        ),
        (
            "good morning",
            "good afternoon",
            "good evening",
            "hello",
            "hi ",
            "hi,",
            "hey",
            "all for",
            "it for",
            "all from",
            "it from",
        ),
    ),
    (  # the outlet's pointer to help under a story: "For advice, call the helpline on 116 123 or visit our money
        # hub." (a number to call, then the outlet's own pages; "Residents can call the council or visit its
        # website" is news)
        "contact",
        re.compile(
            r"^(?=.{0,200}$)(?!.*\b(?:said|says|told)\b)[*_(\[]*(?:[^.!?]{0,60}[?:,] +|for [^.!?,]{1,40}? )?"
            r"(?:please )?(?:call|phone|ring|text|contact|e-?mail)\b[^.!?]{1,60}?\bor (?:visit|see|go to|head to|"
            r"check out|read) our\b[^.!?]{1,60}[.!]?[*_)\]]*$",
            re.I,
        ),
        ("or visit our", "or see our", "or go to our", "or head to our", "or check out our", "or read our"),
    ),
    (  # the publisher's membership of a press regulator, in its footer: "The Valley Post is a member of the
        # Independent Press Standards Organisation (IPSO).", "This newspaper is regulated by IMPRESS." (a line of
        # its own naming a press regulator or code; "Norway is a member of NATO" names none)
        "copyright",
        re.compile(
            r"^(?=.{0,300}$)(?!.*\b(?:said|says|told|according)\b)[*_(\[]*(?:(?:this|our) (?:newspaper|paper|"
            r"publication|site|website|title|magazine|outlet)|(?-i:[A-Z])[\w.'’&-]*(?: (?-i:[A-Z])[\w.'’&-]*){0,5})"
            r" (?:is|are) (?:a (?:proud )?(?:member|signatory) (?:of|to)|regulated by|signed up to|subscribed to) "
            r"[^.!?]{0,60}?(?:\bpress (?:standards|council|complaints|regulat\w*|ombudsman)|\bnews media council|"
            r"\beditors['’]? code|\btrust project|(?-i:\bIPSO\b|\bIMPRESS\b|\bImpress\b))",
            re.I,
        ),
        ("member of", "signatory", "regulated by", "signed up to", "subscribed to"),
    ),
    (  # a podcast's sign-off, after its credits or alone: "The Briefing is produced by Quay Audio. Subscribe
        # wherever you get your podcasts." (a line of its own, no one speaking in it)
        "promo",
        re.compile(
            r"^(?=.{0,300}$)(?!.*\b(?:said|says|told)\b)[*_(\[]*(?:[^.!?]{0,160}[.!?] +){0,2}"
            r"(?:subscribe|listen|follow|download|find (?:us|it|the show))\b[^.!?]{0,60}?\bwherever you "
            r"(?:get|find|listen to|download|stream) (?:your )?podcasts\b",
            re.I,
        ),
        ("wherever you",),
    ),
    (  # a transcript's note on how it was made: "Transcript generated automatically and edited for clarity.",
        # "This transcript has been lightly edited." ("The transcript was released by the court" is news)
        "disclaimer",
        re.compile(
            r"^(?=.{0,240}$)[*_(\[]*(?:this )?transcript (?:was |has been |is )?(?:automatically |machine-|"
            r"computer-|lightly )?(?:generated|edited|condensed)\b",
            re.I,
        ),
        ("transcript",),
    ),
]


# Literal pieces that each strong rule needs; a line with none of them skips the regular expressions.
_STRONG_KEYS: dict[str, tuple[str, ...]] = {
    "credits": ("contributed", "reporting by"),
    "contact": ("reach the", "contact the", "mail the", "to hear"),
    "advertisement": ("commission", "share of", "affiliate"),
    "comments": (
        "save my name",
        "lascia",
        "deixe",
        "deja",
        "laiss",
        "hinterlasse",
        "email address",
        "required fields",
        "no comments",
        "first to comment",
        "the discussion",
        "comments are",
        "comments have",
        "leave a",
        "post a",
        "add a",
        "logged in to",
        "signed in to",
        "essere connesso",
        "vous devez",
        "logado",
        "fazer login",
        "conectado",
    ),
    "copyright": ("rights reserved", "may not be", "copyright", "no part may"),
    "cookie-notice": ("cookie", "consent to"),
    "newsletter": ("inbox", "signing up", "sign up", "unsubscribe", "opt-in", "send me", "news alert", "news e"),
    "caption": ("credit", "photo", "image", "picture"),
    "related-links": ("…]", "...]", "…)", "...)"),
    "author-bio": (
        "writer",
        "reporter",
        "journalist",
        "editor",
        "correspondent",
        "contributor",
        "columnist",
        "curator",
        "producer",
        "blogger",
        "been reporting",
        "been writing",
        "been covering",
    ),
    "widget": (
        "copy is for",
        "error",
        "inbox",
        "thank",
        "try again",
        "presentation-ready",
        "this story?",
        "this article?",
        "this post?",
        "sent to",
    ),
    "promo": (
        "if you enjoy",
        "if you like",
        "if you value",
        "if you appreciate",
        "subscribe",
        " app",
        "follow",
        "join us",
        "click here",
        "tap here",
        "delivered",
        "issues for",
    ),
}


# Plain substring tests: twice as fast as one regular expression alternating over all the keys.
StrongRules = tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...]
_EVERY_STRONG_RULE: StrongRules = tuple(
    (reason, pattern, _STRONG_KEYS[reason]) for reason, pattern in STRONG_RULES
) + tuple(_ANCHORED_STRONG_RULES)
_ALL_STRONG_KEYS = tuple(dict.fromkeys(k for _, _, keys in _EVERY_STRONG_RULE for k in keys))


# A key occurs in an article only if each three bytes of it do, so a table of the three-byte runs of the article
# (the bytes of its UTF-8, hashed to 16 bits) turns away most absent keys without reading the article once per key:
# a scan per key cost 0.4 ms of an article's 1.5 ms, mostly on keys the article lacks. A hash collision only lets a
# key on to the exact test.
_TRIGRAM_BITS = 16
_ALWAYS = 1 << _TRIGRAM_BITS  # a slot set in every table: the trigram of a key under three bytes ("©")


def _trigram_slots(data: np.ndarray) -> np.ndarray:
    """Each three-byte run of ``data`` (bytes as integers) hashed to a table slot (injective on ASCII letters)."""
    return (data[:-2] * 1369 + data[1:-1] * 37 + data[2:]) & (_ALWAYS - 1)


def _key_slots(key: str) -> list[int]:
    """The table slots a key needs set (``_ALWAYS`` alone for a key too short to have a three-byte run)."""
    data = np.frombuffer(key.encode("utf-8", "surrogatepass"), dtype=np.uint8).astype(np.int64)
    return _trigram_slots(data).tolist() if len(data) >= 3 else [_ALWAYS]


_RULES_OF_KEY = {  # each key's rules, as indices into _EVERY_STRONG_RULE
    key: [k for k, (_, _, keys) in enumerate(_EVERY_STRONG_RULE) if key in keys] for key in _ALL_STRONG_KEYS
}
_KEY_SLOTS = [_key_slots(key) for key in _ALL_STRONG_KEYS]
_ALL_KEY_SLOTS = np.array([slot for slots in _KEY_SLOTS for slot in slots], dtype=np.int64)
_KEY_STARTS = np.cumsum([0] + [len(slots) for slots in _KEY_SLOTS[:-1]])  # each key's run in _ALL_KEY_SLOTS


def _maybe_present(low: str) -> list[str]:
    """The keys of ``_ALL_STRONG_KEYS`` that ``low`` may hold: all their three-byte runs are in it."""
    data = np.frombuffer(low.encode("utf-8", "surrogatepass"), dtype=np.uint8).astype(np.int64)
    seen = np.zeros(_ALWAYS + 1, dtype=bool)
    seen[_ALWAYS] = True
    seen[_trigram_slots(data)] = True
    every_slot_seen = np.logical_and.reduceat(seen[_ALL_KEY_SLOTS], _KEY_STARTS)
    return [_ALL_STRONG_KEYS[k] for k in np.flatnonzero(every_slot_seen).tolist()]


def strong_rules_for(lines: list[str]) -> StrongRules:
    """The strong rules (in order) whose keys occur somewhere in ``lines``, each with only its keys that do.

    One scan of the whole article per key instead of one per line per key: a key absent from the article is
    absent from each of its lines, so ``strong_furniture_reason(line, rules)`` gives what it gives without them.
    Only keys whose three-byte runs all occur are looked for (``_maybe_present``).
    """
    low = "\n".join([line.lower() for line in lines])
    present = {key for key in _maybe_present(low) if key in low}
    out = []
    for k in sorted({r for key in present for r in _RULES_OF_KEY[key]}):  # (most of the 50 rules have no key here)
        reason, pattern, every_key = _EVERY_STRONG_RULE[k]
        out.append((reason, pattern, tuple(key for key in every_key if key in present)))
    return tuple(out)


def strong_furniture_reason(line: str, rules: StrongRules | None = None) -> str | None:
    """Furniture phrases specific enough to remove even a full sentence.

    ``rules`` (from ``strong_rules_for`` on the article's lines) skips the keys the article does not contain.
    """
    if rules is None:
        low = line.lower()
        if not any(key in low for key in _ALL_STRONG_KEYS):
            return None
        rules = _EVERY_STRONG_RULE
    elif not rules:
        return None
    else:
        low = line.lower()
    has = low.__contains__
    screens = _SCREENS if line.isascii() or FOLDS_TO_ASCII_RE.search(line) is None else {}  # (see ``_SCREENS``)
    for reason, pattern, keys in rules:
        # ``map`` over a bound method: no frame per key
        if any(map(has, keys)) and ((screen := screens.get(pattern)) is None or screen(low)) and pattern.search(line):
            if reason == CORRECTION_NOTE and is_dateline(line):
                continue  # the date rules read it ("Updated 14:10 GMT"): its time is the article's update time
            return reason
    return None


def _promo_screen(low: str) -> bool:
    """Literals each branch of the "promo" pattern needs: "subscribe to|now", "download|get our|the" with "app",
    "follow|join us on" or "follow|join @", a line opening "if you", "click here", "tap here" or "follow",
    "delivered", "issues for"."""
    return (
        "subscribe to" in low
        or "subscribe now" in low
        or "delivered " in low
        or " issues for" in low
        or low.startswith(("if you ", "click here", "tap here", "follow "))
        or ("app" in low and any(map(low.__contains__, _APP_VERBS)))
        or any(map(low.__contains__, _FOLLOW_US))
    )


_APP_VERBS = ("download our ", "download the ", "get our ", "get the ")
_FOLLOW_US = ("follow us on ", "join us on ", "follow @", "join @")


_WIDGET_NEEDS = (
    "copy is for your",
    "an error ",
    "error processing",
    "your inbox",
    "for signing up",
    "for subscribing",
    "try again later",
    "presentation-ready",
    "this story?",
    "this article?",
    "this post?",
    "this article has been sent to",
)
_ADVERTISEMENT_NEEDS = ("get ", "receive ", "earn ", "collect ", "affiliate ")

# Literals that every match of a strong rule's pattern contains, looked for in the lower-cased line before the
# pattern's search. A rule's keys also occur in many sentences (" app" in "happen", "error" in "terror", "credit"),
# and each such line cost an unanchored search a try at every character: the promo rule's alone cost 0.1 ms per
# article. Not the anchored rules (they fail at once), and not on a line holding one of the four characters that
# ``re.I`` matches with an ASCII letter and ``str.lower`` does not lower to it (``FOLDS_TO_ASCII_RE``).
# tests/stages/test_furniture_speed.py checks the literals.
_STRONG_PATTERN = dict(STRONG_RULES)  # (keyed by pattern: the anchored rules share reasons, not patterns)
_SCREENS: dict[re.Pattern[str], Callable[[str], bool]] = {
    _STRONG_PATTERN["promo"]: _promo_screen,
    _STRONG_PATTERN["caption"]: lambda low: ":" in low,  # "credits?:" or "(photo: ...)"
    _STRONG_PATTERN["widget"]: lambda low: any(map(low.__contains__, _WIDGET_NEEDS)),
    _STRONG_PATTERN["advertisement"]: lambda low: any(map(low.__contains__, _ADVERTISEMENT_NEEDS)),
}


# A menu a renderer set on one line: its items joined by pipes or bullets ("Home | News | Sport | Weather").
_MENU_SEPARATOR_RE = re.compile(r"\s*[|•·]\s*")
_MENU_MARKER_RE = re.compile(r"^(?:[*+o-]\s+)+")  # a nested item's marker left in front of it ("o Texas")
MENU_MIN_ITEMS = 3
MENU_MAX_ITEM_WORDS = 6
MENU_MEAN_ITEM_WORDS = 4.0


def menu_line(line: str) -> bool:
    """A line that is nothing but short labels between separators: a navigation menu or a footer's links printed
    on one line. Its length and word count make it look like a paragraph, which would pull the main-text search
    to the page's header; a sentence has longer runs of words between its punctuation."""
    if "|" not in line and "•" not in line and "·" not in line:
        return False
    items = [_MENU_MARKER_RE.sub("", item) for item in _MENU_SEPARATOR_RE.split(line.strip())]
    items = [item for item in items if item.strip("*+o- ")]
    if len(items) < MENU_MIN_ITEMS:
        return False
    if sum(DIGIT_RE.search(item) is not None for item in items) > len(items) // 4:
        return False  # a table's row: "3 | Kevin Harvick | 5033 | 4"
    sizes = [len(item.split()) for item in items]
    # most items are labels; one may be a run of labels the renderer set without a separator
    labels = sum(size <= MENU_MAX_ITEM_WORDS for size in sizes)
    return labels >= 0.75 * len(sizes) and sum(sizes) / len(sizes) <= MENU_MEAN_ITEM_WORDS


# A menu a renderer set out with runs of spaces between its items ("Home  News  Sport"). The text's blocks join a
# line's words with single spaces, so the raw line is read (``spaced_menus``).
_SPACED_GAP_RE = re.compile(r"\s{2,}")
_SPACED_ITEM_RE = re.compile(r"[A-Z][\w'’&-]*(?: (?:[A-Z][\w'’&-]*|&|and|of|the))?(?: [A-Z][\w'’&-]*)?")
SPACED_MENU_MIN_ITEMS = 3  # (or two one-word items: "World  Business")


def spaced_menu(line: str, following: str = "") -> bool:
    """A line of short capitalised labels (up to three words each) set apart by runs of two or more spaces: a
    menu, however few its items. A headline's words are set with single spaces and run in lower case; a table's
    header row ("Pos  Name  Time") is followed by a row of as many cells holding figures (``following``)."""
    items = _SPACED_GAP_RE.split(line.strip())
    if len(items) < 2 or not all(_SPACED_ITEM_RE.fullmatch(item) for item in items):
        return False
    if len(items) < SPACED_MENU_MIN_ITEMS and any(" " in item for item in items):
        return False
    cells = _SPACED_GAP_RE.split(following.strip())
    return not (len(cells) == len(items) and DIGIT_RE.search(following))


def spaced_menus(content: str) -> frozenset[str]:
    """The lines of a text that are menus set out with spaces (``spaced_menu``), as its blocks print them."""
    lines = [ln for ln in content.splitlines() if ln.strip()]
    return frozenset(
        " ".join(ln.split())
        for k, ln in enumerate(lines)
        if "  " in ln.strip() and spaced_menu(ln, lines[k + 1] if k + 1 < len(lines) else "")
    )


# A market-data strip ("GBP/USD 1.2945  EUR/GBP 0.8712  FTSE 100 8,214.6 (-0.3%)"): quotes, each a symbol and
# a price or a move. A quote is a figure with decimals, a signed figure or a percentage.
_QUOTE_FIGURE_RE = re.compile(r"^\(?[+\-−]?[$€£¥]?\d[\d,]*(?:\.\d+)?%?\)?$")
_PRICED_FIGURE_RE = re.compile(r"[.%+\-−]")
_PAIR_RE = re.compile(r"^[A-Z]{2,5}/[A-Z]{2,5}$")  # a currency pair
TICKER_MIN_QUOTES = 2
TICKER_FIGURE_SHARE = 0.4


def ticker_line(text: str) -> bool:
    """A line of market quotes: two or more priced figures (decimals, a sign or a percentage), figures for at
    least two tokens in five, and no word in lower case. A headline about markets ("FTSE 100 closes 0.3% lower")
    has its verb in lower case; a title-case one is accepted only with a currency pair or three quotes in it."""
    if DIGIT_RE.search(text) is None:
        return False
    tokens = text.split()
    if len(tokens) < 4 or any(t[:1].islower() for t in tokens):
        return False
    figures = [t for t in tokens if _QUOTE_FIGURE_RE.match(t)]
    priced = [t for t in figures if _PRICED_FIGURE_RE.search(t)]
    if len(priced) < TICKER_MIN_QUOTES or len(figures) < TICKER_FIGURE_SHARE * len(tokens):
        return False
    return len(priced) >= 3 or any(_PAIR_RE.match(t) for t in tokens)


# A press release's closing sections (a newswire copy in a news collection): the boxes about each company, the
# legal notice on forward-looking statements, the contacts, the "SOURCE" line and the end mark. None is the
# story's text; ``boilerplate.press_release_tail`` removes them as a whole, heading and paragraphs.
PRESS_RELEASE_REASON = "press-release-boilerplate"
# "About Halvorsen Foods", "About The Acme Company, Inc.", "About the Harbour Ports Authority": a company's name in
# title case, no sentence ("About 200 people attended." has a figure, lower-case words and a full stop).
_NAME_WORD = r"(?:[A-Z][\w&'’.\-/]*|\d+[A-Za-z][\w\-]*|&|of|and|de|der|la|the|for|\+)"
ABOUT_HEADING_RE = re.compile(
    rf"^\s*About\s+(?:the\s+)?(?P<name>[A-Z][\w&'’.\-/]*(?:,?\s+{_NAME_WORD}){{0,7}})\s*:?\s*$"
)
_COMPANY_ABBREVIATIONS = ("Inc.", "Ltd.", "Co.", "Corp.", "N.V.", "B.V.", "S.A.", "S.p.A.", "L.P.", "A.G.")
_LEGAL_NAME = (
    r"(?:forward[- ]looking (?:statements?|information)|safe harbou?r(?: statements?| provisions?)?|"
    r"cautionary (?:statements?|notes?|language)(?: (?:regarding|concerning|about|on) forward[- ]looking "
    r"(?:statements|information))?|special note regarding forward[- ]looking statements|"
    r"notes? to editors?|editor['’]?s notes?)"
)
LEGAL_HEADING_RE = re.compile(rf"^\s*{_LEGAL_NAME}\s*:?\s*$", re.I)
# the heading run into its paragraph: "Forward-Looking Statements: This press release contains ..."
LEGAL_RUN_IN_RE = re.compile(rf"^\s*{_LEGAL_NAME}\s*(?::|\.|--|–|—)\s+\S", re.I)
# what a legal section's first paragraph speaks of (a heading alone does not make the notice)
LEGAL_CONTENT_RE = re.compile(
    r"forward[- ]looking|safe harbou?r|risks? and uncertaint|actual results|press release|news release|"
    r"securities (?:laws?|act)|for (?:further|more) information|media (?:contact|enquir|inquir)",
    re.I,
)
CONTACT_HEADING_RE = re.compile(
    r"^\s*(?:(?:media|investor|press|analyst|company)(?:\s+(?:and|&)\s+(?:media|investor|press|analyst))?\s+"
    r"(?:contacts?|relations|inquiries|enquiries)|contacts?(?: information| details)?|"
    r"for (?:further|more) information,? (?:please )?contact)\s*(?::\s*.{0,160})?$",  # (a contact after a colon)
    re.I,
)
SOURCE_LINE_RE = re.compile(r"^\s*SOURCE:?\s+[A-Z][^.!?]{0,100}$")
END_MARK_RE = re.compile(r"^\s*(?:#{3,}|-{1,3}\s*(?i:end)\s*-{1,3}|-30-)\s*$")
# a company's description under its "About" heading: what a company is, where, since when, how to reach it
COMPANY_CUE_RE = re.compile(
    r"\b(?:compan(?:y|ies)|provider|maker|manufacturer|producer|developer|supplier|leader|leading|founded|"
    r"headquartered|subsidiary|brands?|firm|group|corporation|listed|nyse|nasdaq|www\.|visit|employs|"
    r"employees|products|solutions|customers|clients|portfolio|non-?profit|operates|offices|"
    r"organi[sz]ation)\b",
    re.I,
)
# a person's bio under "About Jane Doe" is the author box's (``boilerplate``'s author-bio rule), not a company's
JOURNALIST_CUE_RE = re.compile(
    r"\b(?:writer|reporter|journalist|editor|correspondent|contributor|columnist|blogger)\b", re.I
)
_PRESS_RELEASE_FIRST = frozenset("AFSCMIPN#-E")  # the first letters of every marker (a cheap screen)


def about_heading_name(text: str) -> str | None:
    """The company a short "About <Name>" heading names, else None (a sentence, a lower-case word, a figure)."""
    m = ABOUT_HEADING_RE.match(text)
    if m is None:
        return None
    name = m.group("name").rstrip()
    if name.endswith(".") and not name.endswith(_COMPANY_ABBREVIATIONS):
        return None
    return name


def press_release_marker(text: str) -> str | None:
    """Which press-release closing section a short line opens: "about", "legal", "contact", "source", "end";
    None for any other line."""
    if text.lstrip()[:1] not in _PRESS_RELEASE_FIRST or len(text) > 200:
        return None
    if END_MARK_RE.match(text):
        return "end"
    if SOURCE_LINE_RE.match(text):
        return "source"
    if about_heading_name(text):
        return "about"
    if LEGAL_HEADING_RE.match(text):
        return "legal"
    if CONTACT_HEADING_RE.match(text):
        return "contact"
    return None
