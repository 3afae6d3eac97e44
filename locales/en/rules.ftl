# Rule findings: per rule the terminal's -message and -help, and the board's -board and -board-fix.
