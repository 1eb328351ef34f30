"""The book as a whole file: backups and restore, and a person's data exported or forgotten in it and its backups.

Its own package rather than part of the exchange: these act on the whole database file and its copies (privacy
purges a forgotten person from the backups too), not on records moved between books.
"""
