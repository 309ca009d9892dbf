"""The Disclosures & consents section, and every record leaving the vault (P-DISCLOSE, P-LAW)."""
