"""The document model: what readers produce, what stages annotate, what writers print.

Every annotation carries `start`/`end` character offsets into `Document.text`, so that
`text[a.start:a.end] == a.text` always holds; writers and the web page rely on it.
Nothing but data lives here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

BoilerplateKind = Literal["ad", "comments", "caption", "source", "share", "related", "other"]
Stance = Literal["assert", "confirm", "deny", "claim", "concern", "other"]
EntityType = Literal["PER", "ORG", "LOC"]


@dataclass(slots=True)
class RawArticle:
    """One article as a reader found it, before any analysis."""

    text: str
    source: str  # file path, "-" for stdin
    position: str | None = None  # "line 12" of a JSONL file, "record 3" of a WARC
    url: str | None = None
    date: str | None = None  # ISO date from metadata
    title: str | None = None
    id: str | None = None
    outlet: str | None = None
    author: str | None = None
    encoding: str = "utf-8"
    lang: str | None = None  # forced language, if the caller knows it


@dataclass(slots=True, frozen=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(slots=True, frozen=True)
class Line(Span):
    boilerplate: BoilerplateKind | None = None


@dataclass(slots=True, frozen=True)
class Sentence(Span):
    line: int  # index into Document.lines
    is_title: bool = False


@dataclass(slots=True, unsafe_hash=True)
class Token:
    """A word of the text, with the fields of a `Span`. Not frozen as the spans are: an article has
    hundreds of words, and a frozen dataclass is built at twice the cost (every field is set
    through object.__setattr__). No stage changes a token once the segment stage has made it."""

    start: int
    end: int
    text: str


@dataclass(slots=True, frozen=True)
class Origin:
    url: str | None
    lang: str | None
    translated: bool
    source: str | None = None  # the credited outlet's name, if named


@dataclass(slots=True, frozen=True)
class TimeExpr(Span):
    value: str
    mod: str | None = None


@dataclass(slots=True, frozen=True)
class Quantity(Span):
    value: float
    unit: str
    mod: str | None = None


@dataclass(slots=True, frozen=True)
class Mention(Span):
    form: str  # the name without its case ending ("ওয়াল স্ট্রিট জার্নাল" for "…জার্নালের")


@dataclass(slots=True)
class Entity:
    id: str
    type: EntityType
    name: str  # canonical Latin-script name
    mentions: list[Mention] = field(default_factory=list)
    source: str = "model"  # "gazetteer", "model", "rule"


@dataclass(slots=True)
class Speaker:
    text: str
    start: int
    end: int
    entity: str | None = None
    anonymous: bool = False


@dataclass(slots=True)
class Statement:
    id: str
    speaker: Speaker
    cue: str
    stance: Stance
    content: Span
    direct: bool
    nested_in: str | None = None
    refers_to: str | None = None


@dataclass(slots=True, frozen=True)
class Contradiction:
    a: str
    b: str
    why: str
    confidence: float = 1.0  # 0-1: how sure the conflict test is that both cannot be true
    kind: str = ""  # deny | polarity | opposites | figures


@dataclass(slots=True)
class Document:
    """An article under analysis. Stages return a copy with their annotations added."""

    text: str
    meta: RawArticle
    lang: str = "bn"
    title: str | None = None
    published: str | None = None
    region: str | None = None  # "BD" or "IN": decides টাকা and the Bengali calendar
    outlet: str | None = None
    author: str | None = None
    origin: Origin | None = None
    lines: list[Line] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    contradictions: list[Contradiction] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def boilerplate(self) -> list[Line]:
        return [ln for ln in self.lines if ln.boilerplate]


@dataclass(slots=True)
class Failure:
    """An article that could not be analysed, kept so that nothing is silently lost."""

    source: str
    position: str | None
    reason: str
    code: str
