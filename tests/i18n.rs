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
    use wenselijk::domain::lens::bmap::Place;
    use wenselijk::domain::lens::*;
    use wenselijk::i18n::lens as t;
    assert!(t::ALL.len() > 50, "the texts! macro should list every lens text");
    for (name, x) in t::ALL {
        check(name, x);
    }
    for l in LensId::ALL {
        let d = t::lens(l);
        for x in [d.name, d.intro, d.source].iter().chain(d.questions) {
            check(l.key(), x);
            assert_ne!(x.nl, x.en, "{}: untranslated", l.key());
        }
    }
    let points = [
        Point::Available,
        Point::Promises,
        Point::Bother,
        Point::Formalities,
        Point::Mistakes,
        Point::Involved,
        Point::Placement,
        Point::ActNow,
        Point::RightMoment,
        Point::MomentMatters,
        Point::CustomerView,
        Point::BeforeAsked,
        Point::Peak,
        Point::RepairsLow,
        Point::End,
        Point::Beyond,
        Point::Tone,
        Point::Understood,
        Point::Upfront,
        Point::NoSurprise,
        Point::Human,
        Point::Extra(0),
    ];
    for p in points {
        check(&p.key(), &t::point(p));
        check(&p.key(), &t::advice(Advice::Fix(p)));
    }
    for a in [Advice::KeepItEasy, Advice::RaiseAbility, Advice::MoveMoment, Advice::DoNotPrompt] {
        check("advice", &t::advice(a));
    }
    for s in Status::ALL {
        check(s.key(), &t::status(s));
    }
    for p in [Place::Above, Place::Near, Place::Below] {
        check(p.key(), &t::place(p));
    }
    for c in Channel::ALL {
        check(c.key(), &t::channel(c));
        check(c.key(), &t::expect(c.response_time()));
    }
    for d in Day::ALL {
        check(d.key(), &t::day(d));
    }
    for x in t::SCALE {
        check("scale", &x);
    }
    // Every flag in words, with its number or day filled in.
    for lang in wenselijk::i18n::Lang::ALL {
        for f in [PlanFlag::Night(3), PlanFlag::Quiet(21), PlanFlag::Weekend(Day::Sun), PlanFlag::TooOften(3)] {
            let s = t::flag(f, lang);
            assert!(
                !s.contains('{') && (s.contains('3') || s.contains("21") || s.contains(t::day(Day::Sun).get(lang))),
                "{s}"
            );
        }
    }
}
