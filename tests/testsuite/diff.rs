//! Tests for `tjm diff` (to be filled by the feature's owner).
