//! Channel and direction codes as logs write them (VERA `kanaal` and `richting`, Dutch and
//! English words) onto the journey format's own channels and directions.

use crate::model::{Channel, Direction};

/// The channel a log's code means; `None` for internal steps (`intern`) and unknown codes.
pub fn channel(code: &[u8]) -> Option<Channel> {
    let code = String::from_utf8_lossy(code).trim().to_ascii_lowercase();
    Some(match code.as_str() {
        "tel" | "telefoon" | "telefonisch" | "phone" | "telephone" => Channel::Phone,
        "ema" | "e-mail" | "email" | "mail" => Channel::Email,
        "bal" | "balie" | "desk" | "kantoor" => Channel::Desk,
        "bri" | "brief" | "letter" | "post" => Channel::Letter,
        "bez" | "huisbezoek" | "bezoek" | "home_visit" | "op locatie" | "visit" => {
            Channel::HomeVisit
        }
        "ins" | "inspectie" | "inspection" => Channel::Inspection,
        "int" | "internet" | "website" | "web" | "portal" | "portaal" | "klantportaal" => {
            Channel::Portal
        }
        "sms" => Channel::Sms,
        "app" | "whatsapp" => Channel::Whatsapp,
        _ => return None,
    })
}

/// The direction a log's code means.
pub fn direction(code: &[u8]) -> Option<Direction> {
    let code = String::from_utf8_lossy(code).trim().to_ascii_lowercase();
    match code.as_str() {
        "ink" | "inkomend" | "in" | "inbound" => Some(Direction::Inbound),
        "uit" | "uitgaand" | "out" | "outbound" => Some(Direction::Outbound),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vera_codes_and_words() {
        assert_eq!(channel(b"TEL"), Some(Channel::Phone));
        assert_eq!(channel(b"telefoon"), Some(Channel::Phone));
        assert_eq!(channel(b"BEZ"), Some(Channel::HomeVisit));
        assert_eq!(channel(b"APP"), Some(Channel::Whatsapp));
        assert_eq!(channel(b"intern"), None);
        assert_eq!(direction(b"INK"), Some(Direction::Inbound));
        assert_eq!(direction(b"UIT"), Some(Direction::Outbound));
        assert_eq!(direction(b"?"), None);
    }
}
