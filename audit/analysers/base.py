"""The one small interface every message analyser implements.

An analyser is built from its rules (loaded from `lexicons/`) and options, then judges one
message at a time. It knows nothing of files, the CLI or reports.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Hashable, Sequence
from pathlib import Path
from typing import ClassVar

from audit.finding import Finding
from audit.message import Message
from audit.paths import LEXICONS
from audit.rulepack import Rule, load_rules


class MessageAnalyser(ABC):
    name: ClassVar[str]                       # "wording", "notice", "pii"
    channels: ClassVar[frozenset[str] | None] = None   # None: every channel
    # (constructor option, path under the lexicons folder) of each context file the analyser reads beside its rules
    context_files: ClassVar[tuple[tuple[str, Path], ...]] = ()

    def __init__(self, rules: list[Rule], **options: object) -> None:
        self.rules = rules

    @classmethod
    def from_lexicons(cls, lexicons: Path | None = None, **options: object) -> MessageAnalyser:
        root = Path(lexicons or LEXICONS)
        return cls(load_rules([root], analyzer=cls.name), **{**cls.context_options(root), **options})

    @classmethod
    def context_options(cls, lexicons: Path) -> dict[str, object]:
        """The context files beside the rules in `lexicons` this analyser reads (`context_files`: negation, lawful
        voices…) that exist there, as constructor options: a scan and the rule examples (`audit rules test`) judge
        with the same ones."""
        return {key: lexicons / relative for key, relative in cls.context_files if (lexicons / relative).exists()}

    def applies_to(self, message: Message) -> bool:
        return self.channels is None or message.channel in self.channels

    @abstractmethod
    def analyse(self, message: Message) -> list[Finding]:
        """All findings for one message (the caller has checked `applies_to`)."""

    def analyse_many(self, messages: Sequence[Message]) -> list[list[Finding]]:
        """`analyse` for each message (all of which the analyser applies to); an analyser may share work
        across them (the wording classifier scores a batch in one pass)."""
        return [self.analyse(message) for message in messages]

    def corroborate_others(self, message: Message, findings: list[Finding]) -> list[Finding]:
        """Every analyser's `findings` for `message`, less (or, as the analyser's options say, doubting) those of
        other analysers that this one's evidence does not corroborate: the one step where the findings of all
        analysers meet (audit.pipeline.analyse_messages, which a scan and the gate both run), so that no analyser
        needs to know another. By default nothing changes; the wording analyser's classifier asks the PII analyser's
        lone disclosure findings in long agent speech (`WordingAnalyser.corroborate_others`)."""
        return findings

    def said(self, message: Message) -> Hashable | None:
        """Everything of `message` this analyser's findings depend on but its ids (message, campaign, debtor), for an
        analyser whose findings depend on nothing else (no other message): a scan then judges a text once and copies
        its findings to the messages that say it again (audit.analysers.recent). None: judge each message."""
        return None

    @abstractmethod
    def example_matches(self, rule: Rule, text: str) -> bool:
        """Whether `text`, one of a rule's examples, matches that rule.

        This is what `audit rules test` and the test suite run for every example; each
        analyser documents what "match" means for its rules.
        """
