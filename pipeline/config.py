"""One place for every setting: defaults.toml validated by pydantic, overridden by a user file and --set."""
from __future__ import annotations

import json
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, field_validator


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class InputConfig(_Section):
    extensions: list[str]
    max_bytes: int
    binary_nul_ratio: float


class CleanConfig(_Section):
    join_broken_lines: bool
    fullwidth_to_ascii: bool


class LanguageConfig(_Section):
    mixed_min_share: float


class SpamConfig(_Section):
    enabled: bool
    threshold: float
    sure: float
    keep_spam: bool
    model: str


class NerConfig(_Section):
    backend_en: str
    backend_zh: str
    spacy_model: str
    batch_size: int

    @field_validator("backend_en", "backend_zh")
    @classmethod
    def _backend(cls, v: str, info) -> str:
        base = "spacy" if info.field_name == "backend_en" else "lac"
        if v != base and not (v.startswith("hf:") and len(v) > 3):
            raise ValueError(f"ner.{info.field_name} must be {base!r} or 'hf:PATH' (a local token-classification "
                             f"model folder), got {v!r}")
        return v


class ClaimsConfig(_Section):
    enabled: bool
    min_words_en: int
    min_chars_zh: int


class RunConfig(_Section):
    workers: int
    batch_docs: int
    progress: bool


class Config(_Section):
    input: InputConfig
    clean: CleanConfig
    language: LanguageConfig
    spam: SpamConfig
    ner: NerConfig
    claims: ClaimsConfig
    run: RunConfig


def _defaults() -> dict:
    return tomllib.loads(resources.files("pipeline").joinpath("defaults.toml").read_text("utf-8"))


def _merge(base: dict, over: dict, where: str = "") -> dict:
    out = dict(base)
    for k, v in over.items():
        if k not in base:
            valid = ", ".join(sorted(base))
            raise ValueError(f"unknown setting {where}{k!r}; valid keys here: {valid}")
        out[k] = _merge(base[k], v, f"{where}{k}.") if isinstance(base[k], dict) and isinstance(v, dict) else v
    return out


def _parse_value(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return text


def load_config(path: str | Path | None = None, overrides: list[str] | tuple[str, ...] = ()) -> Config:
    """Defaults, then the user's TOML file (only the keys it sets), then ``section.key=value`` overrides."""
    data = _defaults()
    if path:
        data = _merge(data, tomllib.loads(Path(path).read_text("utf-8")))
    for item in overrides:
        if "=" not in item:
            raise ValueError(f"--set expects section.key=value, got {item!r}")
        dotted, value = item.split("=", 1)
        node: dict = {}
        cur = node
        parts = dotted.strip().split(".")
        for p in parts[:-1]:
            cur = cur.setdefault(p, {})
        cur[parts[-1]] = _parse_value(value.strip())
        data = _merge(data, node)
    return Config.model_validate(data)


DEFAULT = None


def default_config() -> Config:
    global DEFAULT
    if DEFAULT is None:
        DEFAULT = load_config()
    return DEFAULT
