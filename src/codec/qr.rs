//! QR codes: the module matrix for a text, which the UI draws as SVG.

use qrcode::{Color, EcLevel, QrCode};

/// A square matrix of dark (`true`) and light modules, row by row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrMatrix {
    pub width: usize,
    pub dark: Vec<bool>,
}

impl QrMatrix {
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        self.dark.get(y * self.width + x).copied().unwrap_or(false)
    }
}

/// The QR matrix of `text` at medium error correction, falling back to low
/// for long texts; `None` if it does not fit in a QR code at all.
pub fn matrix(text: &str) -> Option<QrMatrix> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M)
        .or_else(|_| QrCode::with_error_correction_level(text.as_bytes(), EcLevel::L))
        .ok()?;
    let width = code.width();
    let dark = code.to_colors().into_iter().map(|c| c == Color::Dark).collect();
    Some(QrMatrix { width, dark })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_grow_with_text_and_overlong_text_is_refused() {
        let short = matrix("https://example.org/#r1.abc").unwrap();
        assert!(short.width >= 21 && short.dark.len() == short.width * short.width);
        // Finder pattern: the top-left corner module is dark.
        assert!(short.is_dark(0, 0));
        let long = matrix(&"a".repeat(900)).unwrap();
        assert!(long.width > short.width);
        assert!(matrix(&"a".repeat(5000)).is_none());
    }
}
