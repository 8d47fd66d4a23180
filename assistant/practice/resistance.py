"""When does the client close up? The seed's warnings, in one place.

'Wat kunt u allemaal zelf?' and 'Wie kan er allemaal helpen?' create distance (4.1,
4.2); 'ja, maar' and 'nee, want', judging, and solutions before the client feels heard
go against the attitude of 5.2. The order below decides which reaction the client shows
when one line does several of these at once.
"""

from __future__ import annotations

from assistant.practice.analysis import QuestionLike


def trigger_of(question: QuestionLike, heard: bool) -> str | None:
    """The resistance trigger in this line (a ``Resistance`` field name), if any."""
    if question.warned_phrase:
        about_network = "netwerk" in question.frames and "eigen_kracht" not in question.frames
        return "warned_network" if about_network else "warned_phrase"
    if question.judging:
        return "judging"
    if question.yes_but or question.no_because:
        return "yes_but"
    if question.advice and not heard:
        return "advice"
    return None
