"""The money side of the practice: the books (charges, payments, receipts) and the year's income.

- :mod:`.money_settings`: the practice's address and contact, registration number, 上様, retention;
- :mod:`.charges`: charges from bookings (called by the booking gate), manual charges and
  counter-entries (P-MONEY-CHARGE, P-MONEY-LEDGER);
- :mod:`.payments`: payments, part payments, refunds; balances and what is outstanding;
- :mod:`.receipts`: receipts numbered without gaps, drawn through the export gate (P-MONEY-RECEIPT,
  P-MONEY-INVOICE, P-MONEY-STAMP);
- :mod:`.income`: the year's income per month, its CSV (names only through the disclosure gate);
- :mod:`.books`: what an erasure keeps and the retention purge (P-MONEY-RETAIN).
"""
