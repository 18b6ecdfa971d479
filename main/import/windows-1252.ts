// Windows-1252 differs from ISO-8859-1 only in 0x80–0x9F, where it puts the characters Italian
// office text is full of (’ “ ” – — € …). Node's TextDecoder('windows-1252') decodes those bytes
// as ISO-8859-1 control characters in the builds we run on, so the range is mapped here.

/** 0x80…0x9F; the five bytes Windows-1252 leaves undefined stay as they are, as the WHATWG decoder does. */
const HIGH_RANGE = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8DŽ\x8F\x90‘’“”•–—˜™š›œ\x9DžŸ';

export const decodeWindows1252 = (bytes: Buffer): string =>
  bytes.toString('latin1').replace(/[\x80-\x9f]/g, (c) => HIGH_RANGE[c.charCodeAt(0) - 0x80]!);
