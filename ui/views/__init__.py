"""Rapport UI: views."""
