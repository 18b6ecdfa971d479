import type { Ente } from '../../shared/domain/ente';
import { presentAt } from '../../shared/domain/presence';
import type { Esito, Presenza, Punto, SedutaDetail, Votazione, Voto } from '../../shared/domain/seduta';
import { formatDateIt } from '../../shared/italian';
import { VERBALE_LABEL } from '../../shared/lifecycle';
import { delegationSentence } from '../../shared/verbali/presenze';
import type { Block, PdfDocumentSpec } from '../pdf';
import type { VerbaleRecord } from '../store/verbali';
import { letterhead, paragraphs, plain } from './common';

export interface EstrattoComuneInput {
  /** A closed seduta, read from its closing record. */
  detail: SedutaDetail;
  /** The comune's row in the closing record's attendance. */
  presenza: Presenza;
  /** The seduta's verbale, when one is drafted. */
  verbale: VerbaleRecord | null;
  ente: Ente;
  organo: string;
  creationDate: Date;
}

/** Stated in the document, so that the comune knows what was selected and why. */
export const CONCERNS_RULE =
  'Un punto riguarda il Comune quando il suo titolo o la sua descrizione ne riporta il nome (senza distinguere maiuscole, minuscole e accenti).';

const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`´]/g, "'")
    .toLowerCase();

/** Whether the item names the comune as a whole phrase: "Lauria" in "Comune di Lauria", not inside another word. */
export function concernsComune(punto: Pick<Punto, 'titolo' | 'descrizione'>, comune: string): boolean {
  const words = fold(comune).trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const phrase = new RegExp(`(?<![\\p{L}\\p{N}])${words.join('\\s+')}(?![\\p{L}\\p{N}])`, 'u');
  return phrase.test(fold(`${punto.titolo}\n${punto.descrizione}`));
}

/** A file name every system keeps: letters (accents included), digits, apostrophes; spaces as "_". */
const safeFileNamePart = (text: string): string =>
  text
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, '')
    .trim()
    .replace(/\s+/g, '_');

export const estrattoComuneFileName = (data: string, comune: string): string => `Estratto_seduta_${data}_${safeFileNamePart(comune)}.pdf`;

const VOTO_LABEL: Record<Voto, string> = { favorevole: 'favorevole', contrario: 'contrario', astenuto: 'astenuto', non_votante: 'non votante' };
const ESITO_LABEL: Record<Esito['esito'], string> = {
  approvata: 'Approvata',
  respinta: 'Respinta',
  numero_legale_mancante: 'Numero legale mancante',
  eletto: 'Eletto',
  nessun_eletto: 'Nessun eletto',
};

function attendance(p: Presenza): string[] {
  const comune = `Il Comune di ${p.comune}`;
  if (p.stato === 'assente') return [`${comune} è assente.`];
  if (p.stato === 'assente_giustificato') return [`${comune} è assente giustificato.`];
  const who =
    p.stato === 'delegato'
      ? delegationSentence({ comune: p.comune, nominativo: p.nominativo, delegaRif: p.delegaRif })
      : `${comune} è presente, rappresentato dal Sindaco ${p.nominativo || p.sindacoAttuale}.`;
  const how = [
    p.stato === 'delegato' && p.qualifica && `Qualifica del delegato: ${p.qualifica}.`,
    p.modalita === 'videoconferenza' && 'Collegato in videoconferenza.',
  ];
  const times =
    p.oraIngresso || p.oraUscita
      ? [p.oraIngresso && `Ingresso alle ore ${p.oraIngresso}.`, p.oraUscita && `Uscita alle ore ${p.oraUscita}.`]
      : ["Nessun orario di ingresso o di uscita registrato: presente per l'intera seduta."];
  return [who, [...how, ...times].filter((t): t is string => !!t).join(' ')];
}

/** The comune's own vote only when the vote was by name: of a secret ballot or a unanimous vote only the result is told. */
function comuneVote(v: Votazione, p: Presenza): string {
  const present = presentAt(p, v.ora);
  const attendance = `Il Comune di ${p.comune} ${present ? 'era' : 'non era'} presente al voto.`;
  if (v.modalita === 'segreta') return `Votazione a scrutinio segreto: il voto dei singoli comuni non è noto. ${attendance}`;
  if (v.modalita === 'unanimita') return `Votazione all'unanimità dei presenti. ${attendance}`;
  const voto = v.voti.find((x) => x.comuneId === p.comuneId)?.voto;
  if (voto) return `Votazione palese, per appello nominale. Voto del Comune di ${p.comune}: ${VOTO_LABEL[voto]}.`;
  return `Votazione palese, per appello nominale. ${present ? `Il Comune di ${p.comune} era presente al voto; nessun voto registrato.` : attendance}`;
}

function outcome(v: Votazione): string {
  if (!v.esito) return `non determinato: ${v.errore ?? 'dati incompleti'}`;
  const e = v.esito;
  const label = ESITO_LABEL[e.esito].toLowerCase();
  if (e.esito === 'numero_legale_mancante') return label;
  if (e.esito === 'eletto') return `${label} ${e.eletti.join(', ')}`;
  if (e.esito === 'nessun_eletto') return `${label}${e.parita.length ? ` (parità tra ${e.parita.join(', ')})` : ''}`;
  if (v.modalita === 'unanimita' && e.esito === 'approvata') return "approvata all'unanimità";
  return `${label} (favorevoli ${e.favorevoli}, contrari ${e.contrari}, astenuti ${e.astenuti})`;
}

function votes(punti: readonly Punto[], p: Presenza): Block[] {
  const voted = punti.filter((x): x is Punto & { votazione: Votazione } => x.votazione !== null);
  if (voted.length === 0) return [{ type: 'paragraph', text: 'Nella seduta non si sono svolte votazioni.' }];
  return voted.flatMap((x): Block[] => [
    { type: 'heading', level: 3, text: `Punto n. ${x.posizione} – ${x.titolo}` },
    { type: 'paragraph', text: [{ text: comuneVote(x.votazione, p) }, { text: ' Esito: ', bold: true }, { text: `${outcome(x.votazione)}.` }] },
  ]);
}

function concerning(punti: readonly Punto[], comune: string): Block[] {
  const own = punti.filter((x) => concernsComune(x, comune));
  const rule: Block = { type: 'paragraph', text: plain(CONCERNS_RULE) };
  if (own.length === 0) return [rule, { type: 'paragraph', text: plain(`Nessun punto all'ordine del giorno riporta il nome del Comune di ${comune}.`) }];
  return [
    rule,
    ...own.flatMap((x): Block[] => [{ type: 'paragraph', text: [{ text: `${x.posizione}. ${x.titolo}`, bold: true }] }, ...paragraphs(x.descrizione)]),
  ];
}

function verbaleState(v: VerbaleRecord): string {
  const on = v.stato === 'firmato' ? v.firmatoIl : v.stato === 'approvato' || v.stato === 'esportato' ? v.approvatoIl : null;
  return `${VERBALE_LABEL[v.stato]}${on ? ` il ${formatDateIt(on.slice(0, 10))}` : ''}`;
}

function notice(detail: SedutaDetail, verbale: VerbaleRecord | null, comune: string): Block[] {
  const chiusura = detail.chiusura!;
  const verbaleText = verbale
    ? `Verbale della seduta: n. ${verbale.numeroTesto}, ${verbaleState(verbale)}.`
    : 'Il verbale della seduta non è ancora stato redatto.';
  const act = verbale ? `l'atto è il verbale n. ${verbale.numeroTesto}` : "l'atto è il verbale della seduta";
  return [
    { type: 'heading', level: 2, text: 'Verbale' },
    { type: 'paragraph', text: plain(verbaleText) },
    {
      type: 'paragraph',
      text: [
        { text: 'Avvertenza: ', bold: true },
        {
          text:
            `il presente documento è un estratto per il Comune di ${comune}, formato dai dati della seduta registrati alla sua chiusura ` +
            `(${formatDateIt(chiusura.chiusaIl.slice(0, 10))}, impronta SHA-256 ${chiusura.sha256}); non è l'atto: ${act}.`,
        },
      ],
      // Left: justifying the line with the 64-digit fingerprint would stretch its spaces across the page.
      align: 'left',
    },
  ];
}

/** What one comune receives of a closed seduta: its attendance, its votes, the items that name it, the verbale's state. */
export function estrattoComuneDocument({ detail, presenza, verbale, ente, organo, creationDate }: EstrattoComuneInput): PdfDocumentSpec {
  const { seduta, punti } = detail;
  const comune = presenza.comune;
  const title = `Estratto per il Comune di ${comune}`;
  const sedutaText = `Seduta ${seduta.tipo ? `${seduta.tipo} ` : ''}del ${formatDateIt(seduta.data)}${seduta.oraInizio ? `, ore ${seduta.oraInizio}` : ''}`;
  return {
    meta: {
      title: `${title} – ${organo} – ${sedutaText}`,
      subject: `${sedutaText}: presenza, votazioni e punti che riguardano il Comune di ${comune}`,
      author: ente.nome,
      keywords: ['Estratto', comune, organo, formatDateIt(seduta.data)],
      creationDate,
    },
    letterhead: letterhead(ente, organo, detail.presenze.map((p) => p.comune)),
    footerNote: `${title} – seduta del ${formatDateIt(seduta.data)}`,
    blocks: [
      { type: 'heading', level: 1, text: title },
      { type: 'paragraph', text: plain(`${organo} – ${sedutaText}${verbale ? ` – verbale n. ${verbale.numeroTesto}` : ''}`), align: 'center' },
      ...(seduta.luogo ? [{ type: 'paragraph' as const, text: plain(`Luogo: ${seduta.luogo}`), align: 'center' as const }] : []),
      { type: 'heading', level: 2, text: 'Presenza' },
      ...attendance(presenza).map((t): Block => ({ type: 'paragraph', text: plain(t) })),
      { type: 'heading', level: 2, text: 'Ordine del giorno' },
      punti.length ? { type: 'list', style: 'numbered', items: punti.map((x) => plain(x.titolo)) } : { type: 'paragraph', text: 'Nessun punto iscritto.' },
      { type: 'heading', level: 2, text: 'Votazioni' },
      ...votes(punti, presenza),
      { type: 'heading', level: 2, text: 'Punti che riguardano il Comune' },
      ...concerning(punti, comune),
      ...notice(detail, verbale, comune),
    ],
  };
}
