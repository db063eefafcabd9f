"""HTTP: routers declare shapes and call one service each; errors map to statuses in one place."""
