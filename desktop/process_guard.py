"""Process hygiene for a program that holds keys: no core file, no memory dump, no debugger by default.

A crash of an unlocked process must not leave the database key, the
passphrase or a client's note on disk: :func:`harden_process` is called first
thing by ``python -m desktop`` and by the command line, before any secret
exists. On Linux it sets ``RLIMIT_CORE`` to 0 (soft and hard, so nothing later
raises it again) and marks the process not dumpable with
``prctl(PR_SET_DUMPABLE, 0)``: no core file even where a core handler such as
systemd-coredump ignores the limit, no ``/proc/PID/mem`` for other processes
of the same user, no ptrace attach without privilege. On macOS and the BSDs
the core limit is what exists. On Windows the crash dialog and Windows Error
Reporting's dump are turned off for this process. Every step is best effort:
a refusal is logged by name and start-up goes on. No Qt here.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import sys
from dataclasses import dataclass

log = logging.getLogger(__name__)

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3
#: SetErrorMode flags: no critical-error box, no crash dialog (Windows Error Reporting).
SEM_FAILCRITICALERRORS = 0x0001
SEM_NOGPFAULTERRORBOX = 0x0002
WER_FAULT_REPORTING_FLAG_NOHEAP = 0x0001


@dataclass(frozen=True, slots=True)
class Hardening:
    """What :func:`harden_process` managed to do, for logs and tests."""

    core_limit_zero: bool
    not_dumpable: bool
    crash_reporting_off: bool


_done: Hardening | None = None


def harden_process() -> Hardening:
    """Turn off core files and memory dumps for this process; safe to call more than once."""
    global _done
    if _done is None:
        _done = Hardening(
            core_limit_zero=_no_core_files(),
            not_dumpable=_not_dumpable(),
            crash_reporting_off=_no_crash_reports(),
        )
        log.debug("process hardening: %s", _done)
    return _done


def _no_core_files() -> bool:
    try:
        import resource
    except ImportError:  # Windows: no core files to turn off
        return False
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (OSError, ValueError):
        log.warning("the core file limit could not be set to 0")
        return False
    return True


def _libc() -> ctypes.CDLL | None:
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    except OSError:
        return None


def _not_dumpable() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    libc = _libc()
    if libc is None:
        log.warning("the C library could not be loaded; the process stays dumpable")
        return False
    if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
        log.warning("prctl(PR_SET_DUMPABLE) refused (errno %d)", ctypes.get_errno())
        return False
    return is_dumpable() is False


def is_dumpable() -> bool | None:
    """Linux: what ``prctl(PR_GET_DUMPABLE)`` says of this process; ``None`` elsewhere."""
    if not sys.platform.startswith("linux"):
        return None
    libc = _libc()
    if libc is None:
        return None
    return bool(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))


def _no_crash_reports() -> bool:
    if sys.platform != "win32":
        return False
    windll = getattr(ctypes, "windll", None)
    if windll is None:
        return False
    try:
        kernel32 = windll.kernel32
        kernel32.SetErrorMode(kernel32.GetErrorMode() | SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX)
        # A report that is sent all the same carries no heap (this process only).
        kernel32.WerSetFlags(WER_FAULT_REPORTING_FLAG_NOHEAP)
        if getattr(sys, "frozen", False):
            # The bundled program (never python.exe, which other programs share): no reports at all.
            windll.wer.WerAddExcludedApplication(ctypes.c_wchar_p(sys.executable), False)
    except (OSError, AttributeError):
        log.warning("crash reporting could not be turned off")
        return False
    return True
