"""What happened after a match: feedback events (shown, applied, hired) and registered employments."""
