"""Example phrases that more than one skill uses, written once."""

from __future__ import annotations

_WHEN = "[today|tomorrow|tonight|for me]"
_STATE = "[running|set|going|on|left|saved|coming up]"


def asking_which(noun: str) -> tuple[str, ...]:
    """Example phrases for "which <noun> do I have / how many": each names the noun,
    so "how many legs does a spider have" is no question for them."""
    have = "(do i have|i have|have i got|i've got|have i (saved|set|made|taken|written))"
    return (
        f"[tell me] how many {noun} ({have}|are (there|set|running|going|on|saved|left|"
        f"coming up)) {_STATE} {_WHEN}",
        f"(what|which) {noun} ({have}|are (there|set|running|going|on|saved|coming up)) "
        f"{_STATE} {_WHEN}",
        f"(do i have|are there|have i got) any {noun} {_STATE} {_WHEN}",
        f"any {noun} {_STATE} {_WHEN}",
    )
