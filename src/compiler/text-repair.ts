/**
 * Repairs text damaged on its way through feeds: UTF-8 bytes decoded as Latin-1 ("mojibake", such as
 * `Ð` followed by U+009C for the Cyrillic `М`) and stray C0/C1 control characters, which strict YAML
 * parsers reject and which no reader wants to see.
 */

/** The repaired text and what was changed, so the compiler can say what it cleaned. */
export interface TextRepair {
  text: string;
  /** Mojibake sequences decoded back into the characters they were meant to be. */
  decoded: number;
  /** Control characters removed (all C1, and C0 other than tab, line feed and carriage return). */
  removed: number;
  /** 0-based offset of the first change, for the problem's position. */
  firstOffset: number;
}

// A UTF-8 lead byte read as Latin-1 (U+00C2-U+00F4) followed by continuation bytes (U+0080-U+00BF),
// of which at least one is a C1 control: real text almost never has a C1 control, mojibake nearly always does.
const MOJIBAKE = /[\u00c2-\u00f4][\u0080-\u00bf]{1,3}/g;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const HAS_C1 = /[\u0080-\u009f]/;
const HAS_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes mojibake where the bytes form valid UTF-8, then drops remaining control characters. */
export function repairText(input: string): TextRepair {
  // Mojibake needs a C1 control, which is a control character too: most files have neither.
  if (!HAS_CONTROL.test(input)) return { text: input, decoded: 0, removed: 0, firstOffset: -1 };
  let decoded = 0;
  let removed = 0;
  let firstOffset = -1;
  const noteOffset = (offset: number) => {
    if (firstOffset === -1 || offset < firstOffset) firstOffset = offset;
  };

  let text = input.replace(MOJIBAKE, (sequence, offset: number) => {
    if (!HAS_C1.test(sequence)) return sequence;
    const bytes = Uint8Array.from(sequence, (char) => char.charCodeAt(0));
    try {
      const repaired = strictUtf8.decode(bytes);
      decoded++;
      noteOffset(offset);
      return repaired;
    } catch {
      return sequence;
    }
  });
  text = text.replace(CONTROL, (_char, offset: number) => {
    removed++;
    noteOffset(offset);
    return '';
  });
  return { text, decoded, removed, firstOffset };
}
