"""``ddeploy``: Datadog DORA deployment events and Deployment Gates from a CI job.

Only argparse loads at start; the HTTP client, YAML and the fake server load when a command
needs them, so ``ddeploy --help`` and a single request start quickly.

Adding a command: register it in `parser.py` (``set_defaults(handler="group_function")``) and
write ``function(ctx: Context) -> Outcome`` in ``group.py``. The shared concerns are one module
each; a command reuses them rather than handling them itself:

- `context.Context`: flags, environment (``ctx.required``/``ctx.from_env``), and
  ``ctx.client(operation_ids)``, whose requests get what is left of ``--timeout``. Set
  ``ctx.doing`` (what is in progress) and ``ctx.resume`` (the command that picks it up again)
  so a cancellation or the deadline says so.
- `outcome`: raise ``UsageError`` (exit 2), ``ApiFailure`` (4, never failed open),
  ``Unavailable`` (4, what ``--on-error pass`` covers); return an ``Outcome``. Any other
  exception is classified by `failures.explain` (a bug: ``InternalError``, exit 6).
- `failures.could_not_answer(error)`: whether an error only says Datadog could not answer.
- `cancellation.Guard`: SIGINT/SIGTERM and the deadline, installed by `main` for every command.
- `servertext.one_line` / ``block`` / ``markdown_text`` / ``markdown_link``: any text that came
  from the server, before it is shown or written.
- `redaction.Redactor` (through ``Output.add_secret``): secrets in every form they were sent.
- `main` writes the outcome line, ``--json`` and the GitHub outputs (`github`) for every
  ending, cancellations included.
"""

from __future__ import annotations

from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """The ``ddeploy`` entry point: SIGINT and SIGTERM are held before anything else loads, so
    a cancel that comes while the command loads still ends with its outcome written."""
    from .cancellation import hold, release

    previous = hold()
    try:
        from .main import main as run

        return run(argv)
    finally:
        release(previous)


__all__ = ["main"]
