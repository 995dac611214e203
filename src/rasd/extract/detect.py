"""Does a sentence report a violent event? The sentence-level test behind `rasd eval --oeda`.

Newswire talks about violence far more often than it reports one (`the assassination of
Bhutto`, `attacks on civilians must stop`). What sets a report apart is a toll: a death or an
injury counted (`مقتل 5 أشخاص`, `أصيب شرطيان`) and not governed by a threat, plan, denial or
negation. Trigger words alone (`هجوم`, `تفجير`) proved too loose on the OEDA set: see the
README's evaluation section for the figures behind this choice.
"""

from __future__ import annotations

from rasd.extract.lexicon import cue_matcher
from rasd.extract.numbers import find_counted_nouns, find_quantities
from rasd.text.normalize import normalize

# how far (in characters of the normalised view) a count may stand from its death/injury word
TOLL_WINDOW = 25


def reports_violence(sentence: str) -> bool:
    view = normalize(sentence).text
    cues = cue_matcher().find(view)
    irrealis = [c for c in cues if c.payload.cue == "irrealis"]

    def governed(start: int) -> bool:
        return any(c.end <= start and len(view[c.end:start].split()) <= 3 for c in irrealis)

    harm = [c for c in cues if c.payload.cue in ("kill", "injure") and not governed(c.start)]
    if not harm:
        return False
    counts = find_quantities(view) + find_counted_nouns(view)
    return any(
        abs(count.start - cue.end) < TOLL_WINDOW or abs(cue.start - count.end) < TOLL_WINDOW
        for cue in harm
        for count in counts
    )
