//! The message check in the form (issue 13): the customer's text field, and
//! under it the live check: figures and reading ease, the text with its
//! marks (buttons, explained in the list and, when chosen, beside the text),
//! what to improve, whether it speaks to the reader and ends with one step,
//! and before and after with the kept versions. Also the suggested step in
//! Taal and Complexiteit. A memoised component: it renders only when the
//! text, its check or its versions change.

use super::widgets;
use crate::domain::{MessageVersion, TextLang};
use crate::i18n::framework::DIMENSION_SCALE;
use crate::i18n::message as m;
use crate::i18n::Lang;
use crate::message::check::{self, Check, Version};
use crate::message::marks::{parts, Part};
use crate::message::suggest::Suggestion;
use crate::message::{Finding, Kind, OrgWords, Span, Words};
use crate::report::message::{finding_line, formula, version_name};
use crate::state::{Action, MessageAction, WordList};
use std::rc::Rc;
use yew::prelude::*;

/// The customer's text: a text area that keeps a version when left after a
/// change. `text_lang` is the language the check reads it in (for the
/// browser's spelling and screen readers).
pub fn field(text: &str, text_lang: Option<TextLang>, lang: Lang, d: &Callback<Action>) -> Html {
    let label = crate::report::idea_label(crate::domain::IdeaField::Message);
    let oninput =
        d.reform(|e: InputEvent| Action::SetIdea(crate::domain::IdeaField::Message, widgets::event_value(&e)));
    let onchange = d.reform(|_: Event| Action::Message(MessageAction::Keep));
    let maxlength = crate::codec::MAX_TEXT_CHARS.to_string();
    html! {
        <div class="field field-message">
            <label for="idea-message">{ label.get(lang) }</label>
            <textarea id="idea-message" rows="5" maxlength={maxlength} value={text.to_string()}
                lang={text_lang.map(code)} aria-describedby="msg-check-title" {oninput} {onchange} />
        </div>
    }
}

fn code(l: TextLang) -> &'static str {
    match l {
        TextLang::Nl => "nl",
        TextLang::En => "en",
    }
}

#[derive(Properties, PartialEq)]
pub struct PanelProps {
    /// The check of the customer's text (it carries the text it was made
    /// of); `None` when the text is blank. The panel renders only when it
    /// changes, not on every key press.
    pub check: Rc<Option<Check>>,
    pub versions: Rc<Vec<MessageVersion>>,
    pub words: WordList,
    /// The organisation's own words (its configuration).
    pub org: OrgWords,
    pub lang: Lang,
    /// False where the check is only shown (participants, reports): no
    /// language choice, no version buttons.
    #[prop_or(true)]
    pub editable: bool,
    /// The formula and the kept versions open (reports and print).
    #[prop_or(false)]
    pub open: bool,
    pub dispatch: Callback<Action>,
}

/// The live check under the text.
#[component]
pub fn Panel(p: &PanelProps) -> Html {
    let lang = p.lang;
    let chosen = use_state(|| None::<Vec<usize>>);
    // Forgetting a version removes the button that had focus: focus then
    // goes to "undo" (as after removing a customer group).
    let forgot = use_mut_ref(|| false);
    {
        let forgot = forgot.clone();
        use_effect_with(p.versions.len(), move |_| {
            if std::mem::take(&mut *forgot.borrow_mut()) {
                super::effects::focus_selector("#undo");
            }
        });
    }
    let dispatch = p.dispatch.reform(move |a: Action| {
        if matches!(a, Action::Message(MessageAction::Forget(_))) {
            *forgot.borrow_mut() = true;
        }
        a
    });
    // Before and after: the kept versions read again when they or the check change.
    let columns = {
        let (versions, check, words, org) = (p.versions.clone(), p.check.clone(), p.words.clone(), p.org.clone());
        use_memo((versions, check, words, org), |(versions, check, words, org)| {
            let words = Words { lexicon: words.lexicon(), org: Some(org) };
            check.as_ref().as_ref().map(|c| check::before_after(versions, c, words)).unwrap_or_default()
        })
    };
    let Some(c) = p.check.as_ref() else {
        return html! {
            <section class="msg-check" aria-labelledby="msg-check-title">
                <h3 id="msg-check-title">{ m::TITLE.get(lang) }</h3>
                <p class="intro">{ m::INTRO.get(lang) }</p>
                <p class="empty" id="msg-empty">{ m::EMPTY.get(lang) }</p>
                { kept(&p.versions, lang, p.editable, p.open, &dispatch) }
            </section>
        };
    };
    let a = &c.analysis;
    // The text the check was made of (it follows typing a moment later).
    let text = c.text.as_str();
    let on_mark = {
        let chosen = chosen.clone();
        Callback::from(move |ids: Vec<usize>| chosen.set(Some(ids)))
    };
    let status = match &p.words {
        WordList::Ready(_) => html! {},
        WordList::Failed(problem) => {
            html! { <p class="msg-status warning" id="msg-words-failed">{ m::LOAD_FAILED.fill(lang, &[("detail", &m::words_problem(problem, lang))]) }</p> }
        }
        _ => html! { <p class="msg-status" id="msg-words-loading">{ m::LOADING.get(lang) }</p> },
    };
    let f = &a.figures;
    let band = f.band();
    let band_class = match band {
        crate::message::Band::B1OrEasier => "band band-easy",
        crate::message::Band::HarderThanB1 => "band band-hard",
        crate::message::Band::Empty => "band",
    };
    let chosen_box = chosen.as_ref().filter(|ids| ids.iter().all(|i| *i < a.findings.len())).map(|ids| {
        html! {
            <div class="msg-chosen" id="msg-chosen">
                <h4>{ m::CHOSEN.get(lang) }</h4>
                { for ids.iter().map(|i| finding_detail(&a.findings[*i], text, lang)) }
            </div>
        }
    });
    html! {
        <section class="msg-check" aria-labelledby="msg-check-title">
            <h3 id="msg-check-title">{ m::TITLE.get(lang) }</h3>
            <p class="intro">{ m::INTRO.get(lang) }</p>
            if p.editable {
                { lang_choice(c, lang, &p.dispatch) }
            }
            { status }
            if a.cut {
                <p class="msg-status warning">{ m::CUT.get(lang) }</p>
            }
            <p class={band_class} id="msg-band">
                <strong>{ m::band(band).get(lang) }</strong>
                { " · " }{ m::EASE.get(lang) }{ " " }{ m::ease_text(f.ease, lang) }
            </p>
            <dl class="msg-figures">
                <div><dt>{ m::WORDS.get(lang) }</dt><dd id="msg-words">{ f.words }</dd></div>
                <div><dt>{ m::SENTENCES.get(lang) }</dt><dd>{ f.sentences }</dd></div>
                <div><dt>{ m::AVG_SENTENCE.get(lang) }</dt><dd>{ crate::i18n::decimal(f.avg_sentence, lang) }</dd></div>
                <div><dt>{ m::LONGEST.get(lang) }</dt><dd id="msg-longest">{ m::N_WORDS.fill(lang, &[("n", &f.longest_sentence.to_string())]) }</dd></div>
            </dl>
            <details class="msg-formula" open={p.open}>
                <summary>{ m::FORMULA_SUMMARY.get(lang) }</summary>
                <p>{ formula(a, lang) }</p>
                <p>{ m::FORMULA_BAND.get(lang) }</p>
                <p>{ m::ESTIMATE.get(lang) }</p>
            </details>
            <h4 id="msg-marked-title">{ m::MARKED.get(lang) }</h4>
            <p class="hint">{ m::MARKED_HINT.get(lang) }</p>
            <div class="marked" id="msg-marked" role="group" aria-labelledby="msg-marked-title" lang={code(a.lang)}>
                { render_parts(&parts(text, a), text, a.findings.as_slice(), &on_mark, lang) }
            </div>
            // Always there, so choosing a mark neither moves the marks (which
            // would lose the focus) nor goes unannounced.
            <div class="msg-chosen-area" aria-live="polite">{ chosen_box }</div>
            <h4>{ m::FINDINGS.get(lang) }</h4>
            { findings_list(a.findings.as_slice(), text, lang) }
            <dl class="msg-checks">
                <dt>{ m::CHECKS.get(lang) }</dt>
                <dd id="msg-address">{ m::address(a.address).get(lang) }</dd>
                <dt>{ m::NEXT_STEP.get(lang) }</dt>
                <dd id="msg-next-step">{ m::next_step(a.next_step, text, lang) }</dd>
                if f.asks > 2 {
                    <dd id="msg-asks">{ m::ASKS.fill(lang, &[("n", &f.asks.to_string())]) }</dd>
                }
            </dl>
            { before_after(&columns, lang) }
            { kept(&p.versions, lang, p.editable, p.open, &dispatch) }
        </section>
    }
}

/// "Language of the text": automatic (with the guess) or chosen.
fn lang_choice(c: &Check, lang: Lang, d: &Callback<Action>) -> Html {
    let auto = match c.guessed {
        Some(g) => m::TEXT_LANG_GUESS.fill(lang, &[("lang", m::lang_name(g).get(lang))]),
        None => m::TEXT_LANG_GUESS_NONE.get(lang).to_string(),
    };
    let onchange = d.reform(|e: Event| {
        Action::Message(MessageAction::Lang(match widgets::event_value(&e).as_str() {
            "nl" => Some(TextLang::Nl),
            "en" => Some(TextLang::En),
            _ => None,
        }))
    });
    let opt = |value: &'static str, label: String, selected: bool| html! { <option value={value} selected={selected}>{ label }</option> };
    html! {
        <div class="field msg-lang">
            <label for="msg-lang">{ m::TEXT_LANG.get(lang) }</label>
            <select id="msg-lang" aria-describedby="msg-lang-hint" {onchange}>
                { opt("auto", auto, c.chosen.is_none()) }
                { opt("nl", m::LANG_NL.get(lang).into(), c.chosen == Some(TextLang::Nl)) }
                { opt("en", m::LANG_EN.get(lang).into(), c.chosen == Some(TextLang::En)) }
            </select>
            <p class="hint" id="msg-lang-hint">{ m::TEXT_LANG_HINT.get(lang) }</p>
        </div>
    }
}

/// The text of a span, or nothing when it does not fit the text.
fn slice(text: &str, s: Span) -> &str {
    text.get(s.start..s.end).unwrap_or("")
}

fn render_parts(ps: &[Part], text: &str, findings: &[Finding], on_mark: &Callback<Vec<usize>>, lang: Lang) -> Html {
    ps.iter()
        .map(|part| match part {
            Part::Text(s) => html! { { slice(text, *s) } },
            Part::Mark { span, findings: ids } => {
                let of = || ids.iter().filter_map(|i| findings.get(*i)).map(|f| f.kind);
                let kinds: Vec<&str> = of().map(kind_class).collect();
                // The kinds in words, shown after the mark in print (black and white).
                let mut names: Vec<&str> = Vec::new();
                for n in of().map(|k| m::kind_name(k).get(lang)) {
                    if !names.contains(&n) {
                        names.push(n);
                    }
                }
                let names = names.join(", ");
                let describedby = ids.iter().map(|i| format!("mf-{i}")).collect::<Vec<_>>().join(" ");
                let onclick = on_mark.reform({
                    let ids = ids.clone();
                    move |_| ids.clone()
                });
                html! {
                    <button type="button" class={classes!("mk", kinds)} data-kinds={names} aria-describedby={describedby} {onclick}>
                        { slice(text, *span) }
                    </button>
                }
            }
            Part::Long { finding, parts: inner, .. } => {
                let words = findings.get(*finding).map_or(0, |f| f.count);
                let onclick = on_mark.reform({
                    let id = *finding;
                    move |_| vec![id]
                });
                html! {
                    <span class="long-sentence">
                        { render_parts(inner, text, findings, on_mark, lang) }
                        <button type="button" class="mk mk-long" aria-describedby={format!("mf-{finding}")} {onclick}>
                            { m::SENTENCE_WORDS.fill(lang, &[("n", &words.to_string())]) }
                        </button>
                    </span>
                }
            }
        })
        .collect()
}

fn kind_class(k: Kind) -> &'static str {
    match k {
        Kind::LongSentence => "mk-long",
        Kind::LongWord => "mk-long-word",
        Kind::VeryLongWord => "mk-very-long-word",
        Kind::Negation => "mk-negation",
        Kind::Passive => "mk-passive",
        Kind::Officialese => "mk-officialese",
        Kind::Avoid => "mk-avoid",
    }
}

fn finding_detail(f: &Finding, text: &str, lang: Lang) -> Html {
    html! {
        <div class="msg-detail">
            <p><strong>{ m::kind_name(f.kind).get(lang) }</strong>{ ": " }{ finding_line(f, text, lang) }</p>
            <p>{ m::kind_why(f.kind).get(lang) }</p>
        </div>
    }
}

/// What to improve, by kind, each finding with an id the marks point to.
fn findings_list(findings: &[Finding], text: &str, lang: Lang) -> Html {
    if findings.is_empty() {
        return html! { <p class="msg-none" id="msg-none">{ m::MARKED_NONE.get(lang) }</p> };
    }
    let group = |k: Kind| {
        let items: Vec<(usize, &Finding)> = findings.iter().enumerate().filter(|(_, f)| f.kind == k).collect();
        if items.is_empty() {
            return html! {};
        }
        html! {
            <li class={classes!("msg-kind", kind_class(k))} data-kind={kind_class(k)}>
                <h5>{ m::kind_name(k).get(lang) }{ format!(" ({})", items.len()) }</h5>
                <p>{ m::kind_why(k).get(lang) }</p>
                <ul>
                    { for items.into_iter().map(|(i, f)| html! {
                        <li id={format!("mf-{i}")}>
                            <span class="sr-only">{ m::kind_name(k).get(lang) }{ ": " }</span>
                            { finding_line(f, text, lang) }
                        </li>
                    }) }
                </ul>
            </li>
        }
    };
    html! { <ul class="msg-findings" id="msg-findings">{ for Kind::ALL.into_iter().map(group) }</ul> }
}

fn before_after(columns: &[(Version, crate::message::Figures)], lang: Lang) -> Html {
    if columns.is_empty() {
        return html! {};
    }
    let figs: Vec<_> = columns.iter().map(|(_, f)| *f).collect();
    html! {
        <div class="msg-before-after">
            <h4>{ m::VERSIONS.get(lang) }</h4>
            <div class="table-scroll">
                <table id="msg-versions">
                    <caption>{ m::VERSIONS_CAPTION.get(lang) }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ m::VERSION_FIGURE.get(lang) }</th>
                            { for columns.iter().map(|(v, _)| html! { <th scope="col">{ version_name(*v).get(lang) }</th> }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for m::figure_rows(&figs, lang).into_iter().map(|(label, values)| html! {
                            <tr>
                                <th scope="row">{ label }</th>
                                { for values.into_iter().map(|v| html! { <td>{ v }</td> }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </div>
    }
}

/// The kept versions, to read, use again or forget.
fn kept(versions: &[MessageVersion], lang: Lang, editable: bool, open: bool, d: &Callback<Action>) -> Html {
    if versions.is_empty() {
        return html! {};
    }
    let item = |(i, v): (usize, &MessageVersion)| {
        let n = (i + 1).to_string();
        html! {
            <li>
                <p class="version-name">{ m::VERSION_N.fill(lang, &[("n", &n)]) }</p>
                <p class="version-text">{ &v.text }</p>
                if editable {
                    <div class="row-actions">
                        <button type="button" class="version-use" aria-label={m::VERSION_USE_LABEL.fill(lang, &[("n", &n)])}
                            onclick={d.reform(move |_| Action::Message(MessageAction::Restore(i)))}>{ m::VERSION_USE.get(lang) }</button>
                        <button type="button" class="version-forget" aria-label={m::VERSION_FORGET_LABEL.fill(lang, &[("n", &n)])}
                            onclick={d.reform(move |_| Action::Message(MessageAction::Forget(i)))}>{ m::VERSION_FORGET.get(lang) }</button>
                    </div>
                }
            </li>
        }
    };
    html! {
        <details class="msg-kept" id="msg-kept" {open}>
            <summary>{ m::VERSIONS_KEPT.fill(lang, &[("n", &versions.len().to_string())]) }</summary>
            <p class="hint">{ m::VERSIONS_INTRO.get(lang) }</p>
            <ol>{ for versions.iter().enumerate().map(item) }</ol>
        </details>
    }
}

/// The suggested step in Taal or Complexiteit, with its reasons; never an
/// answer.
pub fn suggestion(s: Option<&Suggestion>, ease: Option<f32>, id: &str, lang: Lang) -> Html {
    let Some(s) = s else { return html! {} };
    let level = s.level.get();
    let word = DIMENSION_SCALE[usize::from(level - 1)].get(lang);
    html! {
        <div class="msg-suggestion" id={id.to_string()}>
            <p><strong>{ m::SUGGESTED.fill(lang, &[("level", &format!("{level} {word}"))]) }</strong></p>
            if s.reasons.is_empty() {
                <p>{ m::SUGGESTED_NONE.get(lang) }</p>
            } else {
                <p>{ m::SUGGESTED_WHY.get(lang) }</p>
                <ul>{ for s.reasons.iter().map(|r| html! { <li>{ m::reason(*r, ease, lang) }</li> }) }</ul>
            }
            <p class="hint">{ m::SUGGESTED_OWN.get(lang) }</p>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ReadOnlyProps {
    pub text: AttrValue,
    pub chosen: Option<TextLang>,
    pub words: WordList,
    pub org: OrgWords,
    pub lang: Lang,
}

/// The check of a text that is only shown (a round table's participants):
/// no language choice, no versions; nothing for a blank text.
#[component]
pub fn ReadOnly(p: &ReadOnlyProps) -> Html {
    let check = use_memo(
        (p.text.clone(), p.chosen, p.lang, p.words.clone(), p.org.clone()),
        |(text, chosen, lang, words, org)| {
            let words = Words { lexicon: words.lexicon(), org: Some(org) };
            check::of_text(text, *chosen, lang.text_lang(), words)
        },
    );
    if check.is_none() {
        return html! {};
    }
    html! {
        <Panel check={check} versions={Rc::new(Vec::new())} words={p.words.clone()}
            org={p.org.clone()} lang={p.lang} editable={false} dispatch={Callback::noop()} />
    }
}
