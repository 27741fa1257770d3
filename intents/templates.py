"""Sentence templates: the words the assistant understands, kept as readable data.

One file per concept in ``intents/data/templates``; each line says what a sentence means::

    # a comment
    {polite} = please | thanks              a named list, used as {polite}
    yes: yes | yeah | keep [it] [{polite}]   label: template

In a template ``(a | b)`` is one of the alternatives, ``[a | b]`` at most one of them, and
``{name}`` a named list of the same file or, failing that, the concept file ``name.txt``:
then the label of the sentence that matched is kept as the slot's value ("make that a
{kinds}" -> kinds = "question"). Text joined to a group joins its words: ``note[s]``.
Sentences are lowercase words as the recognizer writes them (apostrophes kept).

Templates expand into sentences (the Vosk grammar, the test sentences) and compile into
regular expressions (the matching). Pure: the only input is the text given.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

__all__ = [
    "Concept",
    "Language",
    "Match",
    "Sentence",
    "TemplateError",
    "normalize",
    "parse_concept",
]

_NAME = re.compile(r"[a-z][a-z0-9_]*")
_SPECIAL = "()[]{}|"


class TemplateError(ValueError):
    """A template file that cannot be read: where, what, and what would be valid."""


@dataclass(frozen=True)
class Text:
    text: str


@dataclass(frozen=True)
class Slot:
    name: str


@dataclass(frozen=True)
class Choice:
    options: tuple[tuple[Node, ...], ...]
    optional: bool = False


Node = Text | Slot | Choice


@dataclass(frozen=True)
class Sentence:
    text: str
    label: str
    slots: Mapping[str, str] = field(default_factory=dict)  # slot -> label of what filled it


@dataclass(frozen=True)
class Match:
    label: str
    slots: Mapping[str, str]


@dataclass(frozen=True)
class Concept:
    name: str
    lists: Mapping[str, Choice]
    sentences: tuple[tuple[str, Choice], ...]  # (label, template), in file order

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(label for label, _ in self.sentences))


def normalize(text: str) -> str:
    """Lowercase words split by single spaces, punctuation other than apostrophes gone."""
    return " ".join(re.sub(r"[^\w']+|_", " ", text.lower()).split())


def _parse_template(source: str, where: str) -> Choice:
    pos = 0

    def fail(message: str) -> TemplateError:
        return TemplateError(f"{where}: {message} at column {max(pos, 1)} of {source!r}")

    def alternatives(closer: str) -> tuple[tuple[Node, ...], ...]:
        nonlocal pos
        options: list[tuple[Node, ...]] = []
        sequence: list[Node] = []
        while pos < len(source):
            char = source[pos]
            if char in closer:
                break
            pos += 1
            if char == "|":
                options.append(tuple(sequence))
                sequence = []
            elif char in "([":
                inner = alternatives(")" if char == "(" else "]")
                if pos >= len(source):
                    raise fail(f"{char!r} is never closed")
                pos += 1
                sequence.append(Choice(inner, optional=char == "["))
            elif char == "{":
                end = source.find("}", pos)
                name = source[pos:end] if end >= 0 else ""
                if not _NAME.fullmatch(name):
                    raise fail("a list is {name}, lowercase letters, digits and _")
                sequence.append(Slot(name))
                pos = end + 1
            elif char in ")]}":
                raise fail(f"{char!r} closes nothing")
            elif char in "' " or (char.isalnum() and not char.isupper()):
                if sequence and isinstance(sequence[-1], Text):
                    sequence[-1] = Text(sequence[-1].text + char)
                else:
                    sequence.append(Text(char))
            else:
                raise fail(
                    f"{char!r} is not allowed: use lowercase words, apostrophes and {_SPECIAL}"
                )
        options.append(tuple(sequence))
        if any(not _words(option) for option in options):
            raise fail("an alternative is empty (for an optional part use [...])")
        return tuple(options)

    options = alternatives("")
    return Choice(options)


def _words(sequence: tuple[Node, ...]) -> bool:
    return any(not isinstance(node, Text) or node.text.strip() for node in sequence)


def parse_concept(text: str, name: str) -> Concept:
    """The concept a template file holds; TemplateError names the file, line and fault."""
    lists: dict[str, Choice] = {}
    sentences: list[tuple[str, Choice]] = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        where = f"{name}.txt line {number}"
        if m := re.fullmatch(r"\{([a-z][a-z0-9_]*)\}\s*=\s*(.+)", line):
            if m[1] in lists:
                raise TemplateError(f"{where}: the list {{{m[1]}}} is defined twice")
            lists[m[1]] = _parse_template(m[2], where)
        elif m := re.fullmatch(r"([a-z][a-z0-9_]*)\s*:\s*(.+)", line):
            sentences.append((m[1], _parse_template(m[2], where)))
        else:
            raise TemplateError(
                f"{where}: {line!r} is neither 'label: template' nor '{{list}} = template'"
            )
    if not sentences:
        raise TemplateError(f"{name}.txt has no 'label: template' line")
    return Concept(name, lists, tuple(sentences))


# An expansion in progress: the text so far and the slots filled so far.
_Part = tuple[str, tuple[tuple[str, str], ...]]


class Language:
    """Concepts that may name each other's lists, expanded and compiled on demand."""

    def __init__(self, concepts: Mapping[str, Concept]) -> None:
        self.concepts = dict(concepts)
        self._compiled: dict[str, list[_Compiled]] = {}
        for concept in self.concepts.values():
            for label, template in concept.sentences:
                where = f"{concept.name}.txt, {label}"
                self._check_slots(concept, template, (concept.name,), where)
                if self._can_be_empty(concept, template):
                    raise TemplateError(
                        f"{where}: a sentence can be nothing at all; make a part required"
                    )

    def concept(self, name: str) -> Concept:
        if name not in self.concepts:
            raise KeyError(f"no template concept {name!r}; there are {sorted(self.concepts)}")
        return self.concepts[name]

    def _check_slots(self, concept: Concept, node: Node, seen: tuple[str, ...], where: str) -> None:
        """Every {name} exists and none leads back to itself (``seen``: the way here)."""
        if isinstance(node, Choice):
            for option in node.options:
                for part in option:
                    self._check_slots(concept, part, seen, where)
            return
        if not isinstance(node, Slot):
            return
        local = node.name in concept.lists
        key = f"{concept.name}.{node.name}" if local else node.name
        if key in seen:
            raise TemplateError(f"{where}: {{{node.name}}} names itself in a loop")
        if local:
            self._check_slots(concept, concept.lists[node.name], (*seen, key), where)
        elif node.name in self.concepts:
            other = self.concepts[node.name]
            for _, template in other.sentences:
                self._check_slots(other, template, (*seen, key), where)
        else:
            known = sorted({*concept.lists, *self.concepts})
            raise TemplateError(f"{where}: no list {{{node.name}}}; known lists: {known}")

    def _can_be_empty(self, concept: Concept, node: Node) -> bool:
        if isinstance(node, Text):
            return not node.text.strip()
        if isinstance(node, Slot):
            if node.name in concept.lists:
                return self._can_be_empty(concept, concept.lists[node.name])
            other = self.concepts[node.name]
            return any(self._can_be_empty(other, template) for _, template in other.sentences)
        return node.optional or any(
            all(self._can_be_empty(concept, part) for part in option) for option in node.options
        )

    # --- expansion

    def _parts(self, concept: Concept, node: Node, cover: bool) -> list[_Part]:
        """Every way to say ``node``; with ``cover`` only enough to use every alternative."""
        if isinstance(node, Text):
            return [(node.text, ())]
        if isinstance(node, Slot):
            if node.name in concept.lists:
                return self._parts(concept, concept.lists[node.name], cover)
            other = self.concept(node.name)
            return [
                (text, ((node.name, label), *slots))
                for label, template in other.sentences
                for text, slots in self._parts(other, template, cover)
            ]
        parts: list[_Part] = [("", ())] if node.optional else []
        for option in node.options:
            lists = [self._parts(concept, part, cover) for part in option]
            if cover:
                longest = max(len(each) for each in lists)
                combos: Iterator[tuple[_Part, ...]] = (
                    tuple(each[i % len(each)] for each in lists) for i in range(longest)
                )
            else:
                combos = itertools.product(*lists)
            for combo in combos:
                parts.append(
                    ("".join(text for text, _ in combo), tuple(s for _, ss in combo for s in ss))
                )
        return parts

    def sentences(self, name: str, cover: bool = False) -> list[Sentence]:
        """The concept's sentences, in file order without repeats; a slot keeps its first value.

        ``cover=True`` gives a sample in which every alternative is used at least once, for
        templates whose full expansion is too large to test whole.
        """
        concept = self.concept(name)
        found: dict[str, Sentence] = {}
        for label, template in concept.sentences:
            for text, slots in self._parts(concept, template, cover):
                words = " ".join(text.split())
                first: dict[str, str] = {}
                for slot, value in slots:
                    first.setdefault(slot, value)
                found.setdefault(words, Sentence(words, label, first))
        return list(found.values())

    def count(self, name: str) -> int:
        """How many sentences the concept says in full, repeats counted (without expanding)."""
        concept = self.concept(name)

        def size(node: Node, where: Concept) -> int:
            if isinstance(node, Text):
                return 1
            if isinstance(node, Slot):
                if node.name in where.lists:
                    return size(where.lists[node.name], where)
                other = self.concept(node.name)
                return sum(size(template, other) for _, template in other.sentences)
            total = sum(_product(size(part, where) for part in option) for option in node.options)
            return total + node.optional

        return sum(size(template, concept) for _, template in concept.sentences)

    # --- matching

    def _regex(self, concept: Concept, node: Node, groups: list[tuple[str, str]]) -> str:
        if isinstance(node, Text):
            # A space may border an omitted optional part, so it is a word boundary at least.
            return r"(?:\s+|\b)".join(re.escape(word) for word in node.text.split(" "))
        if isinstance(node, Slot):
            if node.name in concept.lists:
                return self._regex(concept, concept.lists[node.name], groups)
            other = self.concept(node.name)
            options = []
            for label, template in other.sentences:
                index = len(groups)
                groups.append((node.name, label))
                inner = self._regex(other, template, groups)
                options.append(f"(?P<g{index}>{inner})")
            return "(?:" + "|".join(options) + ")"
        options = [
            "".join(self._regex(concept, part, groups) for part in option)
            for option in node.options
        ]
        return "(?:" + "|".join(options) + ")" + ("?" if node.optional else "")

    def _compiled_sentences(self, name: str) -> list[_Compiled]:
        if name not in self._compiled:
            concept = self.concept(name)
            compiled = []
            for label, template in concept.sentences:
                groups: list[tuple[str, str]] = []
                pattern = re.compile(self._regex(concept, template, groups))
                compiled.append(_Compiled(label, pattern, tuple(groups)))
            self._compiled[name] = compiled
        return self._compiled[name]

    def match(self, name: str, text: str) -> Match | None:
        """The first sentence of the concept that is the whole of ``text``, else None."""
        said = normalize(text)
        for each in self._compiled_sentences(name):
            if (m := each.pattern.fullmatch(said)) is not None:
                return Match(each.label, each.slots(m))
        return None

    def matches_in(self, name: str, text: str) -> list[Match]:
        """Every sentence of the concept said anywhere in ``text``, with its slots."""
        said = normalize(text)
        return [
            Match(each.label, each.slots(m))
            for each in self._compiled_sentences(name)
            for m in each.anywhere.finditer(said)
        ]

    def labels_in(self, name: str, text: str) -> set[str]:
        """The labels of the concept's sentences said anywhere in ``text``, as whole words.

        A sentence said inside a longer one it is part of does not count: "sure" is a yes,
        but not within "not sure"; "right" not within "right now".
        """
        said = normalize(text)
        labels: dict[tuple[int, int], set[str]] = {}
        for each in self._compiled_sentences(name):
            for m in each.anywhere.finditer(said):
                labels.setdefault(_words_span(m), set()).add(each.label)
        found: set[str] = set()
        reach = -1  # the furthest end of the spans so far, which all start at or before this one
        for start, end in sorted(labels, key=lambda span: (span[0], -span[1])):
            if end > reach:  # not inside an earlier, longer span
                found |= labels[(start, end)]
            reach = max(reach, end)
        return found


@dataclass(frozen=True)
class _Compiled:
    label: str
    pattern: re.Pattern[str]
    groups: tuple[tuple[str, str], ...]  # group g<i> -> (slot, label of the filling sentence)

    def slots(self, match: re.Match[str]) -> dict[str, str]:
        """Each slot's value: the label of the first sentence that filled it."""
        slots: dict[str, str] = {}
        for i, (slot, value) in enumerate(self.groups):
            if match.group(f"g{i}") is not None:
                slots.setdefault(slot, value)
        return slots

    @property
    def anywhere(self) -> re.Pattern[str]:
        return re.compile(rf"\b(?:{self.pattern.pattern})\b")


def _words_span(match: re.Match[str]) -> tuple[int, int]:
    """Where the words of a match are (a space at its edge belongs to no sentence)."""
    text = match.group()
    start = match.start() + len(text) - len(text.lstrip())
    return start, max(start, match.end() - len(text) + len(text.rstrip()))


def _product(numbers: Iterable[int]) -> int:
    total = 1
    for n in numbers:
        total *= n
    return total
