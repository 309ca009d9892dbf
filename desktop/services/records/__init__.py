"""Records leaving the vault, and the seals that show the disclosure log untouched.

- :mod:`.record_exports`: the one gate every export file goes through (P-DISCLOSE, P-LAW): it
  builds the content from the vault itself and never writes bytes a caller hands it;
- :mod:`.subject_access`: the client's own copy of everything the vault keeps about them (P-LAW);
- :mod:`.third_party_export`: a recipient's copy, exactly the items its disclosure names (P-DISCLOSE);
- :mod:`.record_seals`: each disclosure and consent row's hash in the audit chain, checked by ``check``.
"""
