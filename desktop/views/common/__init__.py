"""What several sections of the window share: the worker thread, forms, error sentences, local time."""
