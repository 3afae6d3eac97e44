#!/usr/bin/env python3
"""The kit's CSV log as an XES file, one trace per case in order of first appearance, for
checking `tjm evidence LOG.xes` edge for edge without PM4Py (gen_eventlog.py --xes needs it).

Usage: python3 csv_to_xes.py events_1m.csv events_1m.xes
"""
import csv, sys
from xml.sax.saxutils import quoteattr
src, dst = sys.argv[1], sys.argv[2]
cases = {}
order = []
with open(src, newline='') as f:
    r = csv.DictReader(f)
    for row in r:
        c = row['case_id']
        if c not in cases:
            cases[c] = []; order.append(c)
        cases[c].append(row)
with open(dst, 'w') as o:
    o.write('<?xml version="1.0" encoding="UTF-8"?>\n<log xes.version="1849-2016" xmlns="http://www.xes-standard.org/">\n')
    for c in order:
        o.write('  <trace>\n    <string key="concept:name" value=%s/>\n' % quoteattr(c))
        for e in cases[c]:
            o.write('    <event>\n      <string key="concept:name" value=%s/>\n      <date key="time:timestamp" value="%s.000+00:00"/>\n      <string key="org:resource" value=%s/>\n      <string key="channel" value=%s/>\n    </event>\n' % (quoteattr(e['activity']), e['timestamp'], quoteattr(e['resource']), quoteattr(e['channel'])))
        o.write('  </trace>\n')
    o.write('</log>\n')
