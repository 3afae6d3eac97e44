//! A data table as data, for the one `data_table` macro in `templates/macros/table.html`.
//!
//! Every chart has a table under "Show the data as a table" with the same frame (a scrolling
//! region, caption, column heads); building the cells here keeps that frame in one macro
//! instead of one hand-written table per chart.

use serde::Serialize;

use super::ThemeData;

/// A table with a caption and column heads. Serialised with two more fields: `row_count`, and
/// `table_html`, the whole table's markup (see `report::markup::table`), which the built-in
/// macro shows; `rows` only for a theme's own templates (`view::Detail`).
#[derive(Debug, Clone)]
pub struct TableView {
    /// The scrolling region's accessible name.
    pub label: String,
    /// The caption.
    pub caption: String,
    /// A CSS class for the `<table>`, if any.
    pub class: Option<&'static str>,
    /// The column heads.
    pub head: Vec<String>,
    /// The rows (for a theme's own `data_table` macro; the built-in one shows `table_html`).
    pub rows: ThemeData<Vec<TableRow>>,
}

impl Serialize for TableView {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;
        let mut s = serializer.serialize_struct("TableView", 7)?;
        s.serialize_field("label", &self.label)?;
        s.serialize_field("caption", &self.caption)?;
        s.serialize_field("class", &self.class)?;
        s.serialize_field("head", &self.head)?;
        if self.rows.shown {
            s.serialize_field("rows", &self.rows)?;
        } else {
            s.skip_field("rows")?;
        }
        s.serialize_field("row_count", &self.rows.len())?;
        s.serialize_field("table_html", &crate::report::markup::table::markup(self))?;
        s.end()
    }
}

/// One row.
#[derive(Debug, Clone, Serialize)]
pub struct TableRow {
    /// A CSS class for the `<tr>`, if any.
    pub class: Option<String>,
    /// The cells, left to right.
    pub cells: Vec<TableCell>,
}

/// One cell: text, or a list of items.
#[derive(Debug, Clone, Serialize, Default)]
pub struct TableCell {
    /// The text (empty for an empty cell).
    pub text: String,
    /// Items shown as a list instead of `text`, when not empty.
    pub items: Vec<String>,
    /// True for the row's header cell (`<th scope="row">`).
    pub header: bool,
    /// A CSS class for the cell, if any (`num` right-aligns a number).
    pub class: Option<String>,
}

impl TableCell {
    /// A plain cell.
    pub fn text(text: impl Into<String>) -> TableCell {
        TableCell {
            text: text.into(),
            ..TableCell::default()
        }
    }

    /// A plain cell that may be empty.
    pub fn maybe(text: Option<&String>) -> TableCell {
        TableCell::text(text.cloned().unwrap_or_default())
    }

    /// The row's header cell.
    pub fn header(text: impl Into<String>) -> TableCell {
        TableCell {
            header: true,
            ..TableCell::text(text)
        }
    }

    /// A number, right-aligned.
    pub fn num(text: impl Into<String>) -> TableCell {
        TableCell::text(text).class("num")
    }

    /// A list of items.
    pub fn list(items: Vec<String>) -> TableCell {
        TableCell {
            items,
            ..TableCell::default()
        }
    }

    /// The same cell with a CSS class.
    pub fn class(self, class: impl Into<String>) -> TableCell {
        TableCell {
            class: Some(class.into()),
            ..self
        }
    }
}

/// A class with its modifier, as the stylesheet expects: `feeling feeling-neg`.
pub fn modified(base: &str, modifier: &str) -> String {
    [base.to_owned(), format!("{base}-{modifier}")].join(" ")
}

impl TableRow {
    /// A row without a class.
    pub fn new(cells: Vec<TableCell>) -> TableRow {
        TableRow { class: None, cells }
    }
}
