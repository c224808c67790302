"""The ``dipevents`` command: a thin layer over the library API. A wrong option value or a folder that
cannot take the run is refused in one line, with exit code 2."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from .api import Options
from .kb.lexicons import LexiconError
from .io.formats import Fields, InputError
from .batch.config import CHUNK, RunConfig
from .batch.output import OutputError
from .batch.parts import ResumeError
from .batch.runner import ENGINES
from .batch.runner import run as run_batch
from .io.header import LANGUAGE_MARKS
from .io.tables import COLUMNS
from .io.writers import FORMATS

LANGUAGES = sorted(set(LANGUAGE_MARKS.values()) | {"other"})


class OneLineErrors(click.Group):
    """Usage errors (a wrong option value, a missing argument) in one line, with exit code 2."""

    def main(self, *args, **kwargs):
        kwargs.pop("standalone_mode", None)
        try:
            return super().main(*args, standalone_mode=False, **kwargs)
        except click.UsageError as err:
            command = err.ctx.command_path if err.ctx is not None else "dipevents"
            click.echo(f"error: {err.format_message()} (see {command} --help)", err=True)
            sys.exit(err.exit_code)
        except click.ClickException as err:
            err.show()
            sys.exit(err.exit_code)
        except click.Abort:
            click.echo("Aborted!", err=True)
            sys.exit(1)


def chosen_languages(ctx, param, value: str) -> tuple[str, ...] | None:
    """``--languages``: 'all' (None), or known language codes."""
    if value.strip().lower() == "all":
        return None
    chosen = tuple(x.strip().lower() for x in value.split(",") if x.strip())
    unknown = [x for x in chosen if x not in LANGUAGES]
    if unknown or not chosen:
        raise click.BadParameter(f"{value!r}: choose among {', '.join(LANGUAGES)}, or 'all'")
    return chosen


def writable_file(path: Path) -> Path:
    """A file the command can write: its folder must exist (one-line error, exit 2, otherwise)."""
    if not path.parent.is_dir():
        click.echo(f"error: {path.parent} is no folder: create it first, or name another file", err=True)
        sys.exit(2)
    return path


@click.group(cls=OneLineErrors)
def main() -> None:
    """Diplomatic events from Russian-language news, as six tidy tables (CSV, Parquet, JSONL or one xlsx workbook)."""


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--out", required=True, type=click.Path(path_type=Path), help="Folder for the tables.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="csv", show_default=True)
@click.option("--workers", type=click.IntRange(min=1), default=None, help="Worker processes [default: all cores].")
@click.option("--resume", is_flag=True, help="Continue an interrupted run into the same OUT.")
@click.option("--overwrite", is_flag=True,
              help="Replace the run in OUT: its tables of every format, parts, report and dyads are removed first.")
@click.option("--languages", default="ru", show_default=True, callback=chosen_languages,
              help="Comma-separated languages to extract from (ru,uk,kk,en,other), or 'all'; others are listed only.")
@click.option("--max-chars", type=click.IntRange(min=1), default=Options.max_chars, show_default=True,
              help="Longer articles get a one-line error instead of being processed.")
@click.option("--article-timeout", type=click.FloatRange(min=0), default=Options.article_timeout, show_default=True,
              help="Seconds one article may take; one that takes longer gets a one-line error and the run goes on "
                   "(0: no limit).")
@click.option("--follow-symlinks", is_flag=True,
              help="Also read symlinks that point out of the input folders (by default they get an error row).")
@click.option("--all-mentions", is_flag=True,
              help="Run NER on every article, not only on those with an event trigger (complete "
                   "mentions and actors for all articles; about twice as slow on general news).")
@click.option("--chunk-size", type=click.IntRange(min=1), default=CHUNK, show_default=True,
              help="Articles per unit of work.")
@click.option("--engine", type=click.Choice(ENGINES), default="local", show_default=True)
@click.option("--scheduler", default=None, help="Dask scheduler address (with --engine dask); "
                                                 "default: a local cluster with --workers workers.")
@click.option("--text-field", default="text", show_default=True, help="Text field of JSON/JSONL/CSV records.")
@click.option("--id-field", default="id", show_default=True)
@click.option("--title-field", default="title", show_default=True)
@click.option("--date-field", default="date", show_default=True)
@click.option("--data-dir", type=click.Path(exists=True, file_okay=False), default=None,
              help="Lexicons and gazetteers to use instead of the repository's data/.")
@click.option("--quiet", is_flag=True, help="No progress and no summary.")
def run(inputs, out, fmt, workers, resume, overwrite, languages, max_chars, article_timeout, follow_symlinks,
        all_mentions, chunk_size, engine, scheduler, text_field, id_field, title_field, date_field, data_dir,
        quiet) -> None:
    """Extract the six tables from INPUTS (folders, searched recursively, or files) into OUT."""
    fields = Fields(id=id_field, text=text_field, title=title_field, date=date_field)
    options = Options(max_chars=max_chars, languages=languages, all_mentions=all_mentions,
                      article_timeout=article_timeout or None)
    config = RunConfig(tuple(map(str, inputs)), fields, options, chunk_size, data_dir, follow_symlinks)
    try:
        summary = run_batch(config, out, fmt, workers=workers, resume=resume, progress=not quiet, engine=engine,
                            scheduler=scheduler, overwrite=overwrite)
    except (InputError, LexiconError, ResumeError, OutputError) as err:
        click.echo(f"error: {err}", err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        click.echo(f"interrupted: finished chunks are kept; continue with --resume -o {out}", err=True)
        sys.exit(130)
    if not quiet:
        for line in summary.lines():
            click.echo(line, err=True)
        click.echo(f"tables: {out}/{{{','.join(COLUMNS)}}}.{fmt}", err=True)


@main.group()
def evaluate() -> None:
    """Score the tables against gold annotations."""


@evaluate.command("events")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("corpus_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--errors", "n_errors", type=int, default=0, help="Also print this many errors.")
def evaluate_events_command(gold_dir: Path, corpus_dir: Path, n_errors: int) -> None:
    """Event P/R/F1 and argument scores of GOLD_DIR annotations (data/gold) on CORPUS_DIR articles."""
    from collections import Counter

    from .evaluation.events import evaluate_events
    from .evaluation.gold import GoldError

    try:
        report = evaluate_events(gold_dir, corpus_dir)
    except GoldError as err:
        click.echo(f"error: {err}", err=True)
        sys.exit(2)
    for line in report.lines():
        click.echo(line)
    if n_errors:
        kinds = Counter(" ".join(e.split(": ", 1)[1].split()[:2]) for e in report.errors)
        click.echo("commonest errors: " + ", ".join(f"{k} ({v})" for k, v in kinds.most_common(10)))
        for error in report.errors[:n_errors]:
            click.echo(f"  {error}")


@evaluate.command("sets")
@click.argument("sets", nargs=-1, required=True)
@click.option("--markdown", is_flag=True, help="Print a Markdown table (for the README).")
def evaluate_sets_command(sets: tuple[str, ...], markdown: bool) -> None:
    """Several gold sets side by side, a column each: every SET is GOLD_DIR=CORPUS_DIR
    (data/gold=../shared/corpora/news/diplomatic data/gold_test=../shared/corpora/news/diplomatic)."""
    from .evaluation.gold import GoldError
    from .evaluation.sets import evaluate_sets, parse_set, side_by_side

    try:
        results = evaluate_sets([parse_set(spec) for spec in sets])
    except GoldError as err:
        click.echo(f"error: {err}", err=True)
        sys.exit(2)
    for line in side_by_side(results, markdown=markdown):
        click.echo(line)


@evaluate.command("meetings")
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--misses", is_flag=True, help="Also list the pairs not recalled.")
def evaluate_meetings_command(directory: Path, misses: bool) -> None:
    """Co-participant pair recall on the Meeting facts of a factRuEval folder (factrueval/devset)."""
    from .evaluation.meetings import evaluate_meetings

    try:
        report = evaluate_meetings(directory)
    except FileNotFoundError as err:
        click.echo(f"error: {err}", err=True)
        sys.exit(2)
    for line in report.lines():
        click.echo(line)
    for miss in report.misses if misses else []:
        click.echo(f"  missed {miss}")



def corpus_command(corpus: str, folder: Path, limit: int | None, n_errors: int = 0) -> None:
    from .evaluation.corpus import evaluate_corpus
    from .evaluation.corpus_readers import CorpusFormatError, read_factrueval, read_nerel

    reader = read_nerel if corpus == "nerel" else read_factrueval
    try:
        documents = reader(folder)[:limit]
    except CorpusFormatError as err:
        click.echo(f"error: {err}", err=True)
        sys.exit(2)
    report = evaluate_corpus(corpus, documents)
    for line in report.lines() + (report.error_lines(n_errors) if n_errors else []):
        click.echo(line)


@evaluate.command("nerel")
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--limit", type=int, default=None, help="Only the first N documents (sorted by name).")
@click.option("--errors", "n_errors", type=int, default=0,
              help="Also list role and affiliation errors by cause, up to this many of each cause.")
def evaluate_nerel_command(folder: Path, limit: int | None, n_errors: int) -> None:
    """NER, role and affiliation P/R/F1 on NEREL brat files in FOLDER (.txt + .ann), beside natasha alone."""
    corpus_command("nerel", folder, limit, n_errors)


@evaluate.command("factrueval")
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--limit", type=int, default=None, help="Only the first N documents (sorted by name).")
@click.option("--errors", "n_errors", type=int, default=0,
              help="Also list role and affiliation errors by cause, up to this many of each cause.")
def evaluate_factrueval_command(folder: Path, limit: int | None, n_errors: int) -> None:
    """NER, role and affiliation P/R/F1 on factRuEval files in FOLDER (.txt, .spans, .objects, .coref,
    .facts), beside natasha alone."""
    corpus_command("factrueval", folder, limit, n_errors)


@main.command()
@click.argument("out", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("-o", "--output", "html_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="The HTML file [default: OUT/report.html].")
@click.option("--max-articles", type=click.IntRange(min=0), default=500, show_default=True,
              help="Articles shown with their highlighted text (those with events, in table order).")
def report(out: Path, html_path: Path | None, max_articles: int) -> None:
    """One self-contained HTML page over the tables in OUT: summary, timeline, clusters, events, articles."""
    from .corpus.report import write_report

    try:
        path = write_report(out, writable_file(html_path or out / "report.html"), max_articles=max_articles)
    except FileNotFoundError as err:
        click.echo(f"error: {err}", err=True)
        sys.exit(2)
    click.echo(f"report: {path}", err=True)


@main.group()
def export() -> None:
    """Other views of the tables."""


@export.command("dyads")
@click.argument("out", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("-o", "--output", "path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="The dyads file [default: OUT/dyads.<format>].")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="csv", show_default=True)
@click.option("--with-cancelled", is_flag=True, help="Also rows of cancelled events (their status says so).")
def export_dyads(out: Path, path: Path | None, fmt: str, with_cancelled: bool) -> None:
    """One row per (source, target, CAMEO code, date, place, event_id), as PETRARCH/POLECAT users expect."""
    from .corpus.dyads import dyads
    from .batch.runner import read_tables
    from .io.writers import write_frame

    try:
        frame = dyads(read_tables(out), with_cancelled=with_cancelled)
    except FileNotFoundError as err:
        click.echo(f"error: {err}", err=True)
        sys.exit(2)
    path = writable_file(path or out / f"dyads.{fmt}")
    write_frame(frame, path, fmt)
    click.echo(f"dyads: {len(frame)} rows in {path}", err=True)


if __name__ == "__main__":
    main()
