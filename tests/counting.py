"""Counting what the book does in a block of a test: whole-book work per action shows as many statements."""

import contextlib

from models import db


@contextlib.contextmanager
def counted_queries():
    """Every SQL statement the book runs inside the block (peewee's execute_sql, which every query passes)."""
    statements: list[str] = []
    database = db.obj
    original = database.execute_sql

    def counting(sql, params=None, *args, **kwargs):
        statements.append(sql)
        return original(sql, params, *args, **kwargs)

    database.execute_sql = counting
    try:
        yield statements
    finally:
        del database.execute_sql
