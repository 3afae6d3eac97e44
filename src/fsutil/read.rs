//! Reading files with a size cap that holds while reading, so `/dev/zero`, a pipe or a file
//! that grows cannot make tjm read until memory runs out. Journey files, `tjm.toml` and theme
//! files are all read through here.

use std::path::Path;

use crate::i18n::{self, Args, Locale};

/// What [`read_capped`] found.
#[derive(Debug)]
pub enum Capped {
    /// The whole file, at most the cap.
    Bytes(Vec<u8>),
    /// More than the cap; `len` is the size when the file system knows it (not for a device
    /// or a pipe).
    TooLarge {
        /// The file's size in bytes, when known.
        len: Option<u64>,
    },
}

/// Reads `path`, but never more than `cap` bytes plus one: the cap holds while reading, so
/// `/dev/zero`, a pipe or a file that grows cannot make tjm read until memory runs out.
pub fn read_capped(path: &Path, cap: u64) -> std::io::Result<Capped> {
    use std::io::Read as _;
    let file = std::fs::File::open(path)?;
    let metadata = file.metadata()?;
    // A regular file's size is known: refuse before reading anything.
    if metadata.is_file() && metadata.len() > cap {
        return Ok(Capped::TooLarge {
            len: Some(metadata.len()),
        });
    }
    let hint = if metadata.is_file() {
        metadata.len()
    } else {
        0
    };
    let mut bytes = Vec::with_capacity(usize::try_from(hint.min(cap)).unwrap_or(0));
    file.take(cap + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > cap {
        return Ok(Capped::TooLarge { len: None });
    }
    Ok(Capped::Bytes(bytes))
}

/// The largest `tjm.toml` or theme file tjm reads: far more than any real one needs.
pub const MAX_TEXT_BYTES: u64 = 4 * 1024 * 1024;

/// Reads a small UTF-8 text file (a config or a theme file) of at most [`MAX_TEXT_BYTES`].
/// A larger one, or one that is not UTF-8, is an error that says so in words, in `locale`
/// (the run's: the caller puts the reason into its own message in that language).
pub fn read_text_capped(path: &Path, locale: Locale) -> std::io::Result<String> {
    match read_capped(path, MAX_TEXT_BYTES)? {
        Capped::Bytes(bytes) => String::from_utf8(bytes).map_err(|_| {
            std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                i18n::text(locale, "read-not-utf8"),
            )
        }),
        Capped::TooLarge { .. } => Err(std::io::Error::new(
            std::io::ErrorKind::FileTooLarge,
            i18n::message(
                locale,
                "read-too-large",
                &Args::new().count("megabytes", MAX_TEXT_BYTES / (1024 * 1024)),
            ),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // A file at the cap is read whole; one byte more is refused with its size.
    #[test]
    fn cap_on_regular_files() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.json");
        std::fs::write(&path, b"0123456789").unwrap();
        assert!(matches!(read_capped(&path, 10).unwrap(), Capped::Bytes(b) if b.len() == 10));
        assert!(matches!(
            read_capped(&path, 9).unwrap(),
            Capped::TooLarge { len: Some(10) }
        ));
    }

    // An endless device stops at the cap instead of filling memory.
    #[cfg(unix)]
    #[test]
    fn cap_on_an_endless_device() {
        let found = read_capped(Path::new("/dev/zero"), 1024).unwrap();
        assert!(matches!(found, Capped::TooLarge { len: None }), "{found:?}");
    }

    // A config or theme file is capped as well, with a reason in words.
    #[cfg(unix)]
    #[test]
    fn text_files_are_capped_too() {
        let error = read_text_capped(Path::new("/dev/zero"), Locale::En).unwrap_err();
        assert_eq!(error.kind(), std::io::ErrorKind::FileTooLarge);
        assert!(error.to_string().contains("larger than 4 MB"), "{error}");
        let error = read_text_capped(Path::new("/dev/zero"), Locale::Nl).unwrap_err();
        assert!(error.to_string().contains("groter dan 4 MB"), "{error}");
    }
}
