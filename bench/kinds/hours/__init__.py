"""The ordinary hours of 230 kinds of work against five time limits, labelled blind by three (`README.md`)."""
