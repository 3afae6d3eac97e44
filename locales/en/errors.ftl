# Load and config errors: what is wrong with an input file, and how to fix it.
