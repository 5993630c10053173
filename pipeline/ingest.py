"""Find input files and decode them. Every file found yields one `Article`, errors included."""
from __future__ import annotations

import codecs
import hashlib
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .config import InputConfig
from .records import ERROR, OK, SKIPPED, Article


@dataclass(frozen=True, slots=True)
class InputFile:
    path: str  # absolute path on disk
    source: str  # path relative to the input folder it was found under


def walk_inputs(inputs: list[str | Path]) -> Iterator[InputFile]:
    """Every non-dot file under the inputs, in sorted order, without following a symlink loop."""
    for inp in inputs:
        root = Path(inp)
        if root.is_file() or not root.exists():
            yield InputFile(str(root), root.name)
            continue
        seen: set[tuple[int, int]] = set()
        yield from _walk(root, root, seen)


def _walk(root: Path, folder: Path, seen: set[tuple[int, int]]) -> Iterator[InputFile]:
    try:
        st = folder.stat()
    except OSError:
        return
    key = (st.st_dev, st.st_ino)
    if key in seen:
        return
    seen.add(key)
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir()  # follows symlinks; loops are cut by `seen`
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(root, Path(entry.path), seen)
        else:
            yield InputFile(entry.path, os.path.relpath(entry.path, root))


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# What charset-normalizer may name, mapped to the codec we decode with (supersets where safe).
_CANONICAL = {"gb2312": "gb18030", "gbk": "gb18030", "hz": "gb18030", "big5hkscs": "big5hkscs", "ascii": "utf-8"}


def make_doc_id(source: str, data_digest: str) -> str:
    """Stable: the same file (path and bytes) gives the same id on every run and machine."""
    return hashlib.sha256(f"{source}\0{data_digest}".encode()).hexdigest()[:16]


def _digest_file(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def read_input(item: InputFile, cfg: InputConfig) -> Article:
    """Read and decode one file; a file that cannot be used comes back with status error/skipped."""
    source = item.source

    def fail(status: str, message: str, digest: str = "") -> Article:
        return Article(doc_id=make_doc_id(source, digest), source=source, raw="", status=status, error=message)

    try:
        st = os.stat(item.path)
    except FileNotFoundError:
        return fail(ERROR, "file not found (a broken symlink, or removed during the run)")
    except OSError as e:
        return fail(ERROR, f"cannot read file: {e.strerror or e}")
    if not stat.S_ISREG(st.st_mode):
        return fail(SKIPPED, "not a regular file (a device, socket or pipe)")
    ext = os.path.splitext(item.path)[1].lower()
    allowed = [e.lower() for e in cfg.extensions]
    if ext not in allowed:
        return fail(SKIPPED, f"extension {ext or '(none)'!r} is not read; input.extensions is {allowed}")
    if st.st_size == 0:
        return fail(SKIPPED, "empty file (0 bytes)")
    if st.st_size > cfg.max_bytes:
        try:
            digest = _digest_file(item.path)
        except OSError:
            digest = ""
        return fail(SKIPPED, f"file is {st.st_size / 1e6:.1f} MB, over the size limit input.max_bytes "
                             f"= {cfg.max_bytes / 1e6:g} MB", digest)
    try:
        with open(item.path, "rb") as f:
            data = f.read(cfg.max_bytes + 1)
    except OSError as e:
        return fail(ERROR, f"cannot read file: {e.strerror or e}")
    digest = hashlib.sha256(data).hexdigest()
    doc_id = make_doc_id(source, digest)
    try:
        raw, encoding = decode_bytes(data, cfg.binary_nul_ratio)
    except ValueError as e:
        status = SKIPPED if str(e).startswith("binary") else ERROR
        return Article(doc_id=doc_id, source=source, raw="", status=status, error=str(e))
    if not raw.strip():
        return Article(doc_id=doc_id, source=source, raw=raw, status=SKIPPED, encoding=encoding,
                       error="blank file: only white space")
    return Article(doc_id=doc_id, source=source, raw=raw, status=OK, encoding=encoding)


def decode_bytes(data: bytes, nul_ratio: float = 0.01) -> tuple[str, str]:
    """Decode scraped bytes; returns (text, codec name). Raises ValueError with a reason.

    Order: a byte-order mark; strict UTF-8; binary check; charset-normalizer's best guess
    among the encodings news comes in (GB18030, Big5, UTF-16 without BOM, single-byte codes).
    The text is exactly ``data.decode(codec)``, so a store's offsets can be checked against the file.
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as e:
                raise ValueError(f"undecodable bytes: the file starts with a {enc} byte-order mark "
                                 f"but byte {e.start} is not valid {enc}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        utf8_error = e
    else:
        if _looks_binary(data, nul_ratio):
            raise ValueError("binary file: many NUL or control bytes, not text")
        return text, "utf-8"
    if _looks_binary(data, nul_ratio):
        raise ValueError("binary file: many NUL or control bytes, not text")
    if utf8_error.end >= len(data) - 1 and utf8_error.reason == "unexpected end of data":
        raise ValueError(f"undecodable bytes: truncated UTF-8, the file ends in the middle of a "
                         f"character at byte {utf8_error.start} of {len(data)}")
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ValueError(f"undecodable bytes: not UTF-8 (invalid byte at {utf8_error.start}), "
                         "GB18030, Big5 or UTF-16")
    enc = _CANONICAL.get(best.encoding, best.encoding)
    try:
        codec = codecs.lookup(enc).name
        return data.decode(codec), codec
    except (LookupError, UnicodeDecodeError):
        raise ValueError(f"undecodable bytes: guessed {best.encoding} but the bytes do not decode") from None


def _looks_binary(data: bytes, nul_ratio: float) -> bool:
    sample = data[:65536]
    if not sample:
        return False
    nul = sample.count(0)
    controls = sum(sample.count(b) for b in (1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25,
                                             26, 27, 28, 29, 30, 31, 127))
    n = len(sample)
    return (nul > 4 and nul / n > nul_ratio) or (nul + controls > 8 and (nul + controls) / n > 0.05)
