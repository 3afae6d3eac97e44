//! The markup of a data table (`view::TableView`), which the view carries as `table_html`
//! for the built-in `data_table` macro in `templates/macros/table.html`.
//!
//! Tera walked every cell of every table through the macro's `if`s and lookups: a fifth of a
//! report's time on journeys of 100 touchpoints (a Tera function would still clone the whole
//! table for its argument). Written here from the view it is one pass, the same bytes as the
//! macro wrote, escaped as Tera escapes. A theme that overrides the macro loops over the rows
//! itself.

use super::{class, escape};
use crate::report::view::{TableCell, TableView};

/// The table's markup, as the macro wrote it.
pub(crate) fn markup(table: &TableView) -> String {
    let mut out = String::with_capacity(256 + 64 * table.rows.len());
    out.push_str(r#"<div class="table-scroll" tabindex="0" role="region" aria-label=""#);
    escape(&mut out, &table.label);
    out.push_str("\">\n<table");
    class(&mut out, table.class);
    out.push_str(">\n<caption>");
    escape(&mut out, &table.caption);
    out.push_str("</caption>\n<thead><tr>");
    for head in &table.head {
        out.push_str(r#"<th scope="col">"#);
        escape(&mut out, head);
        out.push_str("</th>");
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in table.rows.iter() {
        out.push_str("<tr");
        class(&mut out, row.class.as_deref());
        out.push('>');
        for (i, cell) in row.cells.iter().enumerate() {
            let head = table.head.get(i).map_or("", String::as_str);
            self::cell(&mut out, cell, head);
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n</div>");
    out
}

/// One cell; a data cell carries its column's head (`data-label`), which a phone shows when
/// it stacks the rows.
fn cell(out: &mut String, cell: &TableCell, head: &str) {
    if cell.header {
        out.push_str(r#"<th scope="row">"#);
        escape(out, &cell.text);
        out.push_str("</th>");
        return;
    }
    out.push_str("<td");
    class(out, cell.class.as_deref());
    out.push_str(" data-label=\"");
    escape(out, head);
    out.push_str("\">");
    if cell.items.is_empty() {
        escape(out, &cell.text);
    } else {
        out.push_str(r#"<ul class="plain">"#);
        for item in &cell.items {
            out.push_str("<li>");
            escape(out, item);
            out.push_str("</li>");
        }
        out.push_str("</ul>");
    }
    out.push_str("</td>");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::view::TableRow;

    /// The macro as it was before tjm wrote the markup, kept as a theme for the test that a
    /// theme looping over the rows gives the same pages: the function must write its bytes.
    const MACRO: &str = include_str!("../../../tests/fixtures/theme/loops/macros/table.html");

    fn through_macro(table: &TableView) -> String {
        let mut tera = tera::Tera::default();
        tera.add_raw_templates([
            ("macros/table.html", MACRO),
            (
                "page.html",
                r#"{% import "macros/table.html" as tables %}{{ tables::data_table(table=table) }}"#,
            ),
        ])
        .unwrap();
        let mut context = tera::Context::new();
        context.insert("table", table);
        tera.render("page.html", &context).unwrap()
    }

    // Every kind of cell, classes set and unset, markup and quotes in the text, empty lists:
    // the same bytes as the macro.
    #[test]
    fn writes_what_the_macro_wrote() {
        let tables = [
            TableView {
                label: "Data <&> \"x\" 'y' a/b".into(),
                caption: "Caption & more".into(),
                class: Some("data"),
                head: vec!["Stap".into(), "<b>".into()],
                rows: vec![
                    TableRow {
                        class: Some("row-bad".into()),
                        cells: vec![
                            TableCell::header("Bellen </th>"),
                            TableCell::num("45%"),
                            TableCell::list(vec!["één".into(), "<li>".into()]),
                            TableCell::text(""),
                            TableCell::text("x").class(""),
                        ],
                    },
                    TableRow::new(vec![TableCell::list(Vec::new()), TableCell::maybe(None)]),
                ]
                .into(),
            },
            TableView {
                label: String::new(),
                caption: String::new(),
                class: None,
                head: Vec::new(),
                rows: Vec::new().into(),
            },
        ];
        for table in &tables {
            assert_eq!(markup(table), through_macro(table));
        }
    }
}
