"""The `jobcircle` command line: serve, migrate, demo data, imports, the worker, pushes, accounts and keys."""
