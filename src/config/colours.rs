//! Colours, their contrast, and the logo: the `theme` setting.

use serde_json::{Map, Value};

use super::parse::Parser;
use super::problems::{shorten, ContrastWith, Expected, Fallback, LogoReason, SHOW_CHARS};
use super::{ConfigProblem, MAX_LOGO_DATA_CHARS, MAX_LOGO_PATH_CHARS, MIN_CONTRAST};

/// The built-in colours (`styles/app.css`); every one of them passes the
/// contrast checks against the others.
pub const DEFAULT_ACCENT: Colour = Colour(0x2f, 0x4b, 0xb8);
pub const DEFAULT_ACCENT_INK: Colour = Colour(0xff, 0xff, 0xff);
pub const DEFAULT_INK: Colour = Colour(0x1c, 0x1f, 0x24);
pub const DEFAULT_BACKGROUND: Colour = Colour(0xf6, 0xf5, 0xf1);
/// The cards (panels) the form and results sit on; not configurable.
pub const CARD: Colour = Colour(0xff, 0xff, 0xff);

pub(super) const THEME_KEYS: &[&str] = &["accent", "accent_ink", "ink", "background", "logo"];
pub(super) const THEME_ALIASES: &[(&str, &str)] = &[
    ("accent_text", "accent_ink"),
    ("text", "ink"),
    ("text_colour", "ink"),
    ("text_color", "ink"),
    ("bg", "background"),
    ("image", "logo"),
];

/// A colour as red, green and blue.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Colour(pub u8, pub u8, pub u8);

impl Colour {
    /// `#rgb` or `#rrggbb`, hex digits in either case; nothing else.
    pub fn parse(s: &str) -> Option<Colour> {
        let hex = s.strip_prefix('#')?;
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let digit = |i: usize| u8::from_str_radix(&hex[i..i + 1], 16).ok();
        match hex.len() {
            3 => Some(Colour(digit(0)? * 17, digit(1)? * 17, digit(2)? * 17)),
            6 => {
                let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
                Some(Colour(byte(0)?, byte(2)?, byte(4)?))
            }
            _ => None,
        }
    }

    /// `#rrggbb`, lower case.
    pub fn css(&self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// WCAG 2 relative luminance, 0 (black) to 1 (white).
    pub fn luminance(&self) -> f64 {
        fn channel(c: u8) -> f64 {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        }
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }

    /// WCAG 2 contrast ratio with another colour, 1 to 21; the order does not matter.
    pub fn contrast(&self, other: Colour) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        let (light, dark) = if a >= b { (a, b) } else { (b, a) };
        (light + 0.05) / (dark + 0.05)
    }
}

/// The organisation's colours and logo. `None` means the app's own
/// ([`DEFAULT_ACCENT`] and friends).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Theme {
    /// Links, borders, chart shapes, and the background of main buttons.
    pub accent: Option<Colour>,
    /// Text on accent-coloured buttons.
    pub accent_ink: Option<Colour>,
    /// Body text.
    pub ink: Option<Colour>,
    /// The page background around the white cards.
    pub background: Option<Colour>,
    /// A relative path on the app's own site, or a `data:image/...;base64,` URL.
    pub logo: Option<String>,
}

impl Theme {
    /// The CSS custom properties the organisation's colours can set, in the
    /// order of [`Theme::css_properties`].
    pub const CSS_PROPERTIES: [&'static str; 4] = ["--accent", "--accent-ink", "--ink", "--bg"];

    /// The CSS custom properties to set on the app's root, for the colours
    /// that are set (names from [`Theme::CSS_PROPERTIES`]).
    pub fn css_properties(&self) -> Vec<(&'static str, String)> {
        Self::CSS_PROPERTIES
            .into_iter()
            .zip([self.accent, self.accent_ink, self.ink, self.background])
            .filter_map(|(name, c)| c.map(|c| (name, c.css())))
            .collect()
    }

    pub fn accent_or_default(&self) -> Colour {
        self.accent.unwrap_or(DEFAULT_ACCENT)
    }

    pub fn accent_ink_or_default(&self) -> Colour {
        self.accent_ink.unwrap_or(DEFAULT_ACCENT_INK)
    }

    pub fn ink_or_default(&self) -> Colour {
        self.ink.unwrap_or(DEFAULT_INK)
    }

    pub fn background_or_default(&self) -> Colour {
        self.background.unwrap_or(DEFAULT_BACKGROUND)
    }
}

/// Checks a logo reference: a path relative to the app's folder (the same
/// rule as `embed::is_relative_path`, and also no quotes, brackets or
/// spaces), or a base64 `data:image/...` URL (lower case, png, jpeg, webp or
/// svg). The UI may use it as an `<img src>` as it is.
pub fn check_logo(logo: &str) -> Result<(), LogoReason> {
    if logo.get(..5).is_some_and(|p| p.eq_ignore_ascii_case("data:")) {
        let chars = logo.chars().count();
        if chars > MAX_LOGO_DATA_CHARS {
            return Err(LogoReason::TooLong { chars, max: MAX_LOGO_DATA_CHARS });
        }
        let (meta, payload) = logo[5..].split_once(',').ok_or(LogoReason::NotAnImage)?;
        // Lower case only, as in the schema.
        let image = logo.starts_with("data:")
            && ["image/png", "image/jpeg", "image/webp", "image/svg+xml"]
                .iter()
                .any(|mime| meta.strip_prefix(mime) == Some(";base64"));
        let body = payload.trim_end_matches('=');
        let base64 = !body.is_empty()
            && payload.len() - body.len() <= 2
            && body.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'+' || b == b'/');
        return if image && base64 { Ok(()) } else { Err(LogoReason::NotAnImage) };
    }
    let chars = logo.chars().count();
    if chars > MAX_LOGO_PATH_CHARS {
        return Err(LogoReason::TooLong { chars, max: MAX_LOGO_PATH_CHARS });
    }
    // A colon before the first slash, question mark or hash starts a scheme.
    let first = logo.find(['/', '?', '#']).unwrap_or(logo.len());
    if let Some(colon) = logo[..first].find(':') {
        return Err(LogoReason::Scheme(shorten(&logo[..colon].to_ascii_lowercase(), 20)));
    }
    if logo.starts_with("//") {
        return Err(LogoReason::OtherSite);
    }
    // Browsers read `\` as `/`, so `/\host` is another website too.
    if logo.contains('\\') {
        return Err(LogoReason::Backslash);
    }
    // Browsers drop tabs and newlines from URLs ("/\n/evil.example" is
    // "//evil.example"), and quotes or brackets could break out of a CSS url().
    if logo.chars().any(|c| c.is_whitespace() || c.is_control() || "\"'()<>`".contains(c)) {
        return Err(LogoReason::BadCharacter);
    }
    if logo.starts_with('/') {
        return Err(LogoReason::Absolute);
    }
    let path = &logo[..logo.find(['?', '#']).unwrap_or(logo.len())];
    if path.split('/').any(|seg| seg.to_ascii_lowercase().replace("%2e", ".") == "..") {
        return Err(LogoReason::ParentFolder);
    }
    Ok(())
}

impl Parser {
    fn colour(&mut self, m: &Map<String, Value>, key: &str, default: Colour) -> Option<Colour> {
        let path = format!("theme.{key}");
        match m.get(key)? {
            Value::String(s) => {
                let c = Colour::parse(s);
                if c.is_none() {
                    self.report(ConfigProblem::BadColour { path, found: shorten(s, SHOW_CHARS), fallback: default });
                }
                c
            }
            other => {
                self.wrong_type(&path, Expected::Colour, other, Fallback::Colour(default));
                None
            }
        }
    }

    pub(super) fn theme(&mut self, v: &Value) -> Theme {
        let Value::Object(m) = v else {
            self.wrong_type("theme", Expected::Object, v, Fallback::Default);
            return Theme::default();
        };
        let mut theme = Theme {
            accent: self.colour(m, "accent", DEFAULT_ACCENT),
            accent_ink: self.colour(m, "accent_ink", DEFAULT_ACCENT_INK),
            ink: self.colour(m, "ink", DEFAULT_INK),
            background: self.colour(m, "background", DEFAULT_BACKGROUND),
            logo: None,
        };
        // Accent is link and text colour on the white cards, ink the text on them.
        self.on_cards(&mut theme.accent, "theme.accent", DEFAULT_ACCENT);
        self.on_cards(&mut theme.ink, "theme.ink", DEFAULT_INK);
        // Button text on accent buttons.
        self.pair(
            [
                (&mut theme.accent_ink, "theme.accent_ink", DEFAULT_ACCENT_INK),
                (&mut theme.accent, "theme.accent", DEFAULT_ACCENT),
            ],
            [ContrastWith::AccentInk, ContrastWith::Accent],
        );
        // Body text on the page background.
        self.pair(
            [
                (&mut theme.ink, "theme.ink", DEFAULT_INK),
                (&mut theme.background, "theme.background", DEFAULT_BACKGROUND),
            ],
            [ContrastWith::Ink, ContrastWith::Background],
        );
        if let Some(v) = m.get("logo") {
            theme.logo = self.logo(v);
        }
        self.unknown_keys(m, "theme", THEME_KEYS, THEME_ALIASES);
        theme
    }

    fn on_cards(&mut self, colour: &mut Option<Colour>, path: &str, default: Colour) {
        if let Some(c) = *colour {
            let ratio = c.contrast(CARD);
            if ratio < MIN_CONTRAST {
                self.report(ConfigProblem::LowContrast {
                    path: path.to_string(),
                    colour: c,
                    with: ContrastWith::Cards,
                    ratio,
                    fallback: default,
                });
                *colour = None;
            }
        }
    }

    /// Two colours that must contrast with each other (text first, then what
    /// it stands on). When they do not, as few of the organisation's colours
    /// as possible go back to the default: first the text colour alone, then
    /// the background alone, then both. The defaults always pass.
    fn pair(
        &mut self,
        [(fg, fg_path, fg_default), (bg, bg_path, bg_default)]: [(&mut Option<Colour>, &str, Colour); 2],
        [fg_with, bg_with]: [fn(Colour) -> ContrastWith; 2],
    ) {
        let passes = |f: Option<Colour>, b: Option<Colour>| {
            f.unwrap_or(fg_default).contrast(b.unwrap_or(bg_default)) >= MIN_CONTRAST
        };
        let (f, b) = (*fg, *bg);
        if passes(f, b) {
            return;
        }
        let (drop_fg, drop_bg) = if f.is_some() && passes(None, b) {
            (true, false)
        } else if b.is_some() && passes(f, None) {
            (false, true)
        } else {
            (f.is_some(), b.is_some())
        };
        let (fc, bc) = (f.unwrap_or(fg_default), b.unwrap_or(bg_default));
        let ratio = fc.contrast(bc);
        if drop_fg {
            let with = bg_with(bc);
            self.report(ConfigProblem::LowContrast {
                path: fg_path.to_string(),
                colour: fc,
                with,
                ratio,
                fallback: fg_default,
            });
            *fg = None;
        }
        if drop_bg {
            let with = fg_with(fc);
            self.report(ConfigProblem::LowContrast {
                path: bg_path.to_string(),
                colour: bc,
                with,
                ratio,
                fallback: bg_default,
            });
            *bg = None;
        }
    }

    fn logo(&mut self, v: &Value) -> Option<String> {
        let path = "theme.logo";
        let Value::String(s) = v else {
            self.wrong_type(path, Expected::Text, v, Fallback::LeftOut);
            return None;
        };
        if s.trim().is_empty() {
            self.report(ConfigProblem::Empty { path: path.to_string(), fallback: Fallback::LeftOut });
            return None;
        }
        match check_logo(s) {
            Ok(()) => Some(s.clone()),
            Err(reason) => {
                self.report(ConfigProblem::BadLogo { path: path.to_string(), reason });
                None
            }
        }
    }
}
