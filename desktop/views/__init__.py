"""Qt widgets and item models. They call services only; no SQLAlchemy here."""
