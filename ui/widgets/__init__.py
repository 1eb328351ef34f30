"""Rapport UI: widgets."""
