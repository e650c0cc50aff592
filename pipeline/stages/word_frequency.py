"""How common an English word is: a capitalised word that opens a sentence is a name only when it is no common word.

"Veltrix is recalling 1.2 million bikes" names a company with its first word; "Analysts expect ..." does not. A text
that never writes the company's name mid-sentence gives no other sign, so the word's frequency in general English
(the ``wordfreq`` lists the story step already loads, see :func:`pipeline.stages.stories.background_idf`) decides.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from pipeline.stages.stories import background_idf
from pipeline.stages.text_normalize import hash_words

# -log(frequency) up to which a word is common: 1 in a million words (Zipf 3). Common: "however" (Zipf 5.6),
# "shares" (4.6), "analysts" (3.8), also names such as "Tesla" (3.8); not common: "Gazprom" (2.6), "Whitlock" (2.7),
# "Yukos" (1.9), and names the list lacks ("Veltrix").
COMMON_IDF = float(np.log(1e6))


@lru_cache(maxsize=65536)
def is_common_word(word: str) -> bool:
    """Whether ``word`` (any case) is a common English word; True when no frequency list is installed, so that
    nothing changes without one."""
    table = background_idf()
    if table is None:
        return True
    keys, idf = table
    hashed = hash_words([word]).hashes
    if len(hashed) != 1:
        return True  # not one word as the story step counts words ("e-bike" is two): leave it as it was
    pos = int(np.searchsorted(keys, hashed[0]))
    return pos < len(keys) and keys[pos] == hashed[0] and float(idf[pos]) <= COMMON_IDF
