/** Why a signed file was not accepted; each code has one Italian message that the user reads. */
const MESSAGES = {
  NOT_SIGNED_FILE: 'Il file non è un PDF firmato né un file .p7m.',
  NO_SIGNATURES: 'Il PDF non contiene firme digitali.',
  NOT_INCREMENTAL_UPDATE:
    "Il PDF firmato non è un aggiornamento incrementale dell'esportazione: le firme sono state apposte su un documento diverso.",
  EXPORT_NOT_COVERED: "Le firme del PDF non coprono l'intero verbale esportato: una parte del documento non è firmata.",
  CONTENT_MISMATCH: 'Il file firmato non contiene il verbale esportato: il contenuto è diverso.',
  DETACHED_SIGNATURE:
    'Il file .p7m contiene solo la firma e non il documento firmato (firma separata): firmare il verbale in modo che il documento sia incluso nel file .p7m.',
  CORRUPTED: 'Il file firmato è danneggiato o incompleto e non può essere verificato.',
  SIGNER_CERTIFICATE_MISSING: 'Una firma non contiene il certificato del firmatario: non è possibile sapere chi ha firmato.',
  UNSUPPORTED_ALGORITHM: 'Una firma usa un algoritmo non supportato.',
  CONTENT_TYPE_MISMATCH:
    'Una firma dichiara, tra gli attributi firmati, un tipo di contenuto diverso da quello del documento (attributo contentType): la firma non è conforme e non può essere verificata.',
  NO_VALID_SIGNATURE:
    'Il file contiene il verbale esportato, ma nessuna firma risulta integra: il file è stato alterato dopo la firma o la firma non è valida.',
} as const;

export type SignatureRefusalCode = keyof typeof MESSAGES;

export class SignatureRefusal extends Error {
  override readonly name = 'SignatureRefusal';

  /** `detail` (e.g. an algorithm OID) is appended in parentheses for support staff. */
  constructor(
    readonly code: SignatureRefusalCode,
    detail?: string,
  ) {
    super(detail ? MESSAGES[code].replace(/\.$/, ` (${detail}).`) : MESSAGES[code]);
  }
}
