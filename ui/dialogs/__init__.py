"""Rapport UI: dialogs."""
