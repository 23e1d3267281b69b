//! Turning input bytes into text: encoding detection, BOMs, and spotting mojibake.

use crate::record::Warning;
use crate::span::Span;
use std::borrow::Cow;

/// Decodes `bytes` to text. UTF-8 (with or without a BOM) passes through; UTF-16 with a
/// BOM is decoded; anything else is detected with `chardetng` and decoded with
/// `encoding_rs`, adding a warning that names the encoding.
pub fn decode(bytes: Vec<u8>, warnings: &mut Vec<Warning>) -> String {
    let bytes = match String::from_utf8(bytes) {
        Ok(mut s) => {
            if s.starts_with('\u{feff}') {
                s.drain(..3);
            }
            return s;
        }
        Err(e) => e.into_bytes(),
    };
    let (encoding, via) = match encoding_rs::Encoding::for_bom(&bytes) {
        Some((enc, _)) => (enc, "byte order mark"),
        None => {
            let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
            det.feed(&bytes, true);
            (det.guess(None, chardetng::Utf8Detection::Allow), "detected")
        }
    };
    let (text, _, had_errors) = encoding.decode(&bytes);
    let mut message = format!("input is not UTF-8; decoded as {} ({via})", encoding.name());
    if had_errors {
        message.push_str(", with undecodable bytes replaced by U+FFFD");
    }
    warnings.push(Warning::new("decoded", message));
    text.into_owned()
}

/// Decodes a JSON line: UTF-8 as is, otherwise as [`decode`] does.
pub fn decode_line<'b>(bytes: &'b [u8], warnings: &mut Vec<Warning>) -> Cow<'b, str> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Cow::Borrowed(s.strip_prefix('\u{feff}').unwrap_or(s)),
        Err(_) => Cow::Owned(decode(bytes.to_vec(), warnings)),
    }
}

/// Characters that rarely stand in real text but fill text decoded with the wrong
/// encoding: C1 controls and the Latin-1 symbols (not £, ©, °, ½ alone: see the rule).
fn is_latin1_symbol(c: char) -> bool {
    matches!(c, '\u{80}'..='\u{bf}' | '\u{d7}' | '\u{f7}')
}

fn is_latin1(c: char) -> bool {
    matches!(c, '\u{80}'..='\u{ff}')
}

/// Does this run of non-space text look mis-decoded?
fn looks_mangled(word: &str) -> bool {
    if word.contains('\u{fffd}') || word.contains("â€") {
        return true;
    }
    let mut latin = 0;
    let mut symbols = 0;
    let mut total = 0;
    let mut prev_lead = false;
    for c in word.chars() {
        total += 1;
        if c.is_ascii_punctuation() {
            total -= 1;
            continue;
        }
        // "Ã©", "Â£": the lead byte of a two-byte UTF-8 sequence read as Latin-1, followed
        // by a continuation byte read as Latin-1.
        if prev_lead && matches!(c, '\u{80}'..='\u{bf}') {
            return true;
        }
        prev_lead = matches!(c, 'Â' | 'Ã');
        if is_latin1(c) {
            latin += 1;
            if is_latin1_symbol(c) {
                symbols += 1;
            }
        }
    }
    latin >= 3 && symbols >= 2 && latin * 2 >= total
}

/// Spans of words that look like mojibake (text decoded with the wrong encoding), such as
/// "°®Âþµº" or "donâ€™t".
pub fn mojibake(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    if text.is_ascii() {
        return out;
    }
    let b = text.as_bytes();
    let mut i = 0;
    // Only words holding a non-ASCII byte can be mangled: jump from one to the next.
    while let Some(k) = b[i..].iter().position(|&x| x >= 0x80) {
        let at = i + k;
        let c = text[at..].chars().next().unwrap_or(' ');
        if c.is_whitespace() {
            // A no-break space or the like: not part of a word.
            i = at + c.len_utf8();
            continue;
        }
        let start = text[..at]
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(0, |(j, c)| j + c.len_utf8());
        let end = text[at..]
            .find(char::is_whitespace)
            .map_or(text.len(), |j| at + j);
        if looks_mangled(&text[start..end]) {
            out.push(Span::new(start, end));
        }
        i = end;
    }
    out
}

/// Number of control characters other than line breaks and tabs. Branch-free byte sums in
/// chunks small enough for a `u8` counter, so that the loop vectorises.
fn count_controls(bytes: &[u8]) -> usize {
    bytes
        .chunks(255)
        .map(|chunk| {
            let n: u8 = chunk
                .iter()
                .map(|&b| u8::from((b < 0x20) & (b != b'\n') & (b != b'\r') & (b != b'\t')))
                .sum();
            usize::from(n)
        })
        .sum()
}

/// Warnings about the text itself: mojibake (with spans) and control characters.
pub fn check(text: &str, warnings: &mut Vec<Warning>) {
    for span in mojibake(text) {
        warnings.push(Warning::at(
            "mojibake",
            "text looks mis-decoded (mojibake); the source may have used a different encoding",
            span,
            text,
        ));
    }
    let controls = count_controls(text.as_bytes());
    if controls > 0 {
        warnings.push(Warning::new(
            "control_characters",
            format!("text holds {controls} control character(s); they are kept but ignored"),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_and_bom() {
        let mut w = Vec::new();
        assert_eq!(
            decode("\u{feff}£5 “ok”".as_bytes().to_vec(), &mut w),
            "£5 “ok”"
        );
        assert!(w.is_empty());
    }

    #[test]
    fn windows_1252_is_detected() {
        let mut w = Vec::new();
        // "Café costs £5 – “cheap”" in windows-1252.
        let bytes = b"Caf\xe9 costs \xa35 \x96 \x93cheap\x94, the caf\xe9 said.".to_vec();
        let text = decode(bytes, &mut w);
        assert_eq!(text, "Café costs £5 – “cheap”, the café said.");
        assert_eq!(w.len(), 1);
        assert_eq!(w[0].code, "decoded");
        assert!(w[0].message.contains("windows-1252"), "{}", w[0].message);
    }

    #[test]
    fn utf16_with_bom() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "€20m".encode_utf16() {
            bytes.extend(u.to_le_bytes());
        }
        let mut w = Vec::new();
        assert_eq!(decode(bytes, &mut w), "€20m");
        assert!(w[0].message.contains("UTF-16LE"));
    }

    #[test]
    fn mojibake_table() {
        let cases: &[(&str, &[&str])] = &[
            ("°®Âþµº contacted Palantir for comment", &["°®Âþµº"]),
            ("the companyâ€™s office", &["companyâ€™s"]),
            ("CafÃ© culture", &["CafÃ©"]),
            ("costs Â£5", &["Â£5"]),
            ("José Müller paid £330 at 30°C in Zoë’s café", &[]),
            ("naïve résumé, “quoted” — fine…", &[]),
            ("東京 and Москва and القدس", &[]),
            ("broken \u{fffd} byte", &["\u{fffd}"]),
            ("£\u{a0}5 and\u{a0}Â£5\u{2003}", &["Â£5"]),
        ];
        for (text, want) in cases {
            let got: Vec<&str> = mojibake(text).iter().map(|s| s.slice(text)).collect();
            assert_eq!(got, *want, "{text}");
        }
    }

    #[test]
    fn control_characters_counted() {
        let text: String = (0..2000u32)
            .map(|i| char::from_u32(i % 0x90).unwrap())
            .collect();
        let want = text
            .bytes()
            .filter(|&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t'))
            .count();
        assert_eq!(count_controls(text.as_bytes()), want);
        assert_eq!(count_controls(b""), 0);
    }

    #[test]
    fn control_characters_warned() {
        let mut w = Vec::new();
        check("a\u{0}b\u{7}", &mut w);
        assert_eq!(w.len(), 1);
        assert!(w[0].message.contains('2'));
    }
}
