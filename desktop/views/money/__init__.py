"""The Money section: the year's income, receipts and the client's balance (P-MONEY-*).

Other sections reach it only through the names below: the client page's
balance and payments panel.
"""
