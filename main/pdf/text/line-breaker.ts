import type { FaceName, FontFaces } from '../fonts';
import type { StyledRun } from './rich-text';

/** Consecutive words of one face, drawn with a single text operation. */
export interface LinePiece {
  face: FaceName;
  /** Words separated by single spaces. */
  text: string;
  /** Natural offset from the start of the line, in points. */
  x: number;
  /** Inter-word gaps on the line before this piece: justification moves the piece by as many extra spaces. */
  gapsBefore: number;
}

export interface TextLine {
  pieces: LinePiece[];
  /** Natural width, in points. */
  width: number;
  /** Inter-word gaps on the line (where justification adds space). */
  gaps: number;
  /** Ends a paragraph or precedes a forced break: never justified. */
  last: boolean;
}

interface Segment {
  face: FaceName;
  text: string;
  width: number;
}

/** Text between spaces; may change face inside (as in "**Art. 6**,"). */
interface Word {
  segments: Segment[];
  width: number;
  /** Face of the space before the word (null at the start of a paragraph or after a break). */
  gapFace: FaceName | null;
  gapWidth: number;
}

const FORCED_BREAK = 'break';
type Token = Word | typeof FORCED_BREAK;

/** Breaks styled text into lines no wider than `maxWidth` (greedy, at spaces; no hyphenation). */
export function breakLines(runs: readonly StyledRun[], maxWidth: number, size: number, faces: FontFaces): TextLine[] {
  const lines: TextLine[] = [];
  let words: Word[] = [];
  let width = 0;
  const emit = (last: boolean) => {
    lines.push(composeLine(words, width, last));
    words = [];
    width = 0;
  };

  for (const token of tokenize(runs, size, faces)) {
    if (token === FORCED_BREAK) {
      emit(true);
      continue;
    }
    let word = token;
    if (words.length > 0 && width + word.gapWidth + word.width > maxWidth) emit(false);
    if (words.length === 0 && word.width > maxWidth) {
      const chunks = splitOverlongWord(word, maxWidth, size, faces);
      word = chunks.pop()!;
      for (const chunk of chunks) {
        words = [chunk];
        width = chunk.width;
        emit(false);
      }
    }
    width += words.length > 0 ? word.gapWidth + word.width : word.width;
    words.push(word);
  }
  if (words.length > 0) emit(true);
  return lines;
}

function tokenize(runs: readonly StyledRun[], size: number, faces: FontFaces): Token[] {
  const tokens: Token[] = [];
  let segments: Segment[] = [];
  let gapFace: FaceName | null = null;
  let wordGapFace: FaceName | null = null;
  const flushWord = () => {
    if (segments.length === 0) return;
    const width = segments.reduce((sum, s) => sum + s.width, 0);
    const gapWidth = wordGapFace ? faces[wordGapFace].width(' ', size) : 0;
    tokens.push({ segments, width, gapFace: wordGapFace, gapWidth });
    segments = [];
  };

  for (const run of runs) {
    for (const part of run.text.split(/( +|\n)/)) {
      if (part === '') continue;
      if (part === '\n') {
        flushWord();
        tokens.push(FORCED_BREAK);
        gapFace = null;
      } else if (part.startsWith(' ')) {
        flushWord();
        gapFace = run.face;
      } else {
        if (segments.length === 0) {
          wordGapFace = gapFace;
          gapFace = null;
        }
        segments.push({ face: run.face, text: part, width: faces[run.face].width(part, size) });
      }
    }
  }
  flushWord();
  return tokens;
}

/** Groups the words of a line into pieces of one face, joined by the spaces between them. */
function composeLine(words: readonly Word[], width: number, last: boolean): TextLine {
  const pieces: LinePiece[] = [];
  let x = 0;
  let gaps = 0;
  words.forEach((word, wordIndex) => {
    const afterGap = wordIndex > 0;
    if (afterGap) {
      x += word.gapWidth;
      gaps++;
    }
    word.segments.forEach((segment, segmentIndex) => {
      const previous = pieces.at(-1);
      const startsWord = segmentIndex === 0;
      // A space joins two pieces only if it was measured in their face: positions then match pdfkit's.
      const joinable = previous?.face === segment.face && (!startsWord || (afterGap && word.gapFace === segment.face));
      if (joinable) {
        previous.text += startsWord ? ` ${segment.text}` : segment.text;
      } else {
        pieces.push({ face: segment.face, text: segment.text, x, gapsBefore: gaps });
      }
      x += segment.width;
    });
  });
  return { pieces, width, gaps, last };
}

/** Cuts a word wider than a whole line (a long URL or code) into chunks that fit, character by character. */
function splitOverlongWord(word: Word, maxWidth: number, size: number, faces: FontFaces): Word[] {
  const chunks: Word[] = [];
  let segments: Segment[] = [];
  let width = 0;
  const flush = () => {
    chunks.push({ segments, width, gapFace: chunks.length === 0 ? word.gapFace : null, gapWidth: chunks.length === 0 ? word.gapWidth : 0 });
    segments = [];
    width = 0;
  };
  for (const segment of word.segments) {
    const face = faces[segment.face];
    for (const char of segment.text) {
      const charWidth = face.width(char, size);
      if (width + charWidth > maxWidth && width > 0) flush();
      const current = segments.at(-1);
      if (current?.face === segment.face) current.text += char;
      else segments.push({ face: segment.face, text: char, width: 0 });
      width += charWidth;
    }
  }
  flush();
  for (const chunk of chunks) {
    for (const s of chunk.segments) s.width = faces[s.face].width(s.text, size);
    chunk.width = chunk.segments.reduce((sum, s) => sum + s.width, 0);
  }
  return chunks;
}
