"""``serve``: the workbench in the browser (uvicorn on 127.0.0.1 by default)."""

from __future__ import annotations

import os
import secrets
import threading
import webbrowser

import click

from letopis.cli import Context, pass_ctx


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to bind; anything but 127.0.0.1 exposes the workbench to the network.")
@click.option("--port", default=8000, show_default=True, type=int, help="Port to listen on.")
@click.option("--token", envvar="LETOPIS_TOKEN", default=None,
              help="Token that review decisions need [default: $LETOPIS_TOKEN, else a random one, printed].")
@click.option("--no-open", is_flag=True, help="Do not open a browser window.")
@pass_ctx
def serve_cmd(ctx: Context, host: str, port: int, token: str | None, no_open: bool) -> None:
    """Serve the workbench: corpus, reader, entities, network, timeline, search, review.

    Reading needs nothing; accepting or rejecting in the review queue needs the
    token printed at start.

    Example:

        letopis serve --port 8000
    """
    import uvicorn

    from letopis.web.app import create_app, warm

    token = token or secrets.token_urlsafe(16)
    app = create_app(ctx.store, token=token)
    threading.Thread(target=warm, args=(app,), daemon=True).start()
    url = f"http://{host}:{port}/"
    click.echo(f"letopis workbench: {url}")
    click.echo(f"review token: {token}   (review page: {url}review?token={token})")
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"warning: listening on {host}: anyone who can reach it can read the knowledge base", err=True)
    if not no_open and not os.environ.get("CI"):
        threading.Timer(1.0, lambda: webbrowser.open(url)).start()
    uvicorn.run(app, host=host, port=port, log_level="warning")


COMMANDS = [serve_cmd]
