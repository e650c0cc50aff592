"""A text as blocks (its lines, or paragraphs when it is hard-wrapped) and the shape of each block.

The boilerplate rules judge blocks by shape: how many words, how many of them stop words of the text's own
language (prose is dense in them, menus and labels are not), whether the block ends a sentence, and its
indentation (a page rendered to text keeps its layout). This module measures that and nothing else; what a block
is judged to be is decided in ``boilerplate`` and ``page_regions``.
"""

from __future__ import annotations

import os
import pkgutil
import re
from dataclasses import dataclass
from functools import lru_cache

STOPWORDS_TEXT = (
    "the a an and or but of to in on at for with by from as is are was were be been being has have had it "
    "its this that these those he she they we you i his her their our who whom which what when where will "
    "would can could said says not no than then so if about after before over into up out more also just "
    "there here do does did him them us my your all any some such only other most very may might must "
    "should while because"
)
STOPWORDS = frozenset(STOPWORDS_TEXT.split())
WORD_RE = re.compile(r"\w+")
_TERMINAL = tuple('.!?…;"”’»)]。！？」』')
_SENTENCE_END = tuple(".!?…。！？")
# Chinese and Japanese are written without spaces: a "word" of \w+ is a whole clause there.
_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_KANA_RE = re.compile(r"[\u3040-\u309f]")  # hiragana: Japanese grammar (particles, endings), dense in prose
BULLET_CHARS = set("•·▪●◦■□►▶*‣-|")
BULLET_RE = re.compile(r"^\s*(?:[•·▪●◦■□►▶*‣-]\s+|\|\s*)")
MARKER_CHARS = BULLET_CHARS | {"#"}
DIGIT_RE = re.compile(r"\d")
_CLAUSE_RE = re.compile(r"\w[,;.!?]\s")
TAG_LIST_RE = re.compile(r"^[^.!?,]{1,40}(?:\s*[,|•·]\s*[^.!?,]{1,40}){2,}$")
# The only characters beyond ASCII that ``re.I`` matches with an ASCII letter ("ſ" with "s", the Kelvin sign with
# "k", dotted and dotless I with "i"; tests/stages/test_furniture_speed.py checks all of Unicode). In a text without
# them, ``str.lower`` puts an ASCII letter wherever a case-insensitive pattern can match one, and only there.
FOLDS_TO_ASCII_RE = re.compile("[\u0130\u0131\u017f\u212a]")


QUESTION_HEADING_MAX_WORDS = 10
_QUOTE_OR_STOP_RE = re.compile("[\"“”«»„.!?;]|(?:^|\\s)['‘]|['’](?:\\s|$)")


@dataclass
class Block:
    """One line or paragraph of the input and what it was judged to be."""

    text: str
    norm: str
    words: int
    stop_share: float
    ends_sentence: bool
    reason: str | None = None  # None: kept in the body
    heading: bool = False
    indent: int = 0  # leading spaces of the line, where the text kept its layout
    prose: bool = False  # shaped like a real paragraph (``good`` once nothing has claimed the block)
    lead: bool = False  # an opening line of the main text that scores as short (kept by ``_extend_over_lead``)
    trail: bool = False  # a closing line of the article's wrapper that scores as short (``_extend_over_wrapper``)
    listed: bool = False  # an item of a list the text announces (``page_regions.extend_over_list``)

    @property
    def good(self) -> bool:
        """A real paragraph: long enough, punctuated like prose."""
        return self.prose and self.reason is None

    @property
    def label_like(self) -> bool:
        """A label's shape: a short line that ends no sentence (a heading, a menu item, a teaser's title)."""
        return 1 <= self.words <= 15 and not self.ends_sentence and not self.text.rstrip().endswith((",", ":"))

    @property
    def heading_like(self) -> bool:
        """A sub-heading's shape: a label, or a short question of its own ("What happened?", "Why now?") over an
        explainer's section. An item of a list the text announces is none. The rules that tell teasers and menus
        from text go by ``label_like``: a run of questions is no menu."""
        return not self.listed and (self.label_like or self.question_heading)

    @property
    def question_heading(self) -> bool:
        """A short question alone on its line, no quote marks and no other sentence before it: a sub-heading. A
        question someone asks is quoted, and a paragraph that asks one says more around it."""
        text = self.text.strip()
        return (
            1 <= self.words <= QUESTION_HEADING_MAX_WORDS
            and text.endswith("?")
            and text[:1].isupper()
            and not _QUOTE_OR_STOP_RE.search(text[:-1])
        )


def normalise(text: str) -> str:
    """Lower-case words only: how repetition is compared."""
    return " ".join(lower_words(text))


# Every ASCII character that ``\w`` does not match, to a space: on ASCII text, ``str.split`` after this gives what
# ``WORD_RE.findall`` gives (maximal runs of letters, digits and "_"), a fifth faster on long paragraphs.
_ASCII_NON_WORD = str.maketrans({c: " " for c in range(128) if not (chr(c).isalnum() or chr(c) == "_")})


def lower_words(text: str) -> list[str]:
    """``WORD_RE.findall(text.lower())``: the lower-cased words of a block."""
    low = text.lower()
    if low.isascii():
        return low.translate(_ASCII_NON_WORD).split()
    return WORD_RE.findall(low)


ENGLISH_ENOUGH = 0.25  # share of the sample in the English list (English prose runs at 0.35-0.5)


@lru_cache(maxsize=1)
def _stoplists() -> dict[str, frozenset[str]]:
    """jusText's stop-word lists (about 100 languages), loaded once; empty when jusText is not installed.

    Each list file is decoded and lower-cased whole rather than line by line as ``justext.get_stoplist`` does
    (the same sets, tests/stages/test_furniture_speed.py compares them; a third less CPU, once per process).
    """
    try:
        import justext
    except ImportError:  # a dependency of trafilatura, so normally present
        return {}
    return {name: _read_stoplist(name) for name in justext.get_stoplists()}


def _read_stoplist(name: str) -> frozenset[str]:
    """``justext.get_stoplist(name)``, read in one piece (its files hold no line breaks other than newlines)."""
    import justext

    data = pkgutil.get_data("justext", os.path.join("stoplists", f"{name}.txt"))
    if data is None or any(ch in data for ch in _ODD_BREAKS):
        return frozenset(justext.get_stoplist(name))  # split as jusText splits, byte lines
    return frozenset(data.decode("utf8").lower().splitlines())


# What ``str.splitlines`` breaks at and ``bytes.splitlines`` does not (U+0085, U+2028 and U+2029 begin with these
# bytes in UTF-8): a file holding any of them is read the slow way.
_ODD_BREAKS = (b"\x0b", b"\x0c", b"\x1c", b"\x1d", b"\x1e", b"\xc2\x85", b"\xe2\x80\xa8", b"\xe2\x80\xa9")


# word -> the languages whose stop list holds it, in the lists' order (``_languages_of``); emptied when full
_LANGUAGES: dict[str, tuple[str, ...]] = {}
_LANGUAGES_MAX = 1 << 16


def _languages_of(word: str) -> tuple[str, ...]:
    """The languages whose stop list holds ``word``, in the lists' order, asked per word of a sample that is not
    plainly English (a few thousand distinct words in a run) instead of indexing all 180,000 entries up front
    (about 0.3 s of CPU in every parse process)."""
    found = _LANGUAGES.get(word)
    if found is None:
        found = tuple(name for name, words in _stoplists().items() if word in words)
        _remember_languages({word: found})
    return found


def _learn_languages(words: list[str]) -> None:
    """Look up the languages of a sample's new words all at once: one set intersection per stop list (a C loop
    over the new words) instead of one membership test per list per word in Python, a sixth of the CPU."""
    new = {word for word in words if word not in _LANGUAGES}
    if not new:
        return
    found: dict[str, list[str]] = {word: [] for word in new}
    for name, stop in _stoplists().items():  # (in the lists' order, as ``_languages_of`` lists them)
        for word in stop.intersection(new):
            found[word].append(name)
    _remember_languages({word: tuple(names) for word, names in found.items()})


def _remember_languages(found: dict[str, tuple[str, ...]]) -> None:
    """Add words' languages to ``_LANGUAGES``, emptying it first when they would overfill it."""
    if len(_LANGUAGES) + len(found) > _LANGUAGES_MAX:
        _LANGUAGES.clear()  # a bound, as a cache has: a long run of foreign pages meets ever new words
    _LANGUAGES.update(found)


def preload() -> None:
    """Load the stop lists now rather than inside the first foreign article."""
    _stoplists()


def stopwords_for(texts: list[str]) -> frozenset[str]:
    """The stop words of the text's language, guessed from its longest lines (prose, not menus).

    Stop-word density is what tells prose from furniture, and an English list sees none in a Portuguese article.
    English (and anything unrecognised) keeps the short list the thresholds were tuned with.
    """
    words = sample_words(texts)
    return stopwords_of_sample(words)


def sample_words(texts: list[str], word_lists: list[list[str]] | None = None) -> list[str]:
    """The first 400 words of the eight longest lines; ``word_lists`` (each line's words) saves reading them again."""
    if word_lists is None:
        sample = sorted(texts, key=len, reverse=True)[:8]
        return WORD_RE.findall(" ".join(sample).lower())[:400]
    # the same order as sorting the texts (a stable sort, longest first), and the same words: a space splits words
    longest = sorted(range(len(texts)), key=lambda i: len(texts[i]), reverse=True)[:8]
    return [w for i in longest for w in word_lists[i]][:400]


def stopwords_of_sample(words: list[str]) -> frozenset[str]:
    """``stopwords_for`` once the sample's words are known."""
    if not words:
        return STOPWORDS
    english = sum(map(STOPWORDS.__contains__, words))
    if english >= ENGLISH_ENOUGH * len(words):
        return STOPWORDS  # plainly English prose: no need to ask the other lists
    _learn_languages(words)
    counts: dict[str, int] = {}
    for langs in filter(None, map(_languages_of, words)):
        for lang in langs:
            counts[lang] = counts.get(lang, 0) + 1
    if not counts:
        return STOPWORDS
    best = max(counts, key=counts.__getitem__)
    hits = counts[best]
    if best == "English" or hits <= 1.2 * english or hits < 0.15 * len(words):
        return STOPWORDS
    return _stoplists()[best]


def make_block(text: str, stopwords: frozenset[str] = STOPWORDS, words: list[str] | None = None) -> Block:
    """Measure one block; ``words`` (the lower-cased words of ``text``) when the caller already has them."""
    if words is None:
        words = lower_words(text)
    n = len(words)
    stops = sum(map(stopwords.__contains__, words))
    share = stops / n if n else 0.0
    if not text.isascii() and (cjk := len(_CJK_RE.findall(text))) >= 4:
        # about two characters to a word; the share of hiragana stands in for stop-word density
        n = max(n, len(WORD_RE.findall(_CJK_RE.sub(" ", text))) + cjk // 2)
        share = max(share, len(_KANA_RE.findall(text)) / cjk)
    ends_sentence = text.rstrip().rstrip("\"”’»)]'」』 ").endswith(_SENTENCE_END)
    return Block(
        text=text,
        norm=" ".join(words),
        words=n,
        stop_share=share,
        ends_sentence=ends_sentence,
        prose=(n >= 10 and ends_sentence)
        # an unfinished long paragraph still has clause punctuation; a menu squeezed onto one line has none
        or (n >= 25 and share >= 0.15 and _CLAUSE_RE.search(text) is not None),
    )


def split_blocks(content: str) -> list[str]:
    """Lines of the text, with hard-wrapped paragraphs joined back together."""
    return [text for text, _ in split_blocks_indented(content)]


GLUED_CREDITS = True
# A bracketed photo credit run into the next paragraph's first word, as copied page text joins a caption to the
# paragraph under it: "... at the premiere in Seoul. (Photo: Getty Images)The nine-episode series cost ..."
_GLUED_CREDIT_RE = re.compile(
    r"\((?:(?:photo|image|picture|foto|photograph|illustration|video)s?(?: credit| by)?|credits?)\s*:?\s*[^()]{2,60}\)"
    r"(?=(?-i:[A-Z“\"‘']))",  # no space, then a capital: two blocks a renderer joined
    re.I,
)


def _split_glued_credit(text: str) -> list[str]:
    """The caption (ending at its credit) and the paragraph glued after it, as two blocks."""
    if ")" not in text:
        return [text]
    cuts = [m.end() for m in _GLUED_CREDIT_RE.finditer(text)]
    if not cuts:
        return [text]
    parts = [text[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    return [p for p in parts if p]


def split_blocks_indented(content: str) -> list[tuple[str, int]]:
    """``split_blocks`` with each block's indentation: a page rendered to text keeps its layout, and an
    article's paragraphs share one left margin that its sidebars and footers do not."""
    content = content.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\u200b", "")
    content = content.replace("\t", "    ")
    paragraphs = re.split(r"\n[ \t]*\n", content)
    lines = [ln for ln in content.split("\n") if ln.strip()]
    wrapped = _is_hard_wrapped(lines)
    # set flush (no line indented), as a renderer that breaks a paragraph at each link prints it; a layout's nested
    # menu items ("o Bridal Show" under "o Events") are set in
    flush = sum(ln[:1] == " " for ln in lines) <= FLUSH_STRAY_SHARE * len(lines)
    width = 0 if wrapped or not WRAP_WIDTH_REJOIN else _wrap_width(content.split("\n"), len(lines))
    out: list[tuple[str, int]] = []
    for para in paragraphs:
        rows = [
            (
                " ".join((_unmark(ln) if ln.lstrip()[:1] in MARKER_CHARS else ln).split()),
                len(ln) - len(ln.lstrip(" ")),
            )
            for ln in para.split("\n")
        ]
        rows = [r for r in rows if r[0]]
        if not rows:
            continue
        if wrapped:
            out.append((" ".join(r[0] for r in rows), rows[0][1]))
            continue
        current, indent = rows[0]
        line_end = rows[0][1] + len(rows[0][0])  # where the last line read ends (its width, indentation included)
        for row, row_indent in rows[1:]:
            # a line broken mid-sentence: long, no final punctuation, and the next starts in lower case
            if (len(current) > 40 and not current.endswith(_TERMINAL) and row[:1].islower()) or (
                width and line_end + 1 + len(row.split(" ", 1)[0]) > width
            ):
                current = f"{current} {row}"
            elif INLINE_BREAKS and _inline_break(current, row, flush):
                current = f"{current}{row}" if row[:1] in _CONTINUATION else f"{current} {row}"
            else:
                out.append((current, indent))
                current, indent = row, row_indent
            line_end = row_indent + len(row)
        out.append((current, indent))
    if GLUED_CREDITS and ")" in content:
        out = [(part, indent) for text, indent in out for part in _split_glued_credit(text)]
    # "H ong Kong": a capital, a space, a lower-case letter (a cheap test before the word look-ups)
    drop_caps = [k for k, (text, _) in enumerate(out) if text[1:2] == " " and text[0].isupper() and text[2:3].islower()]
    if drop_caps:
        lower = content.lower()
        for k in drop_caps:
            out[k] = (_rejoin_drop_cap(out[k][0], lower), out[k][1])
    return out


_DROP_CAP_RE = re.compile(r"([^\W\d_]) ([^\W\d_]+)\b")


def _rejoin_drop_cap(text: str, lower: str) -> str:
    """A paragraph's enlarged first letter, which a renderer sets apart ("H ong Kong is burning"), joined back.

    Only where the joined word occurs elsewhere in the text (``lower``, all of it in lower case) and the rest of
    it does not ("A dam Schiff" is Adam; "A dog" stays, and so does "A new" where "new" is a word of the text).
    """
    m = _DROP_CAP_RE.match(text)
    if m is None or not m.group(2).islower():
        return text
    word = (m.group(1) + m.group(2)).lower()
    if word not in lower or re.search(rf"\b{word}\b", lower) is None:  # a substring test first: it is cheaper
        return text
    if len(re.findall(rf"\b{m.group(2)}\b", lower)) > 1:
        return text
    return m.group(1) + m.group(2) + text[m.end() :]


WRAP_WIDTH_REJOIN = True  # measured on the dev half's "wrapped" rendering (bench_text_robustness): both quarters gain
WRAP_MIN_BREAKS = 5  # lines that end where the next line's first word would not have fitted


def _wrap_width(raw: list[str], count: int) -> int:
    """The column a text was hard-wrapped at, or 0: no line runs past it, and many lines end where the next line's
    first word would have crossed it (a wrapping tool breaks a line only there; a page's menus, headings and
    teasers are short lines followed by more short lines, and stay apart). ``raw``: the text's lines, blank ones
    too (a paragraph's end is no break); ``count``: how many are not blank.

    ``_is_hard_wrapped`` wants most lines full; a whole page hard-wrapped is mostly short lines, its paragraphs
    broken at the width in between.
    """
    if count < 8:
        return 0
    ends = [len(ln.rstrip()) for ln in raw]
    width = max(ends)
    if not WRAP_MIN_WIDTH <= width <= WRAP_MAX_WIDTH:
        return 0
    breaks = 0
    for end, nxt in zip(ends, raw[1:]):
        if end >= width - WRAP_SLACK and (word := nxt.split(None, 1)[:1]):  # only a line near the width: broken?
            breaks += end + 1 + len(nxt) - len(nxt.lstrip()) + len(word[0]) > width
            if breaks >= WRAP_MIN_BREAKS:
                return width
    return 0


WRAP_MIN_WIDTH = 50
WRAP_MAX_WIDTH = 100
WRAP_SLACK = 25  # characters short of the width a broken line may end (a long next word did not fit)


INLINE_BREAKS = True  # measured on the dev half's soup rendering (bench_text_robustness)
FLUSH_STRAY_SHARE = 0.02  # lines set in by a leading no-break space in a text otherwise set flush
_CONTINUATION = frozenset(".,;:!?)")


def _inline_break(current: str, row: str, flush: bool) -> bool:
    """``row`` goes on the paragraph ``current`` a renderer broke at a link or other inline element: it opens with
    the punctuation that follows the link (". Free shipping is available", ", where we called it"), or, in a text
    set flush, after a line that ends no sentence, with a lower-case word of a clause ("Monday's best deals
    include" / "various MacBook models from $700"), not a one-letter list marker ("o Events")."""
    if current.endswith(_SENTENCE_END):
        return False
    if row[:1] in _CONTINUATION:
        return True
    if _LABELLED_ROW_RE.match(row):
        return False  # a commenter's handle over the comment ("trailrunner_bc: Heartbreaking."): a line of its own
    if _COUNT_HEADER_RE.match(current):
        return False  # "12 Comments" over "evfan88 - Not surprised.": the thread's header, then its first comment
    return flush and row[:1].islower() and row[1:2] != " " and row.count(" ") >= 2 and not current.endswith(_TERMINAL)


_LABELLED_ROW_RE = re.compile(r"^[^\s:]+:\s")  # one word and a colon: a name or label opening its own line
_COUNT_HEADER_RE = re.compile(r"^\d[\d,.]*k?\s+(?:comments?|replies|responses)$", re.I)


MARKDOWN_HEADINGS = True  # measured on the dev half's html2text rendering (bench_text_robustness)
_MD_HEADING_RE = re.compile(r"^\s*#{1,6}\s+")


def _unmark(line: str) -> str:
    """A line without the marker a renderer sets before it: a bullet ("* ", "- ") or a markdown heading's hashes
    ("### You may also like", which the furniture phrases would not see behind them)."""
    if line.lstrip()[:1] != "#":
        line = BULLET_RE.sub("", line)  # "* ##### Title": a heading in a list item
    return _MD_HEADING_RE.sub("", line) if MARKDOWN_HEADINGS and line.lstrip()[:1] == "#" else line


def _is_hard_wrapped(lines: list[str]) -> bool:
    """Fixed-width text (e-mail style): most lines are of similar width and many end mid-sentence."""
    if len(lines) < 8:
        return False
    lengths = [len(ln.rstrip()) for ln in lines]
    longest = max(lengths)
    if longest > 100 or longest < 50:
        return False
    near_full = sum(1 for n in lengths if n >= longest - 20)
    open_ended = sum(1 for ln in lines if not ln.rstrip().endswith(_TERMINAL))
    return near_full >= 0.6 * len(lines) and open_ended >= 0.5 * len(lines)
