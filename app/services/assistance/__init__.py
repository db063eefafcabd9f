"""Assistance for people who find work hardest: cases (一人一策), 1+3+1 for migrant workers, 动态清零."""
