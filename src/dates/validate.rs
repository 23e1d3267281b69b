//! A checker of TIMEX3 values, for tests and debug assertions: every value the extractor
//! writes must be one of the forms TimeML allows.

use regex::Regex;
use std::sync::LazyLock;

static VALUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)^(?:
            (?:PRESENT|PAST|FUTURE)_REF
          # durations: P7Y, P2Y6M, PT2H30M, PXD, P1Q
          | P(?:(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|Q|DE|CE|ML))*
             (?:T(?:(?:\d+(?:\.\d+)?|X)(?:H|M|S))+)?
          # centuries and decades: 19, 199, XX, XXX
          | [0-9X]{2,3}
          # years and what narrows them
          | [0-9X]{4}
            (?:
                -(?:0[1-9]|1[0-2]|XX)
                (?:-(?:0[1-9]|[12][0-9]|3[01]|XX)
                   (?:T(?:(?:[01][0-9]|2[0-4])(?::[0-5][0-9](?::[0-5][0-9])?)?|MO|AF|EV|NI|DT|MI))?
                )?
              | -W(?:0[1-9]|[1-4][0-9]|5[0-3]|XX)
                (?:-(?:[1-7]|WE)(?:T(?:MO|AF|EV|NI|DT|MI|(?:[01][0-9]|2[0-4])(?::[0-5][0-9])?))?)?
              | -Q[1-4X]
              | -H[12]
              | -(?:SP|SU|FA|WI)
            )?
        )$",
    )
    .expect("TIMEX3 value pattern")
});

/// Is `v` a well-formed TIMEX3 value?
pub fn is_valid_value(v: &str) -> bool {
    v != "P" && VALUE.is_match(v)
}

#[cfg(test)]
mod tests {
    use super::is_valid_value;

    #[test]
    fn accepts_and_rejects() {
        for v in [
            "2023-11-02",
            "2023-11",
            "2023",
            "2023-W46",
            "2023-Q3",
            "199",
            "19",
            "2023-12-18T15:00",
            "P7Y",
            "P3D",
            "PT2H",
            "PT1M30S",
            "P2Y6M",
            "PXD",
            "XXXX-11-02",
            "XXXX-WXX-1",
            "PRESENT_REF",
            "PAST_REF",
            "FUTURE_REF",
            "1998-SU",
            "1998-W08-WE",
            "1998-02-06TMO",
            "XXXX-XX-XXT15:00",
            "1989-H2",
            "XXXX-WXX-1TNI",
        ] {
            assert!(is_valid_value(v), "{v}");
        }
        for v in [
            "",
            "P",
            "2023-13",
            "2023-11-32",
            "T15:00",
            "yesterday",
            "2023-W54",
            "P7",
            "1998-XY",
            "2023-11-02T25:00",
        ] {
            assert!(!is_valid_value(v), "{v}");
        }
    }
}
