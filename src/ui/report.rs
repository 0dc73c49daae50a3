//! The report of one assessment: a clean document for print (A4, save as
//! PDF) and Markdown; and the read-only view of a shared link, which shows
//! the same document with "save a copy". Customer groups get the same
//! section as in the Markdown, from the same model
//! ([`report::groups::groups_report`]); lenses the live result's cards,
//! read-only with their answers ([`super::lens::LensResults`]).

use super::{chart_svg, effects, message, result};
use crate::config::OrgConfig;
use crate::domain::compare::Item;
use crate::domain::scoring;
use crate::domain::*;
use crate::i18n::{report as r, ui as t, Lang};
use crate::message::check::{self, Check};
use crate::message::Words;
use crate::report;
use crate::report::groups::{groups_report, GroupsReport};
use crate::state::{display_title, Action, AppState, Notice, View, WordList};
use std::rc::Rc;
use yew::prelude::*;

pub fn view(s: &AppState, d: &Callback<Action>) -> Html {
    let lang = s.lang;
    let Some(record) = s.current_record() else {
        return html! { <h1 tabindex="-1">{ t::REPORT_TITLE.get(lang) }</h1> };
    };
    let a = record.assessment.clone();
    let now = effects::now();
    let md = report::markdown_with(&a, &s.config, s.words.lexicon(), lang, now);
    let download = {
        let md = md.clone();
        let name = report::file_name(&a, now, "md");
        Callback::from(move |_| {
            effects::download(&name, "text/markdown", &md);
        })
    };
    let copy = super::widgets::copy_on_click(d, md, Notice::MarkdownCopied);
    html! {
        <div class="report-view">
            <div class="report-actions no-print" role="group" aria-label={t::TOOLBAR_LABEL.get(lang)}>
                <button type="button" id="back-to-assess" onclick={d.reform(|_| Action::Show(View::Assess))}>{ "← " }{ t::REPORT_BACK.get(lang) }</button>
                <button type="button" id="print" class="primary" onclick={Callback::from(|_| effects::print())}>{ t::REPORT_PRINT.get(lang) }</button>
                <button type="button" id="download-markdown" onclick={download}>{ t::REPORT_DOWNLOAD_MD.get(lang) }</button>
                <button type="button" id="copy-markdown" onclick={copy}>{ t::REPORT_COPY_MD.get(lang) }</button>
            </div>
            { document(&a, &s.config, &s.words, lang, now) }
            { super::roundtable::report_section(&s.tables_of(&record.id), &record.assessment, &s.config.lenses, lang) }
        </div>
    }
}

/// A shared assessment, read-only, with "save a copy to my assessments";
/// `words`: the message check's word list as loaded.
pub fn shared(a: &Assessment, org: &OrgConfig, words: &WordList, lang: Lang, d: &Callback<Action>) -> Html {
    let save = {
        let d = d.clone();
        Callback::from(move |_| {
            d.emit(Action::SaveSharedCopy);
            effects::clear_fragment();
        })
    };
    let close = {
        let d = d.clone();
        Callback::from(move |_| {
            d.emit(Action::CloseShared);
            effects::clear_fragment();
        })
    };
    html! {
        <div class="report-view shared">
            <div class="shared-banner no-print" id="shared-banner">
                <p><strong>{ t::SHARED_TITLE.get(lang) }</strong>{ " " }{ t::SHARED_EXPLAIN.get(lang) }</p>
                <div class="actions">
                    <button type="button" id="save-shared" class="primary" onclick={save}>{ t::SHARED_SAVE.get(lang) }</button>
                    <button type="button" id="close-shared" onclick={close}>{ t::SHARED_CLOSE.get(lang) }</button>
                </div>
            </div>
            { document(a, org, words, lang, effects::now()) }
        </div>
    }
}

/// The report document itself: everything about one assessment, read-only.
fn document(a: &Assessment, org: &OrgConfig, words: &WordList, lang: Lang, now: u64) -> Html {
    let o = scoring::evaluate_with(a, &org.scoring());
    let check =
        check::of_assessment(a, lang.text_lang(), Words { lexicon: words.lexicon(), org: Some(&org.message_words) });

    let idea_rows: Vec<Html> = IdeaField::ALL
        .iter()
        .filter(|f| **f != IdeaField::Title && !a.idea.get(**f).trim().is_empty())
        .map(|f| html! { <><dt>{ crate::report::idea_label(*f).get(lang) }</dt><dd class="user-text">{ a.idea.get(*f) }</dd></> })
        .collect();
    // One row per scored item: its name, the answer in words, the note.
    let row = |item: Item, note: &str| {
        html! {
            <tr>
                <th scope="row">{ report::item_name(item).get(lang) }</th>
                <td>{ report::item_answer(a, item, lang) }</td>
                <td class="user-text">{ note.to_string() }</td>
            </tr>
        }
    };
    let dim_rows = DimensionId::ALL.iter().map(|d| row(Item::Dimension(*d), &a.dimension(*d).note));
    let value_rows = ValueQuestion::ALL.iter().map(|q| row(Item::Value(*q), &a.value(*q).note));
    let flag_rows = RedFlag::ALL.iter().map(|f| row(Item::Flag(*f), &a.flag(*f).note));
    let cols = |first: &'static str| {
        html! { <thead><tr><th scope="col">{ first }</th><th scope="col">{ t::COL_ANSWER.get(lang) }</th><th scope="col">{ t::NOTE.get(lang) }</th></tr></thead> }
    };
    html! {
        <article class="report" id="report" aria-labelledby="report-title">
            <header class="report-head">
                <p class="report-kicker">{ t::REPORT_KICKER.get(lang) }</p>
                <h1 id="report-title" tabindex="-1">{ display_title(a, lang) }</h1>
                <p class="report-meta">{ t::REPORT_META.fill(lang, &[("date", &report::date(now)), ("lang", t::LANG_NAME.get(lang))]) }</p>
                if a.example.is_some() {
                    <p class="example-banner">{ t::REPORT_EXAMPLE.get(lang) }</p>
                }
                { super::widgets::organisation(org, lang) }
            </header>
            if !idea_rows.is_empty() {
                <section aria-labelledby="r-idea">
                    <h2 id="r-idea">{ t::SECTION_IDEA.get(lang) }</h2>
                    <dl class="idea-list">{ for idea_rows.into_iter() }</dl>
                    { message_check(a, check, words, org, lang) }
                </section>
            }
            <section aria-labelledby="r-verdict">
                <h2 id="r-verdict">{ t::RESULT_TITLE.get(lang) }</h2>
                { result::verdict(&o, lang) }
            </section>
            <section class="report-charts" aria-labelledby="r-charts">
                <h2 id="r-charts" class="sr-only">{ t::RADAR_TITLE.get(lang) }</h2>
                { chart_svg::radar(a, lang) }
                { chart_svg::value_map(a, lang) }
            </section>
            <section aria-labelledby="r-dims">
                <h2 id="r-dims">{ t::SECTION_DIMENSIONS.get(lang) }</h2>
                <table class="report-table">{ cols(t::COL_DIMENSION.get(lang)) }<tbody>{ for dim_rows }</tbody></table>
            </section>
            <section aria-labelledby="r-values">
                <h2 id="r-values">{ t::SECTION_VALUES.get(lang) }</h2>
                <table class="report-table">{ cols(t::COL_QUESTION.get(lang)) }<tbody>{ for value_rows }</tbody></table>
                if !a.org_values.trim().is_empty() {
                    <p><strong>{ t::ORG_VALUES.get(lang) }{ ": " }</strong><span class="user-text">{ &a.org_values }</span></p>
                }
            </section>
            <section aria-labelledby="r-flags">
                <h2 id="r-flags">{ t::SECTION_FLAGS.get(lang) }</h2>
                <table class="report-table">{ cols(t::FLAGS_RAISED.get(lang)) }<tbody>{ for flag_rows }</tbody></table>
            </section>
            <super::lens::LensResults lenses={Rc::new(a.lenses.clone())} org={org.lenses.clone()} {lang} report=true />
            { result::suggestions(&o, lang) }
            { groups_report(a, &o, lang).map(|g| groups(&g, lang)).unwrap_or_default() }
            <footer class="report-foot"><p>{ t::FOOTER.get(lang) }{ " · " }{ t::PRIVACY_LINE.get(lang) }</p></footer>
        </article>
    }
}

/// The message check of the customer's text, read-only with the formula and
/// the kept versions open, and the suggested Taal and Complexiteit steps
/// beside the team's own answers; nothing when the text is blank.
fn message_check(a: &Assessment, check: Option<Check>, words: &WordList, org: &OrgConfig, lang: Lang) -> Html {
    let Some(c) = check else { return html! {} };
    let suggested = [(DimensionId::Language, c.language()), (DimensionId::Complexity, c.complexity())];
    let ease = c.analysis.figures.ease;
    let suggestions: Vec<Html> = suggested
        .into_iter()
        .filter_map(|(d, s)| {
            let s = s?;
            let id = format!("r-suggest-{}", d.key());
            let answer =
                r::MSG_TEAM_ANSWER.fill(lang, &[("answer", &report::item_answer(a, Item::Dimension(d), lang))]);
            Some(html! {
                <>
                    <h5>{ crate::i18n::framework::dimension_brief(d).name.get(lang) }</h5>
                    <p>{ answer }</p>
                    { message::suggestion(Some(&s), ease, &id, lang) }
                </>
            })
        })
        .collect();
    html! {
        <>
            <message::Panel check={Rc::new(Some(c))}
                versions={Rc::new(a.message_check.versions.clone())} words={words.clone()} org={org.message_words.clone()} lang={lang}
                editable={false} open={true} dispatch={Callback::noop()} />
            if !suggestions.is_empty() {
                <div class="msg-report-suggestions" id="r-msg-suggestions">
                    <h4>{ r::MSG_SUGGESTIONS.get(lang) }</h4>
                    { for suggestions }
                </div>
            }
        </>
    }
}

/// The customer groups: the overall rule, the table (typical customer and
/// each group), then per group only what differs, most urgent first. Names,
/// descriptions and notes are the user's text: Yew text nodes.
fn groups(g: &GroupsReport, lang: Lang) -> Html {
    let who = |group: Option<usize>| match group {
        None => r::TYPICAL_CUSTOMER.get(lang).to_owned(),
        Some(i) => format!("{}. {}", i + 1, g.labels.get(i).map(|l| l.text()).unwrap_or_default()),
    };
    let badge = |v| super::collection::verdict_badge(v, lang);
    let rows = g.rows.iter().map(|row| {
        let key = row.group.map_or_else(|| "typical".to_owned(), |i| i.to_string());
        html! {
            <tr data-group={key}>
                <th scope="row" class="user-text">{ who(row.group) }</th>
                <td>{ badge(row.verdict) }</td>
                <td>{ &row.weakest }</td>
                <td>{ &row.confidence }</td>
                <td>{ &row.share }</td>
            </tr>
        }
    });
    let sections = g.sections.iter().map(|s| {
        let heading = format!("r-group-{}", s.index);
        let differences = s.differences.iter().map(|d| {
            html! {
                <tr>
                    <th scope="row">{ d.item }</th>
                    <td>{ &d.group }</td>
                    <td>{ &d.typical }</td>
                    <td class="user-text">{ if d.note.trim().is_empty() { "–".to_owned() } else { d.note.clone() } }</td>
                </tr>
            }
        });
        let advice = s.advice.iter().map(|x| {
            html! {
                <li>
                    <strong>{ &x.head }</strong>
                    <ul>{ for x.lines.iter().map(|l| html! { <li>{ l }</li> }) }</ul>
                </li>
            }
        });
        html! {
            <section class="report-group" id={format!("group-{}", s.index)} aria-labelledby={heading.clone()}
                data-verdict={s.verdict.map_or("none", |v| v.key())}>
                <h3 id={heading} class="user-text">{ who(Some(s.index)) }</h3>
                if !s.description.is_empty() {
                    <p class="user-text group-description">{ &s.description }</p>
                }
                <ul class="group-facts">
                    if let Some(share) = &s.share {
                        <li><strong>{ r::GROUP_SHARE.get(lang) }{ ": " }</strong>{ share }</li>
                    }
                    <li><strong>{ r::COL_VERDICT.get(lang) }{ ": " }</strong>{ badge(s.verdict) }{ " " }{ format!("({})", s.confidence) }</li>
                </ul>
                <h4>{ r::GROUP_DIFFERS.get(lang) }</h4>
                if s.differences.is_empty() {
                    <p>{ r::GROUP_NO_DIFFERENCES.get(lang) }</p>
                } else {
                    <table class="report-table group-differences">
                        <thead><tr>
                            <th scope="col">{ r::COL_ITEM.get(lang) }</th>
                            <th scope="col">{ r::COL_THIS_GROUP.get(lang) }</th>
                            <th scope="col">{ r::TYPICAL_CUSTOMER.get(lang) }</th>
                            <th scope="col">{ r::COL_WHY_DIFFERENT.get(lang) }</th>
                        </tr></thead>
                        <tbody>{ for differences }</tbody>
                    </table>
                }
                if s.verdict.is_some() {
                    <h4>{ s.reasons_heading.get(lang) }</h4>
                    if s.reasons.is_empty() {
                        <p>{ t::NO_FINDINGS.get(lang) }</p>
                    } else {
                        <ul class="group-reasons">{ for s.reasons.iter().map(|x| html! { <li>{ x }</li> }) }</ul>
                    }
                }
                <h4>{ r::GROUP_ADVICE.get(lang) }</h4>
                if s.advice.is_empty() {
                    <p>{ r::GROUP_NO_ADVICE.get(lang) }</p>
                } else {
                    <ul class="group-advice">{ for advice }</ul>
                }
            </section>
        }
    });
    html! {
        <section class="report-groups" id="report-groups" aria-labelledby="r-groups">
            <h2 id="r-groups">{ r::GROUPS.get(lang) }</h2>
            <p>{ r::GROUPS_INTRO.get(lang) }</p>
            if let Some(rule) = &g.rule {
                <p class="groups-rule" id="groups-rule"><strong>{ g.names(rule) }</strong></p>
            }
            <table class="report-table groups-table" id="groups-table">
                <caption class="sr-only">{ r::GROUPS_TABLE_CAPTION.get(lang) }</caption>
                <thead><tr>
                    <th scope="col">{ r::COL_WHO.get(lang) }</th>
                    <th scope="col">{ r::COL_VERDICT.get(lang) }</th>
                    <th scope="col">{ r::COL_WEAKEST.get(lang) }</th>
                    <th scope="col">{ r::COL_CONFIDENCE.get(lang) }</th>
                    <th scope="col">{ r::COL_SHARE.get(lang) }</th>
                </tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
            <p>{ r::GROUPS_ORDER.get(lang) }</p>
            { for sections }
        </section>
    }
}
