"""The ingest-shaped input frame the parsing stages take, built from test strings."""

from __future__ import annotations

import pandas as pd

from pipeline.schemas import conform, validate
from pipeline.stages.boilerplate import strip_boilerplate
from pipeline.stages.metadata import extract_metadata

# Eight full-sentence paragraphs of a local story: the article the HTML extraction tests wrap in page markup.
BRIDGE_STORY = [
    "The council voted seven to two on Tuesday night to approve the new footbridge over the river near the station.",
    "Work on the foundations is expected to start in March, and the bridge should open to walkers by next autumn.",
    "Residents on both banks had campaigned for a crossing since the old ferry stopped running eleven years ago.",
    "The two councillors who voted against said the budget had been drawn up before steel prices rose sharply.",
    "The leader of the council said the contract included a fixed price and that any overrun would be shared.",
    "A public meeting on the design of the lighting and the ramps at either end will be held at the library.",
    "Cyclists will have to dismount on the bridge itself, though a wider crossing may follow if funds allow.",
    "The project is paid for by a regional transport grant and a smaller contribution from the rail company.",
]

# Seven full-sentence paragraphs of a local story: the article the page-layout tests of the text path cut up with
# boxes, tag lines and comment forms.
FERRY_STORY = [
    "The harbour board voted on Tuesday to close the old ferry pier for at least two years while engineers "
    "decide whether the timber piles can be saved or must be replaced.",
    "Inspectors found that more than a third of the piles had rotted below the waterline, and the board said it "
    "could no longer guarantee the safety of the passengers who used it every morning.",
    "Commuters will be moved to a temporary landing at the north quay, which the board said would open within a "
    "fortnight and would be served by the same boats on the same timetable.",
    "Local traders, who depend on the foot traffic from the pier, said they had not been consulted and asked the "
    "board to publish the engineers' report before any final decision was made.",
    "The board's chair said the report would be released next month, once the insurers had seen it, and that "
    "the public would be invited to comment on the options it sets out.",
    "A decision on whether to rebuild the pier or replace it with a floating pontoon is expected in the spring, "
    "after the consultation closes and the board has costed both designs.",
    "Until then the pier will stay fenced off, and the coastguard has asked boat owners to keep clear of the "
    "piles, some of which have already broken away from the deck above them.",
]

# A plain news story in five paragraphs: the body the furniture in the stage tests is wrapped around.
COUNCIL_STORY = [
    "The city council voted on Tuesday to approve a new budget that raises spending on public transport by "
    "twelve percent, the largest increase in a decade.",
    "Council members said the money would pay for more frequent buses and the repair of two tram lines that "
    "have been closed since the floods of last spring.",
    "Opponents argued that the plan relies on optimistic tax forecasts and could force cuts to other services "
    "if the economy slows next year.",
    "The mayor said the first new buses would run in the spring and promised a review of the tram repairs "
    "before the end of the year.",
    "Transport unions welcomed the vote but warned that the city still needs to hire more than two hundred "
    "drivers to keep the new timetable.",
]


def input_frame(contents: list[str], fmt: str = "text", source_key: str = "example.com", **cols) -> pd.DataFrame:
    """One row per content, with the columns ``strip_boilerplate`` and ``extract_metadata`` read."""
    n = len(contents)
    return pd.DataFrame(
        {
            "article_id": [f"{i:016x}" for i in range(n)],
            "format": fmt,
            "content": contents,
            "url": cols.get("url", [None] * n),
            "title_hint": cols.get("title_hint", [None] * n),
            "published_hint": cols.get("published_hint", [None] * n),
            "source_key": source_key,
        }
    )


def metadata_row(text: str, fmt: str = "text") -> dict:
    """The validated ``article_metadata`` row the real stages make of one input."""
    inputs = input_frame([text], fmt=fmt)
    out = extract_metadata(inputs, strip_boilerplate(inputs))
    validate("article_metadata", conform("article_metadata", out))
    return out.iloc[0].to_dict()
