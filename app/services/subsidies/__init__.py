"""Subsidies (补贴): 就业见习 placements, and the statements a unit or an operator is paid on, line by line."""
