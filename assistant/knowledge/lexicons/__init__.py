"""Typed loader for the word lists that drive the language analysis.

The lists are TOML files a trainer can read and extend without touching code:
``domains/*.toml`` (words per life domain), ``lemmas.toml`` (word forms spaCy's table
misses), ``scope.toml`` (denial, the past, lack,
other people), ``safety.toml`` (danger signals, routes, idioms) and ``question.toml``
(the style of a worker's question). Extra folders with the same layout (for example a
team's own words) are merged in, so local words never have to be edited into ours.
Every file is checked here, so a typo is reported with its file instead of silently
matching nothing.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError

from assistant.errors import (
    SCHEMA_MESSAGES,
    KeukentafelError,
    Problem,
    did_you_mean,
    display_path,
    field_path,
    os_reason,
)
from assistant.knowledge.vocabulary import DomainSlug, SignalKind
from assistant.toml_errors import toml_problem
from assistant.toml_lines import Locator

LEXICON_DIR = Path(__file__).parent
"""The lists shipped with the assistant."""

ENV_EXTRA = "KEUKENTAFEL_LEXICONS"
"""Environment variable with extra lexicon folders (separated by the path separator)."""


class LexiconError(KeukentafelError):
    """A lexicon file that cannot be read or does not have the expected shape."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _single_word_choices(term: str) -> str:
    """``a|b`` chooses between single words. An alternative that repeats an earlier word
    of the same phrase ("hoe je het|hoe ik het") shows that a choice between phrases was
    meant, which the notation does not have: such a pattern would silently never match."""
    phrase: list[str] = []
    for part in term.lower().split():
        if part == "...":
            phrase = []
            continue
        choices = [choice.lstrip("=") for choice in part.split("|")]
        if any(choice in phrase for choice in choices[1:]):
            raise ValueError(
                f'"{term}": met | kiest u tussen losse woorden, niet tussen woordgroepen. '
                "Schrijf voor elke woordgroep een eigen patroon."
            )
        phrase += choices
    return term


Term = Annotated[str, AfterValidator(_single_word_choices)]
"""A lexicon pattern (notation: see scope.toml)."""


class TermGroup(_Strict):
    """Terms that count the same: how strongly, and whether they need a sign of lack."""

    name: str = ""
    weight: float = Field(default=1.0, gt=0.0, le=1.0)
    kind: Literal["problem", "lack"] = "problem"
    """problem: the term itself is a need (unless denied or over); lack: only when lacking."""
    terms: list[Term]


class DomainLexicon(_Strict):
    """The words of one life domain (several files may add to the same domain)."""

    domain: DomainSlug
    groups: list[TermGroup] = []


class ScopeLexicon(_Strict):
    """Cues that decide whether a matched term really is a need of this household."""

    clause_breaks: list[str]
    resumptive: list[str]
    first_person: list[str]
    others: list[Term]
    household: list[str]
    partner_pronouns: list[str] = []
    """Violence by "hij"/"ie" with no outsider named is read as violence at home."""
    negation_before: dict[str, int]
    negation_after: list[str]
    negation_after_tail: list[str]
    topic_positions: int = 3
    denial: list[Term]
    denial_back: list[Term]
    past: list[Term]
    past_back: list[Term]
    ongoing: list[Term] = []
    """It came back or goes on: a past cue earlier in the clause does not reach past it."""
    hypothetical: list[Term] = []
    """A condition or future; only the words inside the cue are no need ("als ik ziek ben")."""
    positive_before: list[str]
    lack: list[Term]
    echo_denials: list[str] = []
    """A sentence starting with one of these denies a short question just before it
    ("Schulden? Nee joh")."""
    settled: list[Term] = []
    """Things are fine now ("met mij gaat het goed", "alles is afbetaald"): a need found only
    before such a clause is less often a need; the learned layer weighs it."""


class SignalRoute(_Strict):
    """What a worker should do and whom to call for one kind of signal."""

    route: str
    phones: list[str]


class SignalGroup(_Strict):
    kind: SignalKind
    serious: bool = False
    """Serious words ("zelfmoord", "pillen gespaard") fire even next to a joke marker."""
    explainable: bool = False
    """Signs that an everyday cause explains ("een blauwe plek" and "van het voetballen"):
    no signal when the client gives such a cause (``everyday_causes``)."""
    terms: list[Term]


class SafetyLexicon(_Strict):
    routes: dict[SignalKind, SignalRoute]
    signals: list[SignalGroup]
    idioms: list[str]
    negators: list[str]
    denials: list[str] = []
    """A clause with one of these denies the signal ("aan zelfmoord denk ik niet")."""
    jokes: list[str] = []
    """Joke markers ("haha", "grapje"): other signals in their sentence are not meant."""
    past: list[str] = []
    """Violence in a clause with one of these is long over ("twintig jaar geleden")."""
    past_back: list[str] = []
    """Like ``past``, also for the clause before ("..., maar dat is jaren geleden")."""
    ongoing: list[str] = []
    """Words in the same sentence that say it still goes on ("nog steeds"): past is void."""
    in_public: list[Term] = []
    """Places outside the home ("op straat", "in de trein"): violence there with nobody of
    the household in its clause is a crime to report, not violence at home."""
    by_strangers: list[Term] = []
    """People outside the household doing it ("door een paar jongens", "een overvaller")."""
    recurring: list[Term] = []
    """Words that say violence in the street comes back ("elke dag opgewacht"): it stays a
    signal."""
    everyday_causes: list[Term] = []
    """Causes that explain a sign of an ``explainable`` group ("van het voetballen",
    "gevallen"), told by the client, not quoted ("hij zegt dat hij gevallen is")."""
    stories: list[Term] = []
    """A film, the news or a book ("een film over", "in de krant"): danger words in the
    same clause are about the story, unless the client steps in after it."""


class QuestionLexicon(_Strict):
    fillers: list[str]
    wh_words: list[str]
    prepositions: list[str] = []
    """A question word right after one of these still opens the question ("Met wie ...?")."""
    open_invites: list[str]
    second_question: list[str]
    suggestive: list[str]
    yes_but: list[str]
    no_because: list[str]
    advice: list[str]
    provisions_voorliggend: list[str]
    provisions_maatwerk: list[str]
    judging: list[str]
    warned: list[str]
    frames: dict[Literal["vraag_achter_de_vraag", "eigen_kracht", "netwerk"], list[str]]
    asked_frames: dict[Literal["vraag_achter_de_vraag", "eigen_kracht", "netwerk"], list[str]] = {}
    """Words that count for a frame only in a sentence that asks: "Was u boos?" explores
    feelings, "Dat is heel verdrietig." is empathy."""
    netwerk_help: list[str] = []
    """Help words that count for the network unless a provision in the same sentence is
    the one that helps ("Daar helpen ze u")."""
    question_verbs: list[str] = []
    """Verb forms that open a yes/no question followed by u/je, also without a question mark
    ("Heeft u kinderen die in de buurt wonen"). No verbs of polite commands ("Gaat u zitten")."""
    assuming: list[str] = []
    """Words that, in a question in statement order, assume the answer: "U slaapt zeker
    slecht?" is suggestive, "U woont alleen?" is a closed check."""
    tags: list[str] = []
    """A sentence that ends in one of these is a tag question, also without "?"
    ("Dus u bent al twee maanden thuis, toch"): suggestive."""
    not_asking: list[str] = []
    """Sentence starts that look like a question word but exclaim or sum up ("Wat fijn dat
    ...", "Wat ik hoor is ..."); only without a question mark."""
    client_named: list[str] = []
    """Words that show a provision came from the client or is already used ("U zei dat u
    al naar de voedselbank gaat"): naming it then is no early solution."""
    topics: dict[DomainSlug, list[str]] = {}
    """Neutral words that make a worker's question about a life domain ("Hoe gaat het met
    de post?"); the domain lists' problem words count as well."""
    not_offered: list[str] = []
    """Words that show a provision is explained or refused, not offered ("is alleen voor",
    "niet nodig"): no early solution either (but perhaps 'nee, want')."""


class LemmaLexicon(_Strict):
    """Word forms the lookup table misses: form -> base form."""

    forms: dict[str, str] = {}


class Lexicons(_Strict):
    """All lists together, as the analyzer uses them."""

    lemmas: dict[str, str]
    domains: list[DomainLexicon]
    scope: ScopeLexicon
    safety: SafetyLexicon
    question: QuestionLexicon


def _read(path: Path) -> dict[str, Any]:
    shown = display_path(path)
    try:
        text = path.read_text(encoding="utf-8")
        return tomllib.loads(text)
    except OSError as exc:
        problem = Problem(f"bestand niet te lezen: {os_reason(exc)}", path=shown)
    except tomllib.TOMLDecodeError as exc:
        problem = toml_problem(exc, text, shown)
    raise LexiconError("Een woordenlijst kan niet gelezen worden.", [problem])


Part = tuple[Path, Any]
"""One file's contribution to merged lists: its path and its parsed content."""


def _check(
    model: type[BaseModel], data: dict[str, Any], path: Path, parts: Sequence[Part] = ()
) -> Any:
    """``data`` as ``model``; every problem at once, each named by the file it came from
    (one of ``parts`` when ``data`` was merged from several files, else ``path``)."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems = []
        locators: dict[Path, Locator] = {}
        for err in exc.errors():
            source, where = _source(tuple(err["loc"]), parts) if parts else (path, err["loc"])
            if source not in locators:  # read again only now that something is wrong
                locators[source] = Locator(source.read_text(encoding="utf-8"))
            problems.append(
                Problem(
                    message=_message(err),
                    path=str(source),
                    line=locators[source].line(tuple(where)),
                    where=field_path(where),
                    hint=_did_you_mean(err, model),
                )
            )
        raise LexiconError("Een woordenlijst klopt niet.", problems) from exc


def _source(loc: tuple[Any, ...], parts: Sequence[Part]) -> tuple[Path, tuple[Any, ...]]:
    """The file a merged value came from, and where it is in that file: an item of a list
    belongs to the file whose part of the list it is; any other value to the last file
    that has it; a missing value to the first file (ours)."""
    if not loc:
        return parts[-1][0], loc
    key, rest = loc[0], loc[1:]
    having = [(path, data[key]) for path, data in parts if isinstance(data, dict) and key in data]
    if not having:
        return parts[0][0], loc
    if rest and isinstance(rest[0], int) and all(isinstance(v, list) for _, v in having):
        index = rest[0]
        for path, items in having:
            if index < len(items):
                return path, (key, index, *rest[1:])
            index -= len(items)
    if rest and all(isinstance(v, dict) for _, v in having):
        path, inner = _source(rest, having)
        return path, (key, *inner)
    return having[-1][0], loc


def _did_you_mean(error: Any, model: type[BaseModel]) -> str | None:
    """For an unknown top-level list name ("setled"), the closest known one."""
    if error["type"] != "extra_forbidden" or len(error["loc"]) != 1:
        return None
    return did_you_mean(str(error["loc"][0]), list(model.model_fields))


def _message(error: Any) -> str:
    """Our own checks speak Dutch already: without pydantic's "Value error, " in front."""
    if error["type"] == "value_error":
        return str(error["ctx"]["error"])
    return SCHEMA_MESSAGES.get(error["type"], "waarde klopt niet")


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """Extra lists are added to ours; extra values replace ours."""
    merged = dict(base)
    for key, value in extra.items():
        old = merged.get(key)
        if isinstance(old, list) and isinstance(value, list):
            merged[key] = old + value
        elif isinstance(old, dict) and isinstance(value, dict):
            merged[key] = _merge(old, value)
        else:
            merged[key] = value
    return merged


def extra_dirs_from_env() -> list[Path]:
    """Folders named in KEUKENTAFEL_LEXICONS, in order."""
    value = os.environ.get(ENV_EXTRA, "")
    return [Path(part) for part in value.split(os.pathsep) if part.strip()]


SINGLE_FILES = ("scope", "safety", "question", "lemmas")
"""The lists with one file per folder (``scope.toml`` ...); domains have a folder each."""


def lexicon_files(extra_dirs: list[Path] | None = None) -> list[Path]:
    """Every lexicon file that is read, in reading order: ours, then each extra folder."""
    files: list[Path] = []
    for folder in [LEXICON_DIR, *(extra_dirs or [])]:
        files += sorted((folder / "domains").glob("*.toml"))
        files += [p for name in SINGLE_FILES if (p := folder / f"{name}.toml").is_file()]
    return files


def load_lexicons(extra_dirs: list[Path] | None = None) -> Lexicons:
    """Read the shipped lists plus any extra folders; raise LexiconError on a bad file."""
    domains: list[DomainLexicon] = []
    singles: dict[str, dict[str, Any]] = {name: {} for name in SINGLE_FILES}
    parts: dict[str, list[Part]] = {name: [] for name in SINGLE_FILES}
    for path in lexicon_files(extra_dirs):
        if path.parent.name == "domains":
            domains.append(_check(DomainLexicon, _read(path), path))
        else:
            data = _read(path)
            singles[path.stem] = _merge(singles[path.stem], data)
            parts[path.stem].append((path, data))

    def checked(model: type[BaseModel], name: str) -> Any:
        return _check(model, singles[name], LEXICON_DIR / f"{name}.toml", parts[name])

    return Lexicons(
        lemmas=checked(LemmaLexicon, "lemmas").forms,
        domains=domains,
        scope=checked(ScopeLexicon, "scope"),
        safety=checked(SafetyLexicon, "safety"),
        question=checked(QuestionLexicon, "question"),
    )
