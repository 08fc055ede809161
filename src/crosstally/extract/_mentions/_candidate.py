"""The event candidate (one per sentence, before ``_assemble`` merges them) and the method tags."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from ...records import ActorMention, Count

METHOD = "crosstally.events.rules.v1"
MODEL_ONLY_METHOD = "crosstally.event_classifier.linear.v1:no-trigger"  # the classifier alone named the event
ACTOR_METHOD = "crosstally.actors.mention.v1"


@dataclass(slots=True)
class Candidate:
    """An event mention in one sentence, before merging."""

    sent: Span
    trigger: Token
    trigger_text: str
    event_type: str
    sub_event_type: str
    weight: float
    actors: list[ActorMention] = field(default_factory=list)
    counts: list[Count] = field(default_factory=list)
    confidence: float = 0.0
    method: str = ""  # set when not the rules' (``MODEL_ONLY_METHOD``: the classifier alone named the event)
    toll_of: str = ""  # set when the sentence is another event's toll (an agentless toll after a battle)
