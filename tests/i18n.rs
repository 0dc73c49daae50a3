//! Every text exists in both languages, with the same placeholders.

use wenselijk::domain::scoring::{Rule, Verdict};
use wenselijk::i18n::{placeholders, ui, Text};

fn check(name: &str, t: &Text) {
    assert!(!t.nl.trim().is_empty(), "{name}: Dutch text is empty");
    assert!(!t.en.trim().is_empty(), "{name}: English text is empty");
    assert!(!t.nl.contains("TODO") && !t.en.contains("TODO"), "{name}: TODO left");
    let (mut a, mut b) = (placeholders(t.nl), placeholders(t.en));
    a.sort();
    b.sort();
    assert_eq!(a, b, "{name}: placeholders differ between Dutch and English");
}

#[test]
fn all_ui_texts_complete() {
    assert!(ui::ALL.len() > 100, "the texts! macro should list every UI text");
    for (name, t) in ui::ALL {
        check(name, t);
    }
}

#[test]
fn ui_text_names_unique() {
    let mut names: Vec<&str> = ui::ALL.iter().map(|(n, _)| *n).collect();
    names.sort();
    let before = names.len();
    names.dedup();
    assert_eq!(before, names.len());
}

#[test]
fn rule_and_verdict_texts_complete() {
    for r in Rule::ALL {
        let (name, when) = ui::rule_text(r);
        check(&format!("{r:?} name"), &name);
        check(&format!("{r:?} when"), &when);
    }
    for v in [None, Some(Verdict::Desirable), Some(Verdict::Conditional), Some(Verdict::CrossesLine)] {
        check(&format!("{v:?}"), &ui::verdict_name(v));
        check(&format!("{v:?} hint"), &ui::verdict_hint(v));
    }
}

#[test]
fn languages_differ_where_they_should() {
    // Texts identical in both languages are only allowed for names.
    let allowed = ["APP_NAME", "NAV_START", "ABOUT_PRIVACY_TITLE", "CHANGED_ANSWER", "REPORT_DOWNLOAD_MD", "RT_JSON"];
    for (name, t) in ui::ALL {
        if !allowed.contains(name) {
            assert_ne!(t.nl, t.en, "{name}: same text in both languages, probably untranslated");
        }
    }
}

#[test]
fn all_report_texts_complete() {
    use wenselijk::i18n::report;
    assert!(report::ALL.len() > 20, "the texts! macro should list every report text");
    for (name, t) in report::ALL {
        check(name, t);
        assert_ne!(t.nl, t.en, "{name}: same text in both languages, probably untranslated");
    }
}

#[test]
fn all_config_texts_complete() {
    use wenselijk::i18n::config;
    assert!(config::ALL.len() > 40, "the texts! macro should list every configuration text");
    for (name, t) in config::ALL {
        check(name, t);
        assert_ne!(t.nl, t.en, "{name}: same text in both languages, probably untranslated");
    }
    let mut names: Vec<&str> = config::ALL.iter().map(|(n, _)| *n).collect();
    names.sort();
    let before = names.len();
    names.dedup();
    assert_eq!(before, names.len());
}

#[test]
fn all_group_texts_complete() {
    use wenselijk::i18n::groups;
    assert!(groups::ALL.len() > 40, "the texts! macro should list every customer-group text");
    for (name, t) in groups::ALL {
        check(name, t);
        assert_ne!(t.nl, t.en, "{name}: same text in both languages, probably untranslated");
    }
    let mut names: Vec<&str> = groups::ALL.iter().map(|(n, _)| *n).collect();
    names.sort();
    let before = names.len();
    names.dedup();
    assert_eq!(before, names.len());
}

#[test]
fn all_message_check_texts_complete() {
    use wenselijk::i18n::message;
    use wenselijk::message::Kind;
    assert!(message::ALL.len() > 60, "the texts! macro should list every message-check text");
    for (name, t) in message::ALL {
        check(name, t);
        assert_ne!(t.nl, t.en, "{name}: same text in both languages, probably untranslated");
    }
    for k in Kind::ALL {
        for t in [message::kind_name(k), message::kind_why(k)] {
            check(&format!("{k:?}"), &t);
            assert_ne!(t.nl, t.en);
        }
    }
}

#[test]
fn all_lens_texts_complete() {
    use wenselijk::domain::lens::{self as core, LensId};
    use wenselijk::i18n::lens;
    for (name, t) in lens::ALL {
        check(name, t);
    }
    for l in LensId::ALL {
        let def = lens::lens(l);
        for (i, t) in [def.name, def.intro, def.source].iter().chain(def.questions).enumerate() {
            check(&format!("{} {i}", l.key()), t);
        }
        assert_eq!(def.questions.len(), core::questions(l).len(), "{}: a text per question", l.key());
    }
    for t in lens::SCALE {
        check("lens scale", &t);
    }
}
