//! The XES reader (IEEE 1849, the process-mining standard that PM4Py, ProM, Disco and Celonis
//! export): streamed with quick-xml, one trace at a time, so a log of any size never sits in
//! memory whole. A trace is a case (its `concept:name`), each `<event>` in it an event with its
//! `concept:name`, `time:timestamp`, and optionally `org:resource`, a channel and a direction,
//! found by the same names and mapping as CSV columns. Broken XML is located by line and
//! column. It only reads: nothing of the log is written or copied.

use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

use quick_xml::events::{BytesStart, Event as Xml};

use super::columns::{Field, Mapping};
use super::csv_log::{Event, ReadOptions, ReadSummary, Sink, SinkError};
use super::error::{ErrorKind, EvidenceError, Place};
use super::timestamp::{self, Millis};

/// True when a log file is XES: by its extension, `.xes` (as every tool writes it).
pub fn is_xes(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("xes"))
}

/// One event of the trace being read: byte ranges into the trace's buffer.
#[derive(Debug, Clone, Copy, Default)]
struct Pending {
    /// Where the `<event>` starts (a byte offset, made a line when a problem is shown).
    at_byte: u64,
    values: [Option<(usize, usize, u8)>; 6],
}

/// The names each field is found by, lower case, best first.
struct Keys(Vec<Vec<Vec<u8>>>);

impl Keys {
    fn new(mapping: &Mapping) -> Keys {
        Keys(
            Field::ALL
                .iter()
                .map(|&field| {
                    let given = mapping.given(field);
                    let mut names: Vec<Vec<u8>> = match given {
                        Some(name) => vec![name.trim().to_lowercase().into_bytes()],
                        None => field
                            .defaults()
                            .iter()
                            .map(|n| n.as_bytes().to_vec())
                            .collect(),
                    };
                    // a trace's own name is its case id
                    if field == Field::Case && given.is_none() {
                        names.insert(0, b"concept:name".to_vec());
                    }
                    names
                })
                .collect(),
        )
    }

    /// The field an attribute key is, and how good a match (0 best).
    fn field(&self, key: &[u8], of_trace: bool) -> Option<(Field, u8)> {
        Field::ALL
            .iter()
            .filter(|&&f| (f == Field::Case) == of_trace)
            .find_map(|&field| {
                self.0[field as usize]
                    .iter()
                    .position(|name| name.eq_ignore_ascii_case(key))
                    .map(|rank| (field, rank as u8))
            })
    }
}

/// Where the reader is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum In {
    /// Outside any trace (the log's own attributes, extensions, globals).
    Log,
    /// Directly in a trace.
    Trace,
    /// Directly in an event of a trace.
    Event,
}

/// Reads an XES log and hands every event to `sink`, trace by trace in file order.
pub fn read(
    path: &Path,
    options: &ReadOptions,
    sink: &mut impl Sink,
) -> Result<ReadSummary, EvidenceError> {
    let fail = |kind| EvidenceError::file(path, kind);
    let (file, cap) = super::csv_log::open_capped(path, options.max_megabytes)?;
    let too_large = |bytes: u64| super::csv_log::too_large(path, bytes, options.max_megabytes);
    // a file that grows while it is read stops at the cap all the same
    let mut xml = quick_xml::Reader::from_reader(BufReader::with_capacity(
        1 << 20,
        file.take(cap.saturating_add(1)),
    ));
    xml.config_mut().trim_text(true);
    let keys = Keys::new(&options.mapping);
    let mut summary = ReadSummary {
        lines: true,
        ..ReadSummary::default()
    };
    let mut buf = Vec::new();
    let mut trace = Trace::default();
    let mut place = In::Log;
    // elements inside an attribute, a global or an extension: their attributes are not ours
    let mut nested = 0usize;
    let mut seen_log = false;
    loop {
        let event = match xml.read_event_into(&mut buf) {
            Ok(event) => event,
            Err(error) => {
                return Err(located(
                    path,
                    xml.error_position(),
                    ErrorKind::Xml {
                        reason: error.to_string(),
                    },
                ));
            }
        };
        let end = xml.buffer_position();
        if end > cap {
            return Err(too_large(end));
        }
        // where the tag just read starts: `<` + name and attributes + `>` (or `/>`)
        let at_byte = match &event {
            Xml::Start(e) => end.saturating_sub(e.len() as u64 + 2),
            Xml::Empty(e) => end.saturating_sub(e.len() as u64 + 3),
            _ => end,
        };
        match event {
            Xml::Start(e) => {
                if nested > 0 {
                    nested += 1;
                    continue;
                }
                match (place, e.local_name().into_inner()) {
                    (In::Log, "log") => seen_log = true,
                    (In::Log, "trace") => {
                        place = In::Trace;
                        trace.clear();
                    }
                    (In::Trace, "event") => {
                        place = In::Event;
                        trace.events.push(Pending {
                            at_byte,
                            ..Pending::default()
                        });
                    }
                    (In::Trace | In::Event, _) => {
                        trace.attribute(&e, place, &keys, &xml, path)?;
                        nested = 1;
                    }
                    (In::Log, _) => nested = usize::from(seen_log),
                }
            }
            Xml::Empty(e) => {
                if nested > 0 {
                    continue;
                }
                match (place, e.local_name().into_inner()) {
                    (In::Trace, "event") => trace.events.push(Pending {
                        at_byte,
                        ..Pending::default()
                    }),
                    (In::Log, "trace") => {}
                    (In::Trace | In::Event, _) => {
                        trace.attribute(&e, place, &keys, &xml, path)?;
                    }
                    (In::Log, _) => {}
                }
            }
            Xml::End(_) => {
                if nested > 0 {
                    nested -= 1;
                    continue;
                }
                match place {
                    In::Event => place = In::Trace,
                    In::Trace => {
                        place = In::Log;
                        trace.hand_on(path, sink, &mut summary)?;
                    }
                    In::Log => {}
                }
            }
            Xml::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    if !seen_log {
        return Err(fail(ErrorKind::NotXes));
    }
    Ok(summary)
}

/// The trace being read: its case id and its events, handed on when it closes (a trace may
/// name its case after its events).
#[derive(Default)]
struct Trace {
    bytes: Vec<u8>,
    case: Option<(usize, usize, u8)>,
    events: Vec<Pending>,
}

impl Trace {
    fn clear(&mut self) {
        self.bytes.clear();
        self.case = None;
        self.events.clear();
    }

    /// Keeps an attribute of the trace or its last event, when it is one tjm reads.
    fn attribute<R: BufRead>(
        &mut self,
        element: &BytesStart<'_>,
        place: In,
        keys: &Keys,
        xml: &quick_xml::Reader<R>,
        path: &Path,
    ) -> Result<(), EvidenceError> {
        let (mut key, mut value) = (None, None);
        for attribute in element.attributes() {
            let attribute = attribute.map_err(|error| {
                located(
                    path,
                    xml.buffer_position(),
                    ErrorKind::Xml {
                        reason: error.to_string(),
                    },
                )
            })?;
            match attribute.key.into_inner() {
                "key" => key = Some(attribute.value),
                // values are XML-escaped (`&amp;`): unescaped as the standard writes them
                "value" => {
                    value = Some(
                        attribute
                            .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                            .unwrap_or(attribute.value),
                    )
                }
                _ => {}
            }
        }
        let (Some(key), Some(value)) = (key, value) else {
            return Ok(());
        };
        let Some((field, rank)) = keys.field(key.as_bytes(), place == In::Trace) else {
            return Ok(());
        };
        let slot = if place == In::Trace {
            &mut self.case
        } else {
            match self.events.last_mut() {
                Some(event) => &mut event.values[field as usize],
                None => return Ok(()),
            }
        };
        if slot.is_some_and(|(_, _, best)| best <= rank) {
            return Ok(());
        }
        let start = self.bytes.len();
        self.bytes.extend_from_slice(value.trim().as_bytes());
        *slot = Some((start, self.bytes.len(), rank));
        Ok(())
    }

    /// Hands the trace's events on, in file order.
    fn hand_on(
        &mut self,
        path: &Path,
        sink: &mut impl Sink,
        summary: &mut ReadSummary,
    ) -> Result<(), EvidenceError> {
        let text = |range: Option<(usize, usize, u8)>| {
            range
                .map(|(a, b, _)| &self.bytes[a..b])
                .filter(|t| !t.is_empty())
        };
        let case = text(self.case);
        for pending in &self.events {
            summary.rows += 1;
            let value = |field: Field| text(pending.values[field as usize]);
            let (Some(case), Some(activity), Some(time)) =
                (case, value(Field::Activity), value(Field::Timestamp))
            else {
                summary.skipped += 1;
                let line = line_col(path, pending.at_byte).0;
                summary.first_skipped.get_or_insert(line);
                continue;
            };
            let at: Millis = timestamp::parse(time).ok_or_else(|| {
                located(
                    path,
                    pending.at_byte,
                    ErrorKind::BadTimestamp {
                        value: String::from_utf8_lossy(time).into_owned(),
                    },
                )
            })?;
            let event = Event {
                row: pending.at_byte,
                case,
                activity,
                at,
                resource: value(Field::Resource),
                channel: value(Field::Channel),
                direction: value(Field::Direction),
            };
            // the sink keeps the earlier event's place as given: here its byte offset
            sink.event(&event).map_err(|error| match error {
                SinkError::BackInTime { earlier_row } => located(
                    path,
                    pending.at_byte,
                    ErrorKind::XesBackInTime {
                        earlier_line: line_col(path, earlier_row).0,
                    },
                ),
            })?;
        }
        Ok(())
    }
}

/// A problem at a byte offset, as the line and column an editor shows.
fn located(path: &Path, byte: u64, kind: ErrorKind) -> EvidenceError {
    let (line, column) = line_col(path, byte);
    EvidenceError {
        file: path.into(),
        place: Place::Line(line, column),
        kind,
    }
}

/// The line and column (both from 1) of a byte offset: counted again from the start of the
/// file, which only a problem needs, so reading never counts lines.
fn line_col(path: &Path, byte: u64) -> (u64, u64) {
    let Ok(file) = File::open(path) else {
        return (0, 0);
    };
    let mut reader = BufReader::new(file.take(byte));
    let (mut line, mut line_start, mut read) = (1u64, 0u64, 0u64);
    loop {
        let chunk = match reader.fill_buf() {
            Ok([]) | Err(_) => break,
            Ok(chunk) => chunk,
        };
        for i in memchr::memchr_iter(b'\n', chunk) {
            line += 1;
            line_start = read + i as u64 + 1;
        }
        let n = chunk.len();
        read += n as u64;
        reader.consume(n);
    }
    (line, byte - line_start + 1)
}
