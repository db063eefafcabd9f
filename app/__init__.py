"""jobcircle: the matching service behind the community 三公里就业圈."""
