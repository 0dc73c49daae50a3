//! The verdict: transparent rules over an [`Assessment`].
//!
//! Every rule is listed in [`RULES`] with its effect; the "how is this
//! computed?" view renders that same list, so what users read is what runs.
//! All eight dimensions count the same, unless an organisation's settings
//! give some of them more or less [`Weights`]; weights only change the
//! average, never any rule (see [`evaluate_with`]).
//!
//! * Each answer can only make the verdict worse ("caps" it); the verdict is
//!   the worst cap of all findings, or Desirable when nothing caps it.
//! * Weakest link: one dimension at the lowest step caps at Crosses the line,
//!   whatever the average.
//! * "Not known yet" and unanswered items never count as a score. They are
//!   left out of the average and the weakest link, lower the confidence, and
//!   turn into conditions ("find out ...") because nobody can call an idea
//!   desirable on an open question.
//! * Value versus values and the red flags can move the verdict on their own.

use super::lens::{self, LensId, LensRules};
use super::model::*;

/// The three plain outcomes, best first. Order matters: `max` is the worst.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Verdict {
    Desirable,
    Conditional,
    CrossesLine,
}

impl Verdict {
    pub fn key(self) -> &'static str {
        match self {
            Verdict::Desirable => "desirable",
            Verdict::Conditional => "conditional",
            Verdict::CrossesLine => "crosses-line",
        }
    }
}

/// How much of the assessment rests on known answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Confidence {
    Low,
    Medium,
    High,
}

/// The rules, in the order the rule view shows them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Rule {
    /// A dimension at step 1.
    DimensionCrossesLine,
    /// A dimension at step 2.
    DimensionWeak,
    /// Every dimension known and at least 3, but the average below 3.5.
    AverageMediocre,
    /// Customer value at step 1.
    NoCustomerValue,
    /// Customer value at step 2.
    LowCustomerValue,
    /// Organisation value at least two steps above customer value.
    ValueImbalance,
    /// Red flag "mainly value for the organisation" = yes with customer value 2 or less.
    DisguisedSelfInterest,
    /// Fit with the customer's values at step 1 (clash) or 2.
    CustomerValuesClash,
    CustomerValuesStrained,
    /// Fit with the organisation's stated values at step 1 or 2.
    OrgValuesClash,
    OrgValuesStrained,
    /// One red flag answered yes.
    RedFlag,
    /// Two or more red flags answered yes.
    RedFlags,
    /// A customer group crosses the line while the typical customer does not.
    GroupCrossesLine,
    /// A lens the organisation made count has a broken point.
    LensBroken,
    /// A dimension or value question not known yet or unanswered, or a red flag unsure or unanswered.
    OpenQuestion,
}

impl Rule {
    pub const ALL: [Rule; 16] = [
        Rule::DimensionCrossesLine,
        Rule::DimensionWeak,
        Rule::AverageMediocre,
        Rule::NoCustomerValue,
        Rule::LowCustomerValue,
        Rule::ValueImbalance,
        Rule::DisguisedSelfInterest,
        Rule::CustomerValuesClash,
        Rule::CustomerValuesStrained,
        Rule::OrgValuesClash,
        Rule::OrgValuesStrained,
        Rule::RedFlag,
        Rule::RedFlags,
        Rule::GroupCrossesLine,
        Rule::LensBroken,
        Rule::OpenQuestion,
    ];

    /// The verdict this rule caps at when it fires.
    pub fn cap(self) -> Verdict {
        match self {
            Rule::DimensionCrossesLine
            | Rule::NoCustomerValue
            | Rule::DisguisedSelfInterest
            | Rule::CustomerValuesClash
            | Rule::OrgValuesClash
            | Rule::RedFlags => Verdict::CrossesLine,
            Rule::DimensionWeak
            | Rule::AverageMediocre
            | Rule::LowCustomerValue
            | Rule::ValueImbalance
            | Rule::CustomerValuesStrained
            | Rule::OrgValuesStrained
            | Rule::RedFlag
            | Rule::GroupCrossesLine
            | Rule::LensBroken
            | Rule::OpenQuestion => Verdict::Conditional,
        }
    }
}

/// Below this average (over known dimensions) an idea without weak spots is
/// still only conditionally desirable.
pub const GOOD_AVERAGE: f32 = 3.5;
/// Organisation value this many steps above customer value is an imbalance.
pub const IMBALANCE_STEPS: u8 = 2;
/// Share of known answers for high and for medium confidence, in percent.
pub const HIGH_CONFIDENCE_PCT: usize = 90;
pub const MEDIUM_CONFIDENCE_PCT: usize = 60;
/// A dimension at this step or below gets improvement suggestions.
pub const SUGGEST_AT_OR_BELOW: u8 = 3;

/// The lowest and highest weight an organisation may give a dimension.
pub const MIN_WEIGHT: f32 = 0.5;
pub const MAX_WEIGHT: f32 = 2.0;

/// How much each dimension counts in the average, indexed like
/// [`DimensionId::ALL`]. Always within [`MIN_WEIGHT`]..=[`MAX_WEIGHT`]: the
/// only way to change a weight is [`Weights::with`], which refuses anything
/// else. Weights change the average only; the weakest link and every other
/// rule look at the levels themselves.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Weights([f32; 8]);

impl Weights {
    /// Every dimension counts the same: the built-in behaviour.
    pub const EQUAL: Weights = Weights([1.0; 8]);

    pub fn get(&self, d: DimensionId) -> f32 {
        self.0[d.index()]
    }

    /// True when every dimension counts the same (all weights 1).
    pub fn is_equal(&self) -> bool {
        *self == Weights::EQUAL
    }

    /// True when `w` is an allowed weight.
    pub fn allowed(w: f32) -> bool {
        (MIN_WEIGHT..=MAX_WEIGHT).contains(&w)
    }

    /// These weights with `d` set to `w`; `None` when `w` is not allowed.
    pub fn with(mut self, d: DimensionId, w: f32) -> Option<Weights> {
        if !Weights::allowed(w) {
            return None;
        }
        self.0[d.index()] = w;
        Some(self)
    }

    /// The weights in [`DimensionId::ALL`] order.
    pub fn as_array(&self) -> [f32; 8] {
        self.0
    }
}

/// What an organisation's configuration changes in scoring: the weights
/// of the dimensions and which lenses count.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct Scoring {
    pub weights: Weights,
    pub lenses: LensRules,
}

impl From<Weights> for Scoring {
    fn from(weights: Weights) -> Scoring {
        Scoring { weights, lenses: LensRules::default() }
    }
}

impl Default for Weights {
    fn default() -> Self {
        Weights::EQUAL
    }
}

/// What a finding is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Subject {
    Dimension(DimensionId),
    Value(ValueQuestion),
    Flag(RedFlag),
    /// The average of the dimensions.
    Average,
    /// A customer group, by its position in the assessment.
    Group(u8),
    /// A lens that counts (issue 14).
    Lens(LensId),
}

/// One rule that fired, on one subject.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Finding {
    pub rule: Rule,
    pub subject: Subject,
}

impl Finding {
    pub fn cap(&self) -> Verdict {
        self.rule.cap()
    }
}

/// An improvement suggestion: which item, and how urgent.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Suggestion {
    /// `CrossesLine` first: must fix; `Conditional`: should fix; `Desirable`: could improve.
    pub urgency: Verdict,
    pub subject: Subject,
    /// True when the item is open (unknown): the suggestion is how to find out.
    pub find_out: bool,
}

/// The result of scoring an assessment.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    /// `None` when nothing at all has been scored yet.
    pub verdict: Option<Verdict>,
    /// Every rule that fired, worst cap first.
    pub findings: Vec<Finding>,
    /// Dimensions and value questions (other than the organisation's own
    /// value) at step 4 or 5: what speaks for the idea.
    pub strengths: Vec<Subject>,
    /// Answers with a known value, and the number of items.
    pub known: usize,
    pub total: usize,
    pub confidence: Confidence,
    /// Average of the known dimensions, if any; weighted when scored with
    /// [`evaluate_with`] and weights other than [`Weights::EQUAL`].
    pub average: Option<f32>,
    /// The lowest known dimension level and the dimensions at it.
    pub weakest: Option<(Level, Vec<DimensionId>)>,
    pub suggestions: Vec<Suggestion>,
    /// Each customer group's result, in the groups' order; empty without groups.
    pub groups: Vec<GroupResult>,
}

/// A customer group's result: its name (the user's, for the sentences that
/// name it) and its outcome by the same rules as the typical customer's.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupResult {
    pub name: String,
    pub outcome: Outcome,
}

impl Outcome {
    /// The verdict for these answers alone, before customer groups capped
    /// it: the typical customer's own verdict (for a group's outcome, the
    /// same as `verdict`).
    pub fn own_verdict(&self) -> Option<Verdict> {
        self.verdict.map(|_| {
            let own = self.findings.iter().filter(|f| f.rule != Rule::GroupCrossesLine);
            own.map(Finding::cap).max().unwrap_or(Verdict::Desirable)
        })
    }

    /// The groups (positions) that cross the line while the typical
    /// customer does not: those that capped the verdict.
    pub fn failing_groups(&self) -> impl Iterator<Item = usize> + '_ {
        self.findings.iter().filter_map(|f| match (f.rule, f.subject) {
            (Rule::GroupCrossesLine, Subject::Group(i)) => Some(usize::from(i)),
            _ => None,
        })
    }

    /// The findings that decide the verdict (those whose cap equals it).
    pub fn drivers(&self) -> impl Iterator<Item = &Finding> {
        let v = self.verdict;
        self.findings.iter().filter(move |f| Some(f.cap()) == v)
    }

    /// Findings that fired but do not decide the verdict.
    pub fn others(&self) -> impl Iterator<Item = &Finding> {
        let v = self.verdict;
        self.findings.iter().filter(move |f| Some(f.cap()) != v)
    }

    pub fn known_pct(&self) -> usize {
        (self.known * 100).checked_div(self.total).unwrap_or(0)
    }
}

/// Number of items that can be known: 8 dimensions, 4 value questions, 5 flags.
pub const TOTAL_ITEMS: usize = DimensionId::ALL.len() + ValueQuestion::ALL.len() + RedFlag::ALL.len();

/// Scores an assessment with every dimension counting the same. Pure and
/// cheap: safe to call on every keystroke.
pub fn evaluate(a: &Assessment) -> Outcome {
    evaluate_with(a, &Scoring::default())
}

/// Scores an assessment with an organisation's weights. The weights only
/// change the average (sum of weight × level over the known dimensions,
/// divided by the sum of their weights), and so only the "mediocre" rule,
/// which compares that average with [`GOOD_AVERAGE`]. With [`Weights::EQUAL`]
/// this is exactly [`evaluate`].
///
/// Customer groups (see [`crate::domain::groups`]) are scored by the same
/// rules, each on its effective answers; a group that crosses the line while
/// the typical customer does not adds [`Rule::GroupCrossesLine`] (the
/// verdict is then at most conditional) and a suggestion to adapt the idea
/// for the group or leave it out.
///
/// A lens is advisory unless the organisation makes it count
/// ([`LensRules::counting`]): then a lens that is on and has a broken point
/// adds [`Rule::LensBroken`], which caps the verdict at conditional. It
/// never raises a verdict.
pub fn evaluate_with(a: &Assessment, scoring: &Scoring) -> Outcome {
    let weights = &scoring.weights;
    let broken: Vec<LensId> = a
        .lenses
        .set()
        .iter()
        .filter(|l| scoring.lenses.counting.has(*l))
        .filter(|l| lens::evaluate(&a.lenses, *l, scoring.lenses.extra(*l)).broken())
        .collect();
    let alone = |a: &Assessment| {
        let mut o = evaluate_alone(a, weights);
        if let (Some(v), false) = (o.verdict, broken.is_empty()) {
            o.findings.extend(broken.iter().map(|l| Finding { rule: Rule::LensBroken, subject: Subject::Lens(*l) }));
            o.verdict = Some(v.max(Verdict::Conditional));
            sort(&mut o.findings, &mut o.suggestions);
        }
        o
    };
    let mut o = alone(a);
    if a.groups.is_empty() {
        return o;
    }
    o.groups = a.groups.iter().map(|g| GroupResult { name: g.name.clone(), outcome: alone(&g.effective(a)) }).collect();
    let Some(v) = o.verdict.filter(|v| *v != Verdict::CrossesLine) else { return o };
    for (i, g) in o.groups.iter().enumerate() {
        if g.outcome.verdict == Some(Verdict::CrossesLine) {
            let subject = Subject::Group(i as u8);
            o.findings.push(Finding { rule: Rule::GroupCrossesLine, subject });
            o.suggestions.push(Suggestion { urgency: Verdict::Conditional, subject, find_out: false });
        }
    }
    if o.failing_groups().next().is_some() {
        o.verdict = Some(v.max(Verdict::Conditional));
        sort(&mut o.findings, &mut o.suggestions);
    }
    o
}

fn sort(findings: &mut [Finding], suggestions: &mut [Suggestion]) {
    super::sort_small_by(findings, |x, y| {
        y.cap().cmp(&x.cap()).then(x.rule.cmp(&y.rule)).then(x.subject.cmp(&y.subject))
    });
    super::sort_small_by(suggestions, |x, y| {
        y.urgency.cmp(&x.urgency).then(x.find_out.cmp(&y.find_out)).then(x.subject.cmp(&y.subject))
    });
}

/// One set of answers by the rules, without its groups.
fn evaluate_alone(a: &Assessment, weights: &Weights) -> Outcome {
    let mut findings = Vec::new();
    let mut strengths = Vec::new();
    let mut suggestions = Vec::new();
    let mut known = 0usize;
    let mut any_answer = false;

    // Dimensions: weakest link, weak spots, open questions.
    let mut levels = Vec::with_capacity(8);
    for d in DimensionId::ALL {
        let entry = a.dimension(d);
        any_answer |= entry.answer.is_some();
        let subject = Subject::Dimension(d);
        match entry.answer.and_then(Answer::level) {
            Some(l) => {
                known += 1;
                levels.push((d, l));
                match l.get() {
                    1 => findings.push(Finding { rule: Rule::DimensionCrossesLine, subject }),
                    2 => findings.push(Finding { rule: Rule::DimensionWeak, subject }),
                    4 | 5 => strengths.push(subject),
                    _ => {}
                }
                if l.get() <= SUGGEST_AT_OR_BELOW {
                    let urgency = match l.get() {
                        1 => Verdict::CrossesLine,
                        2 => Verdict::Conditional,
                        _ => Verdict::Desirable,
                    };
                    suggestions.push(Suggestion { urgency, subject, find_out: false });
                }
            }
            None => open(&mut findings, &mut suggestions, subject),
        }
    }
    let average = if levels.is_empty() {
        None
    } else {
        // With all weights 1 this is bit for bit the plain mean: 1 × level is
        // exact and the weights add up to the count exactly.
        let (sum, total) = levels.iter().fold((0.0f32, 0.0f32), |(sum, total), (d, l)| {
            let w = weights.get(*d);
            (sum + w * f32::from(l.get()), total + w)
        });
        Some(sum / total)
    };
    let weakest = levels.iter().map(|(_, l)| *l).min().map(|min| {
        let dims = levels.iter().filter(|(_, l)| *l == min).map(|(d, _)| *d).collect();
        (min, dims)
    });
    if let (Some(avg), Some((min, _))) = (average, &weakest) {
        if min.get() >= 3 && avg < GOOD_AVERAGE {
            findings.push(Finding { rule: Rule::AverageMediocre, subject: Subject::Average });
        }
    }

    // Value versus values.
    for q in ValueQuestion::ALL {
        let entry = a.value(q);
        any_answer |= entry.answer.is_some();
        let subject = Subject::Value(q);
        let Some(l) = entry.answer.and_then(Answer::level) else {
            open(&mut findings, &mut suggestions, subject);
            continue;
        };
        known += 1;
        let n = l.get();
        if n >= 4 && q != ValueQuestion::OrgValue {
            strengths.push(subject);
        }
        let rule = match (q, n) {
            (ValueQuestion::CustomerValue, 1) => Some(Rule::NoCustomerValue),
            (ValueQuestion::CustomerValue, 2) => Some(Rule::LowCustomerValue),
            (ValueQuestion::CustomerValuesFit, 1) => Some(Rule::CustomerValuesClash),
            (ValueQuestion::CustomerValuesFit, 2) => Some(Rule::CustomerValuesStrained),
            (ValueQuestion::OrgValuesFit, 1) => Some(Rule::OrgValuesClash),
            (ValueQuestion::OrgValuesFit, 2) => Some(Rule::OrgValuesStrained),
            _ => None,
        };
        if let Some(rule) = rule {
            findings.push(Finding { rule, subject });
            suggestions.push(Suggestion { urgency: rule.cap(), subject, find_out: false });
        }
    }
    let customer = a.value_level(ValueQuestion::CustomerValue).map(Level::get);
    let org = a.value_level(ValueQuestion::OrgValue).map(Level::get);
    if let (Some(c), Some(o)) = (customer, org) {
        if o >= c + IMBALANCE_STEPS {
            let subject = Subject::Value(ValueQuestion::OrgValue);
            findings.push(Finding { rule: Rule::ValueImbalance, subject });
            suggestions.push(Suggestion { urgency: Verdict::Conditional, subject, find_out: false });
        }
    }

    // Red flags.
    let mut yes = Vec::new();
    for f in RedFlag::ALL {
        let entry = a.flag(f);
        any_answer |= entry.answer.is_some();
        let subject = Subject::Flag(f);
        match entry.answer {
            Some(FlagAnswer::Yes) => {
                known += 1;
                yes.push(f);
            }
            Some(FlagAnswer::No) => known += 1,
            Some(FlagAnswer::Unsure) | None => open(&mut findings, &mut suggestions, subject),
        }
    }
    if yes.contains(&RedFlag::MainlyOrgValue) && customer.is_some_and(|c| c <= 2) {
        findings.push(Finding { rule: Rule::DisguisedSelfInterest, subject: Subject::Flag(RedFlag::MainlyOrgValue) });
    }
    let flag_rule = if yes.len() >= 2 { Rule::RedFlags } else { Rule::RedFlag };
    for f in &yes {
        let subject = Subject::Flag(*f);
        findings.push(Finding { rule: flag_rule, subject });
        suggestions.push(Suggestion { urgency: flag_rule.cap(), subject, find_out: false });
    }

    sort(&mut findings, &mut suggestions);
    // A handful of items: a list is enough (and smaller in the program than a set).
    let mut seen = Vec::with_capacity(suggestions.len());
    suggestions.retain(|x| {
        let key = (x.subject, x.find_out);
        let first = !seen.contains(&key);
        if first {
            seen.push(key);
        }
        first
    });

    let verdict =
        if any_answer { Some(findings.iter().map(Finding::cap).max().unwrap_or(Verdict::Desirable)) } else { None };
    let pct = known * 100 / TOTAL_ITEMS;
    let confidence = if pct >= HIGH_CONFIDENCE_PCT {
        Confidence::High
    } else if pct >= MEDIUM_CONFIDENCE_PCT {
        Confidence::Medium
    } else {
        Confidence::Low
    };
    Outcome {
        verdict,
        findings,
        strengths,
        known,
        total: TOTAL_ITEMS,
        confidence,
        average,
        weakest,
        suggestions,
        groups: Vec::new(),
    }
}

fn open(findings: &mut Vec<Finding>, suggestions: &mut Vec<Suggestion>, subject: Subject) {
    findings.push(Finding { rule: Rule::OpenQuestion, subject });
    suggestions.push(Suggestion { urgency: Verdict::Conditional, subject, find_out: true });
}
