//! The assessment view: describe the idea, score the eight dimensions and
//! value versus values, with the live result beside it.

use super::{collection, effects, groups, lens, message, result, widgets};
use crate::config::{self, OrgConfig};
use crate::domain::roundtable::Item as Scored;
use crate::domain::*;
use crate::i18n::config as c;
use crate::i18n::examples::example;
use crate::i18n::framework::{self, DIMENSION_SCALE};
use crate::i18n::groups as g;
use crate::i18n::{ui as t, Lang, Text};
use crate::message::check::Check;
use crate::state::{Action, AppState, Notice, View};
use yew::prelude::*;

/// The open assessment; `outcome` is its score (made once per render).
pub fn view(
    s: &AppState,
    outcome: Option<&scoring::Outcome>,
    check: &std::rc::Rc<Option<Check>>,
    d: &Callback<Action>,
) -> Html {
    let lang = s.lang;
    let (Some(record), Some(outcome)) = (s.current_record(), outcome) else {
        return html! { <h1 tabindex="-1">{ t::ASSESS_TITLE_EMPTY.get(lang) }</h1> };
    };
    let a = &record.assessment;
    let title =
        if a.idea.title.trim().is_empty() { t::ASSESS_TITLE_EMPTY.get(lang).to_string() } else { a.idea.title.clone() };
    let banner = a.example.map(|id| {
        let ex = example(id);
        html! {
            <div class="example-banner" id="example-banner">
                <p><strong>{ t::EXAMPLE_BANNER.get(lang) }</strong></p>
                <p>{ t::EXAMPLE_SOURCE.fill(lang, &[("source", ex.source.get(lang))]) }</p>
            </div>
        }
    });
    let lenses = std::rc::Rc::new(a.lenses.clone());
    html! {
        <div class="assess-layout">
            <div class="assess-form">
                <h1 tabindex="-1">{ title }</h1>
                { banner }
                <Toolbar record={record.clone()} lang={lang} dispatch={d.clone()} />
                { super::roundtable::list_for_record(s, &record.id, d) }
                <a class="verdict-bar" href="#result" data-verdict={outcome.verdict.map(scoring::Verdict::key).unwrap_or("none")}>
                    <span>{ t::verdict_name(outcome.verdict).get(lang) }</span>
                    <span class="go">{ t::JUMP_TO_RESULT.get(lang) }{ " ↓" }</span>
                </a>
                { idea_section(s, a, check, lang, d) }
                { dimensions_section(a, &s.config, check.as_ref().as_ref(), lang, d) }
                { values_section(a, &s.config, lang, d) }
                { flags_section(a, lang, d) }
                <groups::Section
                    groups={a.groups.clone()}
                    verdicts={outcome.groups.iter().map(|r| r.outcome.verdict).collect::<Vec<_>>()}
                    usual={a.groups.iter().map(|x| g::usual_for(&x.name, &s.config).to_vec()).collect::<Vec<_>>()}
                    base={Scored::ALL.map(|i| i.answer_in(a))}
                    offers={g::offers(a, &s.config, lang)}
                    blank_name={g::blank_name(a, lang)}
                    lang={lang}
                    dispatch={d.clone()} />
                <lens::Section lenses={lenses.clone()} org={s.config.lenses.clone()} {lang} dispatch={d.clone()} />
            </div>
            { result::panel(a, outcome, html! { <lens::LensResults {lenses} org={s.config.lenses.clone()} {lang} /> }, lang) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub record: std::rc::Rc<Record>,
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}

/// Report, share link, export, variant and delete for the open assessment.
/// The share panel's open state is local: it is not part of the document.
#[component]
pub fn Toolbar(p: &ToolbarProps) -> Html {
    let lang = p.lang;
    let d = &p.dispatch;
    let share_open = use_state(|| false);
    let id = p.record.id.clone();
    let toggle_share = {
        let share_open = share_open.clone();
        Callback::from(move |_| share_open.set(!*share_open))
    };
    let share_panel = if *share_open {
        let (url, fits) = effects::share_url(&p.record.assessment);
        if fits {
            let copy = widgets::copy_on_click(d, url.clone(), Notice::LinkCopied);
            html! {
                <div id="share-panel" class="share-panel">
                    <p>{ t::SHARE_EXPLAIN.get(lang) }</p>
                    <label for="share-url">{ t::SHARE_LINK.get(lang) }</label>
                    <div class="share-row">
                        <input id="share-url" type="text" readonly=true value={url} onfocus={Callback::from(|e: FocusEvent| {
                            if let Some(el) = e.target_dyn_into::<web_sys::HtmlInputElement>() { el.select(); }
                        })} />
                        <button type="button" id="copy-link" class="primary" onclick={copy}>{ t::SHARE_COPY.get(lang) }</button>
                    </div>
                </div>
            }
        } else {
            html! {
                <div id="share-panel" class="share-panel too-long">
                    <p id="share-too-long">{ t::NOTICE_LINK_TOO_LONG.get(lang) }</p>
                    <button type="button" id="share-as-file" class="primary" onclick={collection::export_one(&p.record)}>{ t::LIST_EXPORT.get(lang) }</button>
                </div>
            }
        }
    } else {
        html! {}
    };
    html! {
        <div class="toolbar-wrap">
            <div class="toolbar" role="group" aria-label={t::TOOLBAR_LABEL.get(lang)}>
                <button type="button" id="open-report" onclick={d.reform(|_| Action::Show(View::Report))}>{ t::TOOLBAR_REPORT.get(lang) }</button>
                <button type="button" id="share-link" aria-expanded={share_open.to_string()} aria-controls="share-panel" onclick={toggle_share}>{ t::TOOLBAR_SHARE.get(lang) }</button>
                <button type="button" id="export-one" onclick={collection::export_one(&p.record)}>{ t::LIST_EXPORT.get(lang) }</button>
                <button type="button" id="start-roundtable" onclick={d.reform({ let id = id.clone(); move |_| Action::RtStart(id.clone()) })}>{ t::TOOLBAR_ROUNDTABLE.get(lang) }</button>
                <button type="button" id="duplicate" onclick={d.reform({ let id = id.clone(); move |_| Action::Duplicate(id.clone()) })}>{ t::TOOLBAR_VARIANT.get(lang) }</button>
                <button type="button" id="delete" class="danger" onclick={d.reform(move |_| Action::Delete(id.clone()))}>{ t::LIST_DELETE.get(lang) }</button>
            </div>
            { share_panel }
        </div>
    }
}

fn idea_section(
    s: &AppState,
    a: &Assessment,
    check: &std::rc::Rc<Option<Check>>,
    lang: Lang,
    d: &Callback<Action>,
) -> Html {
    let field = |f: IdeaField| {
        if f == IdeaField::Message {
            let text_lang = check.as_ref().as_ref().map(|c| c.analysis.lang);
            return message::field(&a.idea.message, text_lang, lang, d);
        }
        let label = crate::report::idea_label(f);
        let hint = (f == IdeaField::Title).then_some(t::IDEA_TITLE_HINT);
        let id = format!("idea-{}", f.key());
        let multiline = f != IdeaField::Title;
        widgets::text_field(
            &id,
            label.get(lang),
            hint.map(|h| h.get(lang)),
            a.idea.get(f),
            multiline,
            d.reform(move |v| Action::SetIdea(f, v)),
        )
    };
    let body = html! {
        <>
            <div class="idea-grid">{ for IdeaField::ALL.into_iter().map(field) }</div>
            <message::Panel check={check.clone()}
                versions={std::rc::Rc::new(a.message_check.versions.clone())} words={s.words.clone()}
                org={s.config.message_words.clone()} lang={lang} dispatch={d.clone()} />
        </>
    };
    section("sec-idea", t::SECTION_IDEA, t::SECTION_IDEA_INTRO, lang, body)
}

/// A titled card section of the form.
fn section(id: &'static str, title: Text, intro: Text, lang: Lang, body: Html) -> Html {
    html! {
        <section class="card" aria-labelledby={id}>
            <h2 id={id}>{ title.get(lang) }</h2>
            <p class="intro">{ intro.get(lang) }</p>
            { body }
        </section>
    }
}

/// One scored item: a fieldset with its name and question as legend, the
/// choice control, a clear button and the note. `extra_before` and
/// `extra_after` hold what only some items have.
struct Item {
    id: String,
    kind: &'static str,
    state: &'static str,
    number: Option<usize>,
    name: &'static str,
    question: &'static str,
    explain: &'static str,
    extra_before: Html,
    control: Html,
    extra_after: Html,
    clear: Html,
    note: Html,
}

fn item(i: Item) -> Html {
    html! {
        <fieldset id={i.id} class={classes!("item", i.kind, i.state)}>
            <legend>
                if let Some(n) = i.number {
                    <span class="num">{ n }</span>
                }
                <span class="item-name">{ i.name }</span>
                <span class="item-question">{ i.question }</span>
            </legend>
            <p class="explain">{ i.explain }</p>
            { i.extra_before }
            { i.control }
            { i.extra_after }
            { i.clear }
            { i.note }
        </fieldset>
    }
}

fn dimensions_section(
    a: &Assessment,
    org: &OrgConfig,
    check: Option<&Check>,
    lang: Lang,
    d: &Callback<Action>,
) -> Html {
    let body = DimensionId::ALL.into_iter().map(|dim| dimension(a, org, check, dim, lang, d)).collect::<Html>();
    section("sec-dims", t::SECTION_DIMENSIONS, t::SECTION_DIMENSIONS_INTRO, lang, body)
}

fn dimension(
    a: &Assessment,
    org: &OrgConfig,
    check: Option<&Check>,
    dim: DimensionId,
    lang: Lang,
    d: &Callback<Action>,
) -> Html {
    let text = framework::dimension(dim);
    let brief = framework::dimension_brief(dim);
    let entry = a.dimension(dim);
    let key = dim.key();
    let name = brief.name.get(lang);
    let org_name = org.name_or_unnamed(lang);
    item(Item {
        id: format!("dim-{key}"),
        kind: "dimension",
        state: answer_state(entry.answer),
        number: Some(dim.index() + 1),
        name,
        question: brief.question.get(lang),
        explain: text.explain.get(lang),
        extra_before: check.map_or(html! {}, |c| {
            let ease = c.figures().ease;
            match dim {
                DimensionId::Language => message::suggestion(c.language().as_ref(), ease, "msg-suggest-language", lang),
                DimensionId::Complexity => {
                    message::suggestion(c.complexity().as_ref(), ease, "msg-suggest-complexity", lang)
                }
                _ => html! {},
            }
        }),
        control: widgets::scale(
            &format!("dim-{key}"),
            &DIMENSION_SCALE,
            entry.answer,
            lang,
            d.reform(move |v| Action::SetDimension(dim, v)),
        ),
        extra_after: html! {
            <>
                <dl class="anchors">
                    <dt>{ t::ANCHOR_LOW.get(lang) }</dt><dd>{ text.low.get(lang) }</dd>
                    <dt>{ t::ANCHOR_HIGH.get(lang) }</dt><dd>{ text.high.get(lang) }</dd>
                </dl>
                <details class="helpers">
                    <summary>{ t::HELPERS.get(lang) }</summary>
                    <ul>{ for text.helpers.iter().map(|h| html! { <li>{ h.get(lang) }</li> }) }</ul>
                </details>
                if !org.helper_questions(dim).is_empty() {
                    <div class="org-questions">
                        <p class="org-questions-title">{ c::CONFIG_ORG_QUESTIONS.fill(lang, &[("org", org_name)]) }</p>
                        <ul>{ for org.helper_questions(dim).iter().map(|h| html! { <li>{ h.get(lang) }</li> }) }</ul>
                    </div>
                }
            </>
        },
        clear: widgets::clear_button(
            entry.answer.is_some(),
            name,
            lang,
            d.reform(move |_| Action::SetDimension(dim, None)),
        ),
        note: widgets::note(
            &format!("dim-{key}-note"),
            &entry.note,
            lang,
            d.reform(move |v| Action::SetDimensionNote(dim, v)),
        ),
    })
}

fn values_section(a: &Assessment, org: &OrgConfig, lang: Lang, d: &Callback<Action>) -> Html {
    let question = |q: ValueQuestion| {
        let text = framework::value(q);
        let brief = framework::value_brief(q);
        let entry = a.value(q);
        let key = q.key();
        let name = brief.name.get(lang);
        let org_values = if q == ValueQuestion::OrgValuesFit {
            html! {
                <>
                    { org_value_picks(a, org, lang, d) }
                    { widgets::text_field(
                        "org-values",
                        t::ORG_VALUES.get(lang),
                        Some(t::ORG_VALUES_HINT.get(lang)),
                        &a.org_values,
                        true,
                        d.reform(Action::SetOrgValues),
                    ) }
                </>
            }
        } else {
            html! {}
        };
        item(Item {
            id: format!("val-{key}"),
            kind: "value",
            state: answer_state(entry.answer),
            number: None,
            name,
            question: brief.question.get(lang),
            explain: text.explain.get(lang),
            extra_before: org_values,
            control: widgets::scale(
                &format!("val-{key}"),
                framework::value_scale(q),
                entry.answer,
                lang,
                d.reform(move |v| Action::SetValue(q, v)),
            ),
            extra_after: html! {},
            clear: widgets::clear_button(
                entry.answer.is_some(),
                name,
                lang,
                d.reform(move |_| Action::SetValue(q, None)),
            ),
            note: widgets::note(
                &format!("val-{key}-note"),
                &entry.note,
                lang,
                d.reform(move |v| Action::SetValueNote(q, v)),
            ),
        })
    };
    section(
        "sec-values",
        t::SECTION_VALUES,
        t::SECTION_VALUES_INTRO,
        lang,
        ValueQuestion::ALL.into_iter().map(question).collect::<Html>(),
    )
}

fn flags_section(a: &Assessment, lang: Lang, d: &Callback<Action>) -> Html {
    let flag = |f: RedFlag| {
        let text = framework::flag(f);
        let brief = framework::flag_brief(f);
        let entry = a.flag(f);
        let key = f.key();
        let name = brief.name.get(lang);
        let state = match entry.answer {
            None => "open",
            Some(FlagAnswer::Unsure) => "unknown",
            Some(FlagAnswer::Yes) => "raised",
            Some(FlagAnswer::No) => "answered",
        };
        item(Item {
            id: format!("flag-{key}"),
            kind: "flag",
            state,
            number: None,
            name,
            question: brief.question.get(lang),
            explain: text.explain.get(lang),
            extra_before: html! {},
            control: widgets::flag_choice(
                &format!("flag-{key}"),
                entry.answer,
                lang,
                d.reform(move |v| Action::SetFlag(f, v)),
            ),
            extra_after: html! {},
            clear: widgets::clear_button(
                entry.answer.is_some(),
                name,
                lang,
                d.reform(move |_| Action::SetFlag(f, None)),
            ),
            note: widgets::note(
                &format!("flag-{key}-note"),
                &entry.note,
                lang,
                d.reform(move |v| Action::SetFlagNote(f, v)),
            ),
        })
    };
    section(
        "sec-flags",
        t::SECTION_FLAGS,
        t::SECTION_FLAGS_INTRO,
        lang,
        RedFlag::ALL.into_iter().map(flag).collect::<Html>(),
    )
}

/// The organisation's stated values, each a toggle that adds it to (or
/// takes it from) the assessment's own list of values.
fn org_value_picks(a: &Assessment, org: &OrgConfig, lang: Lang, d: &Callback<Action>) -> Html {
    if org.values.is_empty() {
        return html! {};
    }
    let name = org.name_or_unnamed(lang);
    let picks = org.values.iter().enumerate().map(|(i, v)| {
        let value = v.get(lang).to_string();
        let on = config::has_value(&a.org_values, &value);
        let current = a.org_values.clone();
        let onclick = d.reform(move |_| Action::SetOrgValues(config::toggle_value(&current, &value)));
        html! {
            <li><button type="button" id={format!("org-value-{i}")} class="chip" aria-pressed={on.to_string()} {onclick}>{ v.get(lang) }</button></li>
        }
    });
    html! {
        <div class="org-value-picks" role="group" aria-labelledby="org-values-heading">
            <p id="org-values-heading" class="org-values-heading">{ c::CONFIG_VALUES_HEADING.fill(lang, &[("org", name)]) }</p>
            <p class="hint">{ c::CONFIG_VALUES_HINT.get(lang) }</p>
            <ul class="chips">{ for picks }</ul>
        </div>
    }
}

fn answer_state(a: Option<Answer>) -> &'static str {
    match a {
        None => "open",
        Some(Answer::Unknown) => "unknown",
        Some(Answer::Level(_)) => "answered",
    }
}
