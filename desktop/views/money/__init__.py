"""The Money section: the year's income, receipts and the client's balance (P-MONEY-*).

Other sections reach it only through the names below: the client page's
balance and payments panel, and the Settings panel for receipts and the books.
"""

from desktop.views.money.client_money_panel import ClientMoneyPanel
from desktop.views.money.money_settings_panel import MoneySettingsPanel

__all__ = ["ClientMoneyPanel", "MoneySettingsPanel"]
