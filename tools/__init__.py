"""Developer tools: not part of the program."""
