"""Where things are: incoming coordinates to stored WGS-84, communities and service stations."""
