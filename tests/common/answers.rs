//! Assessments the tests start from.

use wenselijk::domain::*;

/// Every item answered: all dimensions and value questions at `level`, no
/// red flag.
pub fn answered(level: u8) -> Assessment {
    let mut a = Assessment::default();
    for d in DimensionId::ALL {
        a.dimension_mut(d).answer = Some(Answer::lv(level));
    }
    for q in ValueQuestion::ALL {
        a.value_mut(q).answer = Some(Answer::lv(level));
    }
    for f in RedFlag::ALL {
        a.flag_mut(f).answer = Some(FlagAnswer::No);
    }
    a
}
