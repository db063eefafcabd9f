"""jobcircle's matching library: embeddings, geography, the in-radius index and ranking.

Pure: depends on numpy (and sentence-transformers only when a real model is loaded), never on the
web framework or the database layer.
"""
