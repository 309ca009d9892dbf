"""The Money section: the year's income, receipts and the client's balance (P-MONEY-*).

Other sections reach it only through the names below: the client page's
balance and payments panel, and the Settings panel for receipts and the books.
"""

from desktop.views.money.client_money_panel import ClientMoneyPanel

__all__ = ["ClientMoneyPanel"]
