"""The diagnostics log: a rotating file in the platform's log folder, for support. No Qt here.

A counsellor who meets a fault has something to send: the file keeps what
happened and where (event names, ids, tracebacks), never what the vault
holds. A traceback here keeps its frames — file, line, function and the line
of source code, which are the program's, not the practice's — and the type of
the exception; its message is kept only for the application's own errors
(:class:`~desktop.errors.SorakumoError`), whose messages are written without
personal data. Any other exception's message may quote a value (a name in a
``ValueError``, a row in a database error), so it is withheld.

The window and the command line both call :func:`configure_logging`; the
command line's stderr shows only its own one-line messages unless ``--debug``
asks for the records (and their tracebacks) too.
"""

from __future__ import annotations

import logging
import logging.handlers
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from desktop import APP_NAME, __version__

LOG_FILE_NAME = f"{APP_NAME}.log"
#: Size at which the log rotates, and how many older files are kept: a few weeks of ordinary use.
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
#: How much of the log's end "Copy diagnostics" includes.
TAIL_LINES = 80
WITHHELD = "(message withheld: it may hold personal data)"

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]

log = logging.getLogger(__name__)


def log_dir() -> Path:
    """The platform's per-user log folder (``~/.local/state/sorakumo-desk/log`` on Linux)."""
    from platformdirs import user_log_dir

    return Path(user_log_dir(APP_NAME, appauthor=False))


def log_file() -> Path:
    return log_dir() / LOG_FILE_NAME


def safe_traceback(error: BaseException) -> str:
    """Frames and exception types of ``error`` and its causes; messages only of the app's own errors."""
    from desktop.errors import SorakumoError

    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        frames = "".join(traceback.format_list(traceback.extract_tb(current.__traceback__)))
        message = str(current) if isinstance(current, SorakumoError) else WITHHELD
        parts.append(f"Traceback (most recent call last):\n{frames}{type(current).__qualname__}: {message}")
        current = current.__cause__ or current.__context__
    return "\n\nwhich led to:\n".join(reversed(parts))  # the first cause first, as Python prints it


class SafeFormatter(logging.Formatter):
    """Formats tracebacks with :func:`safe_traceback`; ``with_tracebacks=False`` leaves them out."""

    def __init__(self, fmt: str, *, with_tracebacks: bool = True) -> None:
        super().__init__(fmt)
        self._with_tracebacks = with_tracebacks

    def formatException(self, ei: logging._SysExcInfoType) -> str:
        error = ei[1]
        return safe_traceback(error) if error is not None else ""

    def format(self, record: logging.LogRecord) -> str:
        # ``exc_text`` is a cache another handler (a test's, say) may have filled with the full text.
        saved = record.exc_info, record.exc_text, record.stack_info
        record.exc_text = None
        if not self._with_tracebacks:
            record.exc_info, record.stack_info = None, None
        try:
            return _without_home(super().format(record))
        finally:
            record.exc_info, record.exc_text, record.stack_info = saved


def _without_home(text: str) -> str:
    """The home folder's path names the account (often the person): a traceback shows it as ``~``."""
    home = str(Path.home())
    return text.replace(home, "~") if len(home) > 1 else text


class _OwnHandler:
    """Marks the handlers this module installed, so configuring again replaces them."""


class _FileHandler(_OwnHandler, logging.handlers.RotatingFileHandler):
    pass


class _ConsoleHandler(_OwnHandler, logging.StreamHandler):  # type: ignore[type-arg]
    pass


def configure_logging(*, debug: bool = False, console_level: int | None = None) -> Path | None:
    """The rotating log file and stderr; returns the file, or ``None`` when the folder cannot be written.

    Records from ``console_level`` up also go to stderr; ``None`` (the command
    line, whose own one-line messages say what happened) sends none there.
    ``debug`` writes debug records to both, with tracebacks on stderr too. Safe
    to call again (a command run twice in one process): the previous handlers go.
    """
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, _OwnHandler)]:
        root.removeHandler(old)
        old.close()
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    logging.getLogger("alembic").setLevel(logging.WARNING)  # its plugin chatter says nothing useful
    if debug:
        console_level = logging.DEBUG
    if sys.stderr is not None and console_level is not None:  # None under pythonw: the file is all
        console = _ConsoleHandler(sys.stderr)
        console.setLevel(console_level)
        console.setFormatter(SafeFormatter("%(levelname)s %(name)s: %(message)s", with_tracebacks=debug))
        root.addHandler(console)
    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler = _FileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
    except OSError:
        log.warning("the diagnostics log folder cannot be written")
        return None
    handler.setFormatter(SafeFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    log.debug("Sorakumo Desk %s, log level %s", __version__, "debug" if debug else "info")
    return path


def log_uncaught(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
    """Record an exception nothing caught, with its traceback (made safe by the formatter)."""
    uncaught = logging.getLogger("desktop.uncaught")
    uncaught.error("uncaught %s", kind.__qualname__, exc_info=(kind, error, trace))


def install_excepthook(then: Callable[[BaseException], None] | None = None) -> ExceptHook:
    """Log every uncaught exception, then call ``then`` (the window's one sentence); returns the old hook."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, error, trace)
            return
        log_uncaught(kind, error, trace)
        if then is not None:
            then(error)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            hook(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = hook
    threading.excepthook = thread_hook  # a Python thread's fault, logged the same way
    return previous


def log_tail(lines: int = TAIL_LINES) -> str:
    """The end of the current log file, or an empty string when there is none."""
    try:
        text = log_file().read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    return "\n".join(text.splitlines()[-lines:])


def platform_summary() -> str:
    """Version, operating system and Python: what support asks first. Nothing about the practice."""
    return "\n".join(
        (
            f"Sorakumo Desk {__version__}",
            f"System: {platform.platform()} ({platform.machine()})",
            f"Python: {platform.python_version()} ({sys.executable and Path(sys.executable).name})",
            f"Bundled: {'yes' if getattr(sys, 'frozen', False) else 'no'}",
        )
    )
