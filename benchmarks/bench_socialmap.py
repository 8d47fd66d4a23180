# ruff: noqa: E501  (the data tables below read best one entry per line)
"""Benchmark of socialmap search: our index versus a naive rapidfuzz scan, in one run.

Run by hand (not a test): ``.venv/bin/python benchmarks/bench_socialmap.py [--sizes ...]``.

It generates seeded maps of realistic Dutch provisions ("Buurthuis Lindehof",
"Stichting Welzijn Zwolle", a B1 description and lay keywords) and a query set with a
known target per query. Queries are honest: they are built from words of the target's
name and organisation that together pick out that one provision, the way a worker would
type them:

- exact:   two or three whole words, e.g. ``lindehof zwolle``
- prefix:  the same words cut to 3-6 letters, lengthened until they single the target out
- typo:    one typo in a word of 5+ letters, or two in a word of 8+ letters
- variant: Dutch word variants: plural type word, no diacritics, compound typed apart

It reports index build time, memory (RSS growth while building), latency p50/p95/p99 and
recall@5 and MRR per query type, for both searches, with the ratios.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import sys
import time
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rapidfuzz import process

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from socialmap import Provision, SocialMap
from socialmap.search.normalize import fold, tokens

# type | plural | domain | kind | access | what it offers | lay keywords
TYPES = [
    tuple(line.split("|"))
    for line in """
Voedselbank|voedselbanken|financien|voorliggend|vrij|een wekelijks voedselpakket voor wie weinig geld heeft|eten;geen geld;boodschappen
Schuldhulpmaatje|schuldhulpmaatjes|financien|voorliggend|vrij|een vrijwilliger die helpt met schulden en post|schulden;rood staan;geldzorgen
Formulierenbrigade|formulierenbrigades|financien|algemeen|vrij|hulp bij formulieren, toeslagen en brieven|papieren;brieven;toeslag
Budgetcursus|budgetcursussen|financien|collectief|vrij|een cursus om rond te komen met je geld|geld;sparen;rondkomen
Schuldhulpverlening|schuldhulpverleningen|financien|maatwerk|indicatie|een schuldregeling via de gemeente|schuldsanering;beslag;deurwaarder
Kledingbank|kledingbanken|financien|voorliggend|verwijzing|gratis kleding voor gezinnen met weinig geld|kleren;armoede
Dagbesteding|dagbestedingen|dagbesteding|maatwerk|indicatie|een zinvolle dag met begeleiding|overdag;bezigheid
Inloophuis|inloophuizen|dagbesteding|algemeen|vrij|een plek om binnen te lopen voor koffie en activiteiten|koffie;aanloop;structuur
Zorgboerderij|zorgboerderijen|dagbesteding|maatwerk|indicatie|werken met dieren en planten onder begeleiding|boerderij;buiten werken
Werkplaats|werkplaatsen|dagbesteding|collectief|verwijzing|leren werken met hout en fietsen|klussen;werkervaring
Huurteam|huurteams|huisvesting|voorliggend|vrij|gratis advies over huur, onderhoud en huurtoeslag|huur;huurbaas;schimmel
Nachtopvang|nachtopvangen|huisvesting|voorliggend|vrij|een bed voor de nacht voor wie geen dak heeft|dakloos;slapen;straat
Woonbegeleiding|woonbegeleidingen|huisvesting|maatwerk|indicatie|begeleiding om zelfstandig te blijven wonen|zelfstandig wonen;huishouden
Woningcorporatie|woningcorporaties|huisvesting|algemeen|vrij|sociale huurwoningen en hulp bij huurachterstand|woning;huurachterstand
Opvoedpunt|opvoedpunten|huiselijke_relaties|voorliggend|vrij|vragen over opvoeden en opgroeien|kinderen;opvoeding;puber
Gezinscoach|gezinscoaches|huiselijke_relaties|maatwerk|indicatie|een coach die met het hele gezin meekijkt|ruzie thuis;gezin
Relatiepunt|relatiepunten|huiselijke_relaties|voorliggend|vrij|gesprekken bij ruzie of scheiding|scheiding;relatie;ruzie
Vrouwenopvang|vrouwenopvangen|huiselijke_relaties|maatwerk|verwijzing|veilige opvang bij huiselijk geweld|geweld;niet veilig thuis
Luisterlijn|luisterlijnen|geestelijke_gezondheid|algemeen|vrij|een luisterend oor, dag en nacht|eenzaam;praten;somber
Rouwgroep|rouwgroepen|geestelijke_gezondheid|collectief|vrij|lotgenoten die samen praten over verlies|rouw;verlies;overlijden
Herstelacademie|herstelacademies|geestelijke_gezondheid|voorliggend|vrij|cursussen over herstel door ervaringsdeskundigen|herstel;psychisch
Praktijkondersteuner|praktijkondersteuners|geestelijke_gezondheid|voorliggend|verwijzing|gesprekken bij de huisarts over stress en somberheid|stress;piekeren;somber
Huisartsenpost|huisartsenposten|lichamelijke_gezondheid|algemeen|vrij|spoedzorg van de huisarts buiten kantoortijd|dokter;spoed;ziek
Wijkverpleging|wijkverplegingen|lichamelijke_gezondheid|voorliggend|verwijzing|verpleging en verzorging thuis|wonden;verzorging
Beweegcoach|beweegcoaches|lichamelijke_gezondheid|collectief|vrij|samen bewegen en gezonder leven|sport;gewicht;bewegen
Verslavingszorg|verslavingszorgen|verslaving|maatwerk|verwijzing|behandeling bij verslaving aan alcohol, drugs of gokken|drank;drugs;gokken
Gespreksgroep|gespreksgroepen|verslaving|collectief|vrij|lotgenoten die helpen om niet meer te drinken|alcohol;stoppen;drinken
Maaltijdservice|maaltijdservices|adl|voorliggend|vrij|warme maaltijden aan huis|eten koken;maaltijd
Klussendienst|klussendiensten|adl|voorliggend|vrij|vrijwilligers voor kleine klussen in huis|klusjes;lamp;kraan
Huishoudelijke|huishoudelijke|adl|maatwerk|indicatie|hulp bij schoonmaken als het zelf niet meer lukt|schoonmaken;poetsen
Boodschappendienst|boodschappendiensten|adl|voorliggend|vrij|vrijwilligers die boodschappen doen|boodschappen;winkel
Buurthuis|buurthuizen|sociaal_netwerk|algemeen|vrij|activiteiten en ontmoeting in de wijk|eenzaam;buren;ontmoeten
Taalcafé|taalcafés|sociaal_netwerk|algemeen|vrij|samen Nederlands oefenen met koffie|taal;nederlands leren
Maatjesproject|maatjesprojecten|sociaal_netwerk|voorliggend|vrij|een vrijwilliger die regelmatig langskomt|maatje;eenzaam;alleen
Mantelzorgpunt|mantelzorgpunten|sociaal_netwerk|voorliggend|vrij|steun voor wie zorgt voor een naaste|mantelzorg;overbelast
Vrijwilligerscentrale|vrijwilligerscentrales|maatschappelijke_participatie|algemeen|vrij|vrijwilligerswerk dat bij je past|vrijwilligerswerk;meedoen
Taalhuis|taalhuizen|maatschappelijke_participatie|algemeen|vrij|hulp bij lezen, schrijven en rekenen|lezen;schrijven;laaggeletterd
Werkcoach|werkcoaches|maatschappelijke_participatie|maatwerk|indicatie|begeleiding naar betaald werk|werk zoeken;baan;uitkering
Rechtswinkel|rechtswinkels|justitie|voorliggend|vrij|gratis juridisch advies|advocaat;rechten;conflict
Reclassering|reclasseringen|justitie|maatwerk|justitie|toezicht en begeleiding na een straf|straf;detentie;toezicht
Slachtofferloket|slachtofferloketten|justitie|voorliggend|vrij|steun na een misdrijf of ongeluk|aangifte;slachtoffer
""".strip().splitlines()
]
PRE = [
    "Linde",
    "Eiken",
    "Berken",
    "Molen",
    "Zonne",
    "Regen",
    "Water",
    "Klaver",
    "Vlinder",
    "Beuken",
    "Hazel",
    "Rozen",
    "Tulpen",
    "Wilgen",
    "Populier",
    "Iepen",
    "Kastanje",
    "Appel",
    "Kersen",
    "Heide",
    "Duinen",
    "Polder",
    "Vossen",
    "Merel",
    "Zwanen",
    "Reiger",
    "Egel",
    "Bever",
    "Otter",
    "Valk",
    "Uilen",
    "Haas",
    "Hert",
    "Kraai",
    "Spreeuw",
    "Lijster",
    "Mussen",
    "Koekoek",
    "Meeuwen",
    "Ooievaar",
]
SUF = [
    "hof",
    "hoek",
    "veld",
    "straat",
    "boog",
    "hart",
    "bron",
    "lust",
    "oord",
    "kamp",
    "dijk",
    "plein",
    "weide",
    "rijk",
    "stee",
    "kring",
    "haven",
    "pad",
    "zicht",
    "tuin",
    "gaarde",
    "wijk",
    "dal",
    "berg",
    "burcht",
]
PLACES = [
    "Amsterdam",
    "Rotterdam",
    "Utrecht",
    "Eindhoven",
    "Groningen",
    "Tilburg",
    "Almere",
    "Breda",
    "Nijmegen",
    "Apeldoorn",
    "Haarlem",
    "Arnhem",
    "Enschede",
    "Amersfoort",
    "Zaanstad",
    "Zwolle",
    "Leiden",
    "Maastricht",
    "Dordrecht",
    "Zoetermeer",
    "Deventer",
    "Delft",
    "Alkmaar",
    "Heerlen",
    "Venlo",
    "Leeuwarden",
    "Hilversum",
    "Hengelo",
    "Amstelveen",
    "Roosendaal",
    "Purmerend",
    "Oss",
    "Schiedam",
    "Spijkenisse",
    "Helmond",
    "Vlaardingen",
    "Almelo",
    "Gouda",
    "Zaandam",
    "Lelystad",
    "Alphen",
    "Hoorn",
    "Velsen",
    "Ede",
    "Assen",
    "Capelle",
    "Veenendaal",
    "Nieuwegein",
    "Zeist",
    "Katwijk",
    "Emmen",
    "Harderwijk",
    "Doetinchem",
    "Terneuzen",
    "Kampen",
    "Sneek",
    "Drachten",
    "Heerenveen",
    "Meppel",
    "Hoogeveen",
    "Coevorden",
    "Winterswijk",
    "Zutphen",
    "Tiel",
    "Culemborg",
    "Woerden",
    "Gorinchem",
    "Weert",
    "Roermond",
    "Sittard",
    "Kerkrade",
    "Vlissingen",
    "Middelburg",
    "Goes",
    "Zierikzee",
    "Bergen",
    "Schagen",
    "Enkhuizen",
    "Medemblik",
    "Edam",
    "Weesp",
    "Huizen",
    "Naarden",
    "Baarn",
    "Soest",
    "Bunschoten",
    "Nijkerk",
    "Barneveld",
    "Wageningen",
    "Renkum",
    "Rheden",
    "Zevenaar",
    "Duiven",
    "Elst",
    "Druten",
    "Boxmeer",
    "Cuijk",
    "Uden",
    "Veghel",
    "Boxtel",
    "Oisterwijk",
    "Waalwijk",
    "Dongen",
    "Oosterhout",
    "Etten",
    "Zundert",
    "Hulst",
    "Sluis",
    "Nuenen",
    "Geldrop",
    "Veldhoven",
    "Valkenswaard",
]
PLACES += [
    "Súdwest-Fryslân",
    "Bergen op Zoom",
    "Den Haag",
    "Den Helder",
    "Sint-Michielsgestel",
    "Gemert-Bakel",
    "Noardeast-Fryslân",
    "Hollands Kroon",
    "Oude IJsselstreek",
    "Sittard-Geleen",
]
ORGS = (
    "Stichting Welzijn {p}",
    "Humanitas {p}",
    "Gemeente {p}",
    "Vereniging Samen {p}",
    "Stichting Wijkwerk {p}",
    "Zorggroep {p}",
)
SYLLABLES = [
    "ber",
    "ko",
    "lan",
    "ven",
    "dor",
    "ste",
    "mer",
    "wa",
    "ri",
    "hel",
    "zo",
    "gen",
    "tha",
    "pe",
    "lo",
    "mi",
    "ker",
    "vaar",
    "do",
    "sel",
    "bru",
    "ham",
    "nie",
    "wou",
    "ter",
    "ra",
    "ge",
    "bo",
    "lin",
    "den",
    "kam",
    "hui",
    "rek",
    "fle",
    "tos",
    "ma",
    "ar",
]
STREETS = ("straat", "laan", "weg", "plein", "singel", "kade", "hof", "dreef")
GROUPS = ("ouderen", "jongeren", "gezinnen", "mantelzorgers", "nieuwkomers", "iedereen")
DAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag")
FILLER = (
    "Kom gerust langs, een afspraak is niet nodig.",
    "Bel eerst even voor een afspraak.",
    "Vrijwilligers en beroepskrachten werken hier samen.",
    "U mag iemand meenemen.",
    "Er is een tolk als dat nodig is.",
    "De koffie staat klaar.",
)


def generate(count: int, seed: int) -> list[Provision]:
    """``count`` distinct, realistic provisions (seeded)."""
    rng = random.Random(seed)
    propers = [p + s for p in PRE for s in SUF]
    seen: set[tuple[str, str]] = set()
    result: list[Provision] = []
    while len(result) < count:
        kind_of = rng.choice(TYPES)
        proper, place = rng.choice(propers), rng.choice(PLACES)
        name = (
            f"{kind_of[0]} {proper}"
            if kind_of[0] != "Huishoudelijke"
            else f"Huishoudelijke Hulp {proper}"
        )
        if (name, place) in seen:
            continue
        seen.add((name, place))
        n = len(result)
        group, day = rng.choice(GROUPS), rng.choice(DAYS)
        street = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3)))
        street = street.capitalize() + rng.choice(STREETS)
        description = (
            f"{kind_of[0].capitalize()} in {place} voor {group}: {kind_of[5]}. "
            f"Open op {day}, aan de {street} {rng.randint(1, 200)}. {rng.choice(FILLER)}"
        )
        fields: dict[str, Any] = {
            "id": f"p{n:06d}",
            "name": name,
            "organisation": rng.choice(ORGS).format(p=place),
            "description": description,
            "keywords": kind_of[6].split(";"),
            "domains": [kind_of[2]],
            "kind": kind_of[3],
            "access": kind_of[4],
            "area": [place],
        }
        result.append(Provision.model_construct(**fields))
    return result


class Words:
    """Which provisions have which name/organisation words: to keep queries honest."""

    def __init__(self, provisions: list[Provision]) -> None:
        self.by_word: dict[str, set[int]] = defaultdict(set)
        self.words: list[list[str]] = []
        for n, p in enumerate(provisions):
            words = tokens(f"{p.name} {p.organisation}")
            self.words.append(words)
            for w in words:
                self.by_word[w].add(n)
        self.sorted = sorted(self.by_word)

    def having(self, prefix: str) -> set[int]:
        out: set[int] = set()
        for w in self.sorted[bisect_left(self.sorted, prefix) :]:
            if not w.startswith(prefix):
                break
            out |= self.by_word[w]
        return out

    def unique(self, parts: list[str], prefix: bool = False) -> bool:
        sets = [self.having(p) if prefix else self.by_word.get(p, set()) for p in parts]
        return len(set.intersection(*sets)) == 1


STOP = {
    "stichting",
    "gemeente",
    "vereniging",
    "samen",
    "welzijn",
    "wijkwerk",
    "zorggroep",
    "humanitas",
}
KEYS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]


def typo(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 1)
    kind = rng.choice(("sub", "del", "ins", "swap"))
    if kind == "sub":
        row = next((r for r in KEYS if word[i] in r), KEYS[0])
        j = row.find(word[i])
        near = [row[k] for k in (j - 1, j + 1) if 0 <= k < len(row) and j >= 0] or ["e"]
        return word[:i] + rng.choice(near) + word[i + 1 :]
    if kind == "del":
        return word[:i] + word[i + 1 :]
    if kind == "ins":
        return word[:i] + word[i] + word[i:]
    return word[: i - 1] + word[i] + word[i - 1] + word[i + 1 :]


def make_queries(
    provisions: list[Provision], per_type: int, seed: int
) -> dict[str, list[tuple[str, int]]]:
    """Per query type: (query, index of the target provision)."""
    rng = random.Random(seed)
    words = Words(provisions)
    out: dict[str, list[tuple[str, int]]] = {t: [] for t in ("exact", "prefix", "typo", "variant")}
    attempts = 0
    while min(len(v) for v in out.values()) < per_type and attempts < per_type * 200:
        attempts += 1
        n = rng.randrange(len(provisions))
        p = provisions[n]
        own = [w for w in dict.fromkeys(words.words[n]) if w not in STOP and len(w) > 2]
        if len(own) < 2:
            continue
        parts = rng.sample(own, 2)
        if not words.unique(parts):
            parts = own[:3]
            if not words.unique(parts):
                continue
        if len(out["exact"]) < per_type:
            out["exact"].append((" ".join(parts), n))
        if len(out["prefix"]) < per_type:
            cut = [w[: rng.randint(3, 6)] for w in parts]
            while not words.unique(cut, prefix=True) and any(
                len(c) < min(6, len(w)) for c, w in zip(cut, parts, strict=True)
            ):
                cut = [
                    w[: len(c) + 1] if len(c) < min(6, len(w)) else c
                    for c, w in zip(cut, parts, strict=True)
                ]
            if words.unique(cut, prefix=True):
                out["prefix"].append((" ".join(cut), n))
        if len(out["typo"]) < per_type:
            i = max(range(len(parts)), key=lambda k: len(parts[k]))
            if len(parts[i]) >= 5:
                wrong = typo(parts[i], rng)
                if len(parts[i]) >= 8 and rng.random() < 0.5:
                    wrong = typo(wrong, rng)
                if wrong not in words.by_word:
                    out["typo"].append((" ".join([*parts[:i], wrong, *parts[i + 1 :]]), n))
        if len(out["variant"]) < per_type:
            variant = _variant(p, words, rng)
            if variant:
                out["variant"].append((variant, n))
    return out


def _variant(p: Provision, words: Words, rng: random.Random) -> str | None:
    """A Dutch word variant of an honest query: plural, no diacritics, split compound.

    The words it stands for must single the target out, like every other query.
    """
    type_word = next((t for t in TYPES if p.name.startswith(t[0])), None)
    place, proper = p.area[0], p.name.split()[-1]
    choice = rng.choice(("plural", "split", "place"))
    if choice == "plural" and type_word and fold(type_word[0]) != type_word[1]:
        meant, query = [fold(type_word[0]), fold(proper)], f"{type_word[1]} {proper.lower()}"
        if not words.unique(meant):
            meant, query = meant + tokens(place), f"{query} {place}"
    elif choice == "split":
        cut = next((len(pre) for pre in PRE if proper.startswith(pre)), 0)
        if not cut:
            return None
        meant = [fold(proper), *tokens(place)]
        query = f"{proper[:cut].lower()} {proper[cut:]} {fold(place)}"
    elif choice == "place" and fold(place) != place.lower():
        meant = [fold(proper), *tokens(place)]
        query = f"{proper.lower()} {fold(place).replace('-', ' ')}"
    else:
        return None
    return query if words.unique(meant) else None


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def evaluate(run: Callable[[str], list[int]], queries: list[tuple[str, int]]) -> dict[str, float]:
    times, cpu, hits, rr = [], [], 0, 0.0
    for query, target in queries:
        start, start_cpu = time.perf_counter(), time.thread_time()
        ranked = run(query)
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.thread_time() - start_cpu) * 1000)
        if target in ranked[:5]:
            hits += 1
        if target in ranked[:10]:
            rr += 1 / (ranked.index(target) + 1)
    return {
        "p50": percentile(times, 0.5),
        "p95": percentile(times, 0.95),
        "p99": percentile(times, 0.99),
        "cpu50": percentile(cpu, 0.5),
        "cpu95": percentile(cpu, 0.95),
        "cpu99": percentile(cpu, 0.99),
        "recall5": hits / len(queries),
        "mrr": rr / len(queries),
    }


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def bench(size: int, per_type: int, baseline_per_type: int, seed: int) -> None:
    provisions = generate(size, seed)
    queries = make_queries(provisions, per_type, seed + 1)
    gc.collect()
    before = rss_mb()
    start, start_cpu = time.perf_counter(), time.process_time()
    social_map = SocialMap(provisions)
    build, build_cpu = time.perf_counter() - start, time.process_time() - start_cpu
    memory = rss_mb() - before
    doc_of = {p.id: n for n, p in enumerate(provisions)}
    combined = [
        f"{p.name} {p.organisation} {' '.join(p.keywords)} {p.description}" for p in provisions
    ]

    def ours(query: str) -> list[int]:
        return [doc_of[h.provision.id] for h in social_map.search(query, limit=10)]

    def naive(query: str) -> list[int]:
        return [i for _, _, i in process.extract(query, combined, limit=10)]

    print(
        f"\n== {size:,} provisions: build {build:.2f} s wall / {build_cpu:.2f} s CPU, "
        f"index memory +{memory:.0f} MB (process RSS {rss_mb():.0f} MB, "
        f"load average {os.getloadavg()[0]:.1f})"
    )
    print(
        f"{'type':<8} {'n':>4} | {'ours wall p50/p95/p99':>22} {'CPU p50/p95/p99 ms':>21} "
        f"{'R@5':>5} {'MRR':>5} | {'naive p50/p95 ms':>17} {'R@5':>5} {'MRR':>5} {'n':>4} | "
        f"p95 ratio"
    )
    pooled = []
    for kind, qs in queries.items():
        a = evaluate(ours, qs)
        sample = qs[:baseline_per_type]
        b = evaluate(naive, sample)
        if kind in ("prefix", "typo"):
            pooled.append((a["recall5"], len(qs)))
        print(
            f"{kind:<8} {len(qs):>4} | {a['p50']:6.2f} {a['p95']:6.2f} {a['p99']:7.2f}  "
            f"{a['cpu50']:6.2f} {a['cpu95']:6.2f} {a['cpu99']:6.2f}  "
            f"{a['recall5']:5.2f} {a['mrr']:5.2f} | {b['p50']:8.1f} {b['p95']:8.1f} "
            f"{b['recall5']:5.2f} {b['mrr']:5.2f} {len(sample):>4} | {b['p95'] / a['p95']:8.0f}x"
        )
    total = sum(n for _, n in pooled)
    print(f"recall@5 over typo+prefix queries: {sum(r * n for r, n in pooled) / total:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--queries", type=int, default=300, help="queries per type")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    for size in args.sizes:
        baseline = args.queries if size <= 1_000 else 50 if size <= 10_000 else 10
        bench(size, args.queries, baseline, args.seed)


if __name__ == "__main__":
    main()
