//! The token stream the dates grammar reads: the document's tokens, with hyphenated compounds
//! ("third-quarter", "mid-1996") and possessives ("Friday's") split, each tagged once with
//! its lexicon entries and, for numbers, their value.

use super::lexicon::{Entry, LEXICON, Lexicon};
use crate::document::Document;
use crate::segment::TokenKind;
use crate::span::Span;

/// What a token is, for the grammar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Word,
    Num,
    /// A hyphen inside a compound.
    Hyphen,
    /// A possessive ending split off a word ("'s", "’s").
    Poss,
    Punct,
    Other,
}

/// A number token: "7", "1,139", "2.5", "3pm", "1990s", "2nd".
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Num {
    /// Its value (digits before any letters).
    pub value: f64,
    /// Number of digits when it is a plain run of digits (no separators), else 0.
    pub digits: u8,
    /// Byte offset of the letters after the digits (the token length when none).
    pub suffix: u8,
}

/// The tokens of one sentence (`first..last`), and where those of its block of text end
/// (the text up to a blank line).
#[derive(Clone, Copy, Debug)]
pub struct Sent {
    pub first: usize,
    pub last: usize,
    pub block_end: usize,
}

/// One token.
#[derive(Clone, Copy, Debug)]
pub struct Tk {
    pub span: Span,
    pub kind: Kind,
    /// Starts with an upper-case letter.
    pub cap: bool,
    /// Lexicon entries of the word (empty when none).
    pub entries: &'static [Entry],
    /// The kinds of those entries ([`Lex::bit`](super::lexicon::Lex::bit)).
    pub mask: u32,
    /// Number reading, for `Kind::Num`.
    pub num: Num,
    /// Index of the sentence.
    pub sent: u32,
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// The lexicon entries of word `w` (ASCII case folded, curly apostrophes made straight;
/// other non-ASCII words have none) and the bits of their kinds.
fn lookup(lx: &'static Lexicon, w: &str, maybe_curly: bool) -> (&'static [Entry], u32) {
    // Longest word plus a period and a curly apostrophe's extra bytes.
    if w.len() > lx.max_len() + 3 {
        return (&[], 0);
    }
    let b = w.as_bytes();
    // Also the length without a final period ("Jan."). Only a word holding a curly
    // apostrophe can shrink when folded.
    let curly = || maybe_curly && w.contains('’');
    if !(lx.may_have(b, w.len()) || lx.may_have(b, w.len().saturating_sub(1)) || curly()) {
        return (&[], 0);
    }
    let mut buf = [0u8; 32];
    let mut n = 0;
    if w.is_ascii() {
        if b.len() > buf.len() {
            return (&[], 0);
        }
        for (d, s) in buf.iter_mut().zip(b) {
            *d = s.to_ascii_lowercase();
        }
        n = b.len();
    } else {
        for c in w.chars() {
            let b = match c {
                '’' | '‘' => b'\'',
                c if c.is_ascii() => (c as u8).to_ascii_lowercase(),
                _ => return (&[], 0),
            };
            if n == buf.len() {
                return (&[], 0);
            }
            buf[n] = b;
            n += 1;
        }
    }
    let lower = &buf[..n];
    let found = lx.lookup(lower);
    if !found.0.is_empty() {
        return found;
    }
    // "Jan." / "Sept." / "Tues."
    match lower.strip_suffix(b".") {
        Some(stem) if !stem.contains(&b'.') => lx.lookup(stem),
        _ => (&[], 0),
    }
}

fn parse_num(s: &str) -> Num {
    let b = s.as_bytes();
    let mut i = 0;
    let mut value = 0f64;
    let mut plain = true;
    while i < b.len() {
        match b[i] {
            d @ b'0'..=b'9' => {
                value = value * 10.0 + f64::from(d - b'0');
                i += 1;
            }
            b',' if i + 3 < b.len() + 1
                && b[i + 1..].len() >= 3
                && b[i + 1..i + 4].iter().all(u8::is_ascii_digit) =>
            {
                plain = false;
                i += 1;
            }
            _ => break,
        }
    }
    let int_end = i;
    if i + 1 < b.len() && b[i] == b'.' && b[i + 1].is_ascii_digit() {
        plain = false;
        i += 1;
        let mut scale = 0.1;
        while i < b.len() && b[i].is_ascii_digit() {
            value += f64::from(b[i] - b'0') * scale;
            scale /= 10.0;
            i += 1;
        }
    }
    Num {
        value,
        digits: if plain && int_end <= 9 {
            int_end as u8
        } else {
            0
        },
        suffix: i.min(255) as u8,
    }
}

/// Builds the token stream of `doc`, with sentence bounds (token index ranges), and the
/// indices of the tokens that can begin a time expression ([`is_trigger`]), in order.
pub fn build(doc: &Document, out: &mut Vec<Tk>, sents: &mut Vec<Sent>, triggers: &mut Vec<usize>) {
    out.clear();
    sents.clear();
    triggers.clear();
    out.reserve(doc.tokens.len() + doc.tokens.len() / 8);
    let text = doc.text;
    let lx = &*LEXICON;
    for (si, s) in doc.sentences.iter().enumerate() {
        let first = out.len();
        let sent = si as u32;
        for t in &doc.tokens[s.first..s.last] {
            let before = out.len();
            let w = t.span.slice(text);
            match t.kind {
                TokenKind::Word | TokenKind::Number => {
                    if has_dash_or_e2(text.as_bytes(), t.span) {
                        push_word(lx, w, t.span.start, sent, out);
                    } else {
                        push_piece(lx, w, t.span.start, sent, false, out);
                    }
                }
                TokenKind::Punct => out.push(Tk {
                    span: t.span,
                    kind: if matches!(w, "'" | "’") {
                        Kind::Poss
                    } else {
                        Kind::Punct
                    },
                    cap: false,
                    entries: &[],
                    mask: 0,
                    num: Num::default(),
                    sent,
                }),
                _ => out.push(Tk {
                    span: t.span,
                    kind: Kind::Other,
                    cap: false,
                    entries: &[],
                    mask: 0,
                    num: Num::default(),
                    sent,
                }),
            }
            for k in before..out.len() {
                // "'80s", "'98": the mark before a number begins it.
                if out[k].kind == Kind::Num
                    && k > 0
                    && matches!(out[k - 1].kind, Kind::Poss | Kind::Punct)
                {
                    triggers.push(k - 1);
                }
                if starts_expression(text, &out[k]) {
                    triggers.push(k);
                }
            }
        }
        sents.push(Sent {
            first,
            last: out.len(),
            block_end: out.len(),
        });
    }
    // Each sentence's block of text ends where the last sentence before a blank line does.
    for si in (0..sents.len().saturating_sub(1)).rev() {
        let gap = &text[doc.sentences[si].span.end..doc.sentences[si + 1].span.start];
        if !crate::segment::blank_line(gap) {
            sents[si].block_end = sents[si + 1].block_end;
        }
    }
}

/// Can token `t` begin a time expression by itself: a number, a word of the tables, a code
/// such as "Q3", "H1" or "FY2023"? (A mark before a number can too: see `build`.)
pub fn starts_expression(text: &str, t: &Tk) -> bool {
    match t.kind {
        Kind::Num => true,
        Kind::Word => {
            !t.entries.is_empty() || {
                let s = t.span.slice(text).as_bytes();
                s.len() <= 6
                    && matches!(s[0], b'F' | b'Q' | b'H' | b'f' | b'q' | b'h')
                    && s.iter().any(u8::is_ascii_digit)
            }
        }
        _ => false,
    }
}

/// Does the text at `span` hold a '-' or a 0xE2 byte (the first byte of the hyphens U+2010
/// and U+2011 and of curly apostrophes)? Short words are tested eight bytes at once.
#[inline]
fn has_dash_or_e2(text: &[u8], span: Span) -> bool {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    let len = span.len();
    if let Some(eight) = text.get(span.start..span.start + 8)
        && len <= 8
    {
        let x = u64::from_le_bytes(eight.try_into().expect("eight bytes"));
        // Flags zero bytes; a false flag only ever follows a true one, so a flag among the
        // first `len` bytes means a true one there.
        let zero = |v: u64| v.wrapping_sub(LO) & !v & HI;
        let found = zero(x ^ (LO * u64::from(b'-'))) | zero(x ^ (LO * 0xE2));
        let within = if len == 8 {
            !0
        } else {
            (1u64 << (8 * len)) - 1
        };
        return found & within != 0;
    }
    text[span.range()].iter().any(|&b| b == b'-' || b == 0xE2)
}

/// Pushes a word or number token that holds a hyphen or a 0xE2 byte, split at hyphens and
/// before a possessive ending.
fn push_word(lx: &'static Lexicon, w: &str, start: usize, sent: u32, out: &mut Vec<Tk>) {
    // Hyphens: '-' or U+2010/U+2011 (E2 80 90/91); curly apostrophes are E2 80 99.
    let mut piece_start = 0;
    for (i, c) in w.char_indices() {
        if is_hyphen(c) && i > piece_start {
            push_piece(lx, &w[piece_start..i], start + piece_start, sent, true, out);
            out.push(Tk {
                span: Span::new(start + i, start + i + c.len_utf8()),
                kind: Kind::Hyphen,
                cap: false,
                entries: &[],
                mask: 0,
                num: Num::default(),
                sent,
            });
            piece_start = i + c.len_utf8();
        }
    }
    if piece_start < w.len() {
        push_piece(lx, &w[piece_start..], start + piece_start, sent, true, out);
    }
}

/// Pushes one piece of a word; `maybe_curly` when it may hold a curly apostrophe.
fn push_piece(
    lx: &'static Lexicon,
    w: &str,
    start: usize,
    sent: u32,
    maybe_curly: bool,
    out: &mut Vec<Tk>,
) {
    // Possessive: "Friday's", "Friday’s" (not "'s" alone).
    let b = w.as_bytes();
    let stem_len = match b {
        [.., b'\'', b's' | b'S'] if b.len() > 2 => b.len() - 2,
        [.., 0xE2, 0x80, 0x99, b's' | b'S'] if b.len() > 4 => b.len() - 4,
        _ => b.len(),
    };
    let stem = &w[..stem_len];
    let first = b.first().copied().unwrap_or(b' ');
    let (kind, num, (entries, mask), cap) = if first.is_ascii_digit() {
        (Kind::Num, parse_num(stem), (&[][..], 0), false)
    } else {
        let cap = if first.is_ascii() {
            first.is_ascii_uppercase()
        } else {
            stem.chars().next().is_some_and(char::is_uppercase)
        };
        (
            Kind::Word,
            Num::default(),
            lookup(lx, stem, maybe_curly),
            cap,
        )
    };
    out.push(Tk {
        span: Span::new(start, start + stem_len),
        kind,
        cap,
        entries,
        mask,
        num,
        sent,
    });
    if stem_len < w.len() {
        out.push(Tk {
            span: Span::new(start + stem_len, start + w.len()),
            kind: Kind::Poss,
            cap: false,
            entries: &[],
            mask: 0,
            num: Num::default(),
            sent,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<(String, Kind)> {
        let doc = Document::new(text, None);
        let (mut out, mut sents, mut triggers) = (Vec::new(), Vec::new(), Vec::new());
        build(&doc, &mut out, &mut sents, &mut triggers);
        out.iter()
            .map(|t| (t.span.slice(text).to_string(), t.kind))
            .collect()
    }

    #[test]
    fn splits_compounds_and_possessives() {
        let t = toks("Friday’s third-quarter mid-1996 loss of £5, 1,139 in 1990s.");
        let words: Vec<&str> = t.iter().map(|(w, _)| w.as_str()).collect();
        assert_eq!(
            words,
            vec![
                "Friday", "’s", "third", "-", "quarter", "mid", "-", "1996", "loss", "of", "£5",
                ",", "1,139", "in", "1990s", "."
            ]
        );
        assert_eq!(t[1].1, Kind::Poss);
        assert_eq!(t[3].1, Kind::Hyphen);
        assert_eq!(t[7].1, Kind::Num);
    }

    #[test]
    fn dashes_found_in_any_word() {
        let text = "a-b x–y ab’s plain 1990s 12345678 1234567- -2345678 \u{2010}x longword-x";
        let doc = Document::new(text, None);
        for t in &doc.tokens {
            let w = t.span.slice(text);
            let want = w.bytes().any(|b| b == b'-' || b == 0xE2);
            assert_eq!(has_dash_or_e2(text.as_bytes(), t.span), want, "{w:?}");
        }
        // Every length and position near the end of the text.
        let text = b"x-\xe2yz-abcdefgh";
        for a in 0..text.len() {
            for b in a..=text.len() {
                let want = text[a..b].iter().any(|&c| c == b'-' || c == 0xE2);
                assert_eq!(has_dash_or_e2(text, Span::new(a, b)), want, "{a}..{b}");
            }
        }
    }

    #[test]
    fn numbers() {
        let n = parse_num("1,139");
        assert_eq!((n.value, n.digits), (1139.0, 0));
        let n = parse_num("1990s");
        assert_eq!((n.value, n.digits, n.suffix), (1990.0, 4, 4));
        let n = parse_num("2.5");
        assert_eq!((n.value, n.digits), (2.5, 0));
        let n = parse_num("3pm");
        assert_eq!((n.value, n.digits, n.suffix), (3.0, 1, 1));
        let n = parse_num("99999999999999");
        assert_eq!(n.digits, 0);
    }
}
