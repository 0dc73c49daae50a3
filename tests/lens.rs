//! The lenses' results (issue 14), table-driven: each golden rule's status
//! from its answer and the contact plan, the plan's timing flags, the
//! B = MAP place and its advice, moments that matter, peaks and ends,
//! emotions and trust, the organisation's extra questions, and lenses that
//! count in the verdict.
#![cfg(not(target_arch = "wasm32"))]

use wenselijk::domain::lens::bmap::{self, Place};
use wenselijk::domain::lens::evaluate as lens_result;
use wenselijk::domain::lens::plan::{Expect, MAX_PER_WEEK};
use wenselijk::domain::lens::*;
use wenselijk::domain::scoring::{evaluate, evaluate_with, Rule, Scoring, Subject, Verdict};
use wenselijk::domain::{FlagAnswer, Level};
use wenselijk::i18n::examples::example;
use wenselijk::i18n::Lang;

use LensAnswer::{No, NotApplicable as Na, Unknown, Unsure, Yes};
use Status::{AtRisk, Broken, Met, NotApplicable, Open};

fn lv(n: u8) -> LensAnswer {
    LensAnswer::Level(Level::new(n).unwrap())
}

fn with(lens: LensId, answers: &[(&str, LensAnswer)]) -> Lenses {
    let mut ls = Lenses::default();
    ls.switch(lens, true);
    for (k, a) in answers {
        ls.entry_mut(lens, k).answer = Some(*a);
    }
    ls
}

fn result(ls: &Lenses, lens: LensId) -> LensResult {
    lens_result(ls, lens, 0)
}

#[test]
fn golden_rule_status_follows_its_answer() {
    let cases: &[(LensAnswer, Status)] =
        &[(Yes, Met), (No, Broken), (Unsure, AtRisk), (Na, NotApplicable), (Unknown, Open)];
    let rules = [
        ("available", Point::Available),
        ("promises", Point::Promises),
        ("bother", Point::Bother),
        ("formalities", Point::Formalities),
        ("mistakes", Point::Mistakes),
        ("involved", Point::Involved),
    ];
    for (key, point) in rules {
        for (answer, want) in cases {
            let r = result(&with(LensId::GoldenRules, &[(key, *answer)]), LensId::GoldenRules);
            assert_eq!(r.status(point), Some(*want), "{key} = {answer:?}");
            assert_eq!(r.advice.contains(&Advice::Fix(point)), *want >= AtRisk, "{key} = {answer:?}");
        }
    }
    // Unanswered: six open rules, nothing to change, nothing broken.
    let r = result(&with(LensId::GoldenRules, &[]), LensId::GoldenRules);
    assert_eq!(r.points.len(), 6);
    assert_eq!(r.count(Open), 6);
    assert!(r.advice.is_empty() && !r.broken());
}

fn plan(hour: Option<u8>, day: Option<Day>, per_week: Option<u8>, in_time: Option<FlagAnswer>) -> ContactPlan {
    ContactPlan { channel: Some(Channel::Email), day, hour, per_week, in_time }
}

#[test]
fn contact_plan_timing_flags() {
    use FlagAnswer as F;
    use PlanFlag::*;
    let cases: &[(ContactPlan, &[PlanFlag])] = &[
        (ContactPlan::default(), &[]),
        (plan(Some(3), None, None, None), &[Night(3)]),
        (plan(Some(0), None, None, None), &[Night(0)]),
        (plan(Some(6), None, None, None), &[Night(6)]),
        (plan(Some(22), None, None, None), &[Night(22)]),
        (plan(Some(23), None, None, None), &[Night(23)]),
        (plan(Some(7), None, None, None), &[Quiet(7)]),
        (plan(Some(20), None, None, None), &[Quiet(20)]),
        (plan(Some(21), None, None, None), &[Quiet(21)]),
        (plan(Some(8), None, None, None), &[]),
        (plan(Some(19), None, None, None), &[]),
        (plan(None, Some(Day::Sat), None, None), &[Weekend(Day::Sat)]),
        (plan(None, Some(Day::Sun), None, None), &[Weekend(Day::Sun)]),
        (plan(None, Some(Day::Fri), None, None), &[]),
        (plan(None, None, Some(1), None), &[]),
        (plan(None, None, Some(2), None), &[Twice]),
        (plan(None, None, Some(3), None), &[TooOften(3)]),
        (plan(None, None, Some(MAX_PER_WEEK), None), &[TooOften(MAX_PER_WEEK)]),
        (plan(None, None, None, Some(F::Yes)), &[]),
        (plan(None, None, None, Some(F::No)), &[NotInTime]),
        (plan(None, None, None, Some(F::Unsure)), &[MaybeNotInTime]),
        // The feedback example: three requests, at 3 a.m. on a Sunday, no way to answer.
        (plan(Some(3), Some(Day::Sun), Some(3), Some(F::No)), &[Night(3), Weekend(Day::Sun), TooOften(3), NotInTime]),
    ];
    for (p, want) in cases {
        assert_eq!(p.flags(), *want, "{p:?}");
    }
}

#[test]
fn the_plan_breaks_or_risks_its_rule_even_when_the_answer_says_met() {
    use FlagAnswer as F;
    let cases: &[(ContactPlan, Status, Status)] = &[
        // (plan, bother, available) with both questions answered yes.
        (plan(Some(10), Some(Day::Tue), Some(1), Some(F::Yes)), Met, Met),
        (plan(Some(3), None, None, None), Broken, Met),
        (plan(Some(21), None, None, None), AtRisk, Met),
        (plan(None, Some(Day::Sat), None, None), AtRisk, Met),
        (plan(None, None, Some(2), None), AtRisk, Met),
        (plan(None, None, Some(3), None), Broken, Met),
        (plan(None, None, None, Some(F::No)), Met, Broken),
        (plan(None, None, None, Some(F::Unsure)), Met, AtRisk),
    ];
    for (p, bother, available) in cases {
        let mut ls = with(LensId::GoldenRules, &[("bother", Yes), ("available", Yes)]);
        ls.plan = p.clone();
        let r = result(&ls, LensId::GoldenRules);
        assert_eq!(r.status(Point::Bother), Some(*bother), "{p:?}");
        assert_eq!(r.status(Point::Available), Some(*available), "{p:?}");
        assert_eq!(r.flags, p.flags());
    }
    // Unanswered rule, plan at night: broken all the same.
    let mut ls = with(LensId::GoldenRules, &[]);
    ls.plan = plan(Some(3), None, None, None);
    assert_eq!(result(&ls, LensId::GoldenRules).status(Point::Bother), Some(Broken));
}

#[test]
fn channels_and_their_expected_response_times() {
    let cases = [
        (Channel::Phone, Expect::HalfMinute),
        (Channel::InPerson, Expect::AtOnce),
        (Channel::Chat, Expect::AtOnce),
        (Channel::SocialMedia, Expect::SameWorkingDay),
        (Channel::WhatsApp, Expect::SameWorkingDay),
        (Channel::App, Expect::SameWorkingDay),
        (Channel::Website, Expect::SameWorkingDay),
        (Channel::Email, Expect::SameOrNextWorkingDay),
    ];
    assert_eq!(cases.len(), Channel::ALL.len());
    for (c, e) in cases {
        assert_eq!(c.response_time(), e, "{c:?}");
    }
}

#[test]
fn b_map_place_and_advice() {
    use Advice::*;
    // (motivation, ability, place, status, advice)
    let cases: &[(u8, u8, Place, Status, &[Advice])] = &[
        (5, 5, Place::Above, Met, &[KeepItEasy]),
        (4, 5, Place::Above, Met, &[KeepItEasy]),
        (4, 3, Place::Above, Met, &[KeepItEasy]),
        (3, 4, Place::Above, Met, &[KeepItEasy]),
        (3, 3, Place::Near, AtRisk, &[RaiseAbility, MoveMoment]),
        (4, 2, Place::Near, AtRisk, &[RaiseAbility]),
        (2, 4, Place::Near, AtRisk, &[MoveMoment]),
        (5, 2, Place::Near, AtRisk, &[RaiseAbility]),
        (5, 1, Place::Below, Broken, &[RaiseAbility]),
        (1, 5, Place::Below, Broken, &[MoveMoment]),
        (1, 4, Place::Below, Broken, &[MoveMoment]),
        (3, 2, Place::Below, Broken, &[RaiseAbility]),
        (2, 2, Place::Below, Broken, &[DoNotPrompt]),
        (1, 1, Place::Below, Broken, &[DoNotPrompt]),
    ];
    for (m, a, place, status, advice) in cases {
        let ls = with(LensId::BMap, &[("motivation", lv(*m)), ("ability", lv(*a))]);
        let r = result(&ls, LensId::BMap);
        assert_eq!(bmap::place(Level::new(*m).unwrap(), Level::new(*a).unwrap()), *place, "m {m} a {a}");
        assert_eq!(r.bmap.map(|b| b.2), Some(*place), "m {m} a {a}");
        assert_eq!(r.status(Point::Placement), Some(*status), "m {m} a {a}");
        assert_eq!(r.advice, *advice, "m {m} a {a}");
    }
    // Not placed until both are known.
    for answers in
        [&[][..], &[("motivation", lv(4))], &[("ability", lv(4))], &[("motivation", Unknown), ("ability", lv(4))]]
    {
        let r = result(&with(LensId::BMap, answers), LensId::BMap);
        assert_eq!(r.bmap, None);
        assert_eq!(r.status(Point::Placement), Some(Open));
    }
}

#[test]
fn b_map_yes_no_questions_add_their_advice_once() {
    use Advice::*;
    type Case<'a> = (&'a [(&'a str, LensAnswer)], &'a [Advice]);
    let cases: &[Case] = &[
        (&[("act_now", No)], &[RaiseAbility]),
        (&[("right_moment", Unsure)], &[MoveMoment]),
        (&[("act_now", Yes), ("right_moment", Yes)], &[]),
        // Above the line but not at a good moment: the kept-easy advice gives way.
        (&[("motivation", lv(5)), ("ability", lv(5)), ("right_moment", No)], &[MoveMoment]),
        // Near the line with low ability, and not one tap: raise ability once.
        (&[("motivation", lv(4)), ("ability", lv(2)), ("act_now", No)], &[RaiseAbility]),
    ];
    for (answers, want) in cases {
        let r = result(&with(LensId::BMap, answers), LensId::BMap);
        assert_eq!(r.advice, *want, "{answers:?}");
    }
}

#[test]
fn b_map_action_line_stays_on_the_chart_and_on_the_curve() {
    let line = bmap::action_line();
    assert!(line.len() >= 10);
    let first = line[0];
    let last = line[line.len() - 1];
    assert!((first.1 - 5.0).abs() < 1e-4 && (last.0 - 5.0).abs() < 1e-4, "{first:?} {last:?}");
    for (a, m) in &line {
        assert!((1.0..=5.0).contains(a) && (1.0..=5.0).contains(m), "{a} {m}");
        assert!((a * m - f32::from(bmap::ACTION_LINE)).abs() < 1e-3);
    }
    assert!(line.windows(2).all(|w| w[0].0 < w[1].0 && w[0].1 > w[1].1));
}

fn journey(steps: &[(&str, bool)], at: Option<u8>) -> Journey {
    Journey { steps: steps.iter().map(|(n, m)| Step { name: n.to_string(), matters: *m }).collect(), at }
}

#[test]
fn moments_that_matter() {
    let j = journey(&[("Sign up", false), ("Doubt", true), ("First invoice", true), ("File closed", false)], None);
    // (idea at, worry answer, status)
    let cases: &[(Option<u8>, Option<LensAnswer>, Status)] = &[
        (Some(1), None, Met),
        (Some(1), Some(Yes), Met),
        (Some(1), Some(No), AtRisk),
        (Some(3), None, Broken),
        (Some(3), Some(No), Broken),
        (Some(3), Some(Yes), AtRisk),
        (Some(0), Some(Unsure), Broken),
        // No step chosen (or one that is not there): the worry answer decides.
        (None, Some(Yes), Met),
        (None, Some(No), Broken),
        (None, Some(Unsure), AtRisk),
        (None, Some(Na), NotApplicable),
        (None, None, Open),
        (Some(9), Some(Yes), Met),
    ];
    for (at, worry, want) in cases {
        let mut ls = with(LensId::Moments, &[]);
        ls.journey = Journey { at: *at, ..j.clone() };
        if let Some(w) = worry {
            ls.entry_mut(LensId::Moments, "worry").answer = Some(*w);
        }
        let r = result(&ls, LensId::Moments);
        assert_eq!(r.status(Point::MomentMatters), Some(*want), "at {at:?} worry {worry:?}");
    }
    let r = result(&with(LensId::Moments, &[("customer_view", No), ("before_asked", Yes)]), LensId::Moments);
    assert_eq!(r.status(Point::CustomerView), Some(AtRisk));
    assert_eq!(r.status(Point::BeforeAsked), Some(Met));
}

#[test]
fn peaks_and_ends() {
    // (before, during, end, peak, repairs low, end status)
    type Case = (Option<u8>, Option<u8>, Option<LensAnswer>, Status, Status, Status);
    let cases: &[Case] = &[
        (Some(1), Some(5), Some(No), Met, Met, NotApplicable),
        (Some(2), Some(4), Some(Yes), Met, Met, Met),
        (Some(2), Some(3), None, AtRisk, AtRisk, Open),
        (Some(1), Some(1), Some(Yes), Broken, Broken, Broken),
        (Some(4), Some(2), Some(Yes), Broken, NotApplicable, Broken),
        (Some(3), Some(5), Some(Unsure), Met, NotApplicable, Met),
        (Some(3), Some(2), Some(Unsure), Broken, NotApplicable, AtRisk),
        (None, Some(4), Some(Na), Met, Open, NotApplicable),
        (None, None, None, Open, Open, Open),
    ];
    for (before, during, end, peak, repairs, end_status) in cases {
        let mut answers = Vec::new();
        if let Some(b) = before {
            answers.push(("before", lv(*b)));
        }
        if let Some(d) = during {
            answers.push(("during", lv(*d)));
        }
        if let Some(e) = end {
            answers.push(("end", *e));
        }
        let r = result(&with(LensId::PeaksEnds, &answers), LensId::PeaksEnds);
        let got = (r.status(Point::Peak), r.status(Point::RepairsLow), r.status(Point::End));
        assert_eq!(got, (Some(*peak), Some(*repairs), Some(*end_status)), "{before:?} {during:?} {end:?}");
    }
}

#[test]
fn emotions_and_trust() {
    let cases: &[(&str, LensAnswer, Point, Status)] = &[
        ("tone", No, Point::Tone, AtRisk),
        ("tone", Yes, Point::Tone, Met),
        ("understood", lv(2), Point::Understood, Broken),
        ("understood", lv(3), Point::Understood, AtRisk),
        ("understood", lv(4), Point::Understood, Met),
        ("upfront", No, Point::Upfront, Broken),
        // Something the customer finds out later: incidental transparency.
        ("surprise", Yes, Point::NoSurprise, Broken),
        ("surprise", No, Point::NoSurprise, Met),
        ("surprise", Unsure, Point::NoSurprise, AtRisk),
        ("human", No, Point::Human, AtRisk),
    ];
    for (key, answer, point, want) in cases {
        let r = result(&with(LensId::Emotions, &[(key, *answer)]), LensId::Emotions);
        assert_eq!(r.status(*point), Some(*want), "{key} {answer:?}");
    }
    // The feeling itself is context, not a point.
    let r = result(&with(LensId::Emotions, &[("feeling", lv(1))]), LensId::Emotions);
    assert_eq!(r.count(Open), 5);
}

#[test]
fn extra_questions_count_only_as_many_as_configured() {
    let ls = with(LensId::Moments, &[("x1", No), ("x2", Yes), ("x3", No)]);
    let r = lens_result(&ls, LensId::Moments, 2);
    assert_eq!(r.status(Point::Extra(0)), Some(Broken));
    assert_eq!(r.status(Point::Extra(1)), Some(Met));
    assert_eq!(r.status(Point::Extra(2)), None);
    assert!(r.advice.contains(&Advice::Fix(Point::Extra(0))));
    assert_eq!(extra_key(0), "x1");
    assert_eq!(
        (extra_index("x1"), extra_index("x5"), extra_index("x6"), extra_index("x0"), extra_index("y1")),
        (Some(0), Some(4), None, None, None)
    );
    assert!(is_question(LensId::BMap, "motivation") && is_question(LensId::BMap, "x3"));
    assert!(!is_question(LensId::BMap, "bother") && !is_question(LensId::BMap, "x9"));
    assert!(is_scale(LensId::BMap, "ability") && !is_scale(LensId::BMap, "act_now") && !is_scale(LensId::BMap, "x1"));
}

#[test]
fn every_lens_has_three_to_seven_questions_with_unique_keys() {
    for l in LensId::ALL {
        let qs = questions(l);
        assert!((3..=7).contains(&qs.len()), "{l:?}");
        for (i, q) in qs.iter().enumerate() {
            assert!(qs[..i].iter().all(|p| p.key != q.key), "{l:?} {}", q.key);
            assert!(extra_index(q.key).is_none());
        }
        assert_eq!(LensId::from_key(l.key()), Some(l));
        let texts = wenselijk::i18n::lens::lens(l);
        assert_eq!(texts.questions.len(), qs.len(), "{l:?}");
    }
}

#[test]
fn switching_keeps_order_and_answers() {
    let mut ls = Lenses::default();
    ls.switch(LensId::Emotions, true);
    ls.switch(LensId::GoldenRules, true);
    ls.switch(LensId::Emotions, true);
    assert_eq!(ls.on, vec![LensId::GoldenRules, LensId::Emotions]);
    ls.entry_mut(LensId::Emotions, "tone").answer = Some(Yes);
    ls.switch(LensId::Emotions, false);
    assert_eq!(ls.on, vec![LensId::GoldenRules]);
    assert_eq!(ls.answer(LensId::Emotions, "tone"), Some(Yes));
    assert_eq!(evaluate_all(&ls, &[0; 5]).iter().map(|r| r.lens).collect::<Vec<_>>(), vec![LensId::GoldenRules]);
    // Empty entries go on normalising.
    ls.entry_mut(LensId::BMap, "ability");
    ls.normalise();
    assert!(!ls.answers.contains_key(&LensId::BMap));
}

fn counting(l: LensId) -> Scoring {
    let mut s = Scoring::default();
    s.lenses.counting = LensSet::NONE.with(l, true);
    s
}

#[test]
fn a_counting_lens_caps_the_verdict_and_never_raises_it() {
    let good = example(wenselijk::domain::ExampleId::PostPurchase).build(Lang::En);
    assert_eq!(evaluate(&good).verdict, Some(Verdict::Desirable));
    let mut a = good.clone();
    a.lenses = with(LensId::GoldenRules, &[("bother", No)]);
    // Advisory by default: nothing changes.
    assert_eq!(evaluate(&a).verdict, Some(Verdict::Desirable));
    assert!(!evaluate(&a).findings.iter().any(|f| f.rule == Rule::LensBroken));
    // Counting: capped at conditional, with the finding.
    let o = evaluate_with(&a, &counting(LensId::GoldenRules));
    assert_eq!(o.verdict, Some(Verdict::Conditional));
    assert!(o.findings.iter().any(|f| f.rule == Rule::LensBroken && f.subject == Subject::Lens(LensId::GoldenRules)));
    // Another lens counting, or the lens off: no effect.
    assert_eq!(evaluate_with(&a, &counting(LensId::Emotions)).verdict, Some(Verdict::Desirable));
    let mut off = a.clone();
    off.lenses.switch(LensId::GoldenRules, false);
    assert_eq!(evaluate_with(&off, &counting(LensId::GoldenRules)).verdict, Some(Verdict::Desirable));
    // At risk only: no cap.
    let mut risk = good.clone();
    risk.lenses = with(LensId::GoldenRules, &[("bother", Unsure)]);
    assert_eq!(evaluate_with(&risk, &counting(LensId::GoldenRules)).verdict, Some(Verdict::Desirable));
    // Never raises: an idea that crosses the line stays there.
    let bad = example(wenselijk::domain::ExampleId::FeedbackOverload).build(Lang::En);
    let mut b = bad.clone();
    b.lenses = with(LensId::GoldenRules, &[("bother", No)]);
    assert_eq!(evaluate_with(&b, &counting(LensId::GoldenRules)).verdict, evaluate(&bad).verdict);
    // Nothing scored yet: no verdict, lens or not.
    let blank =
        wenselijk::domain::Assessment { lenses: with(LensId::GoldenRules, &[("bother", No)]), ..Default::default() };
    assert_eq!(evaluate_with(&blank, &counting(LensId::GoldenRules)).verdict, None);
}

#[test]
fn an_extra_question_answered_no_counts_only_when_configured() {
    let mut a = example(wenselijk::domain::ExampleId::PostPurchase).build(Lang::Nl);
    a.lenses = with(LensId::Emotions, &[("x1", No)]);
    let mut s = counting(LensId::Emotions);
    assert_eq!(evaluate_with(&a, &s).verdict, Some(Verdict::Desirable));
    s.lenses.extra[LensId::Emotions.index()] = 1;
    assert_eq!(evaluate_with(&a, &s).verdict, Some(Verdict::Conditional));
}

#[test]
fn customer_groups_share_the_lens_cap() {
    let mut a = example(wenselijk::domain::ExampleId::PostPurchase).build(Lang::En);
    a.groups.push(wenselijk::domain::Group { id: "g1".into(), name: "Group".into(), ..Default::default() });
    a.lenses = with(LensId::GoldenRules, &[("promises", No)]);
    let o = evaluate_with(&a, &counting(LensId::GoldenRules));
    assert_eq!(o.groups[0].outcome.verdict, Some(Verdict::Conditional));
    assert_eq!(o.verdict, Some(Verdict::Conditional));
}

#[test]
fn examples_switch_on_the_lenses_that_teach_most() {
    use wenselijk::domain::ExampleId::*;
    for id in wenselijk::domain::ExampleId::ALL {
        for lang in Lang::ALL {
            let a = example(id).build(lang);
            assert!(!a.lenses.on.is_empty(), "{id:?}");
            // Advisory: the verdict is the same without the lenses.
            let mut bare = a.clone();
            bare.lenses = Lenses::default();
            assert_eq!(evaluate(&a), evaluate(&bare), "{id:?}");
            // Both languages hold the same answers.
            let other = example(id).build(lang.other());
            assert_eq!(
                (&a.lenses.on, &a.lenses.answers, &a.lenses.plan),
                (&other.lenses.on, &other.lenses.answers, &other.lenses.plan)
            );
        }
    }
    let of = |id, l| lens_result(&example(id).build(Lang::En).lenses, l, 0);
    let golden = of(FeedbackOverload, LensId::GoldenRules);
    assert_eq!(golden.status(Point::Bother), Some(Broken));
    assert!(golden.flags.contains(&PlanFlag::Night(3)) && golden.flags.contains(&PlanFlag::TooOften(3)));
    assert_eq!(of(FeedbackOverload, LensId::BMap).bmap.map(|b| b.2), Some(Place::Below));
    assert_eq!(of(PostPurchase, LensId::BMap).bmap.map(|b| b.2), Some(Place::Above));
    assert_eq!(of(PostPurchase, LensId::Moments).status(Point::MomentMatters), Some(Met));
    assert_eq!(of(ContactCentreOffer, LensId::Moments).status(Point::MomentMatters), Some(AtRisk));
    assert_eq!(of(LowToPeak, LensId::PeaksEnds).status(Point::RepairsLow), Some(Met));
    assert_eq!(of(BankWrapped, LensId::Emotions).status(Point::NoSurprise), Some(Broken));
    assert_eq!(of(GovernmentHelp, LensId::BMap).advice, vec![Advice::RaiseAbility]);
    assert_eq!(of(HealthAdvice, LensId::BMap).bmap.map(|b| b.2), Some(Place::Below));
}
