"""A child process for the signal tests: the real window on a test vault, unlocked, until a signal.

Run as ``python -m tests.helpers.window_child VAULT`` with the passphrase on
one line of stdin (never argv). It builds the application exactly as
``python -m desktop`` does (:func:`desktop.app.create_app` and
:func:`desktop.app.quit_on_signals`), types the passphrase into the unlock
dialog and presses its button, prints ``unlocked`` and ``locked`` when the
controller says so, and exits with the event loop's code.
"""

from __future__ import annotations

import sys

from desktop.app import create_app, quit_on_signals


def main() -> int:
    folder = sys.argv[1]
    passphrase = sys.stdin.readline().rstrip("\n")
    app, controller = create_app([sys.argv[0], "--vault", folder])
    quit_on_signals(app, controller)
    controller.unlocked.connect(lambda: print("unlocked", flush=True))
    controller.locked.connect(lambda: print("locked", flush=True))
    controller.start()
    dialog = controller.unlock_dialog
    assert dialog is not None
    dialog.passphrase_edit.setText(passphrase)
    dialog.unlock_button.click()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
