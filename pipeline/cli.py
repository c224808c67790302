"""The ``dipevents`` command: a thin layer over the library API."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from .lexicons import LexiconError
from .readers import Fields, InputError
from .writers import FORMATS, write_tables


@click.group()
def main() -> None:
    """Diplomatic events from Russian-language news, as five tidy tables."""


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--out", required=True, type=click.Path(path_type=Path), help="Folder for the tables.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="csv", show_default=True)
@click.option("--workers", type=int, default=None, help="Worker processes [default: all cores].")
@click.option("--text-field", default="text", show_default=True, help="Text field of JSON/JSONL/CSV records.")
@click.option("--id-field", default="id", show_default=True)
@click.option("--title-field", default="title", show_default=True)
@click.option("--date-field", default="date", show_default=True)
@click.option("--data-dir", type=click.Path(exists=True, file_okay=False), default=None,
              help="Lexicons and gazetteers to use instead of the repository's data/.")
@click.option("--quiet", is_flag=True, help="No progress bar and no summary.")
def run(inputs, out, fmt, workers, text_field, id_field, title_field, date_field, data_dir, quiet) -> None:
    """Extract the five tables from INPUTS (folders, searched recursively, or files) into OUT."""
    from .runner import run as run_batch

    fields = Fields(id=id_field, text=text_field, title=title_field, date=date_field)
    try:
        tables, summary = run_batch(list(inputs), fields=fields, workers=workers, data_dir=data_dir,
                                    progress=not quiet)
    except (InputError, LexiconError) as err:
        click.echo(f"error: {err}", err=True)
        sys.exit(2)
    written = write_tables(tables, out, fmt)
    if not quiet:
        for line in summary.lines():
            click.echo(line, err=True)
        click.echo(f"tables: {', '.join(str(p) for p in written)}", err=True)


if __name__ == "__main__":
    main()
