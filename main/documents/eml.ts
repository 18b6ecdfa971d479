// An e-mail message as a .eml file (RFC 5322 + MIME, RFC 2045–2047), for the office's mail client
// to open as a draft: non-ASCII headers as UTF-8 encoded-words, text and attachments in base64,
// CRLF line ends, no line over 78 characters.

export interface EmlAttachment {
  filename: string;
  mime: string;
  content: Buffer;
}

export interface EmlMessage {
  from: { name: string; address: string };
  bcc: readonly string[];
  subject: string;
  text: string;
  attachments: readonly EmlAttachment[];
  date: Date;
  /** Unique per message, without angle brackets (e.g. "uuid@pec.example.it"). */
  messageId: string;
  /** Boundary of the multipart body; starting with "=_" it cannot occur in base64 parts. */
  boundary: string;
}

const CRLF = '\r\n';
const isPlainAscii = (s: string) => /^[\x20-\x7e]*$/.test(s);

/** One or more "=?UTF-8?B?…?=" words, each within the 75-character limit and never splitting a character. */
export function encodeWords(text: string): string[] {
  const words: string[] = [];
  let chunk = '';
  for (const char of text) {
    // 39 bytes of UTF-8 make 52 base64 characters, 64 with the "=?UTF-8?B?" and "?=" frame:
    // the first word fits after "Subject: " within 78 characters.
    if (Buffer.byteLength(chunk + char) > 39) {
      words.push(chunk);
      chunk = '';
    }
    chunk += char;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w, 'utf8').toString('base64')}?=`);
}

/** A header's value as written: ASCII as is, anything else encoded; folded between words. */
const headerText = (text: string): string => (isPlainAscii(text) ? text : encodeWords(text).join(`${CRLF} `));

/** "Name <address>", the name quoted or encoded; folded before the address when the line would be long. */
function mailbox(name: string, address: string): string {
  if (!name) return address;
  const display = isPlainAscii(name) ? `"${name.replace(/["\\]/g, '\\$&')}"` : headerText(name);
  return `${display}${display.length + address.length > 64 ? `${CRLF} ` : ' '}<${address}>`;
}

/** "Tue, 01 Dec 2026 10:00:00 +0000". */
function rfc5322Date(date: Date): string {
  const [weekday, day, month, year, time] = date.toUTCString().replace(',', '').split(' ');
  return `${weekday}, ${day} ${month} ${year} ${time} +0000`;
}

const base64Lines = (bytes: Buffer): string => (bytes.toString('base64').match(/.{1,76}/g) ?? []).join(CRLF);

/** Parameter value as a quoted string when ASCII; RFC 2231 UTF-8 otherwise. */
const param = (name: string, value: string): string =>
  isPlainAscii(value) ? `${name}="${value.replace(/["\\]/g, '\\$&')}"` : `${name}*=UTF-8''${encodeURIComponent(value)}`;

export function buildEml(m: EmlMessage): Buffer {
  const headers = [
    `From: ${mailbox(m.from.name, m.from.address)}`,
    'To: undisclosed-recipients:;',
    ...(m.bcc.length ? [`Bcc: ${m.bcc.join(`,${CRLF} `)}`] : []),
    `Subject: ${headerText(m.subject)}`,
    `Date: ${rfc5322Date(m.date)}`,
    `Message-ID: <${m.messageId}>`,
    'MIME-Version: 1.0',
    // Opened as a draft to send, not as a received message (Outlook, Thunderbird with "Modifica come nuovo").
    'X-Unsent: 1',
    `Content-Type: multipart/mixed;${CRLF} boundary="${m.boundary}"`,
  ];
  const text = [`--${m.boundary}`, 'Content-Type: text/plain; charset=UTF-8', 'Content-Transfer-Encoding: base64', '', base64Lines(Buffer.from(m.text.replace(/\r?\n/g, CRLF), 'utf8'))];
  const attachments = m.attachments.flatMap((a) => [
    `--${m.boundary}`,
    `Content-Type: ${a.mime};${CRLF} ${param('name', a.filename)}`,
    'Content-Transfer-Encoding: base64',
    `Content-Disposition: attachment;${CRLF} ${param('filename', a.filename)}`,
    '',
    base64Lines(a.content),
  ]);
  return Buffer.from([...headers, '', ...text, ...attachments, `--${m.boundary}--`, ''].join(CRLF), 'utf8');
}
