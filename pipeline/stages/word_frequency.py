"""How common an English word is: a capitalised word that opens a sentence is a name only when it is no common word.

"Veltrix is recalling 1.2 million bikes" names a company with its first word; "Analysts expect ..." does not. A text
that never writes the company's name mid-sentence gives no other sign, so the word's frequency in general English
(the ``wordfreq`` package's shipped list, which the story step also reads) decides.
"""

from __future__ import annotations

import importlib.metadata
import os
import tempfile
import threading
from functools import lru_cache

from pipeline.stages.stories import cache_dir

# The frequency from which a word is common: 1 in a million words (Zipf 3). Common: "however" (Zipf 5.6), "shares"
# (4.6), "analysts" (3.8), also names such as "Tesla" (3.8); not common: "Gazprom" (2.6), "Whitlock" (2.7), "Yukos"
# (1.9), and names the list lacks ("Veltrix").
COMMON_FREQUENCY = 1e-6
_LOCK = threading.Lock()


def is_common_word(word: str) -> bool:
    """Whether ``word`` (any case) is a common English word; True when no frequency list is installed, so that
    nothing changes without one."""
    common = _common_words()
    if common is None or not word.isalnum():
        return True  # no list, or not one plain word ("e-bike", "O'Neil"): judged as before, by the text alone
    return word.lower() in common


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str] | None:
    """The common words, read from a file in :func:`~pipeline.stages.stories.cache_dir` (importing wordfreq and
    reading its whole list costs ~2 s, once per machine; the file, ~40k words, loads in milliseconds). A file that
    cannot be read is built again; a failed write only costs the next process the build."""
    with _LOCK:
        try:
            version = importlib.metadata.version("wordfreq")
        except importlib.metadata.PackageNotFoundError:
            return None
        path = cache_dir() / f"wordfreq-common-en-{version}-{COMMON_FREQUENCY:g}.txt"
        try:
            return frozenset(path.read_text(encoding="utf-8").split("\n"))
        except (OSError, UnicodeDecodeError):
            pass
        import wordfreq

        words = sorted(w for w, f in wordfreq.get_frequency_dict("en").items() if f >= COMMON_FREQUENCY)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f"{path.stem}.", suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write("\n".join(words))
            os.replace(tmp, path)  # whole or not at all, also with several processes writing it at once
        except OSError:
            pass
        return frozenset(words)
