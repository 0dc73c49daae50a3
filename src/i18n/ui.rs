//! The interface's own texts.

use crate::texts;

texts! {
    APP_NAME = "Wenselijk?", "Wenselijk?";
}
