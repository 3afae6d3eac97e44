//! The CSV reader for contact and case logs: streamed in blocks of a few megabytes (a log of
//! any size never sits in memory whole), with the delimiter (`,`, `;` or tab) read from the
//! header, a UTF-8 byte-order mark dropped, quoted cells (`"Smit, J."`) understood, and every
//! problem located by row and column. It only reads: nothing of the log is written or copied.

use std::fs::File;
use std::io::Read;
use std::path::Path;

use super::columns::{Columns, Field, Mapping, resolve};
use super::error::{ErrorKind, EvidenceError, Place};
use super::timestamp::{self, Millis};

/// Logs larger than this are refused unless the user raises the limit: a year of events of a
/// large association is a few hundred megabytes; a bigger file is usually the wrong export.
pub const DEFAULT_MAX_MEGABYTES: u64 = 1024;

/// How to read a log.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// Which columns hold what (empty: find them by their usual names).
    pub mapping: Mapping,
    /// The largest file read, in megabytes.
    pub max_megabytes: u64,
}

impl Default for ReadOptions {
    fn default() -> ReadOptions {
        ReadOptions {
            mapping: Mapping::default(),
            max_megabytes: DEFAULT_MAX_MEGABYTES,
        }
    }
}

/// One event as the reader hands it on: borrowed cells, valid for the call.
#[derive(Debug, Clone, Copy)]
pub struct Event<'a> {
    /// Its row in the file (the header is row 1).
    pub row: u64,
    /// The case id.
    pub case: &'a [u8],
    /// The activity.
    pub activity: &'a [u8],
    /// When.
    pub at: Millis,
    /// Who, when the log says.
    pub resource: Option<&'a [u8]>,
    /// The channel, when the log says.
    pub channel: Option<&'a [u8]>,
    /// The direction, when the log says.
    pub direction: Option<&'a [u8]>,
}

/// What takes the events. Errors are about the event just given (its row).
pub trait Sink {
    /// One event, in file order.
    fn event(&mut self, event: &Event<'_>) -> Result<(), SinkError>;

    /// Several events, in file order, as if given one by one; an error names the event it is
    /// about. A sink that looks events up in large tables overrides it to start those lookups
    /// together (see [`super::measure`]).
    fn events(&mut self, events: &[Event<'_>]) -> Result<(), (u64, SinkError)> {
        events
            .iter()
            .try_for_each(|e| self.event(e).map_err(|error| (e.row, error)))
    }
}

/// Events handed on together: enough to overlap the cache misses of their lookups, few
/// enough that their cases stay in the nearest cache.
const BATCH: usize = 256;

/// A problem a sink finds in an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SinkError {
    /// The event is dated before the previous event of its case.
    BackInTime {
        /// The row of that previous event.
        earlier_row: u64,
    },
}

/// What the reader saw, besides the events.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReadSummary {
    /// Data rows read (events handed on plus skipped rows).
    pub rows: u64,
    /// Rows skipped because they were empty or had no case, activity or time.
    pub skipped: u64,
    /// The first skipped row, to look at (in an XES log: the line its event starts on).
    pub first_skipped: Option<u64>,
    /// The places are lines of an XML file (XES), not rows of a table.
    pub lines: bool,
    /// The delimiter found in the header.
    pub delimiter: u8,
    /// Which column holds what.
    pub columns: Columns,
}

const BLOCK: usize = 4 << 20;
const DELIMITERS: [u8; 3] = [b',', b';', b'\t'];

/// Opens a log, refusing one over the cap (in megabytes) before a byte is read; also the cap
/// in bytes, for a file that grows while it is read.
pub(super) fn open_capped(path: &Path, max_megabytes: u64) -> Result<(File, u64), EvidenceError> {
    let fail = |kind| EvidenceError::file(path, kind);
    let file = File::open(path).map_err(|e| fail(ErrorKind::Read(e)))?;
    let cap = max_megabytes.saturating_mul(1 << 20);
    let size = file.metadata().map_err(|e| fail(ErrorKind::Read(e)))?.len();
    if size > cap {
        return Err(too_large(path, size, max_megabytes));
    }
    Ok((file, cap))
}

/// The problem with a log of `bytes` bytes, over the cap.
pub(super) fn too_large(path: &Path, bytes: u64, max_megabytes: u64) -> EvidenceError {
    EvidenceError::file(
        path,
        ErrorKind::TooLarge {
            megabytes: bytes.div_ceil(1 << 20),
            cap: max_megabytes,
        },
    )
}

/// Reads a CSV log and hands every event to `sink`.
pub fn read(
    path: &Path,
    options: &ReadOptions,
    sink: &mut impl Sink,
) -> Result<ReadSummary, EvidenceError> {
    let fail = |kind| EvidenceError::file(path, kind);
    let (mut file, cap) = open_capped(path, options.max_megabytes)?;
    let too_large = |bytes: u64| too_large(path, bytes, options.max_megabytes);
    let mut reader = Reader {
        path,
        header: Vec::new(),
        columns: Columns::default(),
        delimiter: b',',
        line: 1,
        cells: Vec::new(),
        owned: Vec::new(),
        summary: ReadSummary::default(),
    };
    let mut buf = vec![0u8; BLOCK];
    let mut filled = 0;
    let mut total: u64 = 0;
    let mut eof = false;
    let mut have_header = false;
    let mut first = true;
    loop {
        if !eof {
            if filled == buf.len() {
                // one record longer than a block: grow for it
                buf.resize(buf.len() * 2, 0);
            }
            let n = file
                .read(&mut buf[filled..])
                .map_err(|e| fail(ErrorKind::Read(e)))?;
            total += n as u64;
            if total > cap {
                return Err(too_large(total));
            }
            filled += n;
            eof = n == 0;
        }
        let mut start = 0;
        if first && filled >= 3 {
            if buf.starts_with(b"\xEF\xBB\xBF") {
                start = 3;
            }
            first = false;
        }
        let mut batch: Vec<Event<'_>> = Vec::with_capacity(BATCH);
        while let Some(end) = record_end(&buf[start..filled], eof) {
            let (record, next) = match end {
                Ok(end) => end,
                Err(()) => {
                    return Err(EvidenceError {
                        file: path.into(),
                        place: Place::Row(reader.line),
                        kind: ErrorKind::UnclosedQuote,
                    });
                }
            };
            let record = &buf[start..start + record];
            if have_header {
                reader.row(record, sink, &mut batch)?;
            } else {
                reader.header(record, &options.mapping)?;
                have_header = true;
            }
            start += next;
            if start >= filled {
                break;
            }
        }
        reader.flush(sink, &mut batch)?;
        drop(batch);
        buf.copy_within(start..filled, 0);
        filled -= start;
        if eof && filled == 0 {
            break;
        }
        if eof && start == 0 && filled > 0 {
            // a last record record_end could not close: cannot happen, record_end takes the rest at eof
            break;
        }
    }
    if !have_header {
        return Err(fail(ErrorKind::Empty));
    }
    reader.summary.delimiter = reader.delimiter;
    reader.summary.columns = reader.columns;
    Ok(reader.summary)
}

/// The length of the next record (without its line end) and where the one after starts; `None`
/// when more bytes are needed; `Err` for a quote left open at the end of the file.
fn record_end(bytes: &[u8], eof: bool) -> Option<Result<(usize, usize), ()>> {
    if bytes.is_empty() {
        return None;
    }
    let mut from = 0;
    let mut quotes = 0;
    loop {
        match memchr::memchr(b'\n', &bytes[from..]) {
            Some(i) => {
                let line = &bytes[from..from + i];
                quotes += memchr::memchr_iter(b'"', line).count();
                if quotes % 2 == 0 {
                    let mut len = from + i;
                    if len > 0 && bytes[len - 1] == b'\r' {
                        len -= 1;
                    }
                    return Some(Ok((len, from + i + 1)));
                }
                // a quoted cell runs on over the line end
                from += i + 1;
            }
            None if eof => {
                quotes += memchr::memchr_iter(b'"', &bytes[from..]).count();
                if quotes % 2 == 1 {
                    return Some(Err(()));
                }
                let mut len = bytes.len();
                if bytes[len - 1] == b'\r' {
                    len -= 1;
                }
                return Some(Ok((len, bytes.len())));
            }
            None => return None,
        }
    }
}

struct Reader<'p> {
    path: &'p Path,
    header: Vec<String>,
    columns: Columns,
    delimiter: u8,
    /// The row (line) the current record starts on.
    line: u64,
    cells: Vec<(usize, usize)>,
    owned: Vec<Vec<u8>>,
    summary: ReadSummary,
}

impl Reader<'_> {
    fn header(&mut self, record: &[u8], mapping: &Mapping) -> Result<(), EvidenceError> {
        let delimiter = DELIMITERS
            .iter()
            .copied()
            .max_by_key(|&d| outside_quotes(record, d))
            .filter(|&d| outside_quotes(record, d) > 0)
            .unwrap_or(b',');
        self.delimiter = delimiter;
        self.header = split_quoted(record, delimiter)
            .into_iter()
            .map(|cell| String::from_utf8_lossy(&cell).trim().to_owned())
            .collect();
        self.columns = resolve(&self.header, mapping).map_err(|(field, given)| EvidenceError {
            file: self.path.into(),
            place: Place::Row(1),
            kind: ErrorKind::MissingColumn {
                field,
                given,
                header: self.header.clone(),
            },
        })?;
        self.line = 2 + newlines(record);
        Ok(())
    }

    /// Hands the batched events on.
    fn flush(&self, sink: &mut impl Sink, batch: &mut Vec<Event<'_>>) -> Result<(), EvidenceError> {
        let result = sink.events(batch);
        batch.clear();
        result.map_err(|(row, error)| self.sink_error(row, error))
    }

    fn sink_error(&self, row: u64, error: SinkError) -> EvidenceError {
        match error {
            SinkError::BackInTime { earlier_row } => {
                self.cell_error(row, Field::Timestamp, ErrorKind::BackInTime { earlier_row })
            }
        }
    }

    /// One data row: an event added to `batch` (handed on when full), or a skipped row, or a
    /// problem; before a problem or a row with quotes, the events before it are handed on, so
    /// events always arrive in file order and the first problem in the file is the one named.
    fn row<'a>(
        &mut self,
        record: &'a [u8],
        sink: &mut impl Sink,
        batch: &mut Vec<Event<'a>>,
    ) -> Result<(), EvidenceError> {
        let row = self.line;
        self.line += 1 + newlines(record);
        self.summary.rows += 1;
        let needed = self.columns.widest() + 1;
        let quoted = memchr::memchr(b'"', record).is_some();
        self.cells.clear();
        if quoted {
            self.flush(sink, batch)?;
            self.owned = split_quoted(record, self.delimiter);
            let mut at = 0;
            for cell in &self.owned {
                self.cells.push((at, at + cell.len()));
                at += cell.len();
            }
        } else {
            let mut at = 0;
            for i in memchr::memchr_iter(self.delimiter, record) {
                self.cells.push((at, i));
                at = i + 1;
                if self.cells.len() == needed {
                    break;
                }
            }
            if self.cells.len() < needed {
                self.cells.push((at, record.len()));
            }
        }
        if self.cells.len() < needed {
            if record
                .iter()
                .all(|c| c.is_ascii_whitespace() || *c == self.delimiter)
            {
                self.skip(row);
                return Ok(());
            }
            self.flush(sink, batch)?;
            let other = DELIMITERS
                .iter()
                .copied()
                .find(|&d| d != self.delimiter && outside_quotes(record, d) > 0);
            let kind = match other {
                Some(other) => ErrorKind::MixedDelimiter {
                    delimiter: self.delimiter,
                    other,
                },
                None => ErrorKind::ShortRow {
                    found: self.cells.len(),
                    needed,
                },
            };
            return Err(EvidenceError {
                file: self.path.into(),
                place: Place::Row(row),
                kind,
            });
        }
        if quoted {
            // its cells live in `owned`, not in the block: handed on at once
            let joined = self.owned.concat();
            return match self.event_in(&joined, row)? {
                Some(event) => sink
                    .event(&event)
                    .map_err(|error| self.sink_error(row, error)),
                None => {
                    self.skip(row);
                    Ok(())
                }
            };
        }
        match self.event_in(record, row) {
            Ok(Some(event)) => {
                batch.push(event);
                if batch.len() == BATCH {
                    self.flush(sink, batch)?;
                }
                Ok(())
            }
            Ok(None) => {
                self.skip(row);
                Ok(())
            }
            Err(error) => {
                self.flush(sink, batch)?;
                Err(error)
            }
        }
    }

    /// The event in a row's cells (`None`: no case, activity or time, so skipped).
    fn event_in<'b>(&self, bytes: &'b [u8], row: u64) -> Result<Option<Event<'b>>, EvidenceError> {
        let cell = |field: Field| {
            self.columns.get(field).map(|i| {
                let (a, b) = self.cells[i];
                trim(&bytes[a..b])
            })
        };
        let (Some(case), Some(activity), Some(time)) = (
            cell(Field::Case),
            cell(Field::Activity),
            cell(Field::Timestamp),
        ) else {
            unreachable!("required columns are resolved")
        };
        if case.is_empty() || activity.is_empty() || time.is_empty() {
            return Ok(None);
        }
        let Some(at) = timestamp::parse(time) else {
            return Err(self.cell_error(
                row,
                Field::Timestamp,
                ErrorKind::BadTimestamp {
                    value: String::from_utf8_lossy(time).into_owned(),
                },
            ));
        };
        Ok(Some(Event {
            row,
            case,
            activity,
            at,
            resource: cell(Field::Resource).filter(|c| !c.is_empty()),
            channel: cell(Field::Channel).filter(|c| !c.is_empty()),
            direction: cell(Field::Direction).filter(|c| !c.is_empty()),
        }))
    }

    fn skip(&mut self, row: u64) {
        self.summary.skipped += 1;
        self.summary.first_skipped.get_or_insert(row);
    }

    fn cell_error(&self, row: u64, field: Field, kind: ErrorKind) -> EvidenceError {
        let column = self
            .columns
            .get(field)
            .and_then(|i| self.header.get(i))
            .cloned()
            .unwrap_or_else(|| field.key().to_owned());
        EvidenceError {
            file: self.path.into(),
            place: Place::Cell(row, column),
            kind,
        }
    }
}

fn newlines(record: &[u8]) -> u64 {
    memchr::memchr_iter(b'\n', record).count() as u64
}

fn trim(cell: &[u8]) -> &[u8] {
    let start = cell.iter().position(|c| *c != b' ').unwrap_or(cell.len());
    let end = cell
        .iter()
        .rposition(|c| *c != b' ')
        .map_or(start, |e| e + 1);
    &cell[start..end]
}

/// How often `delimiter` occurs outside quoted cells.
fn outside_quotes(record: &[u8], delimiter: u8) -> usize {
    let mut inside = false;
    record
        .iter()
        .filter(|&&c| {
            if c == b'"' {
                inside = !inside;
            }
            c == delimiter && !inside
        })
        .count()
}

/// Cells of a record with quotes: `"a ""b""",c` is `a "b"` and `c`.
fn split_quoted(record: &[u8], delimiter: u8) -> Vec<Vec<u8>> {
    let mut cells = vec![Vec::new()];
    let mut inside = false;
    let mut i = 0;
    while i < record.len() {
        let c = record[i];
        let cell = cells.last_mut().expect("one cell at least");
        if inside {
            if c == b'"' {
                if record.get(i + 1) == Some(&b'"') {
                    cell.push(b'"');
                    i += 1;
                } else {
                    inside = false;
                }
            } else {
                cell.push(c);
            }
        } else if c == b'"' {
            inside = true;
        } else if c == delimiter {
            cells.push(Vec::new());
        } else {
            cell.push(c);
        }
        i += 1;
    }
    cells
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_end_at_line_ends_outside_quotes() {
        assert_eq!(record_end(b"a,b\nc", false), Some(Ok((3, 4))));
        assert_eq!(record_end(b"a,b\r\nc", false), Some(Ok((3, 5))));
        assert_eq!(record_end(b"a,\"b\nc\",d\ne", false), Some(Ok((9, 10))));
        assert_eq!(record_end(b"a,b", false), None);
        assert_eq!(record_end(b"a,b", true), Some(Ok((3, 3))));
        assert_eq!(record_end(b"a,\"b", true), Some(Err(())));
    }

    #[test]
    fn quoted_cells() {
        assert_eq!(
            split_quoted(b"\"Smit, J.\",\"zei \"\"nee\"\"\",x", b','),
            vec![b"Smit, J.".to_vec(), b"zei \"nee\"".to_vec(), b"x".to_vec()]
        );
        assert_eq!(outside_quotes(b"\"a;b\";c", b';'), 1);
    }
}
