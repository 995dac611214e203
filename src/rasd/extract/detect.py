"""Does a sentence report a violent event? The sentence-level test behind `rasd eval --oeda`.

It reuses the event lexicons: a violent trigger (battle, strike, bombing, attack on civilians)
or a death or injury, not governed by a threat, plan, denial or negation.
"""

from __future__ import annotations

from rasd.extract.lexicon import cue_matcher, trigger_matcher
from rasd.text.normalize import normalize

VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})


def reports_violence(sentence: str) -> bool:
    view = normalize(sentence).text
    triggers = [t for t in trigger_matcher().find(view)
                if t.payload.event_type in VIOLENT_TYPES]
    cues = cue_matcher().find(view)
    irrealis = [c for c in cues if c.payload.cue == "irrealis"]

    def governed(start: int) -> bool:
        return any(c.end <= start and len(view[c.end:start].split()) <= 3 for c in irrealis)

    harm = [c for c in cues if c.payload.cue in ("kill", "injure") and not governed(c.start)]
    strong = [t for t in triggers if t.payload.strong and not governed(t.start)]
    weak = [t for t in triggers if not t.payload.strong and not governed(t.start)]
    return bool(strong or harm or (weak and harm))
