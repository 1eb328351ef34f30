"""Rapport's business logic in plain Python: every front end (GUI, command line) calls these."""
