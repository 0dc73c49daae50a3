//! The root component: holds the one reducer, runs the effects after each
//! change, and lays out header, notices, the current view and footer.

use super::{assess, collection, compare, effects, message, pages, report, roundtable};
use crate::config;
use crate::embed;
use crate::i18n::config as c;
use crate::i18n::ui as t;
use crate::i18n::Text;
use crate::state::{self, Action, AppState, ImportChoice, Notice, View};
use std::rc::Rc;
use yew::prelude::*;

/// The reducer's state, wrapped for Yew. The clock is read here, at the
/// edge, so `state::reduce` stays pure.
#[derive(PartialEq)]
pub struct Store(pub AppState);

impl Reducible for Store {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = state::reduce(&self.0, action, effects::now());
        // Every change of what is kept is noted with the storage effect at
        // once, in the same task as the action: a merge with other tabs can
        // never run between an edit and its noting (it is merged and written
        // a moment later, off the input path).
        if next.revision != self.0.revision {
            effects::storage::changed(&next);
        }
        Rc::new(Store(next))
    }
}

/// What the host page asked for (see `crate::embed`).
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    #[prop_or_default]
    pub options: Rc<embed::Options>,
    /// Options that could not be used, to tell the user once.
    #[prop_or_default]
    pub option_problems: Rc<Vec<embed::OptionProblem>>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let store = {
        let (options, problems) = (props.options.clone(), props.option_problems.clone());
        use_reducer_eq(move || {
            let mut st = effects::load_initial();
            if options.lang.is_some() || options.start != embed::Start::Library {
                st = state::reduce(&st, Action::Embedded { lang: options.lang, start: options.start }, effects::now());
            }
            if !problems.is_empty() {
                let heading = t::EMBED_PROBLEMS.get(st.lang).to_string();
                let lines = std::iter::once(heading).chain(problems.iter().map(|p| p.describe(st.lang))).collect();
                st = state::reduce(&st, Action::SettingsProblems(lines), effects::now());
            }
            // The start may have added an assessment (`Embedded`).
            effects::storage::changed(&st);
            Store(st)
        })
    };
    // One callback for the app's life, so components whose other props did
    // not change can skip rendering (the customer-group cards do).
    let dispatch: Callback<Action> = {
        let d = store.dispatcher();
        (*use_memo((), move |_| Callback::from(move |a| d.dispatch(a)))).clone()
    };
    let s = &store.0;

    // A share link in the URL, now and whenever it changes.
    {
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            let open = move || {
                let failed = |e: crate::codec::DecodeError| {
                    Action::Notify(Notice::ReadFailed { detail: effects::describe(&e, effects::browser_lang()) })
                };
                match effects::read_fragment() {
                    Some(effects::Fragment::Shared(Ok(a))) => dispatch.emit(Action::OpenShared(Box::new(a))),
                    Some(effects::Fragment::Invite(Ok(i))) => dispatch.emit(Action::OpenInvite(Box::new(i))),
                    Some(effects::Fragment::Shared(Err(e)) | effects::Fragment::Invite(Err(e))) => {
                        dispatch.emit(failed(e))
                    }
                    None => {}
                }
            };
            open();
            effects::on_hash_change(open);
        });
    }
    // Keep in step with storage and the other tabs: note every change of
    // what is kept (merged and written a moment later, off the input path).
    {
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| effects::storage::connect(dispatch));
    }
    use_effect_with(s.lang, |lang| effects::apply_lang(*lang));
    // The organisation's configuration: the file named by the page, or the
    // one next to the app. Without a named file, a missing one is normal.
    {
        let dispatch = dispatch.clone();
        let named = props.options.config.clone();
        use_effect_with((), move |_| {
            let path = named.clone().unwrap_or_else(|| config::CONFIG_FILE.to_string());
            let (is_named, url) = (named.is_some(), path.clone());
            let done = move |fetched| {
                let lang = effects::browser_lang();
                let fail = |t: crate::i18n::Text, status: &str| {
                    let line = t.fill(lang, &[("path", &path), ("status", status)]);
                    dispatch.emit(Action::SettingsProblems(vec![line]))
                };
                match fetched {
                    effects::Fetched::Text(text) => {
                        let (mut cfg, problems) = config::parse(&text);
                        cfg.theme.logo = cfg.theme.logo.as_deref().and_then(effects::app_file_url);
                        let lines: Vec<String> =
                            problems.iter().map(|p| p.describe(cfg.default_lang.unwrap_or(lang))).collect();
                        dispatch.emit(Action::ConfigLoaded(Box::new(cfg)));
                        if !lines.is_empty() {
                            let heading = c::CONFIG_PROBLEMS.get(lang).to_string();
                            dispatch.emit(Action::SettingsProblems(std::iter::once(heading).chain(lines).collect()));
                        }
                    }
                    effects::Fetched::Missing if is_named => fail(c::FETCH_NOT_FOUND, ""),
                    effects::Fetched::Missing => {}
                    effects::Fetched::Refused => fail(c::FETCH_REFUSED, ""),
                    effects::Fetched::Failed if is_named => fail(c::FETCH_FAILED, ""),
                    effects::Fetched::Failed => {}
                    effects::Fetched::Status(code) => fail(c::FETCH_STATUS, &code.to_string()),
                }
            };
            // A single-file build carries its configuration inside the page.
            match (is_named, effects::inline_config()) {
                (false, Some(text)) => done(effects::Fetched::Text(text)),
                (false, None) if effects::opened_from_disk() => {}
                _ => effects::fetch_app_file(&url, done),
            }
        });
    }
    // The organisation's colours, in the light theme (they are checked against it).
    {
        let props_css =
            if props.options.theme == embed::Theme::Light { s.config.theme.css_properties() } else { Vec::new() };
        use_effect_with(props_css, |p| effects::apply_theme(p));
    }
    // The open assessment scored once per render (with every customer
    // group), for the host page and the assessment view.
    let outcome = s.current_record().map(|r| crate::domain::scoring::evaluate_with(&r.assessment, &s.config.scoring()));
    // The message check of the open assessment's text. The text it reads
    // follows the typed text 80 ms after the last key press, so a key press
    // renders its frame without the check (the input budget), and the check
    // follows when typing pauses; another assessment, another language or a
    // blank text at once. Made again only when that text, its language or
    // the word lists change.
    let live =
        s.current_record().map(|r| (r.id.clone(), r.assessment.idea.message.clone(), r.assessment.message_check.lang));
    let settled = use_state(|| live.clone());
    {
        let settled = settled.clone();
        use_effect_with(live.clone(), move |live| {
            let now = live.clone();
            let timer = if may_lag(&settled, &now) {
                Some(gloo::timers::callback::Timeout::new(80, move || settled.set(now)))
            } else {
                settled.set(now);
                None
            };
            move || drop(timer)
        });
    }
    let source = if may_lag(&settled, &live) { &*settled } else { &live };
    let check = {
        let source = source.as_ref().map(|(_, text, chosen)| (text.clone(), *chosen));
        use_memo((source, s.lang, s.words.clone(), s.config.message_words.clone()), |(current, lang, words, org)| {
            let (text, chosen) = current.as_ref()?;
            let words = crate::message::Words { lexicon: words.lexicon(), org: Some(org) };
            crate::message::check::of_text(text, *chosen, lang.text_lang(), words)
        })
    };
    // The word list loads the first time a text is there to check.
    {
        let wants = s.words == state::WordList::NotLoaded && wants_words(s);
        let dispatch = dispatch.clone();
        use_effect_with(wants, move |wants| {
            if *wants {
                dispatch.emit(Action::Words(state::WordList::Loading));
                effects::load_words(move |w| dispatch.emit(Action::Words(w)));
            }
        });
    }
    // Tell the host page when the verdict changes (and once at start).
    {
        let options = props.options.clone();
        let message = match (s.current_record(), &outcome) {
            (Some(r), Some(o)) => {
                let lenses = (&r.assessment.lenses, &s.config.lenses.rules());
                embed::verdict_message(o, Some(&r.id), check.as_ref().as_ref().map(|c| &c.analysis), lenses, s.lang)
            }
            _ => embed::ready_message(s.lang),
        };
        use_effect_with(message, move |m| effects::tell_host(&options, m));
    }
    // Focus the new view's heading, but not on first load.
    {
        let first = use_mut_ref(|| true);
        use_effect_with((s.view, s.shared.is_some(), s.participating().is_some()), move |_| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                effects::focus_main_heading();
            }
        });
    }
    // Round table: focus follows the step (private scoring, the agenda).
    {
        let key = (s.current_table().map(|tb| tb.phase), s.scoring_as.clone());
        let first = use_mut_ref(|| true);
        use_effect_with(key, move |(phase, scoring_as)| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                if scoring_as.is_some() {
                    effects::focus_selector("#rt-private");
                } else if *phase == Some(crate::domain::roundtable::Phase::Revealed) {
                    effects::focus_selector("#rt-agenda");
                }
            }
        });
    }
    // The import dialog takes focus when it opens.
    use_effect_with(s.pending_import.is_some(), |open| {
        if *open {
            effects::focus_selector("#import-dialog h2");
        }
    });

    let lang = s.lang;
    let view = if let Some(p) = s.participating() {
        let on = roundtable::ParticipantEvents {
            label: dispatch.reform(Action::PSetLabel),
            answer: dispatch.reform(|(i, a)| Action::PSetAnswer(i, a)),
            note: dispatch.reform(|(i, n)| Action::PSetNote(i, n)),
            leave: dispatch.reform(|_| Action::PClose),
            copied: dispatch.reform(|ok| Action::Notify(if ok { Notice::CodeCopied } else { Notice::CopyFailed })),
        };
        let message = html! {
            <message::ReadOnly text={AttrValue::from(p.invite.idea.message.clone())} chosen={p.invite.message_lang}
                words={s.words.clone()} org={s.config.message_words.clone()} {lang} />
        };
        // The organisation's extra lens questions as the invite carries them;
        // an invite made before they travelled: this app's own.
        let org = p.invite.org_lenses();
        roundtable::participant(p, message, org.as_ref().unwrap_or(&s.config.lenses), lang, &on)
    } else if let Some(shared) = &s.shared {
        report::shared(shared, &s.config, &s.words, lang, &dispatch)
    } else {
        match s.view {
            View::Start => collection::start(s, &dispatch),
            View::Assess => assess::view(s, outcome.as_ref(), &check, &dispatch),
            View::Compare => compare::view(s, &dispatch),
            View::Report => report::view(s, &dispatch),
            View::RoundTable => roundtable::view(s, &dispatch),
            View::Present => match s.current_table() {
                Some(tb) => {
                    let org = s.config.lenses.clone();
                    let (scored_for, items) = s.record(&tb.record_id).map_or_else(Default::default, |r| {
                        let a = &r.assessment;
                        (crate::report::group_compare::scored_for(tb, a, lang), tb.items(a, &org.rules().extra))
                    });
                    html! { <roundtable::Present table={tb.clone()} {scored_for} {items} {org} lang={lang} dispatch={dispatch.clone()} /> }
                }
                None => html! {},
            },
            View::Rules => pages::rules(lang, &s.config),
            View::About => pages::about(lang, s.persisted),
        }
    };
    let view_class =
        if s.shared.is_some() { "view-shared".to_string() } else { format!("view-{:?}", s.view).to_ascii_lowercase() };
    html! {
        <>
            if !props.options.compact {
                <a class="skip" href="#main">{ t::SKIP_TO_CONTENT.get(lang) }</a>
                { header(s, &dispatch) }
            }
            { settings_problems(s, &dispatch) }
            { notice(s, &dispatch) }
            { import_dialog(s, &dispatch) }
            { return_dialog(s, &dispatch) }
            <main id="main" class={classes!("view", view_class)}>
                { view }
            </main>
            <footer class="site-footer">
                <p>{ t::PRIVACY_LINE.get(lang) }</p>
                <p>{ t::FOOTER.get(lang) }</p>
            </footer>
        </>
    }
}

/// The open assessment's id, customer's text and chosen text language.
type CheckedText = Option<(String, String, Option<crate::domain::TextLang>)>;

/// Whether the text the check reads (`settled`) may lag behind the typed
/// one (`live`): the same assessment and language, and a text being typed.
fn may_lag(settled: &CheckedText, live: &CheckedText) -> bool {
    matches!((settled, live), (Some((id, _, l)), Some((nid, text, nl))) if id == nid && l == nl && !text.trim().is_empty())
}

/// Whether a customer's text is on a screen that checks it: the open
/// assessment's, a shared one's, or the one a participant scores.
fn wants_words(s: &AppState) -> bool {
    let has = |t: &str| !t.trim().is_empty();
    s.current_record().is_some_and(|r| has(&r.assessment.idea.message))
        || (s.view == View::Compare && s.compared().iter().any(|r| has(&r.assessment.idea.message)))
        || s.shared.as_ref().is_some_and(|a| has(&a.idea.message))
        || s.participating().is_some_and(|p| has(&p.invite.idea.message))
}

fn header(s: &AppState, dispatch: &Callback<Action>) -> Html {
    let lang = s.lang;
    let has_current = s.current_record().is_some();
    let nav_item = |view: View, label: &'static str, key: &'static str| {
        let current = s.shared.is_none() && s.view == view;
        let onclick = {
            let dispatch = dispatch.clone();
            let leave_shared = s.shared.is_some();
            Callback::from(move |_| {
                if leave_shared {
                    dispatch.emit(Action::CloseShared);
                    effects::clear_fragment();
                }
                dispatch.emit(Action::Show(view));
            })
        };
        html! {
            <li>
                <button type="button" data-view={key} aria-current={current.then_some("page")} {onclick}>{ label }</button>
            </li>
        }
    };
    let switch = dispatch.reform(move |_| Action::SetLang(lang.other()));
    html! {
        <header class="site-header">
            <div class="brand">
                <span class="logo" aria-hidden="true">{"?"}</span>
                <span class="name">{ t::APP_NAME.get(lang) }</span>
                if let Some(logo) = &s.config.theme.logo {
                    <img class="org-logo" src={logo.clone()}
                        alt={c::CONFIG_LOGO_ALT.fill(lang, &[("org", s.config.name_or_unnamed(lang))])} />
                }
            </div>
            // A participant's device: no way out of the session by accident.
            if s.participating().is_none() {
            <nav aria-label={t::NAV_LABEL.get(lang)}>
                <ul>
                    { nav_item(View::Start, t::NAV_START.get(lang), "start") }
                    if has_current {
                        { nav_item(View::Assess, t::NAV_ASSESS.get(lang), "assess") }
                    }
                    if s.current_table().is_some() {
                        { nav_item(View::RoundTable, t::NAV_ROUNDTABLE.get(lang), "roundtable") }
                    }
                    { nav_item(View::Compare, t::NAV_COMPARE.get(lang), "compare") }
                    { nav_item(View::Rules, t::NAV_RULES.get(lang), "rules") }
                    { nav_item(View::About, t::NAV_ABOUT.get(lang), "about") }
                </ul>
            </nav>
            }
            <button type="button" id="lang-switch" class="lang-switch" onclick={switch}
                aria-label={t::LANG_SWITCH_LABEL.get(lang)} lang={lang.other().code()}>
                { t::LANG_SWITCH.get(lang) }
            </button>
        </header>
    }
}

fn notice(s: &AppState, dispatch: &Callback<Action>) -> Html {
    let lang = s.lang;
    let Some(n) = &s.notice else {
        return html! { <div id="notice-region" role="status" aria-live="polite"></div> };
    };
    let (kind, lines): (&str, Vec<String>) = match n {
        Notice::StorageUnavailable => ("warning", vec![t::NOTICE_STORAGE_UNAVAILABLE.get(lang).into()]),
        Notice::StorageUnreadable { backup_key, detail } => {
            let mut lines = vec![t::NOTICE_STORAGE_UNREADABLE.fill(lang, &[("detail", detail)])];
            if let Some(key) = backup_key {
                lines.push(t::NOTICE_BACKUP_KEPT.fill(lang, &[("key", key)]));
            }
            ("warning", lines)
        }
        Notice::SaveFailed => ("warning", vec![t::NOTICE_SAVE_FAILED.get(lang).into()]),
        Notice::Deleted { title } => ("info", vec![t::NOTICE_DELETED.fill(lang, &[("title", title)])]),
        Notice::GroupRemoved { name } => ("info", vec![t::NOTICE_GROUP_REMOVED.fill(lang, &[("name", name)])]),
        Notice::StepRemoved { name, n } => ("info", vec![crate::i18n::lens::step_removed(name, *n, lang)]),
        Notice::VersionForgotten => ("info", vec![crate::i18n::message::NOTICE_FORGOTTEN.get(lang).into()]),
        Notice::Imported { added, replaced } => (
            "info",
            vec![t::NOTICE_IMPORTED.fill(lang, &[("added", &added.to_string()), ("replaced", &replaced.to_string())])],
        ),
        Notice::ReadFailed { detail } => ("warning", vec![t::NOTICE_READ_FAILED.fill(lang, &[("detail", detail)])]),
        Notice::LinkCopied => ("info", vec![t::NOTICE_LINK_COPIED.get(lang).into()]),
        Notice::CodeCopied => ("info", vec![t::NOTICE_CODE_COPIED.get(lang).into()]),
        Notice::MarkdownCopied => ("info", vec![t::NOTICE_MARKDOWN_COPIED.get(lang).into()]),
        Notice::CopyFailed => ("warning", vec![t::NOTICE_COPY_FAILED.get(lang).into()]),
        Notice::LinkTooLong => ("warning", vec![t::NOTICE_LINK_TOO_LONG.get(lang).into()]),
        Notice::SharedSaved => ("info", vec![t::NOTICE_SHARED_SAVED.get(lang).into()]),
        Notice::AnswersAdded { label } => ("info", vec![t::NOTICE_ANSWERS_ADDED.fill(lang, &[("name", label)])]),
        Notice::AnswersAlreadyAdded { label } => ("info", vec![t::NOTICE_ANSWERS_SAME.fill(lang, &[("name", label)])]),
        Notice::AnswersPasted(r) => ("info", t::pasted(r, lang).0),
        Notice::AgreedApplied => ("info", vec![t::NOTICE_AGREED_APPLIED.get(lang).into()]),
        Notice::StorageProblem { detail } => {
            ("warning", vec![t::NOTICE_STORAGE_PROBLEM_START.fill(lang, &[("detail", detail)])])
        }
        Notice::Overwritten { title, lost } => {
            let table = s.table(&lost.id);
            let fields: Vec<String> = lost
                .fields
                .iter()
                .map(|(path, _)| format!("‘{}’", crate::sync::field_label(path, table, lang)))
                .collect();
            let text = t::NOTICE_OVERWRITTEN.fill(lang, &[("title", title), ("fields", &fields.join(", "))]);
            ("warning", vec![text])
        }
        Notice::DeletedElsewhere { title, .. } => {
            ("warning", vec![t::NOTICE_DELETED_ELSEWHERE.fill(lang, &[("title", title)])])
        }
        Notice::CopyKept { title } => ("info", vec![t::NOTICE_COPY_KEPT.fill(lang, &[("title", title)])]),
        Notice::NewerVersionElsewhere => ("warning", vec![t::NOTICE_NEWER_VERSION.get(lang).into()]),
    };
    let lines = match n {
        Notice::SaveFailed => {
            let mut lines = lines;
            lines.push(t::NOTICE_SAVE_FAILED_REMEDY.get(lang).into());
            lines
        }
        _ => lines,
    };
    let items = if let Notice::AnswersPasted(r) = n { t::pasted(r, lang).1 } else { Vec::new() };
    let undo = (matches!(
        n,
        Notice::Deleted { .. }
            | Notice::AnswersPasted(..)
            | Notice::GroupRemoved { .. }
            | Notice::StepRemoved { .. }
            | Notice::VersionForgotten
            | Notice::Imported { .. }
            | Notice::AgreedApplied
    )
        && s.undo.is_some())
    .then(|| {
        html! { <button type="button" id="undo" class="primary" onclick={dispatch.reform(|_| Action::Undo)}>{ t::UNDO.get(lang) }</button> }
    });
    // The notice's own way out: one button, from one template.
    let remedy: Option<(&'static str, Text, Callback<MouseEvent>)> = match n {
        Notice::SaveFailed | Notice::StorageProblem { .. } if !s.records.is_empty() => {
            Some(("save-as-file", t::EXPORT_ALL, collection::export_all(s)))
        }
        Notice::Overwritten { .. } => Some(("restore-mine", t::RESTORE_MINE, dispatch.reform(|_| Action::RestoreLost))),
        Notice::DeletedElsewhere { .. } => Some(("keep-copy", t::KEEP_MY_COPY, dispatch.reform(|_| Action::KeepCopy))),
        Notice::NewerVersionElsewhere => Some(("reload", t::RELOAD, Callback::from(|_| effects::reload()))),
        _ => None,
    };
    let remedy = remedy.map(|(id, label, onclick)| {
        html! { <button type="button" {id} class="primary" {onclick}>{ label.get(lang) }</button> }
    });
    html! {
        <div id="notice-region" role="status" aria-live="polite">
            <div id="notice" class={classes!("notice", kind)}>
                <div class="notice-text">
                    { for lines.into_iter().map(|l| html! { <p>{ l }</p> }) }
                    if !items.is_empty() { <ul id="pasted-skipped">{ for items.into_iter().map(|l| html! { <li>{ l }</li> }) }</ul> }
                </div>
                <div class="notice-actions">
                    { undo }
                    { remedy }
                    <button type="button" id="dismiss-notice" onclick={dispatch.reform(|_| Action::DismissNotice)}>{ t::DISMISS.get(lang) }</button>
                </div>
            </div>
        </div>
    }
}

/// Problems with the page's settings, for whoever set the page up.
fn settings_problems(s: &AppState, dispatch: &Callback<Action>) -> Html {
    if s.settings_problems.is_empty() {
        return html! {};
    }
    html! {
        <div id="settings-region">
            <div id="settings-problems" class="notice warning" role="alert">
                <div class="notice-text">{ for s.settings_problems.iter().map(|l| html! { <p>{ l }</p> }) }</div>
                <div class="notice-actions">
                    <button type="button" id="dismiss-settings-problems" onclick={dispatch.reform(|_| Action::DismissSettingsProblems)}>
                        { t::DISMISS.get(s.lang) }
                    </button>
                </div>
            </div>
        </div>
    }
}

/// Asks what to do when imported assessments already exist.
fn import_dialog(s: &AppState, dispatch: &Callback<Action>) -> Html {
    let lang = s.lang;
    let Some(p) = &s.pending_import else {
        return html! {};
    };
    let titles: Vec<String> =
        p.clashes.iter().filter_map(|id| s.record(id)).map(|r| state::display_title(&r.assessment, lang)).collect();
    let choose = |c: ImportChoice| dispatch.reform(move |_| Action::ResolveImport(c));
    html! {
        <section id="import-dialog" class="dialog" role="alertdialog" aria-modal="false" aria-labelledby="import-title" aria-describedby="import-desc">
            <h2 id="import-title" tabindex="-1">{ t::IMPORT_CLASH_TITLE.get(lang) }</h2>
            <p id="import-desc">{ t::IMPORT_CLASH_TEXT.fill(lang, &[("count", &p.clashes.len().to_string()), ("total", &p.records.len().to_string())]) }</p>
            <ul>{ for titles.iter().map(|title| html! { <li>{ title }</li> }) }</ul>
            <div class="actions">
                <button type="button" id="import-keep-both" class="primary" onclick={choose(ImportChoice::KeepBoth)}>{ t::IMPORT_KEEP_BOTH.get(lang) }</button>
                <button type="button" id="import-replace" onclick={choose(ImportChoice::Replace)}>{ t::IMPORT_REPLACE.get(lang) }</button>
                <button type="button" id="import-cancel" onclick={choose(ImportChoice::Cancel)}>{ t::CANCEL.get(lang) }</button>
            </div>
        </section>
    }
}

/// Asks whether answers that differ from a participant's earlier ones replace them.
fn return_dialog(s: &AppState, dispatch: &Callback<Action>) -> Html {
    let lang = s.lang;
    let Some(ret) = &s.pending_return else {
        return html! {};
    };
    html! {
        <section id="return-dialog" class="dialog" role="alertdialog" aria-labelledby="return-title">
            <h2 id="return-title" tabindex="-1">{ t::RT_CONFLICT.fill(lang, &[("name", &ret.label)]) }</h2>
            <div class="actions">
                <button type="button" id="return-replace" class="primary" onclick={dispatch.reform(|_| Action::RtReplaceReturned(true))}>{ t::IMPORT_REPLACE.get(lang) }</button>
                <button type="button" id="return-cancel" onclick={dispatch.reform(|_| Action::RtReplaceReturned(false))}>{ t::CANCEL.get(lang) }</button>
            </div>
        </section>
    }
}
