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
) -> None:
    """Process every file under INPUTS into the store at --out."""
    from .runner import run as run_store

    cfg = _config(config, set_, **({"spam.keep_spam": "true"} if keep_spam else {}))
    missing = [str(p) for p in inputs if not p.exists()]
    if missing:
        typer.echo(f"error: input not found: {', '.join(missing)}", err=True)
        raise typer.Exit(2)
    summary = run_store(inputs, out, cfg, workers=workers or None, force=force,
                        progress=False if no_progress else None)
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


def main() -> None:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)


if __name__ == "__main__":
    main()
