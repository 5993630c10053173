"""Optional transformers backend: a local token-classification model (a user's fine-tuned NER) for entities.

``ner.backend_en = "hf:PATH"`` (or ``backend_zh``) loads the model folder at PATH (``config.json``, the
weights, the tokenizer files; nothing is downloaded). Tokens, part-of-speech and sentences still come
from the base backend (spaCy or LAC), which claim extraction needs; the model's PERSON and ORG spans
replace the base's, and entities.py's news rules correct them as they correct the base models.

Labels are read from the model's ``id2label``: BIO/BIOES prefixes (B-, I-, E-, S-, L-, U-) are
dropped and PER/PERSON/NAME map to PERSON, ORG/ORGANIZATION/COMPANY/GOVERNMENT to ORG,
LOC/GPE/LOCATION/ADDRESS to LOC; other labels pass through. Long texts are cut into overlapping
windows of the model's length; a token takes its label from the first window that holds it.
Needs the ``hf`` extra: ``pip install 'newskb[hf]'``.
"""
from __future__ import annotations

import functools
import logging
import re
from pathlib import Path

from . import Parse

log = logging.getLogger(__name__)

_TYPE_MAP = {"PER": "PERSON", "PERSON": "PERSON", "NAME": "PERSON", "PEOPLE": "PERSON", "NR": "PERSON",
             "ORG": "ORG", "ORGANIZATION": "ORG", "ORGANISATION": "ORG", "COMPANY": "ORG", "GOVERNMENT": "ORG",
             "NT": "ORG", "LOC": "LOC", "GPE": "GPE", "LOCATION": "LOC", "ADDRESS": "LOC", "NS": "LOC"}
_PREFIX = re.compile(r"^([BIESLU])[-_]")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def entity_type(label: str) -> tuple[str, str]:
    """'B-PER' -> ('B', 'PERSON'); 'O' -> ('O', ''); 'I-ORGANIZATION' -> ('I', 'ORG')."""
    if label.upper() in ("O", "OUTSIDE", ""):
        return "O", ""
    m = _PREFIX.match(label.upper())
    tag, name = (m.group(1), label[m.end():]) if m else ("I", label)
    return tag, _TYPE_MAP.get(name.upper(), name.upper())


@functools.lru_cache(maxsize=4)
def load_model(path: str):
    """The tokenizer and model at a local folder, loaded once per process."""
    try:
        import torch  # noqa: F401
        from transformers import AutoModelForTokenClassification, AutoTokenizer
    except ImportError as e:  # pragma: no cover - exercised only without the extra
        raise ImportError("the hf: NER backend needs torch and transformers: pip install 'newskb[hf]' "
                          "(torch==2.13.0 and transformers==5.24.0)") from e
    folder = Path(path).expanduser()
    if not (folder / "config.json").exists():
        raise OSError(f"no token-classification model at {folder} (expected a folder with config.json, the "
                      "weights and the tokenizer files, as save_pretrained writes it)")
    tokenizer = AutoTokenizer.from_pretrained(str(folder), local_files_only=True)
    if not getattr(tokenizer, "is_fast", False):
        raise OSError(f"the tokenizer at {folder} is not a fast tokenizer; newskb needs character offsets "
                      "(save the model with a tokenizer.json)")
    model = AutoModelForTokenClassification.from_pretrained(str(folder), local_files_only=True)
    model.eval()
    log.info("loaded token-classification model %s (%d labels)", folder, len(model.config.id2label))
    return tokenizer, model


class HFBackend:
    """A base backend's parse with a local transformers model's entities."""

    def __init__(self, path: str, base, batch_size: int = 16, stride: int = 32):
        if not path:
            raise ValueError("an hf: backend needs a model folder: hf:PATH")
        self.path = path
        self.base = base
        self.lang = base.lang
        self.batch_size = batch_size
        self.stride = stride
        self.tokenizer, self.model = load_model(path)
        self.version = f"hf:{Path(path).name}+{getattr(base, 'version', '')}"

    def parse(self, texts: list[str]) -> list[Parse]:
        parses = self.base.parse(texts)
        spans = self.entities(texts)
        out = []
        for p, found in zip(parses, spans):
            out.append(Parse(p.text, p.tokens, p.sents, sorted(found)))
        return out

    def entities(self, texts: list[str]) -> list[list[tuple[int, int, str]]]:
        """(start, end, type) per text, in character offsets of the text."""
        import torch

        if not texts:
            return []
        limit = min(getattr(self.tokenizer, "model_max_length", 512) or 512,
                    getattr(self.model.config, "max_position_embeddings", 512) or 512, 512)
        enc = self.tokenizer(texts, truncation=True, max_length=limit, stride=min(self.stride, limit // 4),
                             return_overflowing_tokens=True, return_offsets_mapping=True, padding=True,
                             return_tensors="pt")
        owner = enc.pop("overflow_to_sample_mapping").tolist()
        offsets = enc.pop("offset_mapping").tolist()
        id2label = self.model.config.id2label
        device = next(self.model.parameters()).device
        labels: list[list[int]] = []
        with torch.no_grad():
            for k in range(0, len(owner), self.batch_size):
                batch = {name: t[k:k + self.batch_size].to(device) for name, t in enc.items()}
                labels += self.model(**batch).logits.argmax(-1).tolist()
        per_text: list[dict[tuple[int, int], str]] = [{} for _ in texts]
        for n, win_offsets, win_labels in zip(owner, offsets, labels):
            seen = per_text[n]
            for (a, b), lab in zip(win_offsets, win_labels):
                if b <= a or (a, b) in seen:  # special tokens and padding have empty offsets
                    continue
                seen[(a, b)] = id2label.get(lab, id2label.get(str(lab), "O"))
        return [_decode(text, sorted(tok_labels.items())) for text, tok_labels in zip(texts, per_text)]


def _decode(text: str, tokens: list[tuple[tuple[int, int], str]]) -> list[tuple[int, int, str]]:
    """BIO(ES) labels on subword tokens -> entity spans. A word's later pieces follow its first piece."""
    spans: list[list] = []
    prev_end, prev_type, word_type = -1, "", ""
    for (a, b), label in tokens:
        continues_word = a == prev_end and not _CJK.match(text[a:a + 1]) and not _CJK.match(text[a - 1:a])
        tag, typ = entity_type(label)
        if continues_word:
            if word_type and spans and spans[-1][1] == a and spans[-1][2] == word_type:
                spans[-1][1] = b
            prev_end = b
            continue
        word_type = typ
        if not typ:
            prev_type = ""
        elif spans and prev_type == typ and tag in ("I", "E", "L"):
            spans[-1][1] = b
        else:
            spans.append([a, b, typ])
        prev_type = typ if tag not in ("E", "L", "S", "U") else ""
        prev_end = b
    out = []
    for a, b, typ in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b, typ))
    return out
