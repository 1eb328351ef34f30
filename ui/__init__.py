"""Rapport's Qt front end: widgets and item models that call services/ and never touch SQL."""
