"""Event extraction: triggers, actors, numbers, dates and places read into ACLED events."""
