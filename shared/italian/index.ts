// Italian-language helpers for verbali: numbers in words, dates, formats, verbale numbers.
export * from './numbers';
export * from './dates';
export * from './format';
export * from './verbale';
