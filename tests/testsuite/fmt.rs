//! Tests for `tjm fmt` (to be filled by the feature's owner).
