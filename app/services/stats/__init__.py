"""Statistics for officials: overview, priority groups, fairs, trends and per-community numbers."""
