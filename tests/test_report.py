"""Reports of a store: the spam review list and the HTML page, checked as text and in a real browser."""
from __future__ import annotations

import base64
import hashlib
import html
import json
import os
import queue
import shutil
import subprocess
import tempfile
import threading
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest
from handmade_store import ALPHA, BETA, GAMMA, write_store
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.html_report import build_report
from pipeline.ingest import make_doc_id
from pipeline.report import spam_report_lines

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "samples" / "raw"
CHROMIUM = next((p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (Debian: apt-get install "
                                                             "chromium); the HTML report is not checked in a browser")


# --- reading the page back ------------------------------------------------------------------------

class _Elements(HTMLParser):
    """Every element with its classes, attributes and text content; the text of div.text blocks."""

    VOID = {"meta", "link", "input", "br", "img"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict, list[str]]] = []
        self.elements: list[dict] = []

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            return
        self.stack.append((tag, dict(attrs), []))

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        t, attrs, parts = self.stack.pop()
        assert t == tag, f"<{t}> closed by </{tag}>"
        text = "".join(parts)
        self.elements.append({"tag": t, "class": set((attrs.get("class") or "").split()), "attrs": attrs,
                              "text": text, "parts": parts})
        if self.stack:
            self.stack[-1][2].append(text if "tag" not in attrs.get("class", "").split() else "")

    def handle_data(self, data):
        if self.stack:
            self.stack[-1][2].append(data)


def parse(page: str) -> list[dict]:
    p = _Elements()
    p.feed(page)
    p.close()
    assert not p.stack, "unclosed elements"
    return p.elements


def with_class(elements, cls):
    return [e for e in elements if cls in e["class"]]


# --- the page as text -----------------------------------------------------------------------------

@pytest.fixture()
def hand(tmp_path):
    return write_store(tmp_path)


def test_report_text_blocks_give_back_the_raw_files(hand):
    els = parse(build_report(hand["store"]))
    texts = [e["text"] for e in els if "text" in e["class"] and e["tag"] == "div"]
    # claim tags are left out: what remains is each raw file, every character in order
    assert sorted(texts) == sorted([ALPHA, GAMMA, BETA])


@pytest.mark.parametrize("spans, expected", [
    ([(1, 6, "claim"), (2, 3, "horizon")], "a<claim>b<horizon>c</horizon>def</claim>ghij"),
    ([(1, 6, "claim"), (4, 8, "entity")], "a<claim>bcd<entity>ef</entity></claim><entity>gh</entity>ij"),
    ([(0, 10, "spam"), (0, 10, "claim")], "<claim><spam>abcdefghij</spam></claim>"),
    ([(3, 3, "entity"), (8, 12, "entity")], "abcdefghij"),  # empty and out-of-range spans are dropped
])
def test_report_render_text_nests_spans(spans, expected):
    from pipeline.html_report import _Span, render_text

    made = [_Span(a, b, layer, f"<{layer}>", f"</{layer}>") for a, b, layer in spans]
    assert render_text("abcdefghij", made) == expected


def test_report_strikes_through_removed_spam(hand):
    els = parse(build_report(hand["store"]))
    spam = {e["text"] for e in with_class(els, "spam") if e["tag"] == "del"}
    assert "Buy cheap candles at www.candles.example now!" in spam
    assert "扫码关注公众号" in spam


def test_report_highlights_people_and_organizations(hand):
    els = parse(build_report(hand["store"]))
    people = {e["text"] for e in els if e["tag"] == "mark" and "PERSON" in e["class"]}
    orgs = {e["text"] for e in els if e["tag"] == "mark" and "ORG" in e["class"]}
    assert people == {"Li Ming", "李明"}
    assert orgs == {"Huaxin Group", "华信集团"}


def test_report_marks_claims_with_speaker_and_horizon(hand):
    page = build_report(hand["store"])
    els = parse(page)
    claims = {e["attrs"]["data-claim"]: e for e in els if "data-claim" in e["attrs"]}
    assert claims["C-a1"]["text"] == "exports will double by 2030"
    assert "forecast" in claims["C-a1"]["class"] and "forecast" not in claims["C-g2"]["class"]
    tags = [e["text"] for e in with_class(els, "tag")]
    assert "Li Ming · said · forecast: by 2030 (until 2030)" in tags
    assert "李明 · 表示 · forecast: 明年 (+1 y)" in tags
    assert "Li Ming · told · forecast: in the next 2 to 3 years (+2–3 y)" in tags
    assert "Analysts · said" in tags
    horizons = {e["text"] for e in with_class(els, "horizon") if "title" in e["attrs"]}  # not the legend
    assert horizons == {"by 2030", "明年", "in the next 2 to 3 years"}
    # the tag comes right before the claim it labels
    i = page.index('data-claim="C-a1"')
    assert page.rindex("Li Ming · said · forecast", 0, i) > page.rindex("</mark>", 0, i)


def test_report_summary_counts_the_store(hand):
    els = parse(build_report(hand["store"]))
    stats = [" ".join(e["text"].split()) for e in els if e["tag"] == "li"]
    assert "4 documents (ok 3, skipped 1)" in stats
    assert "4 claims, 4 with a named speaker" in stats and "3 forecasts" in stats
    assert "1 people" in stats and "1 organizations" in stats
    assert any(s.startswith("2 spam segments removed") for s in stats)
    notes = [e["text"] for e in els if e["tag"] == "p" and "note" in e["class"]]
    assert any("empty file (0 bytes)" in n for n in notes)


def test_report_is_self_contained(hand):
    page = build_report(hand["store"])
    assert "<script" not in page
    assert "http://" not in page.replace("www.candles.example", "") and "https://" not in page
    assert "Content-Security-Policy" in page and "default-src 'none'" in page


def test_report_escapes_text(hand):
    raw = hand["raw"] / "alpha.txt"
    store = hand["store"]
    # a file whose text looks like markup is shown as text, not run
    evil = "<script>alert(1)</script> & <b>bold</b>\n"
    raw.write_text(evil, "utf-8")
    new_id = make_doc_id("alpha.txt", hashlib.sha256(evil.encode()).hexdigest())
    lines = [json.loads(x) for x in (store / "documents.jsonl").read_text("utf-8").splitlines()]
    lines[0].update(doc_id=new_id, removed=[])
    (store / "documents.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines), "utf-8")
    page = build_report(store)
    assert "<script>" not in page and html.escape(evil.strip()) in page


def test_report_without_raw_files_shows_cleaned_text_and_says_why(hand, tmp_path):
    moved = tmp_path / "elsewhere"
    hand["raw"].rename(moved)
    els = parse(build_report(hand["store"]))
    assert not [e for e in els if e["tag"] == "del" and "title" in e["attrs"]]  # no highlights, nothing struck
    notes = " ".join(e["text"] for e in els if "note" in e["class"])
    assert "3 of 4 documents shown without highlights" in notes and "--input" in notes
    assert "Li Ming, chairman of Huaxin Group, said that exports will double by 2030." in \
        [e["text"] for e in with_class(els, "text")]
    # given the folder, the highlights are back
    els = parse(build_report(hand["store"], inputs=[moved]))
    assert "Li Ming" in {e["text"] for e in els if e["tag"] == "mark"}


def test_report_cli_writes_and_refuses_to_overwrite(hand, tmp_path):
    runner = CliRunner()
    out = tmp_path / "r.html"
    res = runner.invoke(app, ["report", str(hand["store"]), "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert out.exists() and "report:" in res.output
    res = runner.invoke(app, ["report", str(hand["store"]), "--out", str(out)])
    assert res.exit_code == 2 and "--force" in res.output
    assert runner.invoke(app, ["report", str(hand["store"]), "--out", str(out), "--force"]).exit_code == 0
    # default: report.html inside the store
    assert runner.invoke(app, ["report", str(hand["store"])]).exit_code == 0
    assert (hand["store"] / "report.html").exists()


def test_report_cli_takes_the_input_folder_of_a_moved_store(hand, tmp_path):
    moved = tmp_path / "moved"
    hand["raw"].rename(moved)
    out = tmp_path / "r.html"
    res = CliRunner().invoke(app, ["report", str(hand["store"]), "--out", str(out), "--input", str(moved)])
    assert res.exit_code == 0, res.output
    assert "without highlights" not in out.read_text("utf-8")
    res = CliRunner().invoke(app, ["report", str(tmp_path / "nope"), "--out", str(out), "--force"])
    assert res.exit_code == 2 and "not a newskb store" in res.output


def test_report_spam_lines_list_each_segment(hand):
    lines = list(spam_report_lines(hand["store"]))
    assert lines[0].startswith("== alpha.txt") and "score 0.90 (url)" in lines[1]
    assert lines[-1] == "2 segments removed in 2 documents"


def test_report_spam_lines_show_what_was_scored_as_spam_and_kept(tmp_path):
    # a --keep-spam store: nothing removed, every segment the model would have removed listed as kept
    doc = {"doc_id": "d1", "source": "a.txt", "status": "ok", "removed": [],
           "kept_spam": [{"start": 40, "end": 71, "text": "Buy LED strips: www.example.com", "reason": "url",
                          "score": 0.97}]}
    (tmp_path / "documents.jsonl").write_text(json.dumps(doc) + "\n", "utf-8")
    lines = list(spam_report_lines(tmp_path))
    assert lines == ["== a.txt (d1, 0 removed, 1 kept)",
                     "  kept [40:71] score 0.97 (url): Buy LED strips: www.example.com",
                     "0 segments removed in 1 documents; 1 scored as spam and kept"]


# --- in a real browser ----------------------------------------------------------------------------

class Chromium:
    """Headless chromium driven over the DevTools protocol on a pipe (--remote-debugging-pipe: commands on
    fd 3, replies on fd 4, NUL-terminated JSON), standard library only. It records what the DevTools
    console shows (console calls, uncaught exceptions, browser log entries such as failed loads and
    Content-Security-Policy violations) and every request the page makes."""

    def __init__(self, exe: str):
        self.profile = tempfile.mkdtemp(prefix="newskb-chromium-")
        cmd_r, self._cmd_w = os.pipe()
        out_r, out_w = os.pipe()

        def move_fds():  # in the child, before exec: the pipe ends go to fds 3 and 4
            os.dup2(cmd_r, 3)
            os.dup2(out_w, 4)

        self.stderr = tempfile.TemporaryFile()
        self.proc = subprocess.Popen(
            [exe, "--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe", "--no-first-run",
             "--no-default-browser-check", "--hide-scrollbars", "--mute-audio", f"--user-data-dir={self.profile}",
             "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=self.stderr, pass_fds=(3, 4),
            preexec_fn=move_fds)
        os.close(cmd_r)
        os.close(out_w)
        self._q: queue.Queue = queue.Queue()
        self.events: list[dict] = []
        self._n = 0
        threading.Thread(target=self._read, args=(out_r,), daemon=True).start()
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Runtime", "Log", "Network", "Page"):
            self.send(f"{domain}.enable", session=True)

    def _read(self, fd: int) -> None:
        buf = b""
        with os.fdopen(fd, "rb", buffering=0) as f:
            while chunk := f.read(1 << 16):
                buf += chunk
                *msgs, buf = buf.split(b"\0")
                for m in msgs:
                    self._q.put(json.loads(m))
        self._q.put(None)

    def _next(self, deadline: float) -> dict:
        try:
            m = self._q.get(timeout=max(0.05, deadline - time.monotonic()))
        except queue.Empty:
            raise TimeoutError("chromium did not answer in time") from None
        if m is None:
            self.stderr.seek(0)
            raise RuntimeError("chromium exited: " + self.stderr.read().decode(errors="replace")[-2000:])
        return m

    def send(self, method: str, params: dict | None = None, session: bool = False, timeout: float = 30) -> dict:
        self._n += 1
        msg = {"id": self._n, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = self.session
        os.write(self._cmd_w, json.dumps(msg).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            m = self._next(deadline)
            if m.get("id") == self._n:
                if "error" in m:
                    raise RuntimeError(f"{method}: {m['error']}")
                return m["result"]
            self.events.append(m)

    def open(self, url: str, timeout: float = 30) -> None:
        self.send("Page.navigate", {"url": url}, session=True)
        deadline = time.monotonic() + timeout
        while not any(e.get("method") == "Page.loadEventFired" for e in self.events):
            self.events.append(self._next(deadline))
        end = time.monotonic() + 0.5  # late console messages
        while time.monotonic() < end:
            try:
                self.events.append(self._next(end))
            except TimeoutError:
                break

    def js(self, expression: str):
        r = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True}, session=True)
        if "exceptionDetails" in r:
            raise RuntimeError(f"{expression}: {r['exceptionDetails']}")
        return r["result"].get("value")

    def console_errors(self) -> list[str]:
        out = []
        for e in self.events:
            m, p = e.get("method"), e.get("params", {})
            if m == "Runtime.consoleAPICalled" and p["type"] in ("error", "assert", "warning"):
                out.append(f"console.{p['type']}: " + " ".join(str(a.get("value", a.get("description")))
                                                             for a in p["args"]))
            elif m == "Runtime.exceptionThrown":
                d = p["exceptionDetails"]
                out.append(f"exception: {d.get('text')} {d.get('exception', {}).get('description', '')}")
            elif m == "Log.entryAdded" and p["entry"]["level"] in ("error", "warning"):
                out.append(f"log {p['entry']['source']}: {p['entry']['text']} {p['entry'].get('url', '')}")
        return out

    def requests(self) -> list[str]:
        return [e["params"]["request"]["url"] for e in self.events if e.get("method") == "Network.requestWillBeSent"]

    def screenshot(self, path: Path, width: int = 1200, max_height: int = 8000) -> tuple[int, int]:
        metrics = {"width": width, "height": 800, "deviceScaleFactor": 1, "mobile": False}
        self.send("Emulation.setDeviceMetricsOverride", metrics, session=True)  # lay out at this width first
        height = int(self.send("Page.getLayoutMetrics", session=True)["cssContentSize"]["height"])
        height = max(200, min(height, max_height))
        self.send("Emulation.setDeviceMetricsOverride", {"width": width, "height": height, "deviceScaleFactor": 1,
                                                         "mobile": False}, session=True)
        data = self.send("Page.captureScreenshot", {"format": "png"}, session=True)["data"]
        path.write_bytes(base64.b64decode(data))
        return width, height

    def close(self) -> None:
        try:
            self.send("Browser.close", timeout=5)
        except (RuntimeError, TimeoutError, OSError):
            pass
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        os.close(self._cmd_w)
        self.stderr.close()
        shutil.rmtree(self.profile, ignore_errors=True)


@pytest.fixture()
def browser():
    b = Chromium(CHROMIUM)
    yield b
    b.close()


def _keep_screenshot(png: Path) -> None:
    """Copy the screenshot to $NEWSKB_SCREENSHOTS, when set, for a person to look at."""
    if os.environ.get("NEWSKB_SCREENSHOTS"):
        dest = Path(os.environ["NEWSKB_SCREENSHOTS"])
        dest.mkdir(parents=True, exist_ok=True)
        shutil.copy(png, dest / png.name)


def _check_screenshot(png: Path, size: tuple[int, int]) -> None:
    from PIL import Image

    with Image.open(png) as im:
        assert im.size == size
        colours = im.convert("RGB").resize((300, max(1, 300 * size[1] // size[0]))).getcolors(1 << 20)
    assert colours is not None and len(colours) > 50, "the screenshot is (nearly) blank"


def _check_page_in_browser(b: Chromium, page: Path, store: Path, png: Path) -> None:
    b.open(page.resolve().as_uri())
    assert b.console_errors() == []
    assert b.requests() == [page.resolve().as_uri()], "the page loads nothing but itself"
    assert b.js("document.title").startswith("newskb report")
    # what the store says was removed is on the page, struck through
    docs = [json.loads(x) for x in (store / "documents.jsonl").read_text("utf-8").splitlines()]
    removed = [r["text"] for d in docs for r in d["removed"]]
    shown = b.js("[...document.querySelectorAll('article del.spam')].map(e => [e.textContent, "
                 "getComputedStyle(e).textDecorationLine, e.getBoundingClientRect().width > 0])")
    assert shown and all(line == "line-through" and visible for _, line, visible in shown)
    assert "".join(t for t, _, _ in shown) == "".join(removed)
    # every claim is on the page, and its tag names its speaker
    claims = [json.loads(x) for x in (store / "claims.jsonl").read_text("utf-8").splitlines()]
    tags = b.js("Object.fromEntries([...document.querySelectorAll('[data-claim]')].reverse().map(e => "
                "[e.dataset.claim, e.previousElementSibling ? e.previousElementSibling.textContent : '']))")
    for c in claims:
        assert c["claim_id"] in tags
        if c["speaker"]:
            assert tags[c["claim_id"]].startswith(c["speaker"]["name"] + " · ")
    # the toggle hides the spam, without a script
    b.js("document.getElementById('hide-spam').click()")
    assert b.js("[...document.querySelectorAll('del.spam')].every(e => getComputedStyle(e).display === 'none')")
    b.js("document.getElementById('hide-spam').click()")
    _check_screenshot(png, b.screenshot(png))
    _keep_screenshot(png)


@needs_chromium
def test_report_loads_in_a_browser_without_errors(hand, tmp_path, browser):
    page = tmp_path / "hand.html"
    page.write_text(build_report(hand["store"]), "utf-8")
    _check_page_in_browser(browser, page, hand["store"], tmp_path / "report-hand.png")


@needs_chromium
def test_report_browser_check_sees_errors(tmp_path, browser):
    # the check above is only worth something if it sees a broken page
    page = tmp_path / "broken.html"
    page.write_text('<!doctype html><title>x</title><img src="https://example.invalid/x.png">'
                    '<script>console.error("boom"); missing();</script>', "utf-8")
    browser.open(page.as_uri())
    errors = " ".join(browser.console_errors())
    assert "boom" in errors and "missing" in errors
    assert any(u.startswith("https://example.invalid") for u in browser.requests())


@pytest.mark.slow
@needs_chromium
def test_report_of_the_sample_store_in_a_browser(sample_store, tmp_path, browser):
    page = tmp_path / "samples.html"
    res = CliRunner().invoke(app, ["report", str(sample_store), "--out", str(page)])
    assert res.exit_code == 0, res.output
    assert "without highlights" not in page.read_text("utf-8")
    _check_page_in_browser(browser, page, sample_store, tmp_path / "report-samples.png")
    # Chinese articles are there, highlighted too
    assert browser.js("[...document.querySelectorAll('mark.PERSON')]"
                      ".some(e => /[\\u4e00-\\u9fff]/.test(e.textContent))")


@pytest.mark.slow
@pytest.mark.skipif(not SEED.exists(), reason="../shared/samples is not here")
def test_report_of_the_seed_shows_pan_jianzhongs_forecast_and_struck_ad(cfg, tmp_path, request):
    from pipeline.runner import run

    store = tmp_path / "seed"
    run([SEED], store, cfg)
    page = tmp_path / "seed.html"
    res = CliRunner().invoke(app, ["report", str(store), "--out", str(page)])
    assert res.exit_code == 0, res.output
    els = parse(page.read_text("utf-8"))
    claim = next(e for e in els if "data-claim" in e["attrs"] and "in the next 20 to 30 years" in e["text"])
    assert "forecast" in claim["class"]
    assert "in the next 20 to 30 years, the Wenzhou footwear industry will remain a leading region" in claim["text"]
    tag = next(e["text"] for e in with_class(els, "tag") if "20 to 30 years" in e["text"])
    assert tag.startswith("Pan Jianzhong · said · forecast: in the next 20 to 30 years")
    struck = " ".join(e["text"] for e in els if e["tag"] == "del" and "spam" in e["class"])
    assert "Polymer Clay Christmas Decoration" in struck and "shbirthdaycandle.com" in struck
    if CHROMIUM is None:
        pytest.skip("chromium is not installed (Debian: apt-get install chromium); checked as text only")
    b = Chromium(CHROMIUM)
    request.addfinalizer(b.close)
    _check_page_in_browser(b, page, store, tmp_path / "report-seed.png")
