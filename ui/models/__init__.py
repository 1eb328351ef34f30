"""Rapport UI: models."""
