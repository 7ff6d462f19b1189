"""Language packs: everything ukti knows about a language, as data files in `lang/<code>/`.

A pack is a folder of TOML tables (cues, honorifics, boilerplate patterns, number words, month
names …), a gazetteer TSV and optionally a NER model. Adding a cue or a language is a data
change; the code below only loads and indexes what the files say.
"""

from __future__ import annotations

import tomllib
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from itertools import product
from pathlib import Path
from typing import Any


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def _nfc_tree(x: Any) -> Any:
    if isinstance(x, str):
        return nfc(x)
    if isinstance(x, list):
        return [_nfc_tree(v) for v in x]
    if isinstance(x, dict):
        return {nfc(k): _nfc_tree(v) for k, v in x.items()}
    return x


@dataclass(slots=True)
class GazetteerEntry:
    form: str
    type: str  # PER, ORG, LOC, or DEMONYM (recognised, but not an entity)
    name: str  # canonical Latin name
    country: str = ""  # ISO country for places and outlets ("BD", "IN"), where it helps
    lang: str = ""  # language an outlet publishes in (for origin.lang)


@dataclass(slots=True)
class LanguagePack:
    code: str
    path: Path
    data: dict[str, Any] = field(default_factory=dict)
    gazetteer: dict[str, GazetteerEntry] = field(default_factory=dict)
    name_parts: dict[str, str] = field(default_factory=dict)
    # English names of countries: the generated place lists' rows with a country code (cities have none)
    countries: set[str] = field(default_factory=set)
    _pairs: dict[str, dict[str, str]] = field(default_factory=dict)

    def table(self, name: str) -> dict[str, Any]:
        return self.data.get(name, {})  # type: ignore[no-any-return]

    def pairs(self, filename: str) -> dict[str, str]:
        """A two-column TSV of the pack (form -> value), NFC-normalised; {} when absent."""
        if filename not in self._pairs:
            self._pairs[filename] = {r[0]: r[1] for r in _read_tsv(self.path / filename) if len(r) >= 2}
        return self._pairs[filename]

    @property
    def ner_model(self) -> Path | None:
        p = self.path / "ner.crfsuite"
        return p if p.exists() else None


def _read_tsv(path: Path) -> list[list[str]]:
    rows: list[list[str]] = []
    if not path.exists():
        return rows
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append([nfc(c.strip()) for c in line.split("\t")])
    return rows


def _add_short_spellings(pack: LanguagePack) -> None:
    """A person or body of several words is found in the short spelling of its vowels too ("আমির খসরু
    মাহমুদ চৌধুরী" for the gazetteer's "আমীর খসরু …"): papers write one name both ways. (One word
    alone is left as written: short and long spellings of one word are as often two names.)"""
    fold = pack.data.get("names", {}).get("spelling_variants", {}).get("long_to_short", {})
    if not fold:
        return
    table = str.maketrans(fold)
    for form, entry in list(pack.gazetteer.items()):
        if entry.type in ("PER", "ORG") and " " in form:
            # each word long or short on its own ("আমির খসরু মাহমুদ চৌধুরী": the given name short, the
            # surname as ever)
            for words in product(*({w, w.translate(table)} for w in form.split(" "))):
                pack.gazetteer.setdefault(" ".join(words), entry)


@cache
def load_pack(code: str) -> LanguagePack:
    """Load (once per process) the pack for a language code; unknown codes fall back to bn."""
    base = Path(str(resources.files("ukti.lang")))
    folder = base / code
    if not folder.is_dir():
        folder, code = base / "bn", "bn"
    pack = LanguagePack(code=code, path=folder)
    for f in sorted(folder.glob("*.toml")):
        with f.open("rb") as fh:
            pack.data[f.stem] = _nfc_tree(tomllib.load(fh))
    for row in _read_tsv(folder / "gazetteer.tsv"):
        if len(row) >= 3:
            entry = GazetteerEntry(row[0], row[1], row[2], *(row[3:5]))
            pack.gazetteer.setdefault(row[0], entry)
    _add_short_spellings(pack)
    for places in sorted(folder.glob("places-*.tsv")):  # generated gazetteers (ukti.train.gazetteer)
        for row in _read_tsv(places):
            if len(row) < 3:
                continue
            pack.gazetteer.setdefault(row[0], GazetteerEntry(row[0], row[1], row[2], row[3] if len(row) > 3 else ""))
            # (CLDR's rows with a code are countries; a home country's list gives its districts a code too)
            if row[1] == "LOC" and len(row) > 3 and row[3] and places.stem == "places-cldr":
                pack.countries.add(row[2])
    for row in _read_tsv(folder / "name-parts.tsv"):
        if len(row) >= 2:
            pack.name_parts[row[0]] = row[1]
    return pack
