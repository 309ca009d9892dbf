"""Running vault work off the GUI thread, results delivered back on it.

All vault work (key derivation, queries, writes) runs on one dedicated worker
thread, so the database is never touched from two threads at once and the
window never freezes. Callbacks run on the GUI thread, and are dropped if the
widget that asked has been deleted in the meantime.

    run_in_background(lambda: jobs.unlock(folder, passphrase), owner=self,
                      on_success=self._unlocked, on_failure=self._failed)
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

_pools: dict[str, QThreadPool] = {}


def _single_thread_pool(name: str) -> QThreadPool:
    pool = _pools.get(name)
    if pool is None:
        pool = _pools[name] = QThreadPool()
        pool.setMaxThreadCount(1)
        pool.setObjectName(name)
    return pool


def vault_pool() -> QThreadPool:
    """The single-thread pool all vault work runs on."""
    return _single_thread_pool("vault-worker")


def check_pool() -> QThreadPool:
    """A thread beside the vault thread for long reads on a connection of their own.

    The whole-file page check takes seconds on a large vault; on the vault
    thread it would hold up every click after unlocking.
    """
    return _single_thread_pool("vault-check")


class _Relay(QObject):
    """Lives on the GUI thread; its queued signals carry results back there."""

    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # every failure is reported to the GUI thread
            self._report(self._relay.failed, error)
        else:
            self._report(self._relay.succeeded, result)

    @staticmethod
    def _report(signal: Any, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the application is shutting down and took the relay with it
            log.debug("result dropped: the application is closing")


_in_flight: set[_Relay] = set()


def run_in_background(
    work: Callable[[], Any],
    *,
    owner: QObject,
    on_success: Callable[[Any], None],
    on_failure: Callable[[Exception], None],
    still_wanted: Callable[[], bool] | None = None,
    pool: QThreadPool | None = None,
) -> None:
    """Run ``work`` on the vault thread (or ``pool``); call back on the GUI thread if ``owner`` still exists.

    ``still_wanted`` is asked again when the result arrives: a widget passes
    "is this still the vault (and client) I asked about?", so a result that
    comes in after a lock, or after the counsellor moved on, is dropped.
    """
    relay = _Relay()
    _in_flight.add(relay)

    def deliver(callback: Callable[[Any], None], value: Any) -> None:
        _in_flight.discard(relay)
        if not shiboken6.isValid(owner):
            log.debug("result dropped: the widget that asked is gone")
        elif still_wanted is None or still_wanted():
            callback(value)

    relay.succeeded.connect(lambda value: deliver(on_success, value))
    relay.failed.connect(lambda error: deliver(on_failure, error))
    (pool or vault_pool()).start(_Job(work, relay))


def run_on_vault(
    owner: QObject,
    vault_of: Callable[[], Any],
    work: Callable[[Any], Any],
    *,
    on_success: Callable[[Any], None],
    on_failure: Callable[[Exception], None],
    still_wanted: Callable[[], bool] | None = None,
) -> None:
    """Run ``work(vault)`` for the vault ``owner`` shows now (``vault_of()``), if any.

    The result is dropped if, by the time it arrives, ``vault_of()`` is another
    vault or none (the vault was locked meanwhile), or ``still_wanted()`` says
    the owner has moved on (another client is shown, say).
    """
    vault = vault_of()
    if vault is not None:
        run_in_background(
            lambda: work(vault),
            owner=owner,
            on_success=on_success,
            on_failure=on_failure,
            still_wanted=lambda: vault_of() is vault and (still_wanted is None or still_wanted()),
        )


def run_detached(work: Callable[[], Any], *, owner: QObject) -> None:
    """Run ``work`` on the vault thread when nobody waits for its result (a failure is logged)."""
    run_in_background(
        work,
        owner=owner,
        on_success=lambda _result: None,
        on_failure=lambda error: log.warning("background task failed: %s", type(error).__name__),
    )


def wait_for_background_work(timeout_ms: int = 30_000) -> bool:
    """Block until queued vault work, and a page check beside it, have finished (used when quitting)."""
    return all(pool.waitForDone(timeout_ms) for pool in (vault_pool(), check_pool()))
