"""HTTP benchmark of the match endpoints: a synthetic province, `jobcircle serve`, and wrk."""
