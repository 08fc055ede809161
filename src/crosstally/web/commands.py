"""CLI commands of the web package: ``serve``, ``token create``, ``report``. Imports stay inside the
functions so ``crosstally --help`` starts fast."""

from __future__ import annotations

from typing import Annotated

import typer

token_app = typer.Typer(help="API tokens for the write endpoints.", no_args_is_help=True)

DbOption = Annotated[
    str | None, typer.Option("--db", help="Database URL (default: $CROSSTALLY_DB or sqlite:///crosstally.db).")
]


def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to bind; the default is loopback only.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535)] = 8000,
) -> None:
    """Start the REST API and the web app (http://HOST:PORT/, API docs at /api/docs)."""
    import uvicorn
    from rich.console import Console

    from ..config import get_settings
    from ..errors import CrosstallyError
    from .app import assets_missing, create_app

    console = Console(stderr=True)
    settings = get_settings(db=db)
    missing = assets_missing()
    if missing:
        console.print("[yellow]warning:[/] the web app's front-end libraries are missing "
                      f"({', '.join(missing[:3])}...): run 'bash scripts/web-assets.sh' (or 'make setup').")
    if host not in ("127.0.0.1", "localhost", "::1"):
        console.print(f"[yellow]warning:[/] binding {host}: the API is reachable from other machines.")
    try:
        app = create_app(settings)
    except CrosstallyError as exc:
        console.print(f"[bold red]error:[/] {exc}")
        raise typer.Exit(code=2) from None
    import threading

    from ..nlp import load_nlp

    # the framing comparison parses documents: load the spaCy pipeline while the first page is requested
    threading.Thread(target=load_nlp, args=(settings.spacy_model,), daemon=True).start()
    console.print(f"crosstally web app on http://{host}:{port}/  (API docs: http://{host}:{port}/api/docs)")
    uvicorn.run(app, host=host, port=port, log_level="warning")


@token_app.command("create")
def token_create(name: Annotated[str, typer.Argument(help="Who the token is for (shown in the audit log).")],
                 db: DbOption = None) -> None:
    """Create an API token and print it once (only its hash is stored)."""
    from ..config import get_settings
    from ..store import Store

    if not name.strip() or len(name) > 100:
        raise typer.BadParameter("NAME must be 1 to 100 characters.")
    with Store(get_settings(db=db).db) as store:
        token = store.create_token(name.strip())
    typer.echo(token)
    typer.echo(f"(token for '{name.strip()}': shown once, store it now)", err=True)


def report(
    incident: Annotated[str | None, typer.Option("--incident", help="One incident id.")] = None,
    country: Annotated[str | None, typer.Option("--country", help="ISO country code, e.g. SY.")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="First day, ISO date.")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Last day, ISO date.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="html or pdf")] = "html",
    out: Annotated[str, typer.Option("--out", help="File to write.")] = "report.html",
    db: DbOption = None,
) -> None:
    """Write a situation report (HTML or PDF) for one incident or a country and date range."""

    from rich.console import Console

    from ..cli._app import _date  # the CLI's one ISO-date option parser (clear error E017)
    from ..config import get_settings
    from ..errors import CrosstallyError
    from ..report import write_report
    from ..store import Store

    console = Console(stderr=True)
    if fmt not in ("html", "pdf"):
        raise typer.BadParameter(f"--format must be html or pdf, not '{fmt}'.")
    if bool(incident) == bool(country):
        raise typer.BadParameter("Give --incident ID, or --country CODE (with --from / --to).")

    try:
        with Store(get_settings(db=db).db) as store:
            n = write_report(store, out, fmt=fmt, incident_id=incident, country=country,
                             date_from=_date(date_from), date_to=_date(date_to))
    except CrosstallyError as exc:
        console.print(f"[bold red]error:[/] {exc}")
        raise typer.Exit(code=2) from None
    console.print(f"wrote {out} ({fmt}, {n} incidents)")


def register(app: typer.Typer) -> None:
    """Add ``serve``, ``token`` and ``report`` to the crosstally CLI."""
    app.command()(serve)
    app.add_typer(token_app, name="token")
    app.command()(report)
