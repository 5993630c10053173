"""The command line: thin wrappers over plain functions that a notebook can call too."""
from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Optional

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="newskb: scraped English and Chinese news into a knowledge store of who said what.")


def _config(config: Optional[Path], sets: list[str], **extra):
    from .config import load_config

    overrides = list(sets or [])
    overrides += [f"{k}={v}" for k, v in extra.items() if v is not None]
    try:
        return load_config(config, overrides)
    except (ValueError, OSError) as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(2) from None


@app.command()
def run(
    inputs: list[Path] = typer.Argument(..., help="Folders (walked recursively) or files of scraped articles."),
    out: Path = typer.Option(..., "--out", "-o", help="The store folder to write (resumed if it exists)."),
    workers: int = typer.Option(0, "--workers", "-w", help="Worker processes (0: the config's run.workers)."),
    force: bool = typer.Option(False, "--force", help="Rebuild the store from scratch instead of resuming."),
    keep_spam: bool = typer.Option(False, "--keep-spam", help="Score spam but remove nothing."),
    config: Optional[Path] = typer.Option(None, "--config", help="A TOML file overriding the defaults."),
    set_: list[str] = typer.Option([], "--set", help="Override one setting: section.key=value."),
    no_progress: bool = typer.Option(False, "--no-progress", help="Hide the progress bar."),
    engine: str = typer.Option("local", "--engine", help="local (this machine) or ray (Ray Data: the optional "
                                                         "'ray' extra)."),
    address: Optional[str] = typer.Option(None, "--address", help="With --engine ray: the Ray cluster to join "
                                                                  "(default: start a local Ray)."),
) -> None:
    """Process every file under INPUTS into the store at --out."""
    from .runner import run as run_store

    cfg = _config(config, set_, **({"spam.keep_spam": "true"} if keep_spam else {}))
    missing = [str(p) for p in inputs if not p.exists()]
    if missing:
        typer.echo(f"error: input not found: {', '.join(missing)}", err=True)
        raise typer.Exit(2)
    if engine not in ("local", "ray") or (address and engine != "ray"):
        typer.echo(f"error: --engine is local or ray, got {engine!r}; --address needs --engine ray", err=True)
        raise typer.Exit(2)
    try:
        summary = run_store(inputs, out, cfg, workers=workers or None, force=force,
                            progress=False if no_progress else None, engine=engine, address=address)
    except ImportError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(2) from None
    typer.echo(summary.line())
    for line in summary.errors[:20]:
        typer.echo(f"  error: {line}", err=True)
    typer.echo(f"store: {out.resolve()}")
    failed = summary.statuses.get("error", 0)
    raise typer.Exit(min(failed, 100))


@app.command("spam-report")
def spam_report(store: Path = typer.Argument(..., help="A store folder."),
                limit: int = typer.Option(0, help="Show at most this many documents (0: all).")) -> None:
    """List what spam was removed, per document, for a person to review."""
    from .report import spam_report_lines

    for line in spam_report_lines(store, limit):
        typer.echo(line)


@app.command("train-spam")
def train_spam_cmd(
    out: Path = typer.Option(Path("models/spam-v1"), "--out", "-o", help="The model folder to write."),
    shared: Optional[Path] = typer.Option(None, "--shared", help="The shared folder (default: ../shared beside the "
                                                                 "repo); without it a smoke model is trained."),
    dev: Optional[Path] = typer.Option(Path("corpus/labelled/dev.jsonl"), "--dev",
                                       help="A labelled set to score the new model on (recorded in the card)."),
    n_train: int = typer.Option(6000, "--docs", help="Synthetic training documents to build."),
    n_holdout: int = typer.Option(800, "--holdout", help="Held-out synthetic documents (held-out hosts and pools)."),
    seed: int = typer.Option(13, "--seed"),
    write_sets: Optional[Path] = typer.Option(None, "--write-sets", help="Also write the synthetic sets (JSONL, "
                                                                         "LABELS.md format) here; never commit them."),
    force: bool = typer.Option(False, "--force", help="Overwrite --out if it holds a model."),
    config: Optional[Path] = typer.Option(None, "--config"),
    set_: list[str] = typer.Option([], "--set"),
) -> None:
    """Build the synthetic splice set, train the spam model, score it, and write it with its card (meta.json)."""
    from .spam_train import Settings, train_spam

    cfg = _config(config, set_)
    if (out / "model.npz").exists() and not force:
        typer.echo(f"error: {out} holds a model; pass --force to overwrite it", err=True)
        raise typer.Exit(2)
    try:
        meta = train_spam(out, cfg, shared=shared, settings=Settings(n_train=n_train, n_holdout=n_holdout, seed=seed),
                          dev=dev, write_sets=write_sets)
    except ImportError as e:
        typer.echo(f"error: training needs scikit-learn: pip install -e '.[train]' ({e})", err=True)
        raise typer.Exit(2) from None
    for name, block in meta["metrics"].items():
        cells = "  ".join(f"{lang} R {m['recall']} P {m['precision']} loss {m['content_loss']}"
                          for lang, m in block.items())
        typer.echo(f"{name:<24} {cells}")
    for name, row in meta.get("bench", {}).items():
        short = {"recall": "R", "precision": "P", "content_loss": "loss"}
        cells = "  ".join(f"{who} " + (" ".join(f"{short[k]} {v}" for k, v in m.items()) if isinstance(m, dict)
                                      else f"loss {m}") for who, m in row.items())
        typer.echo(f"bench {name:<18} {cells}")
    typer.echo(f"model: {out.resolve()}")


@app.command("report")
def report(
    store: Path = typer.Argument(..., help="A store folder."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="The HTML file to write (default: STORE/report.html)."),
    input_: list[Path] = typer.Option([], "--input", "-i",
                                      help="Folder (or file) holding the raw articles, if not where the manifest's "
                                           "inputs say (the store was moved). Repeatable."),
    limit: int = typer.Option(0, help="Show at most this many articles (0: all)."),
    force: bool = typer.Option(False, "--force", help="Overwrite --out if it exists."),
) -> None:
    """Write one self-contained HTML page: each article with spam struck through, PERSON/ORG highlighted and
    claims marked with speaker and horizon, drawn from the raw files and the store's offsets."""
    from .html_report import write_report

    if not (store / "documents.jsonl").exists():
        typer.echo(f"error: {store} is not a newskb store: no documents.jsonl (make one with `newskb run`)", err=True)
        raise typer.Exit(2)
    out = out or store / "report.html"
    if out.exists() and not force:
        typer.echo(f"error: {out} exists; pass --force to overwrite it", err=True)
        raise typer.Exit(2)
    missing = [str(p) for p in input_ if not p.exists()]
    if missing:
        typer.echo(f"error: input not found: {', '.join(missing)}", err=True)
        raise typer.Exit(2)
    path = write_report(store, out, inputs=input_ or None, limit=limit)
    typer.echo(f"report: {path.resolve()}")


@app.command("eval")
def eval_(
    labelled: Path = typer.Argument(..., help="A labelled JSONL file (LABELS.md format) or a folder of them."),
    out: Optional[Path] = typer.Option(None, "--out", help="Write metrics.json here."),
    errors: Optional[Path] = typer.Option(None, "--errors", help="Write every FP and FN per article here (JSONL)."),
    config: Optional[Path] = typer.Option(None, "--config"),
    set_: list[str] = typer.Option([], "--set"),
) -> None:
    """Score the pipeline against labelled articles, as ../shared/LABELS.md says."""
    from .evaluate import evaluate_file, format_table

    cfg = _config(config, set_)
    metrics = evaluate_file(labelled, cfg, out=out, errors_out=errors)
    typer.echo(format_table(metrics))


@app.command()
def gate(
    update: bool = typer.Option(False, "--update", help="Re-pin the floors to the current values minus a margin."),
    allow_lower: bool = typer.Option(False, "--allow-lower", help="With --update: let a floor go down."),
    test: Path = typer.Option(Path("corpus/labelled/test.jsonl"), "--test", help="The pinned test set."),
    gate_file: Path = typer.Option(Path("corpus/labelled/gate.json"), "--gate",
                                   help="The floors and the test set's sha256."),
    config: Optional[Path] = typer.Option(None, "--config"),
    set_: list[str] = typer.Option([], "--set"),
) -> None:
    """The quality gate: evaluate on the test set and fail when a metric falls below its floor."""
    from .evaluate import format_table, run_gate

    cfg = _config(config, set_)
    if not test.exists():
        typer.echo(f"error: test set not found: {test} (run from the repository root or pass --test)", err=True)
        raise typer.Exit(2)
    result = run_gate(test, gate_file, cfg, update=update, allow_lower=allow_lower)
    typer.echo(format_table(result.metrics))
    for line in result.changes:
        typer.echo(f"changed: {line}")
    if update and not result.changes:
        typer.echo("changed: nothing")
    for line in result.failures:
        typer.echo(f"FAIL {line}", err=True)
    typer.echo("gate: pass" if not result.failures else f"gate: {len(result.failures)} failure(s)")
    raise typer.Exit(1 if result.failures else 0)


bench_app = typer.Typer(no_args_is_help=True, help="Benchmarks: accuracy on public sets, speed.")
app.add_typer(bench_app, name="bench")


@bench_app.command("accuracy")
def bench_accuracy_cmd(
    data: Optional[Path] = typer.Option(None, "--data", help="The public sets (default: ../shared/data beside the repo)."),
    out: Optional[Path] = typer.Option(None, "--out", help="Write the results as JSON here."),
    limit: int = typer.Option(0, "--limit", help="At most this many documents per set (0: all)."),
    config: Optional[Path] = typer.Option(None, "--config"),
    set_: list[str] = typer.Option([], "--set"),
) -> None:
    """Score newskb and bare anchors (spaCy, LAC, naive claims, naive spam lines) on the public labelled
    sets, as `newskb eval` scores; a missing set is skipped with a note."""
    from .bench_accuracy import DEFAULT_DATA, bench_accuracy, format_bench_table, write_json

    cfg = _config(config, set_)
    folder = data or DEFAULT_DATA
    if not folder.is_dir():
        typer.echo(f"note: no data folder at {folder}; every set is skipped (pass --data DIR)", err=True)
    result = bench_accuracy(folder, limit or None, cfg, log=lambda s: typer.echo(f"bench: {s}", err=True))
    typer.echo(format_bench_table(result))
    if out is not None:
        typer.echo(f"results: {write_json(result, out).resolve()}")


@bench_app.command("speed")
def bench_speed_cmd(
    out: Optional[Path] = typer.Option(None, "--out", help="Write the results as JSON here (bench.json)."),
    docs: int = typer.Option(300, "--docs", help="Articles per language in the generated corpus."),
    rounds: int = typer.Option(2, "--rounds", help="Repeat every measurement this many times."),
    config: Optional[Path] = typer.Option(None, "--config"),
    set_: list[str] = typer.Option([], "--set"),
) -> None:
    """Throughput per language beside the bare models (spaCy nlp.pipe, LAC), time per stage, model load
    time, peak memory per worker and the speed-up from 1 to 2 workers."""
    from .bench import bench_speed, format_speed

    cfg = _config(config, set_)
    result = bench_speed(out, docs=docs, rounds=rounds, cfg=cfg, log=lambda s: typer.echo(f"bench: {s}", err=True))
    typer.echo(format_speed(result))
    if out is not None:
        typer.echo(f"results: {out.resolve()}")


@bench_app.command("memory")
def bench_memory_cmd(
    sizes: str = typer.Option("1000,10000", "--docs", help="Corpus sizes to run, comma-separated."),
    workers: int = typer.Option(1, "--workers", "-w"),
    engine: str = typer.Option("local", "--engine", help="local or ray."),
    out: Optional[Path] = typer.Option(None, "--out", help="Write the results as JSON here."),
    config: Optional[Path] = typer.Option(None, "--config"),
    set_: list[str] = typer.Option([], "--set"),
) -> None:
    """Peak memory of runs over generated corpora of growing size: flat means streaming."""
    from .bench import bench_memory, format_memory

    cfg = _config(config, set_)
    result = bench_memory([int(n) for n in sizes.split(",")], workers=workers, engine=engine, cfg=cfg, out=out,
                          log=lambda s: typer.echo(f"bench: {s}", err=True))
    typer.echo(format_memory(result))


def main() -> None:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)


if __name__ == "__main__":
    main()
