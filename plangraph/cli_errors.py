"""The ``plangraph`` command's exit codes and the error a user can fix, shared by its modules.

The codes are a contract scripts rely on; the README's exit-code table lists every one of them and
``tests/test_cli_errors.py`` checks that it does.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_STORE = 1
"""A store problem: missing, empty, unreadable or unreachable (the message says which)."""
EXIT_BAD_INPUT = 2
"""Bad input: a bad document, an unknown plan or node, an output file that cannot be written,
options that do not go together (argparse's usage errors are 2 as well)."""
EXIT_CANNOT_SERVE = 3
"""``serve`` or ``demo`` cannot listen on the address (port in use, no permission, unknown host)."""
EXIT_INTERRUPTED = 130
"""Ctrl+C (128 + SIGINT, as a shell reports a command killed by it)."""
EXIT_PIPE_CLOSED = 141
"""stdout was closed early (``plangraph … | head``): nothing more is printed, as with other Unix
tools (128 + SIGPIPE)."""

EXIT_CODES = {
    EXIT_OK: "success",
    EXIT_STORE: "store problem",
    EXIT_BAD_INPUT: "bad input",
    EXIT_CANNOT_SERVE: "cannot serve",
    EXIT_INTERRUPTED: "interrupted",
    EXIT_PIPE_CLOSED: "output closed",
}


class UserError(Exception):
    """A mistake the user can fix: the command prints ``plangraph: error: <message>`` on one line and
    exits with ``code``, never with a traceback."""

    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code = code
