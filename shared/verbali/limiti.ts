/** The longest text of one section of a verbale: the backend refuses more, the editor says so as soon as it is passed. */
export const TESTO_SEZIONE_MAX = 100_000;
