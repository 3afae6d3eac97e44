# The HTML report: page and section texts (branch report-sections fills this file).
