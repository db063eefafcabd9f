"""A person's rights over their data (PIPL): the export of everything held about them."""
